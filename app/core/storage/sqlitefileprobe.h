#pragma once

#include <QString>
#include <QtGlobal>

namespace nb {

// What a file on disk is, read from its first 100 bytes (and its log's first 32) only: nothing is opened through SQLite, so a
// file that turns out to be someone else's is never touched.
struct SqliteFileProbe
{
    enum class Verdict {
        Missing,
        Unreadable,
        Empty,
        NotSqlite,
        Truncated,   // shorter than the page count its header promises
        SqliteFile,  // a SQLite file; applicationId and userVersion say whose and which
    };

    Verdict verdict = Verdict::Missing;
    quint32 applicationId = 0;
    quint32 userVersion = 0;
    qint64 size = 0;
    bool logPending = false; // a write-ahead log (FILE-wal) with frames is beside it: the header's page count may run ahead of the file
    QString error;

    static SqliteFileProbe of(const QString &path);
};

} // namespace nb
