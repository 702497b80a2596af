#include "boarddialog.h"

#include "reportdocument.h"
#include "reportreview.h"
#include "reportstore.h"
#include "ui_boarddialog.h"

#include <QInputDialog>
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
    connect(m_ui->table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_ui->table->currentRow();
        const int index = row >= 0 && m_ui->table->item(row, 0) ? m_ui->table->item(row, 0)->data(Qt::UserRole).toInt() : -1;
        m_ui->sendBack->setEnabled(index >= 0 && m_rows.at(index).reviewState == ReportState::Submitted && m_user.role == Role::Supervisor);
    });
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
    m_ui->sendBack->setEnabled(false);
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

QString BoardDialog::sendBack(int row, const QString &reason)
{
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).reportId)
        return tr("choose an agency whose report is under review");
    const int id = m_rows.at(row).reportId;
    QString error;
    std::optional<Report> report = m_store.loadReport(id, &error);
    if (!report)
        return error;
    ReportReview review(m_store, id);
    ReportDocument document(std::move(*report), &m_store, id, m_user.name);
    const ReportReview::Outcome outcome = review.perform(ReviewAction::Return, m_user, reason, QString(), document);
    refresh();
    return outcome.done ? QString() : outcome.reason;
}

void BoardDialog::askSendBack()
{
    const int row = m_ui->table->currentRow();
    if (row < 0 || !m_ui->table->item(row, 0))
        return;
    const int index = m_ui->table->item(row, 0)->data(Qt::UserRole).toInt();
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(this, tr("Send Back"), tr("Why is the report of %1 sent back?").arg(m_rows.at(index).agency),
                                                          QString(), &ok);
    if (!ok)
        return;
    m_ui->message->setText(sendBack(index, reason));
}

} // namespace nb
