#include "sqlitefileprobe.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace nb {

namespace {

// A log SQLite would replay: its header (https://www.sqlite.org/fileformat.html §4.1) and at least one frame.
bool hasPendingLog(const QString &databasePath)
{
    QFile log(databasePath + QStringLiteral("-wal"));
    if (!log.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = log.read(32);
    if (header.size() < 32)
        return false;
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    const quint32 magic = qFromBigEndian<quint32>(bytes);
    const quint32 pageSize = qFromBigEndian<quint32>(bytes + 8);
    return (magic == 0x377f0682 || magic == 0x377f0683) && log.size() >= 32 + 24 + qint64(pageSize);
}

} // namespace

SqliteFileProbe SqliteFileProbe::of(const QString &path)
{
    SqliteFileProbe probe;
    const QFileInfo info(path);
    if (!info.exists()) {
        probe.verdict = Verdict::Missing;
        return probe;
    }
    probe.size = info.size();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        probe.verdict = Verdict::Unreadable;
        probe.error = file.errorString();
        return probe;
    }
    if (probe.size == 0) {
        probe.verdict = Verdict::Empty;
        return probe;
    }
    // The header layout is https://www.sqlite.org/fileformat.html §1.3.
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        probe.verdict = Verdict::NotSqlite;
        return probe;
    }
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    probe.userVersion = qFromBigEndian<quint32>(bytes + 60);
    probe.applicationId = qFromBigEndian<quint32>(bytes + 68);
    probe.logPending = hasPendingLog(path);
    // The in-header size is trustworthy only when it was written by the same change as the counter, and
    // only when no write-ahead log is pending: a checkpoint copies page 1 (with the new page count) before
    // the pages that grow the file, so a process killed or a disk filled in between leaves a main file
    // shorter than its header while every page is still in the log. SQLite replays the log on opening;
    // whether the result holds together is then for its integrity check to say, not for the header.
    if (pageSize < 512 || (!probe.logPending && validFor == changeCounter && pageCount > 0 && probe.size < qint64(pageCount) * pageSize)) {
        probe.verdict = Verdict::Truncated;
        return probe;
    }
    probe.verdict = Verdict::SqliteFile;
    return probe;
}

} // namespace nb
