#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace nb {

// The numbered schema migrations in resources/migrations: NNNN_name.sql, applied in order, each in one
// transaction together with its bump of PRAGMA user_version, so a file is always at exactly one version.
class Migrations
{
public:
    static int latestVersion();
    // Brings the database from its user_version to target (latest by default). On failure nothing of
    // the failed step remains and *error says which step failed and why.
    static bool migrate(QSqlDatabase &db, QString *error, int target = -1);

private:
    static QStringList scripts();
};

} // namespace nb
