#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace nb {

// The two databases the store runs on: a local SQLite file, or a shared PostgreSQL server.
enum class SqlDialect { Sqlite, Postgres };
SqlDialect dialectOf(const QSqlDatabase &db);

// Runs a prepared query and says what went wrong if it failed: every exec() in storage goes through here.
bool execChecked(QSqlQuery &query, QString *error);
// Prepares and runs one statement with positional bindings.
bool execSql(QSqlQuery &query, const QString &sql, const QVariantList &bindings, QString *error);

// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "none".
QVariant textOf(const QString &text);
// Timestamps are stored as ISO 8601 UTC with milliseconds: they sort as text.
QString now();

// The write lock is taken at once, so that the read-compare-write of an autosave is atomic against
// every other client: BEGIN IMMEDIATE on a SQLite file (a busy file is waited for, busy timeout), a
// transaction-scoped advisory lock on a PostgreSQL server (readers never wait; writers queue, each for
// the few milliseconds of one edit). Rolled back unless committed.
class WriteTransaction
{
public:
    WriteTransaction(QSqlDatabase &db, QString *error);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;
    bool isOpen() const { return m_open; }
    bool commit(QString *error);

private:
    QSqlDatabase &m_db;
    bool m_open = false;
};

} // namespace nb
