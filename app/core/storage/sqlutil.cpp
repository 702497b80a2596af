#include "sqlutil.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QSqlError>

namespace nb {

QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("nianbao-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

SqlDialect dialectOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? SqlDialect::Postgres : SqlDialect::Sqlite;
}

bool execChecked(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

bool execSql(QSqlQuery &query, const QString &sql, const QVariantList &bindings, QString *error)
{
    // PostgreSQL prepares only queries and data changes, not CREATE or BEGIN: a statement without
    // bindings runs as it is.
    if (bindings.isEmpty()) {
        if (query.exec(sql))
            return true;
        if (error)
            *error = query.lastError().text();
        return false;
    }
    if (!query.prepare(sql)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    return execChecked(query, error);
}

QVariant textOf(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

WriteTransaction::WriteTransaction(QSqlDatabase &db, QString *error)
    : m_db(db)
{
    // One key for the writes that are not one report's ("NBAO"; the schema upgrade takes it too).
    begin(QStringLiteral("SELECT pg_advisory_xact_lock(1312966991)"), error);
}

WriteTransaction::WriteTransaction(QSqlDatabase &db, int reportId, QString *error)
    : m_db(db)
{
    // NO KEY UPDATE: it queues the report's other writers and review steps, but not a comment or an
    // acknowledgement, whose foreign key only needs the row to stay (KEY SHARE). The id is our own
    // integer, written into the statement: a statement without bindings is one round trip, not three.
    begin(QStringLiteral("SELECT 1 FROM reports WHERE id = %1 FOR NO KEY UPDATE").arg(reportId), error);
}

void WriteTransaction::begin(const QString &lockSql, QString *error)
{
    QSqlQuery query(m_db);
    if (dialectOf(m_db) == SqlDialect::Sqlite) {
        m_open = execSql(query, QStringLiteral("BEGIN IMMEDIATE"), {}, error);
        return;
    }
    m_open = execSql(query, QStringLiteral("BEGIN"), {}, error);
    if (m_open && !execSql(query, lockSql, {}, error)) {
        execSql(query, QStringLiteral("ROLLBACK"), {}, nullptr);
        m_open = false;
    }
}

WriteTransaction::~WriteTransaction()
{
    if (m_open) {
        QSqlQuery query(m_db);
        execSql(query, QStringLiteral("ROLLBACK"), {}, nullptr);
    }
}

bool WriteTransaction::commit(QString *error)
{
    QSqlQuery query(m_db);
    const bool ok = execSql(query, QStringLiteral("COMMIT"), {}, error);
    m_open = !ok;
    return ok;
}

QSqlQuery *PreparedStatements::exec(const QString &sql, const QVariantList &bindings, QString *error)
{
    std::shared_ptr<QSqlQuery> query = m_queries.value(sql);
    if (!query) {
        query = std::make_shared<QSqlQuery>(m_db);
        if (!query->prepare(sql)) {
            if (error)
                *error = query->lastError().text();
            return nullptr; // not kept: the next call prepares it again
        }
        m_queries.insert(sql, query);
    }
    query->finish(); // the previous run's rows, if the caller left any
    for (int i = 0; i < bindings.size(); ++i)
        query->bindValue(i, bindings.at(i));
    return execChecked(*query, error) ? query.get() : nullptr;
}

} // namespace nb
