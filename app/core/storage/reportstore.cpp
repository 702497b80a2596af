#include "reportstore.h"

#include "migrations.h"
#include "serveraddress.h"
#include "sqlitefileprobe.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace nb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportStore)
};

// Reads the file through a separate read-only connection: damage is found before anything could write.
bool looksIntact(const QString &path, QString *why)
{
    const QString name = newConnectionName();
    bool intact = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(SqliteReadOnlyOptions);
        if (!db.open()) {
            *why = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!execSql(query, QStringLiteral("PRAGMA quick_check"), {}, why)) {
                // the reason is in *why
            } else if (!query.next()) {
                *why = Text::tr("the integrity check returned nothing");
            } else if (query.value(0).toString() != QLatin1String("ok")) {
                *why = query.value(0).toString();
            } else {
                // Our header but not our tables is damage too (or a file edited by hand).
                intact = execSql(query, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                                       "('agencies', 'reports', 'cell_values', 'report_texts')"),
                                 {}, why)
                         && query.next();
                const int tables = intact ? query.value(0).toInt() : 0;
                QSqlQuery version(db);
                intact = intact && execSql(version, QStringLiteral("PRAGMA user_version"), {}, why) && version.next();
                if (intact && version.value(0).toInt() > 0 && tables != 4) {
                    intact = false;
                    *why = Text::tr("tables of the report database are missing");
                }
            }
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return intact;
}

} // namespace

QString ReportStore::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("nianbao.sqlite"));
}

ReportStore::OpenResult ReportStore::open(const QString &path, const Options &options)
{
    if (ServerAddress::isServerAddress(path))
        return openServer(path, options);
    OpenResult result;
    auto refuse = [&result](Problem problem, const QString &why) {
        result.problem = problem;
        result.error = why;
        return std::move(result);
    };
    const QString file = QDir::toNativeSeparators(path);
    const QString untouched = Text::tr("The file was left exactly as it was.");

    const SqliteFileProbe probe = SqliteFileProbe::of(path);
    const int latest = Migrations::latestVersion();
    bool fresh = false;
    switch (probe.verdict) {
    case SqliteFileProbe::Verdict::Missing:
        if (!options.create || options.readOnly)
            return refuse(Problem::Missing, Text::tr("%1 does not exist.").arg(file));
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return refuse(Problem::Failed, Text::tr("Cannot create the folder for %1.").arg(file));
        fresh = true;
        break;
    case SqliteFileProbe::Verdict::Unreadable:
        return refuse(Problem::Unreadable, Text::tr("Cannot read %1: %2").arg(file, probe.error));
    case SqliteFileProbe::Verdict::Empty:
        return refuse(Problem::Empty, Text::tr("%1 is an empty file, not a Nianbao report database. ").arg(file) + untouched);
    case SqliteFileProbe::Verdict::NotSqlite:
        return refuse(Problem::NotSqlite, Text::tr("%1 is not a Nianbao report database (it is not a SQLite database at all). ").arg(file) + untouched);
    case SqliteFileProbe::Verdict::Truncated:
        return refuse(Problem::Truncated, Text::tr("%1 is damaged: it is shorter than its own header says, as after an interrupted copy. ").arg(file)
                                              + untouched + Text::tr(" Use a backup copy."));
    case SqliteFileProbe::Verdict::SqliteFile:
        if (probe.applicationId != ApplicationId)
            return refuse(Problem::Foreign, Text::tr("%1 is a SQLite database of another program, not a Nianbao report database. ").arg(file) + untouched);
        if (int(probe.userVersion) > latest)
            return refuse(Problem::Newer, Text::tr("%1 was written by a newer version of Nianbao (schema %2; this version reads up to schema %3). "
                                                   "Update Nianbao to open it. ").arg(file).arg(probe.userVersion).arg(latest) + untouched);
        if (options.readOnly && int(probe.userVersion) < latest)
            return refuse(Problem::Failed, Text::tr("%1 uses an older schema and must be upgraded; open it for editing once. ").arg(file) + untouched);
        break;
    }

    std::unique_ptr<ReportStore> store(new ReportStore);
    store->m_path = QFileInfo(path).absoluteFilePath();
    store->m_readOnly = options.readOnly;
    QString why;
    if (options.editingLock && !options.readOnly && !store->takeEditingLock(fresh, int(probe.userVersion), &result.lockedBy, &why))
        return refuse(Problem::Failed, why.arg(file) + (result.lockedBy.isEmpty() ? QString() : untouched));

    if (!fresh && !looksIntact(path, &why))
        return refuse(Problem::Damaged, Text::tr("%1 is damaged (%2). ").arg(file, why) + untouched
                                            + Text::tr(" Use a backup copy."));

    store->m_connection = newConnectionName();
    store->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);
    store->m_db.setDatabaseName(path);
    store->m_db.setConnectOptions(store->m_readOnly ? QString(SqliteReadOnlyOptions)
                                                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!store->m_db.open())
        return refuse(Problem::Failed, Text::tr("Cannot open %1: %2").arg(file, store->m_db.lastError().text()));
    bool ok = store->exec(QStringLiteral("PRAGMA foreign_keys = ON"), {}, &why);
    if (ok && !store->m_readOnly)
        ok = store->prepareForWriting(fresh, int(probe.userVersion), options.editingLock, &result.backupPath, &why);
    if (!ok)
        return refuse(Problem::Failed, Text::tr("Cannot prepare %1: %2").arg(file, why));
    result.store = std::move(store);
    return result;
}

bool ReportStore::takeEditingLock(bool fresh, int fileVersion, QString *lockedBy, QString *why)
{
    auto lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // a long session never goes stale by age; a dead process's lock does
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        return true;
    }
    if (lock->error() == QLockFile::LockFailedError && !fresh) {
        qint64 pid = 0;
        QString host, application;
        lock->getLockInfo(&pid, &host, &application);
        *lockedBy = Text::tr("%1 (process %2 on %3)").arg(application).arg(pid).arg(host);
        m_readOnly = true;
        if (fileVersion >= Migrations::latestVersion())
            return true;
        *why = Text::tr("%1 is being edited elsewhere and needs an upgrade first. "); // %1: the file, filled by open()
        return false;
    }
    *why = Text::tr("Cannot lock %1 for editing.");
    return false;
}

bool ReportStore::prepareForWriting(bool fresh, int fileVersion, bool editingLock, QString *backupPath, QString *why)
{
    bool ok = true;
    if (fresh)
        ok = exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), {}, why);
    if (ok && !fresh && fileVersion < Migrations::latestVersion()) {
        // A consistent copy, written before the first byte of the original changes.
        *backupPath = QStringLiteral("%1.schema%2-%3.bak")
                          .arg(m_path)
                          .arg(fileVersion)
                          .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss")));
        ok = exec(QStringLiteral("VACUUM INTO ?"), {*backupPath}, why);
    }
    ok = ok && Migrations::migrate(m_db, why);
    // WAL lets a reader see the last commit while a writer works; FULL syncs every commit, so an
    // acknowledged edit survives a power cut, not only a crash.
    QSqlQuery mode(m_db);
    ok = ok && execSql(mode, QStringLiteral("PRAGMA journal_mode = WAL"), {}, why) && mode.next();
    ok = ok && exec(QStringLiteral("PRAGMA synchronous = FULL"), {}, why);
    if (editingLock) // see checkpoint()
        ok = ok && exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"), {}, why);
    return ok;
}

ReportStore::~ReportStore()
{
    m_prepared.reset(); // its queries belong to the connection closed below
    if (!m_connection.isEmpty()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

int ReportStore::checkpoint()
{
    if (m_server || m_readOnly)
        return 0;
    QSqlQuery query(m_db);
    // PASSIVE: never waits for a reader; what a reader still needs is copied next time.
    if (!execSql(query, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"), {}, nullptr) || !query.next())
        return 0;
    return query.value(2).toInt();
}

int ReportStore::schemaVersion() const
{
    return Migrations::version(m_db);
}

ReportStore::OpenResult ReportStore::openServer(const QString &location, const Options &options)
{
    OpenResult result;
    auto refuse = [&result](Problem problem, const QString &why) {
        result.problem = problem;
        result.error = why;
        return std::move(result);
    };
    QString why;
    const std::optional<ServerAddress> address = ServerAddress::parse(location, &why);
    if (!address)
        return refuse(Problem::Failed, why);
    const QString shown = address->toString();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return refuse(Problem::Failed, Text::tr("This installation cannot reach PostgreSQL servers: the Qt driver QPSQL "
                                                "(Debian package libqt6sql6-psql) is missing."));

    std::unique_ptr<ReportStore> store(new ReportStore);
    store->m_path = shown;
    store->m_server = true;
    store->m_readOnly = options.readOnly;
    store->m_connection = newConnectionName();
    store->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), store->m_connection);
    store->m_db.setHostName(address->host);
    store->m_db.setPort(address->port);
    store->m_db.setUserName(address->user);
    store->m_db.setDatabaseName(address->database);
    // Without a password libpq reads PGPASSFILE / ~/.pgpass itself.
    if (!options.password.isEmpty())
        store->m_db.setPassword(options.password);
    store->m_db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=Nianbao"));
    if (!store->m_db.open()) {
        const QString reason = store->m_db.lastError().databaseText().trimmed();
        if (reason.contains(QLatin1String("no password supplied")) || reason.contains(QLatin1String("password authentication failed")))
            return refuse(Problem::NeedsPassword, options.password.isEmpty() ? Text::tr("%1 asks for a password.").arg(shown)
                                                                             : Text::tr("The password for %1 was not accepted.").arg(shown));
        return refuse(Problem::Failed, Text::tr("Cannot connect to %1: %2").arg(shown, reason));
    }
    // A database that holds tables but not ours is another program's: never touched.
    QSqlQuery query(store->m_db);
    if (!execSql(query, QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"), {}, &why)
        || !query.next())
        return refuse(Problem::Failed, Text::tr("Cannot read %1: %2").arg(shown, why));
    const int tables = query.value(0).toInt();
    const int version = Migrations::version(store->m_db, &why);
    if (version < 0)
        return refuse(Problem::Failed, Text::tr("Cannot read %1: %2").arg(shown, why));
    if (version == 0 && tables > 0)
        return refuse(Problem::Foreign, Text::tr("%1 holds another program's tables, not Nianbao's; it was left as it was. "
                                                 "Use an empty database.").arg(shown));
    const int latest = Migrations::latestVersion();
    if (version > latest)
        return refuse(Problem::Newer, Text::tr("%1 was set up by a newer version of Nianbao (schema %2; this version reads up to "
                                               "schema %3). Update Nianbao to use it.").arg(shown).arg(version).arg(latest));
    if (version < latest && options.readOnly)
        return refuse(Problem::Failed, Text::tr("%1 uses an older schema and must be upgraded by a session that may write.").arg(shown));
    if (version < latest && !Migrations::migrate(store->m_db, &why))
        return refuse(Problem::Failed, Text::tr("Cannot prepare %1: %2").arg(shown, why));
    store->m_prepared = std::make_unique<PreparedStatements>(store->m_db);
    result.store = std::move(store);
    return result;
}

bool ReportStore::exec(const QString &sql, const QVariantList &bindings, QString *error)
{
    QSqlQuery query(m_db);
    return execSql(query, sql, bindings, error);
}

} // namespace nb
