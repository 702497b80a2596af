#include "sqlutil.h"

#include <QDateTime>
#include <QSqlError>

namespace nb {

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
    QSqlQuery query(m_db);
    if (dialectOf(m_db) == SqlDialect::Sqlite) {
        m_open = execSql(query, QStringLiteral("BEGIN IMMEDIATE"), {}, error);
        return;
    }
    // One key for all of Nianbao's writers on the server ("NBAO").
    m_open = execSql(query, QStringLiteral("BEGIN"), {}, error);
    if (m_open && !execSql(query, QStringLiteral("SELECT pg_advisory_xact_lock(1312966991)"), {}, error)) {
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

} // namespace nb
