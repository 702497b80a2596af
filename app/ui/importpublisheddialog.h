#pragma once

#include "publishedreader.h"

#include <QDialog>
#include <QHash>
#include <QImage>

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

    // The page of the PDF where the selected cell or note was read, its place outlined; the page
    // shown (0-based), or -1 when the source is not a PDF or the item has no place.
    int shownPage() const { return m_shownPage; }
    QRectF outlined() const { return m_outlined; }

private:
    void accept() override;
    void showPlace(int page, const QRectF &box);

    std::unique_ptr<Ui::ImportPublishedDialog> m_ui;
    const PublishedImport &m_read;
    Add m_add;
    QHash<int, QImage> m_pages; // drawn once each
    int m_shownPage = -1;
    QRectF m_outlined; // in the shown image's logical pixels (its device pixel ratio aside)
};

} // namespace nb
