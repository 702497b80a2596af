#pragma once

#include "reviewflow.h"

#include <QDate>
#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class ReviewDialog;
}

namespace nb {

// One step of review — submit, return, sign off, reopen — as the person taking it sees it: what
// happens, the warnings still to acknowledge (each with a 说明), the reason, the password. The
// step itself is taken by attempt(); the dialog stays open with the reason when it is refused.
class ReviewDialog : public QDialog
{
    Q_OBJECT

public:
    struct Answer
    {
        QStringList notes; // the 说明 for each warning given, in order; empty: not accepted
        QString reason;
        QString password;
        QDate reportDate; // asked for at sign-off only, else invalid
    };
    using Attempt = std::function<QString(const Answer &)>;

    ReviewDialog(const ReviewStep &step, const QStringList &warnings, Attempt attempt, QWidget *parent = nullptr);
    ~ReviewDialog() override;

    // Asks for the date under the report (a sign-off), proposing the one given.
    void askReportDate(const QDate &proposed);

    void accept() override;

private:
    std::unique_ptr<Ui::ReviewDialog> m_ui;
    Attempt m_attempt;
};

} // namespace nb
