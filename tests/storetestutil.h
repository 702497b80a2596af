#pragma once

#include "reportstore.h"
#include "serveraddress.h"

#include <QCoreApplication>
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

// Runs SQL statements on a file or a server database through a connection of its own (to fake other
// programs' files, old schemas and hand edits).
inline bool rawSql(const QString &path, const QStringList &statements, QVariant *firstValue = nullptr)
{
    static int counter = 0;
    const QString name = QStringLiteral("raw-%1").arg(++counter);
    bool ok = true;
    {
        QSqlDatabase db;
        if (nb::ServerAddress::isServerAddress(path)) {
            QString error;
            const auto address = nb::ServerAddress::parse(path, &error);
            if (!address) {
                qWarning("rawSql: %s", qPrintable(error));
                return false;
            }
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(address->host);
            db.setPort(address->port);
            db.setUserName(address->user);
            db.setDatabaseName(address->database);
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
        }
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

// The PostgreSQL server the storage tests run against when started by tests/helpers/with-postgresql.sh
// (ctest runs them both ways); empty: a SQLite file.
inline QString testServer()
{
    return qEnvironmentVariable("NIANBAO_TEST_POSTGRESQL");
}

inline bool onServer()
{
    return !testServer().isEmpty();
}

// Where a test's store lives: a file in dir, or a new, empty database of its own on the test server.
inline QString storeLocation(const QTemporaryDir &dir, const QString &fileName)
{
    if (!onServer())
        return dir.filePath(fileName);
    static int counter = 0;
    const QString name = QStringLiteral("nbtest_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    const bool created = rawSql(testServer(), {QStringLiteral("DROP DATABASE IF EXISTS ") + name, QStringLiteral("CREATE DATABASE ") + name});
    if (!created) // every storage test would fail on its first query; say why once, in every build
        qFatal("storeLocation: cannot create database %s on the test server", qPrintable(name));
    return testServer().section(QLatin1Char('/'), 0, -2) + QLatin1Char('/') + name;
}
