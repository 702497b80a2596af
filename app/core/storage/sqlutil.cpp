#include "sqlutil.h"

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

} // namespace nb
