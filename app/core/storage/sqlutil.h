#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace nb {

// Runs a prepared query and says what went wrong if it failed: every exec() in storage goes through here.
bool execChecked(QSqlQuery &query, QString *error);
// Prepares and runs one statement with positional bindings.
bool execSql(QSqlQuery &query, const QString &sql, const QVariantList &bindings, QString *error);

// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "none".
QVariant textOf(const QString &text);
// Timestamps are stored as ISO 8601 UTC with milliseconds: they sort as text.
QString now();

// BEGIN IMMEDIATE takes the write lock at once: the read-compare-write of an autosave is atomic
// against other processes, and a busy file is waited for (busy timeout) instead of failing late.
// Rolled back unless committed.
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
