#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

namespace nb {

// The two databases the store runs on: a local SQLite file, or a shared PostgreSQL server.
enum class SqlDialect { Sqlite, Postgres };
SqlDialect dialectOf(const QSqlDatabase &db);

// A name for a new connection of the store's, unique in the process (Qt keeps connections by name).
QString newConnectionName();
// A SQLite connection that only reads, and waits for a writer rather than failing at once.
inline const QLatin1String SqliteReadOnlyOptions("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000");

// Runs a prepared query and says what went wrong if it failed: every exec() in storage goes through here.
bool execChecked(QSqlQuery &query, QString *error);
// Prepares and runs one statement with positional bindings.
bool execSql(QSqlQuery &query, const QString &sql, const QVariantList &bindings, QString *error);

// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "none".
QVariant textOf(const QString &text);
// Timestamps are stored as ISO 8601 UTC with milliseconds: they sort as text.
QString now();

// The write lock is taken at once, so that the read-compare-write of an autosave is atomic against
// every other client. On a SQLite file: BEGIN IMMEDIATE (the file has one writer at a time; a busy file
// is waited for, busy timeout). On a PostgreSQL server the lock is as narrow as the write: a write to one
// report locks that report's row (SELECT ... FOR NO KEY UPDATE), so writers of different reports never
// wait for each other, while a save and a review step on the same report queue (a save racing a
// submission lands before it or is refused as locked); readers never wait. Only writes that are not one
// report's (a new report, a user) take the database-wide advisory lock, which no report write takes.
// Rolled back unless committed.
class WriteTransaction
{
public:
    // A write that is not one report's.
    WriteTransaction(QSqlDatabase &db, QString *error);
    // A write to one report. A missing report is locked as nothing: the caller's own check says so.
    WriteTransaction(QSqlDatabase &db, int reportId, QString *error);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;
    bool isOpen() const { return m_open; }
    bool commit(QString *error);

private:
    void begin(const QString &lockSql, QString *error);

    QSqlDatabase &m_db;
    bool m_open = false;
};

// Statements prepared once per connection and reused. Through Qt's PostgreSQL driver every prepare() is
// a PREPARE round trip and every query object dropped a DEALLOCATE, so a statement made afresh costs three
// round trips where a kept one costs its EXECUTE only. Kept by their SQL text; cleared before the
// connection closes.
class PreparedStatements
{
public:
    explicit PreparedStatements(const QSqlDatabase &db) : m_db(db) {}
    // The statement for sql, prepared on first use, run with bindings; its rows are read from the query
    // returned, which stays valid until the next run of the same statement.
    QSqlQuery *exec(const QString &sql, const QVariantList &bindings, QString *error);

private:
    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
};

} // namespace nb
