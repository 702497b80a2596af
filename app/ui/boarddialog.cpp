#include "boarddialog.h"

#include "reportdocument.h"
#include "reportreview.h"
#include "reportstore.h"
#include "reviewdialog.h"
#include "ui_boarddialog.h"

#include <QLocale>
#include <QPushButton>

namespace nb {

namespace {

QString dateText(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

BoardDialog::BoardDialog(ReportStore &store, const User &user, int year, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BoardDialog>())
    , m_store(store)
    , m_user(user)
{
    m_ui->setupUi(this);
    m_ui->table->setColumnCount(9);
    m_ui->table->setHorizontalHeaderLabels({tr("Agency"), tr("State"), tr("Errors"), tr("Warnings"), tr("Dated"), tr("Submitted"),
                                            tr("Signed off"), tr("Deadline"), tr("Last change / reason returned")});
    m_ui->year->setValue(year);
    connect(m_ui->year, &QSpinBox::valueChanged, this, &BoardDialog::refresh);
    connect(m_ui->sendBack, &QPushButton::clicked, this, &BoardDialog::askSendBack);
    connect(m_ui->consolidate, &QPushButton::clicked, this, [this] {
        if (!signedReportIds().isEmpty())
            emit consolidateRequested(signedReportIds());
    });
    connect(m_ui->close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->table, &QTableWidget::itemSelectionChanged, this, &BoardDialog::updateSendBack);
    refresh();
}

BoardDialog::~BoardDialog() = default;

void BoardDialog::setYear(int year)
{
    if (m_ui->year->value() == year)
        refresh();
    else
        m_ui->year->setValue(year); // refreshes through valueChanged
}

void BoardDialog::refresh()
{
    QString error;
    m_rows = collectBoard(m_store, m_ui->year->value(), QDate::currentDate(), &error);
    m_ui->message->setText(error);
    m_ui->table->setSortingEnabled(false);
    m_ui->table->setRowCount(int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const BoardRow &row = m_rows.at(i);
        const QString last = row.returnReason.isEmpty() ? dateText(row.updated) : tr("returned: %1").arg(row.returnReason);
        const QStringList texts{row.agency,
                                boardStateName(row.state),
                                row.errors < 0 ? QString() : QString::number(row.errors),
                                row.warnings < 0 ? QString() : QString::number(row.warnings),
                                dateText(row.reportDate),
                                dateText(row.submitted),
                                dateText(row.signedOff),
                                dateText(row.deadline),
                                last};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            if (column == 0)
                item->setData(Qt::UserRole, i);
            if (row.state == BoardState::Overdue || (column == 2 && row.errors > 0))
                item->setForeground(QColor(0xb0, 0x1c, 0x1c));
            m_ui->table->setItem(i, column, item);
        }
    }
    m_ui->table->setSortingEnabled(true);
    m_ui->table->resizeColumnsToContents();
    m_ui->summary->setText(summaryText());
    updateSendBack();
    m_ui->consolidate->setEnabled(!signedReportIds().isEmpty());
}

QString BoardDialog::summaryText() const
{
    int count[6] = {0, 0, 0, 0, 0, 0};
    for (const BoardRow &row : m_rows)
        ++count[int(row.state)];
    QStringList parts;
    for (BoardState state : {BoardState::NotStarted, BoardState::Drafting, BoardState::Submitted, BoardState::Returned,
                             BoardState::Signed, BoardState::Overdue}) {
        if (count[int(state)] > 0)
            parts << tr("%1 %2").arg(boardStateName(state)).arg(count[int(state)]);
    }
    QString text = tr("%n agency(ies): %1.", nullptr, int(m_rows.size())).arg(parts.join(QStringLiteral(", ")));
    QStringList rest = notIncluded();
    if (!rest.isEmpty()) {
        // A province has thousands: the first few by name, and how many more (the table lists them all).
        constexpr int named = 20;
        const int more = int(rest.size()) - named;
        if (more > 0) {
            rest.resize(named);
            rest << tr("… and %n more", nullptr, more);
        }
        text += QLatin1Char(' ') + tr("The consolidation counts the signed reports; not included: %1.").arg(rest.join(QStringLiteral(", ")));
    }
    return text;
}

QVector<int> BoardDialog::signedReportIds() const
{
    QVector<int> ids;
    for (const BoardRow &row : m_rows) {
        if (row.state == BoardState::Signed)
            ids << row.reportId;
    }
    return ids;
}

QStringList BoardDialog::notIncluded() const
{
    QStringList rest;
    for (const BoardRow &row : m_rows) {
        if (row.state != BoardState::Signed)
            rest << tr("%1 (%2)").arg(row.agency, boardStateName(row.state));
    }
    return rest;
}

int BoardDialog::selectedRow() const
{
    const QList<QTableWidgetItem *> selected = m_ui->table->selectedItems();
    if (selected.isEmpty())
        return -1;
    const QTableWidgetItem *first = m_ui->table->item(selected.first()->row(), 0);
    return first ? first->data(Qt::UserRole).toInt() : -1;
}

std::optional<ReviewAction> BoardDialog::sendBackAction(int row, QString *why) const
{
    // Every state says what the button does or why it cannot: a supervisor should never wonder.
    if (row < 0 || row >= m_rows.size()) {
        *why = tr("Choose an agency to send its report back.");
        return std::nullopt;
    }
    const BoardRow &board = m_rows.at(row);
    if (m_user.role != Role::Supervisor) {
        *why = tr("Only a supervisor sends a report back.");
        return std::nullopt;
    }
    if (!board.reportId || !board.reviewState) {
        *why = tr("%1 has no report for %2 yet: there is nothing to send back.").arg(board.agency).arg(m_ui->year->value());
        return std::nullopt;
    }
    switch (*board.reviewState) {
    case ReportState::Draft:
        *why = tr("The report of %1 is still being filled in: the clerk has it already.").arg(board.agency);
        return std::nullopt;
    case ReportState::Returned:
        *why = tr("The report of %1 was sent back already: %2").arg(board.agency, board.returnReason);
        return std::nullopt;
    case ReportState::Submitted:
        *why = tr("Send the report of %1 back to the clerk with a reason: it becomes the next revision.").arg(board.agency);
        return ReviewAction::Return;
    case ReportState::Signed:
        *why = tr("The report of %1 is signed: sending it back reopens it as the next revision (your reason and password); "
                  "the sign-off stays in its history.")
                   .arg(board.agency);
        return ReviewAction::Reopen;
    }
    return std::nullopt;
}

void BoardDialog::updateSendBack()
{
    QString why;
    const std::optional<ReviewAction> action = sendBackAction(selectedRow(), &why);
    m_ui->sendBack->setEnabled(action.has_value());
    m_ui->sendBack->setText(action == ReviewAction::Reopen ? tr("&Reopen…") : tr("&Send Back…"));
    m_ui->sendBack->setToolTip(why);
    m_ui->sendBackHint->setText(why);
}

QString BoardDialog::sendBack(int row, const QString &reason, const QString &password)
{
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).reportId)
        return tr("choose an agency whose report is under review");
    // A signed report is reopened (its signature's password), one under review returned; any other
    // state is refused by the review flow with its reason.
    const ReviewAction action = m_rows.at(row).reviewState == ReportState::Signed ? ReviewAction::Reopen : ReviewAction::Return;
    const int id = m_rows.at(row).reportId;
    QString error;
    std::optional<Report> report = m_store.loadReport(id, &error);
    if (!report)
        return error;
    ReportReview review(m_store, id);
    ReportDocument document(std::move(*report), &m_store, id, m_user.name);
    const ReportReview::Outcome outcome = review.perform(action, m_user, reason, password, document);
    if (!outcome.done)
        return outcome.reason; // the row stays chosen: the dialog asks again
    refresh();
    return QString();
}

void BoardDialog::askSendBack()
{
    const int index = selectedRow();
    QString why;
    const std::optional<ReviewAction> action = sendBackAction(index, &why);
    if (!action)
        return;
    const ReviewFlow::Check check = ReviewFlow::check(*action, *m_rows.at(index).reviewState, m_user.role);
    if (!check.step)
        return;
    const QString agency = m_rows.at(index).agency;
    // The review step's own dialog: the reason, and for a signed report the password; it stays open
    // with the refusal when the step is refused.
    ReviewDialog dialog(*check.step, {}, [this, index](const ReviewDialog::Answer &answer) { return sendBack(index, answer.reason, answer.password); },
                        this);
    dialog.setWindowTitle(tr("%1 — %2").arg(dialog.windowTitle(), agency));
    if (dialog.exec() == QDialog::Accepted)
        m_ui->message->setText(*action == ReviewAction::Reopen ? tr("The report of %1 is reopened.").arg(agency)
                                                               : tr("The report of %1 is sent back.").arg(agency));
}

} // namespace nb
