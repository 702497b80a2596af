#include "reportlistmodel.h"

#include "formatregistry.h"
#include "reportlistpage.h"
#include "translations.h"

#include <QColor>
#include <QLocale>

namespace nb {

namespace {

const char *const storedStates[] = {"draft", "submitted", "returned", "signed"};

} // namespace

ReportListModel::ReportListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReportListModel::setStore(const ReportStore *store)
{
    m_store = store;
    m_error.clear();
    m_orphans = store ? store->orphanReports(&m_error) : QVector<ReportSummary>();
    refresh();
}

void ReportListModel::refresh()
{
    reload(true);
}

void ReportListModel::reload(bool countAll)
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    m_matching = 0;
    m_paged = 0;
    m_countCapped = false;
    if (m_store) {
        // Every report is counted when the list is read again, not on each keystroke of a search or a
        // new order: the total is the same (8 ms a keystroke on a server with 100 000).
        if (countAll || m_total == 0)
            m_total = m_store->countReports({}, &m_error);
        const bool searching = !m_query.search.trimmed().isEmpty();
        if (searching) {
            // Counted no further than a person reads: "第" matches a whole province, and counting its
            // 100 000 rows cost a server 50 ms a keystroke. Past the cap, the pages tell (fetchMore).
            m_paged = m_store->countReports(m_query, &m_error, m_countCap + 1);
            m_countCapped = m_paged > m_countCap;
        } else {
            m_paged = m_total - int(m_orphans.size());
        }
        m_matching = m_paged + (searching ? 0 : int(m_orphans.size()));
        m_rows = m_paged > 0 ? readPage(0) : QVector<ReportSummary>();
        if (!searching && m_rows.size() >= m_paged)
            m_rows += m_orphans; // one page holds every report: the orphans at once
    }
    endResetModel();
}

void ReportListModel::setSearch(const QString &text)
{
    m_query.search = text;
    // A state is found by the name the list shows for it (and by its stored key).
    m_query.states.clear();
    const QString wanted = text.trimmed();
    if (!wanted.isEmpty()) {
        for (const char *state : storedStates) {
            const QString key = QLatin1String(state);
            if (stateDisplayName(key).contains(wanted, Qt::CaseInsensitive) || key.contains(wanted, Qt::CaseInsensitive))
                m_query.states << key;
        }
    }
    reload(false);
}

QVector<ReportSummary> ReportListModel::readPage(int offset)
{
    QVector<ReportSummary> page = m_store->reportPage(m_query, offset, PageSize, &m_error);
    // "signed" only where the signature holds and its key is trusted: checked for the rows read.
    m_store->checkSignOffs(page, &m_error);
    return page;
}

int ReportListModel::rowOf(int reportId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == reportId)
            return row;
    }
    return -1;
}

int ReportListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ReportSummary &report = m_rows.at(index.row());
    const int column = index.column();
    if (role == Qt::UserRole)
        return report.id;
    const auto number = [](int value) { return value >= 0 ? QVariant(value) : QVariant(QStringLiteral("—")); };
    if (role == Qt::DisplayRole) {
        switch (column) {
        case AgencyColumn:
            return report.agency;
        case YearColumn:
            return report.year;
        case FormatColumn: {
            const auto format = FormatRegistry::builtin().format(report.formatId);
            return format ? format->name().in(currentLanguage()) : report.formatId;
        }
        case StateColumn:
            return stateDisplayName(report.state);
        case ErrorsColumn:
            return number(report.errors);
        case WarningsColumn:
            return number(report.warnings);
        case UpdatedColumn:
            return QLocale().toString(report.updated.toLocalTime(), QLocale::ShortFormat);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (column == YearColumn || column == ErrorsColumn || column == WarningsColumn))
        return int(Qt::AlignCenter);
    if (role == Qt::ForegroundRole && column == ErrorsColumn && report.errors > 0)
        return QColor(0xb0, 0x00, 0x20);
    return {};
}

QVariant ReportListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AgencyColumn:
        return ReportListPage::tr("Agency");
    case YearColumn:
        return ReportListPage::tr("Year");
    case FormatColumn:
        return ReportListPage::tr("Format");
    case StateColumn:
        return ReportListPage::tr("State");
    case ErrorsColumn:
        return ReportListPage::tr("Errors");
    case WarningsColumn:
        return ReportListPage::tr("Warnings");
    case UpdatedColumn:
        return ReportListPage::tr("Last change");
    default:
        return {};
    }
}

bool ReportListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_store && (m_rows.size() < m_matching || m_countCapped);
}

void ReportListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // The pages, then the orphans (when not searching) all at once: they are few.
    QVector<ReportSummary> page = m_rows.size() < m_paged || m_countCapped ? readPage(int(m_rows.size())) : QVector<ReportSummary>();
    if (m_countCapped) {
        // Beyond the count's cap the pages count: a short one is the last, and then the number is known.
        m_paged = std::max(m_paged, int(m_rows.size() + page.size()));
        m_countCapped = page.size() == PageSize;
        if (!m_countCapped)
            m_paged = int(m_rows.size() + page.size());
        m_matching = m_paged;
    }
    if (page.isEmpty() && m_matching > m_paged && m_rows.size() >= m_paged) {
        page = m_orphans;
        m_paged = int(m_rows.size()); // the pages are done
        m_matching = m_paged + int(m_orphans.size());
    }
    if (page.isEmpty()) {
        m_matching = int(m_rows.size()); // removed elsewhere since counted: nothing more to ask for
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows += page;
    endInsertRows();
}

void ReportListModel::sort(int column, Qt::SortOrder order)
{
    static const ReportQuery::Sort sorts[] = {ReportQuery::Sort::Agency, ReportQuery::Sort::Year,     ReportQuery::Sort::Format,
                                              ReportQuery::Sort::State,  ReportQuery::Sort::Errors,   ReportQuery::Sort::Warnings,
                                              ReportQuery::Sort::Updated};
    if (column < 0 || column >= ColumnCount)
        return;
    const ReportQuery::Sort sort = sorts[column];
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_query.sort && descending == m_query.descending && (m_rows.size() > 0 || m_matching == 0))
        return;
    m_query.sort = sort;
    m_query.descending = descending;
    reload(false);
}

} // namespace nb
