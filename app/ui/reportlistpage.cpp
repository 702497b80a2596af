#include "reportlistpage.h"

#include "formatregistry.h"
#include "translations.h"
#include "ui_reportlistpage.h"

#include <QHeaderView>
#include <QLocale>
#include <QSet>

namespace nb {

namespace {

enum Column { AgencyColumn, YearColumn, FormatColumn, StateColumn, ErrorsColumn, WarningsColumn, UpdatedColumn };

// Numbers sort as numbers (a year, a count), not as text.
QTableWidgetItem *numberItem(int value)
{
    auto *item = new QTableWidgetItem;
    if (value >= 0)
        item->setData(Qt::DisplayRole, value);
    else
        item->setText(QStringLiteral("—"));
    item->setTextAlignment(Qt::AlignCenter);
    return item;
}

} // namespace

QString stateDisplayName(const QString &state)
{
    if (state == QLatin1String("draft"))
        return ReportListPage::tr("Draft");
    if (state == QLatin1String("submitted"))
        return ReportListPage::tr("Submitted");
    if (state == QLatin1String("returned"))
        return ReportListPage::tr("Returned");
    if (state == QLatin1String("signed"))
        return ReportListPage::tr("Signed off");
    // Marked signed in the file, but the signature does not hold (ReportStore::checkSignOffs).
    if (state == QLatin1String("signature-invalid"))
        return ReportListPage::tr("Signature invalid");
    if (state == QLatin1String("signature-untrusted"))
        return ReportListPage::tr("Signer not trusted");
    return state;
}

ReportListPage::ReportListPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReportListPage>())
{
    m_ui->setupUi(this);
    QHeaderView *header = m_ui->reports->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AgencyColumn, QHeaderView::Stretch);
    connect(m_ui->reports, &QTableWidget::cellActivated, this, [this](int row, int) {
        emit reportActivated(m_ui->reports->item(row, AgencyColumn)->data(Qt::UserRole).toInt());
    });
    connect(m_ui->search, &QLineEdit::textChanged, this, &ReportListPage::applySearch);
    connect(m_ui->nextYear, &QPushButton::clicked, this, [this] {
        const QVector<int> ids = selectedIds();
        if (ids.size() == 1)
            emit nextYearRequested(ids.first());
    });
    connect(m_ui->consolidate, &QPushButton::clicked, this, [this] {
        const QVector<int> ids = reportsToConsolidate();
        if (!ids.isEmpty())
            emit consolidateRequested(ids);
    });
    connect(m_ui->reports, &QTableWidget::itemSelectionChanged, this, [this] {
        m_ui->nextYear->setEnabled(m_ui->nextYear->property("writable").toBool() && selectedIds().size() == 1);
        m_ui->consolidate->setEnabled(!selectedIds().isEmpty());
    });
    setWritable(true);
}

ReportListPage::~ReportListPage() = default;

void ReportListPage::setReports(const QVector<ReportSummary> &reports)
{
    m_reports = reports;
    const Language language = currentLanguage();
    QTableWidget *table = m_ui->reports;
    table->setSortingEnabled(false);
    table->clearContents();
    table->setRowCount(int(reports.size()));
    for (int row = 0; row < reports.size(); ++row) {
        const ReportSummary &report = reports.at(row);
        const auto format = FormatRegistry::builtin().format(report.formatId);
        QTableWidgetItem *items[] = {new QTableWidgetItem(report.agency), numberItem(report.year),
                                     new QTableWidgetItem(format ? format->name().in(language) : report.formatId),
                                     new QTableWidgetItem(stateDisplayName(report.state)), numberItem(report.errors),
                                     numberItem(report.warnings),
                                     new QTableWidgetItem(QLocale().toString(report.updated.toLocalTime(), QLocale::ShortFormat))};
        if (report.errors > 0)
            items[ErrorsColumn]->setForeground(QColor(0xb0, 0x00, 0x20));
        for (int column = 0; column < int(std::size(items)); ++column) {
            items[column]->setData(Qt::UserRole, report.id);
            table->setItem(row, column, items[column]);
        }
    }
    table->setSortingEnabled(true);
    m_ui->emptyHint->setVisible(reports.isEmpty());
    table->setVisible(!reports.isEmpty());
    applySearch();
    if (!reports.isEmpty() && selectedIds().isEmpty())
        table->selectRow(0);
}

void ReportListPage::setWritable(bool writable)
{
    m_ui->nextYear->setProperty("writable", writable);
    m_ui->nextYear->setEnabled(writable && selectedIds().size() == 1);
}

void ReportListPage::applySearch()
{
    const QString text = m_ui->search->text().trimmed();
    int shown = 0;
    for (int row = 0; row < m_ui->reports->rowCount(); ++row) {
        const bool match = text.isEmpty() || m_ui->reports->item(row, AgencyColumn)->text().contains(text, Qt::CaseInsensitive);
        m_ui->reports->setRowHidden(row, !match);
        shown += match ? 1 : 0;
    }
    m_ui->shown->setText(text.isEmpty() ? tr("%n report(s)", nullptr, m_ui->reports->rowCount())
                                        : tr("%1 of %2 shown").arg(shown).arg(m_ui->reports->rowCount()));
}

void ReportListPage::setSearch(const QString &text)
{
    m_ui->search->setText(text);
}

int ReportListPage::reportCount() const
{
    return m_ui->reports->rowCount();
}

int ReportListPage::shownCount() const
{
    int shown = 0;
    for (int row = 0; row < m_ui->reports->rowCount(); ++row)
        shown += m_ui->reports->isRowHidden(row) ? 0 : 1;
    return shown;
}

QVector<int> ReportListPage::selectedIds() const
{
    QVector<int> ids;
    for (const QModelIndex &index : m_ui->reports->selectionModel()->selectedRows(AgencyColumn)) {
        if (!m_ui->reports->isRowHidden(index.row()))
            ids << index.data(Qt::UserRole).toInt();
    }
    return ids;
}

void ReportListPage::selectReports(const QVector<int> &ids)
{
    m_ui->reports->clearSelection();
    const QSet<int> wanted(ids.begin(), ids.end());
    for (int row = 0; row < m_ui->reports->rowCount(); ++row) {
        if (wanted.contains(m_ui->reports->item(row, AgencyColumn)->data(Qt::UserRole).toInt())) {
            m_ui->reports->selectionModel()->select(m_ui->reports->model()->index(row, 0),
                                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
}

QVector<int> ReportListPage::reportsToConsolidate() const
{
    const QVector<int> selected = selectedIds();
    if (selected.size() != 1)
        return selected;
    int year = 0;
    for (const ReportSummary &report : m_reports) {
        if (report.id == selected.first())
            year = report.year;
    }
    QVector<int> ids;
    for (const ReportSummary &report : m_reports) {
        if (report.year == year)
            ids << report.id;
    }
    return ids;
}

void ReportListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        applySearch();
    }
    QWidget::changeEvent(event);
}

} // namespace nb
