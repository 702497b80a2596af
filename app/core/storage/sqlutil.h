#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace nb {

// Runs a prepared query and says what went wrong if it failed: every exec() in storage goes through here.
bool execChecked(QSqlQuery &query, QString *error);
// Prepares and runs one statement with positional bindings.
bool execSql(QSqlQuery &query, const QString &sql, const QVariantList &bindings, QString *error);

} // namespace nb
