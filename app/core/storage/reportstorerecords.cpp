// ReportStore: reading and writing reports. Opening and the file's life are in reportstore.cpp.
#include "reportstore.h"

#include "formatregistry.h"
#include "reviewflow.h"
#include "sqlutil.h"
#include "validator.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <charconv>

namespace nb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportStore)
};

// Stored form of a cell: no row for blank; state 1 with a number; state 2 for not applicable.
CellValue cellFromRow(int state, qint64 number)
{
    return state == 2 ? CellValue::notApplicable() : CellValue::number(number);
}

// The states whose figures and texts may change, as SQL (ReviewFlow's rule, our own ids).
QString editableStatesSql()
{
    QStringList ids;
    for (ReportState state : {ReportState::Draft, ReportState::Submitted, ReportState::Returned, ReportState::Signed}) {
        if (ReviewFlow::isEditable(state))
            ids << QLatin1Char('\'') + stateId(state) + QLatin1Char('\'');
    }
    return ids.join(QStringLiteral(", "));
}


// One row of cell_values as read: report_id, cell_key (UTF-8), state, number.
struct CellRow
{
    qint64 reportId = 0;
    QByteArrayView key;
    int state = 0;
    qint64 number = 0;
};

qint64 integerFrom(const char *text, int length)
{
    qint64 value = 0;
    std::from_chars(text, text + length, value);
    return value;
}

// Runs sql (SELECT report_id, cell_key, state, number …) and hands each row to take, straight from the
// driver's own handle where it is SQLite's or libpq's (QSqlDriver::handle()): a 汇总 reads millions of
// cell rows, and QSqlQuery makes a QVariant of each value and a QString of each key (SQLite converting
// it to UTF-16 first) — four times the cost of SQLite itself. Any other driver: QSqlQuery. take returns
// false to stop (with *error set).
bool forEachCellRow(const QSqlDatabase &db, const QString &sql, const std::function<bool(const CellRow &)> &take, QString *error)
{
    const QVariant handle = db.driver()->handle();
    const QByteArray utf8 = sql.toUtf8();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0 && *static_cast<sqlite3 *const *>(handle.constData())) {
        sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(connection, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(connection));
            sqlite3_finalize(statement);
            return false;
        }
        CellRow row;
        int step;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
            row.reportId = sqlite3_column_int64(statement, 0);
            const char *key = reinterpret_cast<const char *>(sqlite3_column_text(statement, 1));
            row.key = QByteArrayView(key, key ? sqlite3_column_bytes(statement, 1) : 0);
            row.state = sqlite3_column_int(statement, 2);
            row.number = sqlite3_column_int64(statement, 3);
            if (!take(row)) {
                sqlite3_finalize(statement);
                return false;
            }
        }
        if (step != SQLITE_DONE)
            *error = QString::fromUtf8(sqlite3_errmsg(connection));
        sqlite3_finalize(statement);
        return step == SQLITE_DONE;
    }
    // (Qt registers libpq's handle under its struct's name, pg_conn*.)
    const bool libpq = handle.isValid() && (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0);
    if (libpq && *static_cast<PGconn *const *>(handle.constData())) {
        // Through a cursor, 20 000 rows a round trip: the whole result at once would be held in memory
        // twice over (a million rows), one row at a time would be a result object per row.
        PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
        // Qt reads forward-only results in libpq's single-row mode and leaves the end of the last one
        // unread (the connection "active") until its next query, which first discards whatever is
        // left; so does this one.
        if (PQtransactionStatus(connection) == PQTRANS_ACTIVE) {
            while (PGresult *left = PQgetResult(connection))
                PQclear(left);
        }
        const bool ownTransaction = PQtransactionStatus(connection) == PQTRANS_IDLE;
        // tidy: a closing command, whose failure must not hide the error that came first.
        const auto run = [&](const QByteArray &command, ExecStatusType expected, bool tidy = false) {
            PGresult *result = PQexec(connection, command.constData());
            const bool ok = PQresultStatus(result) == expected;
            if (!ok && !tidy)
                *error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
            PQclear(result);
            return ok;
        };
        if ((ownTransaction && !run("BEGIN READ ONLY", PGRES_COMMAND_OK))
            || !run("DECLARE nianbao_cells NO SCROLL CURSOR FOR " + utf8, PGRES_COMMAND_OK)) {
            if (ownTransaction)
                run("ROLLBACK", PGRES_COMMAND_OK, true);
            return false;
        }
        bool ok = true;
        for (bool more = true; ok && more;) {
            PGresult *result = PQexec(connection, "FETCH FORWARD 20000 FROM nianbao_cells");
            if (PQresultStatus(result) != PGRES_TUPLES_OK) {
                *error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
                ok = false;
            }
            const int rows = ok ? PQntuples(result) : 0;
            more = rows > 0;
            CellRow row;
            for (int i = 0; ok && i < rows; ++i) {
                row.reportId = integerFrom(PQgetvalue(result, i, 0), PQgetlength(result, i, 0));
                row.key = QByteArrayView(PQgetvalue(result, i, 1), PQgetlength(result, i, 1));
                row.state = int(integerFrom(PQgetvalue(result, i, 2), PQgetlength(result, i, 2)));
                row.number = integerFrom(PQgetvalue(result, i, 3), PQgetlength(result, i, 3));
                ok = take(row);
            }
            PQclear(result);
        }
        ok = run("CLOSE nianbao_cells", PGRES_COMMAND_OK, !ok) && ok;
        if (ownTransaction)
            ok = run(ok ? "COMMIT" : "ROLLBACK", PGRES_COMMAND_OK, !ok) && ok;
        return ok;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!execSql(query, sql, {}, error))
        return false;
    CellRow row;
    while (query.next()) {
        const QByteArray key = query.value(1).toString().toUtf8();
        row.reportId = query.value(0).toLongLong();
        row.key = key;
        row.state = query.value(2).toInt();
        row.number = query.value(3).toLongLong();
        if (!take(row))
            return false;
    }
    return true;
}

} // namespace

QString ReportStore::missingAgencyName()
{
    return Text::tr("(agency missing)");
}

std::optional<int> ReportStore::findReport(const QString &agency, int year) const
{
    QSqlQuery query(m_db);
    if (!execSql(query,
                 QStringLiteral("SELECT r.id FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE a.name = ? AND r.year = ?"),
                 {agency, year}, nullptr)
        || !query.next())
        return std::nullopt;
    return query.value(0).toInt();
}

std::optional<int> ReportStore::addReport(const Report &report, const QString &who, QString *error)
{
    if (refuseWrite(error))
        return std::nullopt;
    const Agency &agency = report.agency();
    if (agency.name.trimmed().isEmpty()) {
        *error = Text::tr("the report has no agency name");
        return std::nullopt;
    }
    if (const auto existing = findReport(agency.name, report.year())) {
        *error = Text::tr("%1 already has a report for %2 in this database (number %3)").arg(agency.name).arg(report.year()).arg(*existing);
        return std::nullopt;
    }
    WriteTransaction transaction(m_db, error);
    if (!transaction.isOpen())
        return std::nullopt;
    QSqlQuery query(m_db);
    if (!execSql(query, QStringLiteral("INSERT INTO agencies (name) VALUES (?) ON CONFLICT (name) DO NOTHING"), {agency.name}, error)
        || !execSql(query, QStringLiteral("SELECT id FROM agencies WHERE name = ?"), {agency.name}, error) || !query.next())
        return std::nullopt;
    const int agencyId = query.value(0).toInt();
    if (!report.agencyKind().isEmpty()
        && !execSql(query, QStringLiteral("UPDATE agencies SET kind = ? WHERE id = ?"), {report.agencyKind(), agencyId}, error))
        return std::nullopt;
    const QString stamp = now();
    // Its own rules only: last year's report may not be in this database.
    Validator validator(report);
    validator.validateAll();
    if (!execSql(query,
                 QStringLiteral("INSERT INTO reports (agency_id, year, format, report_date, office, address, postcode, phone, fax, "
                                "email, website, zeros_blank, created_at, updated_at, errors, warnings) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                 {agencyId, report.year(), report.format().id(),
                  textOf(report.date().toString(Qt::ISODate)), textOf(agency.office), textOf(agency.address),
                  textOf(agency.postcode), textOf(agency.phone), textOf(agency.fax), textOf(agency.email),
                  textOf(agency.website), report.zerosBlank() ? 1 : 0, stamp, stamp, validator.errorCount(),
                  validator.warningCount()},
                 error)
        || !query.next())
        return std::nullopt;
    const int id = query.value(0).toInt();
    query.finish();

    if (!query.prepare(QStringLiteral("INSERT INTO cell_values (report_id, cell_key, state, number) VALUES (?, ?, ?, ?)"))) {
        *error = Text::tr("cannot prepare the cell insert");
        return std::nullopt;
    }
    const FormatDefinition &format = report.format();
    for (int i = 0; i < format.cellCount(); ++i) {
        const CellValue &value = report.value(i);
        if (value.isBlank())
            continue;
        query.addBindValue(id);
        query.addBindValue(format.cell(i).key);
        query.addBindValue(value.isNotApplicable() ? 2 : 1);
        query.addBindValue(value.numberOrZero());
        if (!execChecked(query, error))
            return std::nullopt;
    }
    const std::pair<const char *, const QMap<QString, QString> *> texts[] = {
        {"narrative", &report.narratives()}, {"heading", &report.headings()}, {"unit", &report.units()}};
    for (const auto &[kind, map] : texts) {
        for (auto it = map->begin(); it != map->end(); ++it) {
            if (!execSql(query, QStringLiteral("INSERT INTO report_texts (report_id, kind, part, text) VALUES (?, ?, ?, ?)"),
                         {id, QLatin1String(kind), it.key(), it.value()}, error))
                return std::nullopt;
        }
    }
    if (!touch(id, who, ChangeKind::Report, QStringLiteral("created"), QVariant(), report.format().id(), error)
        || !transaction.commit(error))
        return std::nullopt;
    return id;
}

std::optional<Report> ReportStore::loadReport(int id, QString *error) const
{
    std::optional<QHash<int, Report>> loaded = loadReports({id}, error);
    if (!loaded)
        return std::nullopt;
    const auto it = loaded->find(id);
    if (it == loaded->end()) {
        *error = Text::tr("there is no report number %1 in this database").arg(id);
        return std::nullopt;
    }
    return std::move(*it);
}

namespace {

// ReportStore::loadReports on a given connection.
std::optional<QHash<int, Report>> loadReportsFrom(const QSqlDatabase &db, const QVector<int> &ids, QString *error)
{
    QHash<int, Report> reports;
    if (ids.isEmpty())
        return reports;
    // Our own integers, so the list is written into the statement rather than bound one by one.
    QStringList list;
    for (int id : ids)
        list << QString::number(id);
    const QString in = list.join(QLatin1Char(','));
    QSqlQuery query(db);
    query.setForwardOnly(true); // read once, in order: no copy of every row kept (a province's 汇总 reads a million)
    if (!execSql(query,
                 QStringLiteral("SELECT r.id, r.format, r.year, r.report_date, a.name, r.office, r.address, r.postcode, r.phone, r.fax, "
                                "r.email, r.website, r.zeros_blank, r.agency_id, a.kind FROM reports r LEFT JOIN agencies a ON a.id = r.agency_id "
                                "WHERE r.id IN (%1)")
                     .arg(in),
                 {}, error))
        return std::nullopt;
    while (query.next()) {
        const int id = query.value(0).toInt();
        if (query.value(4).isNull()) {
            // Only a hand edit of the file removes it (the schema's foreign key forbids it otherwise).
            *error = Text::tr("report %1 belongs to agency number %2, which is missing from the database "
                              "(the file was changed outside Nianbao); the report cannot be used. Use a backup copy.")
                         .arg(id)
                         .arg(query.value(13).toString());
            return std::nullopt;
        }
        const auto format = FormatRegistry::builtin().format(query.value(1).toString());
        if (!format) {
            *error = Text::tr("report %1 uses an unknown format “%2”").arg(id).arg(query.value(1).toString());
            return std::nullopt;
        }
        Report report(format);
        report.setYear(query.value(2).toInt());
        report.setDate(QDate::fromString(query.value(3).toString(), Qt::ISODate));
        report.setAgency({query.value(4).toString(), query.value(5).toString(), query.value(6).toString(), query.value(7).toString(),
                          query.value(8).toString(), query.value(9).toString(), query.value(10).toString(), query.value(11).toString()});
        report.setZerosBlank(query.value(12).toInt() != 0);
        report.setAgencyKind(query.value(14).toString()); // the agency's, kept once for all its years
        reports.insert(id, std::move(report));
    }
    query.finish();
    // The cells. Rows come grouped by report (the key's order), so the last report found is kept at hand.
    const QString cellSql = QStringLiteral("SELECT report_id, cell_key, state, number FROM cell_values WHERE report_id IN (%1)").arg(in);
    qint64 lastId = -1;
    Report *last = nullptr;
    qsizetype next = 0; // in the report's format's cellsInKeyOrder(): where the next row's key likely is
    const bool read = forEachCellRow(db, cellSql, [&](const CellRow &row) {
        if (row.reportId != lastId) {
            lastId = row.reportId;
            const auto found = reports.find(int(row.reportId));
            last = found == reports.end() ? nullptr : &found.value();
            next = 0;
        }
        if (!last)
            return true; // a row of a report that is not there (a hand edit): nothing to attach it to
        // A report's rows come in the primary key's order, which for SQLite (and ASCII keys) is the
        // format's key order with the blank cells left out: a few comparisons ahead find the key
        // without hashing it. Anything else (another collation, a key out of place): the index by key.
        const FormatDefinition &format = last->format();
        const QVector<int> &order = format.cellsInKeyOrder();
        int cell = -1;
        for (qsizetype i = next; i < std::min(next + 4, order.size()); ++i) {
            if (format.cellKeyUtf8(order.at(i)) == row.key) {
                cell = order.at(i);
                next = i + 1;
                break;
            }
        }
        if (cell < 0)
            cell = format.indexOfUtf8(row.key);
        if (cell < 0) {
            *error = Text::tr("report %1 holds a cell “%2” that the %3 format does not have")
                         .arg(lastId)
                         .arg(QString::fromUtf8(row.key), last->format().id());
            return false;
        }
        last->setStoredValue(cell, cellFromRow(row.state, row.number));
        return true;
    }, error);
    if (!read)
        return std::nullopt;
    for (Report &report : reports)
        report.recomputeNumbers(); // once per report, after all its cells (not once per cell)
    if (!execSql(query, QStringLiteral("SELECT report_id, kind, part, text FROM report_texts WHERE report_id IN (%1)").arg(in), {}, error))
        return std::nullopt;
    while (query.next()) {
        const auto found = reports.find(query.value(0).toInt());
        if (found == reports.end())
            continue;
        Report &report = found.value();
        const QString kind = query.value(1).toString();
        const QString part = query.value(2).toString();
        const QString text = query.value(3).toString();
        if (kind == QLatin1String("narrative"))
            report.setNarrative(part, text);
        else if (kind == QLatin1String("heading"))
            report.setHeading(part, text);
        else if (report.format().indexOf(part) >= 0)
            report.setUnit(report.format().indexOf(part), text);
    }
    return reports;
}

} // namespace

std::optional<QHash<int, Report>> ReportStore::loadReports(const QVector<int> &ids, QString *error) const
{
    return loadReportsFrom(m_db, ids, error);
}

std::optional<QHash<int, Report>> ReportStore::loadReportsOnOwnConnection(const QVector<int> &ids, QString *error) const
{
    // A connection may be used only in the thread that opened it: this one is made, used and closed
    // here. Read-only: it only reads.
    if (ids.isEmpty())
        return QHash<int, Report>();
    const QString name = newConnectionName();
    std::optional<QHash<int, Report>> loaded;
    {
        QSqlDatabase db = QSqlDatabase::cloneDatabase(m_connection, name);
        if (!m_server)
            db.setConnectOptions(SqliteReadOnlyOptions);
        if (db.open())
            loaded = loadReportsFrom(db, ids, error);
        else
            *error = db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return loaded;
}

bool ReportStore::deleteReport(int id, QString *error)
{
    if (refuseWrite(error))
        return false;
    WriteTransaction transaction(m_db, id, error);
    return transaction.isOpen() && exec(QStringLiteral("DELETE FROM reports WHERE id = ?"), {id}, error) && transaction.commit(error);
}

bool ReportStore::refuseWrite(QString *error) const
{
    if (m_readOnly)
        *error = Text::tr("the database is open read-only");
    return m_readOnly;
}

bool ReportStore::refuseLocked(int reportId, QString *error) const
{
    QSqlQuery query(m_db);
    if (!execSql(query, QStringLiteral("SELECT state FROM reports WHERE id = ?"), {reportId}, error))
        return true;
    if (!query.next()) {
        *error = Text::tr("there is no report number %1 in this database").arg(reportId);
        return true;
    }
    const std::optional<ReportState> state = stateFromId(query.value(0).toString());
    if (state && ReviewFlow::isEditable(*state))
        return false;
    *error = state ? Text::tr("the report is “%1”: its figures and texts can no longer be changed").arg(stateName(*state))
                   : Text::tr("the report's state “%1” is unknown to this version").arg(query.value(0).toString());
    return true;
}

bool ReportStore::touch(int reportId, const QString &who, ChangeKind what, const QString &target, const QVariant &oldValue,
                        const QVariant &newValue, QString *error)
{
    const QString stamp = now();
    return exec(QStringLiteral("UPDATE reports SET updated_at = ? WHERE id = ?"), {stamp, reportId}, error)
           && exec(QStringLiteral("INSERT INTO change_log (report_id, at, who, what, target, old_value, new_value) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {reportId, stamp, who, changeKindName(what), target, oldValue, newValue}, error);
}

bool ReportStore::saveInOneStatement(const QString &writeSql, const QVariantList &writeBindings, int reportId,
                                     const QString &who, ChangeKind what, const QString &target, const QVariant &oldValue,
                                     const QVariant &newValue)
{
    // r locks the report's row, as WriteTransaction does, and only while the report is editable: a save
    // that waited for a submission finds the new state (PostgreSQL re-reads a row it waited for) and
    // writes nothing. w is the compare-and-set: its condition is checked against the newest version of
    // the row (an UPDATE or DELETE that waited re-reads it, an INSERT ... ON CONFLICT sees a row
    // committed after the statement began), so it writes only over the expected value. The change-log
    // row and the report's time are written only with it, in the same statement: nothing is written
    // without its log row, and the log's order is the order of the writes to the cell.
    const QString sql = QStringLiteral(
                            "WITH r AS (SELECT id FROM reports WHERE id = ?::bigint AND state IN (%1) FOR NO KEY UPDATE), "
                            "w AS (%2 RETURNING report_id), "
                            "u AS (UPDATE reports SET updated_at = ?::text WHERE id = (SELECT report_id FROM w)), "
                            "l AS (INSERT INTO change_log (report_id, at, who, what, target, old_value, new_value) "
                            "SELECT report_id, ?::text, ?::text, ?::text, ?::text, ?::text, ?::text FROM w) "
                            "SELECT count(*) FROM w")
                            .arg(editableStatesSql(), writeSql);
    const QString stamp = now();
    QVariantList bindings{reportId};
    bindings << writeBindings << stamp << stamp << who << changeKindName(what) << target << oldValue << newValue;
    QSqlQuery *query = m_prepared->exec(sql, bindings, nullptr);
    const bool written = query && query->next() && query->value(0).toInt() == 1;
    if (query)
        query->finish();
    return written;
}

SaveResult ReportStore::saveCell(int reportId, const QString &cellKey, const CellValue &expected, const CellValue &value,
                                 const QString &who)
{
    SaveResult result;
    if (refuseWrite(&result.error))
        return result;
    // On a server the common case is one statement; a conflict, a locked report or a blank saved over a
    // blank take the general path below, which reads under the report's lock and says why.
    if (m_server && !(expected.isBlank() && value.isBlank())) {
        const int newState = value.isNotApplicable() ? 2 : 1;
        const QString match = QStringLiteral("report_id = (SELECT id FROM r) AND cell_key = ?::text AND state = ?::integer "
                                             "AND (state = 2 OR number = ?::bigint)");
        const QVariantList expectedRow{cellKey, expected.isNotApplicable() ? 2 : 1, expected.numberOrZero()};
        QString write;
        QVariantList bindings;
        if (expected.isBlank()) {
            write = QStringLiteral("INSERT INTO cell_values (report_id, cell_key, state, number) SELECT id, ?::text, ?::integer, "
                                   "?::bigint FROM r ON CONFLICT (report_id, cell_key) DO NOTHING");
            bindings = {cellKey, newState, value.numberOrZero()};
        } else if (value.isBlank()) {
            write = QStringLiteral("DELETE FROM cell_values WHERE ") + match;
            bindings = expectedRow;
        } else {
            write = QStringLiteral("UPDATE cell_values SET state = ?::integer, number = ?::bigint WHERE ") + match;
            bindings = QVariantList{newState, value.numberOrZero()} + expectedRow;
        }
        if (saveInOneStatement(write, bindings, reportId, who, ChangeKind::Cell, cellKey, changeLogValue(expected),
                               changeLogValue(value))) {
            result.status = SaveResult::Status::Saved;
            result.currentValue = value;
            return result;
        }
    }
    WriteTransaction transaction(m_db, reportId, &result.error);
    if (!transaction.isOpen() || refuseLocked(reportId, &result.error))
        return result;
    QSqlQuery query(m_db);
    if (!execSql(query, QStringLiteral("SELECT state, number FROM cell_values WHERE report_id = ? AND cell_key = ?"),
                 {reportId, cellKey}, &result.error))
        return result;
    const CellValue current = query.next() ? cellFromRow(query.value(0).toInt(), query.value(1).toLongLong()) : CellValue();
    query.finish();
    if (current != expected) {
        result.status = SaveResult::Status::Conflict;
        result.currentValue = current;
        result.currentBy = lastWriter(reportId, cellKey);
        result.error = Text::tr("this cell was changed elsewhere in the meantime");
        return result;
    }
    const bool ok = value.isBlank()
                        ? execSql(query, QStringLiteral("DELETE FROM cell_values WHERE report_id = ? AND cell_key = ?"),
                                  {reportId, cellKey}, &result.error)
                        : execSql(query,
                                  QStringLiteral("INSERT INTO cell_values (report_id, cell_key, state, number) VALUES (?, ?, ?, ?) "
                                                 "ON CONFLICT (report_id, cell_key) DO UPDATE SET state = excluded.state, "
                                                 "number = excluded.number"),
                                  {reportId, cellKey, value.isNotApplicable() ? 2 : 1, value.numberOrZero()}, &result.error);
    if (ok && touch(reportId, who, ChangeKind::Cell, cellKey, changeLogValue(expected), changeLogValue(value), &result.error)
        && transaction.commit(&result.error)) {
        result.status = SaveResult::Status::Saved;
        result.currentValue = value;
    }
    return result;
}

SaveResult ReportStore::saveText(int reportId, const QString &kind, const QString &part, const QString &expected,
                                 const QString &text, const QString &who)
{
    SaveResult result;
    if (refuseWrite(&result.error))
        return result;
    // As saveCell: one statement on a server, the general path for the rest.
    if (m_server && !(expected.isEmpty() && text.isEmpty())) {
        const QString match = QStringLiteral("report_id = (SELECT id FROM r) AND kind = ?::text AND part = ?::text AND text = ?::text");
        QString write;
        QVariantList bindings;
        if (expected.isEmpty()) {
            write = QStringLiteral("INSERT INTO report_texts (report_id, kind, part, text) SELECT id, ?::text, ?::text, ?::text "
                                   "FROM r ON CONFLICT (report_id, kind, part) DO NOTHING");
            bindings = {kind, part, text};
        } else if (text.isEmpty()) {
            write = QStringLiteral("DELETE FROM report_texts WHERE ") + match;
            bindings = {kind, part, expected};
        } else {
            write = QStringLiteral("UPDATE report_texts SET text = ?::text WHERE ") + match;
            bindings = {text, kind, part, expected};
        }
        if (saveInOneStatement(write, bindings, reportId, who, changeKindFromName(kind), part,
                               expected.isEmpty() ? QVariant() : expected, text.isEmpty() ? QVariant() : text)) {
            result.status = SaveResult::Status::Saved;
            result.currentText = text;
            return result;
        }
    }
    WriteTransaction transaction(m_db, reportId, &result.error);
    if (!transaction.isOpen() || refuseLocked(reportId, &result.error))
        return result;
    QSqlQuery query(m_db);
    if (!execSql(query, QStringLiteral("SELECT text FROM report_texts WHERE report_id = ? AND kind = ? AND part = ?"),
                 {reportId, kind, part}, &result.error))
        return result;
    const QString current = query.next() ? query.value(0).toString() : QString();
    query.finish();
    if (current != expected) {
        result.status = SaveResult::Status::Conflict;
        result.currentText = current;
        result.currentBy = lastWriter(reportId, part);
        result.error = Text::tr("this text was changed elsewhere in the meantime");
        return result;
    }
    const bool ok = text.isEmpty()
                        ? execSql(query, QStringLiteral("DELETE FROM report_texts WHERE report_id = ? AND kind = ? AND part = ?"),
                                  {reportId, kind, part}, &result.error)
                        : execSql(query,
                                  QStringLiteral("INSERT INTO report_texts (report_id, kind, part, text) VALUES (?, ?, ?, ?) "
                                                 "ON CONFLICT (report_id, kind, part) DO UPDATE SET text = excluded.text"),
                                  {reportId, kind, part, text}, &result.error);
    if (ok && touch(reportId, who, changeKindFromName(kind), part, expected.isEmpty() ? QVariant() : expected, text.isEmpty() ? QVariant() : text, &result.error)
        && transaction.commit(&result.error)) {
        result.status = SaveResult::Status::Saved;
        result.currentText = text;
    }
    return result;
}

bool ReportStore::saveDetails(int reportId, const Agency &agency, const QDate &date, bool zerosBlank, const QString &who,
                              QString *error)
{
    if (refuseWrite(error))
        return false;
    WriteTransaction transaction(m_db, reportId, error);
    const QString stamp = date.isValid() ? date.toString(Qt::ISODate) : QString();
    return transaction.isOpen() && !refuseLocked(reportId, error)
           && exec(QStringLiteral("UPDATE reports SET office = ?, address = ?, postcode = ?, phone = ?, fax = ?, email = ?, "
                                  "website = ?, report_date = ?, zeros_blank = ? WHERE id = ?"),
                   {textOf(agency.office), textOf(agency.address), textOf(agency.postcode), textOf(agency.phone),
                    textOf(agency.fax), textOf(agency.email), textOf(agency.website), textOf(stamp), zerosBlank ? 1 : 0, reportId},
                   error)
           && touch(reportId, who, ChangeKind::Details, QStringLiteral("agency"), QVariant(),
                    QStringList{agency.office, agency.address, agency.postcode, agency.phone, agency.fax, agency.email,
                                agency.website, stamp, zerosBlank ? QStringLiteral("zeros blank") : QString()}
                       .join(QLatin1Char('|')),
                    error)
           && transaction.commit(error);
}

bool ReportStore::saveSignOffDate(int reportId, const QDate &date, const QString &who, QString *error)
{
    if (refuseWrite(error))
        return false;
    WriteTransaction transaction(m_db, reportId, error);
    QSqlQuery query(m_db);
    if (!transaction.isOpen()
        || !execSql(query, QStringLiteral("SELECT state, report_date FROM reports WHERE id = ?"), {reportId}, error))
        return false;
    if (!query.next()) {
        *error = Text::tr("there is no report number %1 in this database").arg(reportId);
        return false;
    }
    if (stateFromId(query.value(0).toString()) != ReportState::Submitted) {
        *error = Text::tr("only a report submitted for review takes its date as it is signed off");
        return false;
    }
    const QString old = query.value(1).toString();
    const QString stamp = date.isValid() ? date.toString(Qt::ISODate) : QString();
    query.finish();
    return exec(QStringLiteral("UPDATE reports SET report_date = ? WHERE id = ?"), {textOf(stamp), reportId}, error)
           && touch(reportId, who, ChangeKind::Details, QStringLiteral("date"), old.isEmpty() ? QVariant() : old,
                    stamp.isEmpty() ? QVariant() : stamp, error)
           && transaction.commit(error);
}

bool ReportStore::saveFindingCounts(int reportId, int errors, int warnings, QString *error)
{
    // Not an edit of the report: no change-log row, and allowed on a locked report (a check of a
    // signed report still counts). A read-only session leaves it to the one that writes.
    if (m_readOnly)
        return true;
    return exec(QStringLiteral("UPDATE reports SET errors = ?, warnings = ? WHERE id = ?"), {errors, warnings, reportId}, error);
}

QString ReportStore::lastWriter(int reportId, const QString &target) const
{
    QSqlQuery query(m_db);
    if (!execSql(query, QStringLiteral("SELECT who FROM change_log WHERE report_id = ? AND target = ? ORDER BY id DESC LIMIT 1"),
                 {reportId, target}, nullptr)
        || !query.next())
        return {};
    return query.value(0).toString();
}

QVector<ChangeLogEntry> ReportStore::changeLog(int reportId, QString *error, qint64 sinceId) const
{
    QVector<ChangeLogEntry> entries;
    QSqlQuery query(m_db);
    if (!execSql(query,
                 QStringLiteral("SELECT id, report_id, at, who, what, target, old_value, new_value FROM change_log "
                                "WHERE report_id = ? AND id > ? ORDER BY id"),
                 {reportId, sinceId}, error))
        return entries;
    while (query.next()) {
        entries.append({query.value(0).toLongLong(), query.value(1).toInt(),
                         QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs), query.value(3).toString(),
                         changeKindFromName(query.value(4).toString()), query.value(5).toString(), query.value(6).toString(),
                         query.value(7).toString()});
    }
    return entries;
}

} // namespace nb
