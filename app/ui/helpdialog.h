#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class HelpDialog;
}

namespace nb {

// Help ▸ Manual: a short manual inside the app (the sections, the rules, review, publishing), in the
// interface's language, from the HTML pages compiled into the program (resources/help).
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget *parent = nullptr);
    ~HelpDialog() override;

    // The manual's text as shown (for tests).
    QString text() const;

private:
    std::unique_ptr<Ui::HelpDialog> m_ui;
};

} // namespace nb
