#include "sqlutil.h"

#include <QDateTime>
#include <QSqlError>

namespace nb {

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
    m_open = execSql(query, QStringLiteral("BEGIN IMMEDIATE"), {}, error);
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
