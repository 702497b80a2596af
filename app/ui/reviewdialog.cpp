#include "reviewdialog.h"

#include "ui_reviewdialog.h"

#include <QPushButton>

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
        summary = tr("Signing locks the report as it is now and records your name, the time and a fingerprint "
                     "(SHA-256) of its content. The published report then carries your name instead of the draft mark.");
        break;
    case ReviewAction::Reopen:
        setWindowTitle(tr("Reopen"));
        summary = tr("Reopening starts a new revision: the signature no longer applies and the report becomes a draft.");
        break;
    }
    m_ui->summary->setText(summary);
    for (const QString &warning : warnings) {
        auto *item = new QListWidgetItem(warning, m_ui->warnings);
        item->setCheckState(Qt::Unchecked);
    }
    const bool askWarnings = step.needsClean && !warnings.isEmpty();
    m_ui->warnings->setVisible(askWarnings);
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
    for (int i = 0; i < m_ui->warnings->count(); ++i) {
        if (m_ui->warnings->item(i)->checkState() == Qt::Checked)
            answer.acknowledged << i;
    }
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
