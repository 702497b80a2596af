// ReportStore: the collecting office's board — every agency with its report of a year, in one query
// (a server with hundreds of agencies answers at once), and each agency's kind.

#include "board.h"
#include "reportstore.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace nb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportStore)
};

QDateTime boardTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

QVector<BoardRow> ReportStore::boardRows(int year, QString *error) const
{
    QVector<BoardRow> rows;
    QSqlQuery query(m_db);
    if (!execSql(query,
                 QStringLiteral(
                     "SELECT a.name, a.kind, r.id, r.state, r.errors, r.warnings, r.report_date, r.updated_at, "
                     "(SELECT max(t.at) FROM transitions t WHERE t.report_id = r.id AND t.to_state = 'submitted'), "
                     "(SELECT max(t.at) FROM transitions t WHERE t.report_id = r.id AND t.to_state = 'signed'), "
                     "(SELECT t.reason FROM transitions t WHERE t.report_id = r.id AND t.to_state = 'returned' ORDER BY t.id DESC LIMIT 1) "
                     "FROM agencies a LEFT JOIN reports r ON r.agency_id = a.id AND r.year = ? ORDER BY a.name"),
                 {year}, error))
        return rows;
    while (query.next()) {
        BoardRow row;
        row.agency = query.value(0).toString();
        row.agencyKind = query.value(1).toString();
        row.reportId = query.value(2).isNull() ? 0 : query.value(2).toInt();
        if (row.reportId) {
            row.reviewState = stateFromId(query.value(3).toString());
            row.errors = query.value(4).isNull() ? -1 : query.value(4).toInt();
            row.warnings = query.value(5).isNull() ? -1 : query.value(5).toInt();
            row.reportDate = QDate::fromString(query.value(6).toString(), Qt::ISODate);
            row.updated = boardTime(query.value(7));
            row.submitted = boardTime(query.value(8));
            if (row.reviewState == ReportState::Signed)
                row.signedOff = boardTime(query.value(9));
            if (row.reviewState == ReportState::Returned)
                row.returnReason = query.value(10).toString();
        }
        rows << row;
    }
    return rows;
}

QString ReportStore::agencyKind(const QString &agency, QString *error) const
{
    QSqlQuery query(m_db);
    if (!execSql(query, QStringLiteral("SELECT kind FROM agencies WHERE name = ?"), {agency}, error) || !query.next())
        return QString();
    return query.value(0).toString();
}

bool ReportStore::setAgencyKind(const QString &agency, const QString &kind, QString *error)
{
    if (refuseWrite(error))
        return false;
    if (!kind.isEmpty() && kind != QLatin1String("department") && kind != QLatin1String("government")) {
        *error = Text::tr("an agency is a “department” or a “government”, not “%1”").arg(kind);
        return false;
    }
    return exec(QStringLiteral("UPDATE agencies SET kind = ? WHERE name = ?"), {kind.isEmpty() ? QVariant() : QVariant(kind), agency}, error);
}

} // namespace nb
