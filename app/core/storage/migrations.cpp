#include "migrations.h"

#include "sqlutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

namespace nb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
};

// Our own scripts put one statement before each line-ending semicolon (a trigger body keeps its inner
// semicolons on its line), so this split is exact for them.
QStringList statementsOf(const QString &script)
{
    QStringList statements;
    QString current;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (line.trimmed().endsWith(QLatin1Char(';'))) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

} // namespace

QStringList Migrations::scripts(SqlDialect dialect)
{
    const QString folder = dialect == SqlDialect::Postgres ? QStringLiteral(":/migrations/postgresql/") : QStringLiteral(":/migrations/sqlite/");
    QStringList names = QDir(folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString &name : names)
        name.prepend(folder);
    return names;
}

int Migrations::latestVersion()
{
    return int(scripts(SqlDialect::Sqlite).size());
}

int Migrations::version(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (dialectOf(db) == SqlDialect::Sqlite)
        return execSql(query, QStringLiteral("PRAGMA user_version"), {}, error) && query.next() ? query.value(0).toInt() : -1;
    if (!execSql(query, QStringLiteral("SELECT to_regclass('nianbao_schema') IS NOT NULL"), {}, error) || !query.next())
        return -1;
    if (!query.value(0).toBool())
        return 0;
    return execSql(query, QStringLiteral("SELECT max(version) FROM nianbao_schema"), {}, error) && query.next() ? query.value(0).toInt() : -1;
}

bool Migrations::migrate(QSqlDatabase &db, QString *error, int target)
{
    const SqlDialect dialect = dialectOf(db);
    const QStringList all = scripts(dialect);
    if (target < 0)
        target = int(all.size());
    const int current = version(db, error);
    if (current < 0)
        return false;
    QSqlQuery query(db);
    for (int version = current + 1; version <= target; ++version) {
        QFile file(all.at(version - 1));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = Text::tr("migration %1 is missing").arg(version);
            return false;
        }
        if (!db.transaction()) {
            *error = Text::tr("cannot start migration %1").arg(version);
            return false;
        }
        bool ok = true;
        QString why;
        if (dialect == SqlDialect::Postgres) {
            // Clients starting at once against a new server: one upgrades, the others wait for it here
            // and then find the step done.
            ok = execSql(query, QStringLiteral("SELECT pg_advisory_xact_lock(1312966991)"), {}, &why);
            if (ok && Migrations::version(db, &why) >= version) {
                db.commit();
                continue;
            }
        }
        for (const QString &statement : statementsOf(QString::fromUtf8(file.readAll()))) {
            if (!ok || !(ok = execSql(query, statement, {}, &why)))
                break;
        }
        // The version is our own integer (PRAGMA cannot take bound parameters).
        if (dialect == SqlDialect::Sqlite) {
            ok = ok && execSql(query, QStringLiteral("PRAGMA user_version = %1").arg(version), {}, &why);
        } else {
            ok = ok && (version > 1 || execSql(query, QStringLiteral("CREATE TABLE nianbao_schema (version INTEGER NOT NULL)"), {}, &why))
                 && execSql(query, QStringLiteral("DELETE FROM nianbao_schema"), {}, &why)
                 && execSql(query, QStringLiteral("INSERT INTO nianbao_schema (version) VALUES (?)"), {version}, &why);
        }
        if (!ok || !db.commit()) {
            db.rollback();
            *error = Text::tr("migration to schema %1 failed: %2").arg(version).arg(why);
            return false;
        }
    }
    return true;
}

} // namespace nb
