#pragma once

#include "publishedreader.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class ImportPublishedDialog;
}

namespace nb {

// What the reader made of a published report, before it is added: agency, year, format and how it
// was told, the cells filled, every note (with the text around it), and the rules' findings. OK adds
// the report through the callback; a refusal (the database has that agency's year already) stays in
// the dialog with the reason.
class ImportPublishedDialog : public QDialog
{
    Q_OBJECT

public:
    using Add = std::function<QString(const Report &)>; // returns why it was refused, or ""

    ImportPublishedDialog(const QString &fileName, const PublishedImport &read, Add add, QWidget *parent = nullptr);
    ~ImportPublishedDialog() override;

private:
    void accept() override;

    std::unique_ptr<Ui::ImportPublishedDialog> m_ui;
    const PublishedImport &m_read;
    Add m_add;
};

} // namespace nb
