// ReportStore: the report list read a page at a time — searched, sorted and counted by the database, so
// that a province's 100 000 reports are never all loaded to show the forty on the screen (issue 19).
#include "reportstore.h"

#include "sqlutil.h"

#include <QSqlQuery>

namespace nb {

namespace {

ReportSummary summaryFrom(const QSqlQuery &query)
{
    // A report whose agency row was deleted behind the app's back is still listed, and says so.
    return {query.value(0).toInt(),
            query.value(1).isNull() ? ReportStore::missingAgencyName() : query.value(1).toString(),
            query.value(2).toInt(),
            query.value(3).toString(),
            query.value(4).toString(),
            QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs),
            query.value(6).isNull() ? -1 : query.value(6).toInt(),
            query.value(7).isNull() ? -1 : query.value(7).toInt()};
}

const QLatin1String summaryColumns("r.id, a.name, r.year, r.format, r.state, r.updated_at, r.errors, r.warnings");

// A search, as the two parts of its condition: part of the agency's name (any case, % and _ taken
// literally), which depends on the agency only, OR the year when the text is one, OR a state the caller
// matched by its shown name, which depend on the report. Kept apart because a database evaluates an
// agency-only condition once per agency, but the two joined by OR once per report: a count of "2019" in a
// province read every agency's name 100 000 times (50 ms on SQLite instead of 12).
struct SearchCondition
{
    QString agency;         // empty: no search
    QVariantList agencyBindings;
    QString report;         // empty: the text is neither a year nor a state
    QVariantList reportBindings;

    bool isEmpty() const { return agency.isEmpty(); }
    // The whole condition, for a page (its LIMIT stops the walk early) and its bindings.
    QString either(QVariantList *bindings) const
    {
        if (isEmpty())
            return QString();
        *bindings << agencyBindings << reportBindings;
        return report.isEmpty() ? agency : QStringLiteral("(%1 OR %2)").arg(agency, report);
    }
};

SearchCondition searchOf(const ReportQuery &query)
{
    SearchCondition condition;
    const QString text = query.search.trimmed();
    if (text.isEmpty())
        return condition;
    QString pattern = text.toLower();
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
    condition.agency = QStringLiteral("lower(a.name) LIKE ? ESCAPE '\\'");
    condition.agencyBindings << QVariant(QLatin1Char('%') + pattern + QLatin1Char('%'));
    QStringList terms;
    bool number = false;
    const int year = text.toInt(&number);
    if (number && text.size() == 4) {
        terms << QStringLiteral("r.year = ?");
        condition.reportBindings << year;
    }
    for (const QString &state : query.states) {
        terms << QStringLiteral("r.state = ?");
        condition.reportBindings << state;
    }
    if (!terms.isEmpty())
        condition.report = QStringLiteral("(%1)").arg(terms.join(QStringLiteral(" OR ")));
    return condition;
}

// The reports with their agencies, for a page. By agency, the agencies are walked by name and each
// one's reports by year, both through their indexes: no sort, a page costs its rows (SQLite, without
// statistics, may otherwise start from the reports and sort them all — CROSS JOIN keeps the order it is
// written in; PostgreSQL plans it as the inner join it is). Other orders start from the reports.
QString pageSource(const ReportQuery &query, const QString &condition)
{
    if (query.sort == ReportQuery::Sort::Agency) {
        return QStringLiteral("agencies a CROSS JOIN reports r WHERE r.agency_id = a.id")
               + (condition.isEmpty() ? QString() : QStringLiteral(" AND ") + condition);
    }
    return QStringLiteral("reports r JOIN agencies a ON a.id = r.agency_id") + (condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition);
}

QString orderOf(const ReportQuery &query)
{
    const QLatin1String direction(query.descending ? " DESC" : "");
    // Always ending in the id: pages of an order with ties would otherwise overlap or skip rows.
    switch (query.sort) {
    // (An agency's name and a year are one report: read in the indexes' order, without a sort.)
    case ReportQuery::Sort::Agency:
        return QStringLiteral(" ORDER BY a.name%1, r.year%1").arg(direction);
    case ReportQuery::Sort::Year:
        return QStringLiteral(" ORDER BY r.year%1, a.name%1").arg(direction);
    case ReportQuery::Sort::Format:
        return QStringLiteral(" ORDER BY r.format%1, a.name%1, r.id%1").arg(direction);
    case ReportQuery::Sort::State:
        return QStringLiteral(" ORDER BY r.state%1, a.name%1, r.id%1").arg(direction);
    case ReportQuery::Sort::Errors:
        return QStringLiteral(" ORDER BY coalesce(r.errors, -1)%1, r.id%1").arg(direction);
    case ReportQuery::Sort::Warnings:
        return QStringLiteral(" ORDER BY coalesce(r.warnings, -1)%1, r.id%1").arg(direction);
    case ReportQuery::Sort::Updated:
        return QStringLiteral(" ORDER BY r.updated_at%1, r.id%1").arg(direction);
    }
    return QString();
}

} // namespace

QVector<ReportSummary> ReportStore::reports(QString *error) const
{
    return reportPage({}, 0, -1, error);
}

QVector<ReportSummary> ReportStore::reportPage(const ReportQuery &query, int offset, int limit, QString *error) const
{
    QVector<ReportSummary> list;
    QVariantList bindings;
    // A page walks the agencies by name and each one's reports by year through their indexes (reports
    // first, as a LEFT JOIN must, would sort every report of the database for each page): a report whose
    // agency row is missing is on no page — orphanReports() lists those. Every report at once (limit -1,
    // `nianbao list`) is the LEFT JOIN, in the same order.
    const QString condition = searchOf(query).either(&bindings);
    QString sql = QStringLiteral("SELECT %1 FROM ").arg(summaryColumns)
                  + (limit >= 0 ? pageSource(query, condition)
                                : QStringLiteral("reports r LEFT JOIN agencies a ON a.id = r.agency_id")
                                      + (condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition))
                  + orderOf(query);
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(std::max(0, offset));
    QSqlQuery rows(m_db);
    rows.setForwardOnly(true);
    if (!execSql(rows, sql, bindings, error))
        return list;
    while (rows.next())
        list.append(summaryFrom(rows));
    return list;
}

int ReportStore::countReports(const ReportQuery &query, QString *error, int atMost) const
{
    const SearchCondition search = searchOf(query);
    // Without a search every report, the orphans too (and the agencies are not needed to count); with
    // one, those on the pages: the reports of the agencies whose name matches (the names read first),
    // then those of the other agencies that match by year or state (through the reports' indexes) —
    // rows counted by the outer count(*) so that a LIMIT stops the walk at atMost.
    QString sql;
    QVariantList bindings;
    if (search.isEmpty()) {
        sql = QStringLiteral("SELECT count(*) FROM reports");
    } else {
        sql = QStringLiteral("SELECT 1 FROM agencies a CROSS JOIN reports r WHERE r.agency_id = a.id AND ") + search.agency;
        bindings << search.agencyBindings;
        if (!search.report.isEmpty()) {
            sql += QStringLiteral(" UNION ALL SELECT 1 FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE %1 AND NOT %2")
                       .arg(search.report, search.agency);
            bindings << search.reportBindings << search.agencyBindings;
        }
        if (atMost >= 0)
            sql += QStringLiteral(" LIMIT %1").arg(atMost);
        sql = QStringLiteral("SELECT count(*) FROM (%1) AS matching").arg(sql);
    }
    QSqlQuery count(m_db);
    if (!execSql(count, sql, bindings, error) || !count.next())
        return 0;
    return count.value(0).toInt();
}

QVector<ReportSummary> ReportStore::orphanReports(QString *error) const
{
    QVector<ReportSummary> list;
    QSqlQuery rows(m_db);
    rows.setForwardOnly(true);
    if (!execSql(rows,
                 QStringLiteral("SELECT %1 FROM reports r LEFT JOIN agencies a ON a.id = r.agency_id WHERE a.id IS NULL ORDER BY r.year, r.id")
                     .arg(summaryColumns),
                 {}, error))
        return list;
    while (rows.next())
        list.append(summaryFrom(rows));
    return list;
}

QVector<ReportSummary> ReportStore::reportsOfYear(int year, QString *error) const
{
    QVector<ReportSummary> list;
    QSqlQuery rows(m_db);
    rows.setForwardOnly(true);
    if (!execSql(rows,
                 QStringLiteral("SELECT %1 FROM reports r LEFT JOIN agencies a ON a.id = r.agency_id WHERE r.year = ? ORDER BY a.name, r.id")
                     .arg(summaryColumns),
                 {year}, error))
        return list;
    while (rows.next())
        list.append(summaryFrom(rows));
    return list;
}

namespace {

// Our own integers, written into the statement (a bound list would be a parameter per report).
QString idList(const QVector<int> &ids)
{
    QStringList list;
    list.reserve(ids.size());
    for (int id : ids)
        list << QString::number(id);
    return list.join(QLatin1Char(','));
}

} // namespace

QVector<ReportSummary> ReportStore::reportSummaries(const QVector<int> &ids, QString *error) const
{
    QVector<ReportSummary> list;
    if (ids.isEmpty())
        return list;
    QSqlQuery rows(m_db);
    rows.setForwardOnly(true);
    if (!execSql(rows,
                 QStringLiteral("SELECT %1 FROM reports r LEFT JOIN agencies a ON a.id = r.agency_id WHERE r.id IN (%2)").arg(summaryColumns, idList(ids)),
                 {}, error))
        return list;
    while (rows.next())
        list.append(summaryFrom(rows));
    return list;
}

QHash<int, int> ReportStore::previousYearReports(const QVector<int> &ids, QString *error) const
{
    QHash<int, int> previous;
    if (ids.isEmpty())
        return previous;
    QSqlQuery rows(m_db);
    rows.setForwardOnly(true);
    if (!execSql(rows,
                 QStringLiteral("SELECT r.id, p.id FROM reports r JOIN reports p ON p.agency_id = r.agency_id AND p.year = r.year - 1 "
                                "WHERE r.id IN (%1)")
                     .arg(idList(ids)),
                 {}, error))
        return previous;
    while (rows.next())
        previous.insert(rows.value(0).toInt(), rows.value(1).toInt());
    return previous;
}

QVector<ReportSummary> ReportStore::recentReports(int limit, QString *error) const
{
    ReportQuery query;
    query.sort = ReportQuery::Sort::Updated;
    query.descending = true;
    return reportPage(query, 0, limit, error);
}

QStringList ReportStore::agencyNames(QString *error) const
{
    QStringList names;
    QSqlQuery rows(m_db);
    rows.setForwardOnly(true);
    if (!execSql(rows, QStringLiteral("SELECT name FROM agencies WHERE id IN (SELECT agency_id FROM reports) ORDER BY name"), {}, error))
        return names;
    while (rows.next())
        names << rows.value(0).toString();
    return names;
}

} // namespace nb
