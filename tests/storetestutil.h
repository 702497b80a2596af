#pragma once

#include "reportstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

// Opens (or creates) a store for a test; failures show the store's own message.
inline nb::ReportStore::OpenResult openStore(const QString &path, bool create = true, bool readOnly = false)
{
    nb::ReportStore::Options options;
    options.create = create;
    options.readOnly = readOnly;
    return nb::ReportStore::open(path, options);
}

inline QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs one SQL statement on a file through a connection of its own (to fake other programs' files,
// old schemas and hand edits).
inline bool rawSql(const QString &path, const QStringList &statements, QVariant *firstValue = nullptr)
{
    static int counter = 0;
    const QString name = QStringLiteral("raw-%1").arg(++counter);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            ok = ok && query.exec(statement);
            if (ok && firstValue && query.next())
                *firstValue = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
