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

QStringList Migrations::scripts()
{
    QStringList names = QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString &name : names)
        name.prepend(QStringLiteral(":/migrations/"));
    return names;
}

int Migrations::latestVersion()
{
    return int(scripts().size());
}

bool Migrations::migrate(QSqlDatabase &db, QString *error, int target)
{
    const QStringList all = scripts();
    if (target < 0)
        target = int(all.size());
    QSqlQuery query(db);
    if (!execSql(query, QStringLiteral("PRAGMA user_version"), {}, error) || !query.next())
        return false;
    const int current = query.value(0).toInt();
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
        for (const QString &statement : statementsOf(QString::fromUtf8(file.readAll()))) {
            if (!(ok = execSql(query, statement, {}, &why)))
                break;
        }
        // PRAGMA cannot take bound parameters; the version is our own integer.
        ok = ok && execSql(query, QStringLiteral("PRAGMA user_version = %1").arg(version), {}, &why);
        if (!ok || !db.commit()) {
            db.rollback();
            *error = Text::tr("migration to schema %1 failed: %2").arg(version).arg(why);
            return false;
        }
    }
    return true;
}

} // namespace nb
