#pragma once

#include "sqlutil.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace nb {

// The numbered schema migrations in resources/migrations/<dialect>: NNNN_name.sql, the same numbers for
// SQLite and PostgreSQL, applied in order, each in one transaction together with the bump of the
// version (PRAGMA user_version in a file, the table nianbao_schema on a server), so a database is
// always at exactly one version.
class Migrations
{
public:
    static int latestVersion();
    // The database's schema version: 0 for an empty one; -1 when it cannot be read.
    static int version(const QSqlDatabase &db, QString *error = nullptr);
    // Brings the database from its version to target (latest by default). On failure nothing of the
    // failed step remains and *error says which step failed and why.
    static bool migrate(QSqlDatabase &db, QString *error, int target = -1);

private:
    static QStringList scripts(SqlDialect dialect);
};

} // namespace nb
