#include "reviewdialog.h"

#include "ui_reviewdialog.h"

#include <QPushButton>

#include <algorithm>

namespace nb {

ReviewDialog::ReviewDialog(const ReviewStep &step, const QStringList &warnings, Attempt attempt, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReviewDialog>())
    , m_attempt(std::move(attempt))
{
    m_ui->setupUi(this);
    QString summary;
    switch (step.action) {
    case ReviewAction::Submit:
        setWindowTitle(tr("Submit for Review"));
        summary = tr("The report goes to the supervisor and cannot be changed until it is returned.");
        break;
    case ReviewAction::Return:
        setWindowTitle(tr("Return for Changes"));
        summary = tr("The clerk can change the report again. Say what to change.");
        break;
    case ReviewAction::SignOff:
        setWindowTitle(tr("Sign Off"));
        summary = tr("Signing locks the report as it is now and seals it with your signature, which your password "
                     "unlocks: any later change shows. The published report then carries your name instead of the draft mark.");
        break;
    case ReviewAction::Reopen:
        setWindowTitle(tr("Reopen"));
        summary = tr("Reopening starts a new revision: the signature no longer applies and the report becomes a draft. "
                     "The sign-off stays in the history.");
        break;
    }
    m_ui->summary->setText(summary);
    m_ui->warnings->setRowCount(int(warnings.size()));
    for (int row = 0; row < warnings.size(); ++row) {
        auto *item = new QTableWidgetItem(warnings.at(row));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable); // the warning is read, the note is typed
        m_ui->warnings->setItem(row, 0, item);
        m_ui->warnings->setItem(row, 1, new QTableWidgetItem());
    }
    m_ui->warnings->setColumnWidth(0, 480);
    m_ui->warnings->resizeRowsToContents();
    const bool askWarnings = step.needsClean && !warnings.isEmpty();
    m_ui->warnings->setVisible(askWarnings);
    if (askWarnings)
        resize(std::max(width(), 760), std::max(height(), 420)); // the warning and its 说明 side by side
    m_ui->warningsLabel->setVisible(askWarnings);
    m_ui->reason->setVisible(step.needsReason);
    m_ui->reasonLabel->setVisible(step.needsReason);
    m_ui->password->setVisible(step.needsPassword);
    m_ui->passwordLabel->setVisible(step.needsPassword);
    m_ui->reportDate->setVisible(false);
    m_ui->reportDateLabel->setVisible(false);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(windowTitle());
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ReviewDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ReviewDialog::~ReviewDialog() = default;

void ReviewDialog::askReportDate(const QDate &proposed)
{
    m_ui->reportDate->setDate(proposed);
    m_ui->reportDate->setVisible(true);
    m_ui->reportDateLabel->setVisible(true);
}

void ReviewDialog::accept()
{
    Answer answer;
    for (int row = 0; row < m_ui->warnings->rowCount(); ++row)
        answer.notes << m_ui->warnings->item(row, 1)->text().trimmed();
    answer.reason = m_ui->reason->toPlainText();
    answer.password = m_ui->password->text();
    if (m_ui->reportDate->isVisibleTo(this))
        answer.reportDate = m_ui->reportDate->date();
    const QString failure = m_attempt(answer);
    if (!failure.isEmpty()) {
        m_ui->message->setText(failure);
        m_ui->password->clear();
        return;
    }
    QDialog::accept();
}

} // namespace nb
