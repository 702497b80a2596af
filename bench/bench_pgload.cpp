// Many people on one PostgreSQL server at once, each a process of its own with its own connection, as
// in an agency's building: clerks typing figures into their own reports (autosave of each, timed), five of
// them into one shared report as well (conflicts expected there: each must be reported, never written
// over), a supervisor submitting and signing reports (some of them while their clerk is still typing),
// and a collecting office consolidating the year again and again. Afterwards the database itself is
// checked: every accepted save is in its table and in the change log, each cell's log is one unbroken
// chain (each entry's old value the previous entry's new one: nothing written over silently), no
// deadlock was reported, every sign-off holds. Bounded in time (each run stops by itself; a process that
// does not is killed and the run fails) and in count.
//
//   bench_pgload [--seconds S] [--think MS] [--sessions 1,10,50]
//       Starts a throw-away server (tests/helpers/with-postgresql.sh, fsync on) and runs, for each number
//       of clerks, a paced run (each clerk saves, then waits 0..2×think ms, as someone typing fast) and a
//       saturated one (no wait: throughput), then the "unrelated report" case: saves to one report while
//       another report's save takes a second inside its transaction. Without PostgreSQL installed it says
//       so and measures nothing.
//   bench_pgload --server postgresql://user@host/db ...   the same on a server of one's own (a database
//       it may create databases on; PGPASSFILE for the password)
//
// The processes it starts are itself in another role: clerk, supervisor, office.
#include "benchstats.h"
#include "reportbuilder.h"
#include "reportdigest.h"
#include "reportstore.h"
#include "reviewflow.h"
#include "serveraddress.h"
#include "signature.h"
#include "sqlutil.h"
#include "storedconsolidation.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <functional>
#include <memory>

using namespace nb;

namespace {

const int Year = 2021;
const QString FormatId = QStringLiteral("2021");
const QString Supervisor = QStringLiteral("审核人");
const QString Password = QStringLiteral("bench-password");
const int SharedClerks = 5; // of them type into the shared report too
const int FinishedReports = 10; // reports nobody types into, which the supervisor signs

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// The input cells of section 三 (the figures a clerk types most), by key.
QStringList typedCells()
{
    const Report report = reportFrom(FormatId, Year, QString());
    const TableDef *s3 = report.format().table(QStringLiteral("s3"));
    QStringList keys;
    for (int row = 0; row < s3->leafRows.size(); ++row) {
        for (int column = 0; column < s3->leafColumns.size(); ++column) {
            const int cell = s3->cellIndex(row, column);
            if (cell >= 0 && !report.format().cell(cell).isComputed())
                keys << report.format().cell(cell).key;
        }
    }
    return keys;
}

QString changeText(const CellValue &value)
{
    return changeLogValue(value).toString();
}

std::unique_ptr<ReportStore> openOrSay(const QString &url)
{
    ReportStore::OpenResult opened = ReportStore::open(url, {});
    if (!opened.store)
        err() << "cannot open " << url << ": " << opened.error << Qt::endl;
    return std::move(opened.store);
}

// Waits for the coordinator's go (a line on stdin) after saying it is ready: every process starts its
// clock together, after all of them have connected.
void readyAndWait()
{
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    char line[16];
    if (!std::fgets(line, sizeof line, stdin))
        std::exit(3);
}

// clerk URL OWN SHARED WHO SECONDS THINK_MS SEED OUT: types into OWN (and, SHARED > 0, into SHARED every
// third save) until the time is up. Writes to OUT: "L ms" per save, "A report cell old new" per accepted
// save, and the counts "C conflicts", "R refused", "E error" lines.
int clerk(const QStringList &a)
{
    const QString url = a.value(0);
    const int own = a.value(1).toInt();
    const int shared = a.value(2).toInt();
    const QString who = a.value(3);
    const double seconds = a.value(4).toDouble();
    const int think = a.value(5).toInt();
    QRandomGenerator random(a.value(6).toUInt());
    QFile out(a.value(7));
    std::unique_ptr<ReportStore> store = openOrSay(url);
    if (!store || !out.open(QIODevice::WriteOnly))
        return 2;
    const QStringList cells = typedCells();
    // What this clerk's window shows: the value it last saved or was told of, per report and cell.
    QHash<QPair<int, QString>, CellValue> seen;
    QString error;
    for (int report : {own, shared}) {
        if (report <= 0)
            continue;
        const auto loaded = store->loadReport(report, &error);
        if (!loaded) {
            err() << who << ": " << error << Qt::endl;
            return 2;
        }
        for (const QString &key : cells)
            seen.insert({report, key}, loaded->value(loaded->format().indexOf(key)));
    }
    readyAndWait();
    QTextStream log(&out);
    int conflicts = 0;
    int refused = 0;
    bool ownLocked = false;
    QElapsedTimer run;
    run.start();
    for (int n = 0; run.elapsed() < seconds * 1000; ++n) {
        const bool toShared = shared > 0 && (n % 3 == 2 || ownLocked);
        if (!toShared && ownLocked)
            break;
        const int report = toShared ? shared : own;
        // In the shared report the five type into the same eight cells: they meet each other there.
        const QString key = cells.at(int(random.bounded(toShared ? 8 : cells.size())));
        const CellValue expected = seen.value({report, key});
        const CellValue value = CellValue::number(random.bounded(1, 100000));
        QElapsedTimer timer;
        timer.start();
        const SaveResult saved = store->saveCell(report, key, expected, value, who);
        log << "L " << timer.nsecsElapsed() / 1e6 << '\n';
        if (saved.saved()) {
            seen.insert({report, key}, value);
            log << "A " << report << ' ' << key << ' ' << changeText(expected) << ' ' << changeText(value) << '\n';
        } else if (saved.status == SaveResult::Status::Conflict) {
            // As the editor does: it shows what is stored now, and the clerk goes on from there.
            seen.insert({report, key}, saved.currentValue);
            ++conflicts;
        } else if (store->reviewStatus(report) && !ReviewFlow::isEditable(store->reviewStatus(report)->state)) {
            // Submitted while the clerk typed: the save is refused, and this clerk's report is done.
            ++refused;
            ownLocked = ownLocked || report == own;
            if (report == shared)
                break;
        } else {
            log << "E " << QString(saved.error).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
        }
        if (think > 0)
            QThread::msleep(random.bounded(2 * think + 1));
    }
    log << "C " << conflicts << "\nR " << refused << '\n';
    return 0;
}

// supervisor URL SECONDS OUT IDS...: submits and signs each report, spread over the run; a report whose
// clerk still types meets the clerk's saves. Writes "S id" per signed report, "E error" otherwise.
int supervisor(const QStringList &a)
{
    const QString url = a.value(0);
    const double seconds = a.value(1).toDouble();
    QFile out(a.value(2));
    std::unique_ptr<ReportStore> store = openOrSay(url);
    if (!store || !out.open(QIODevice::WriteOnly))
        return 2;
    QString error;
    const std::optional<KeyPair> key = store->signingKey(Supervisor, Password, &error); // once: Argon2id is slow by design
    if (!key) {
        err() << error << Qt::endl;
        return 2;
    }
    const QStringList ids = a.mid(3);
    readyAndWait();
    QTextStream log(&out);
    QElapsedTimer run;
    run.start();
    const ReviewStep *submit = ReviewFlow::check(ReviewAction::Submit, ReportState::Draft, Role::Clerk).step;
    const ReviewStep *signOff = ReviewFlow::check(ReviewAction::SignOff, ReportState::Submitted, Role::Supervisor).step;
    for (int i = 0; i < ids.size(); ++i) {
        // Spread over the middle of the run, while the clerks type.
        const qint64 at = qint64(seconds * 1000 * (0.2 + 0.6 * i / std::max<qsizetype>(1, ids.size())));
        if (run.elapsed() < at)
            QThread::msleep(at - run.elapsed());
        const int id = ids.at(i).toInt();
        if (!store->recordTransition(id, *submit, QStringLiteral("clerk"), QString(), {}, &error)) {
            log << "E submit " << id << ": " << error << '\n';
            continue;
        }
        // What is signed is what is stored, read after the submission: from here on no save may land.
        const std::optional<Report> stored = store->loadReport(id, &error);
        const std::optional<ReviewStatus> status = store->reviewStatus(id, &error);
        if (!stored || !status) {
            log << "E load " << id << ": " << error << '\n';
            continue;
        }
        const QByteArray digest = reportDigest(*stored);
        ReportStore::Seal seal{now(), status->revision, key->publicKey, {}};
        seal.signature = Signing::sign(Signing::message(digest, id, seal.revision, Supervisor, key->publicKey, seal.at), key->secretKey);
        if (store->recordTransition(id, *signOff, Supervisor, QString(), digest, &error, seal))
            log << "S " << id << '\n';
        else
            log << "E sign " << id << ": " << error << '\n';
    }
    return 0;
}

// office URL SECONDS OUT: consolidates every report of the year, again and again, until the time is up.
// Writes "K ms" per consolidation.
int office(const QStringList &a)
{
    const QString url = a.value(0);
    const double seconds = a.value(1).toDouble();
    QFile out(a.value(2));
    std::unique_ptr<ReportStore> store = openOrSay(url);
    if (!store || !out.open(QIODevice::WriteOnly))
        return 2;
    readyAndWait();
    QTextStream log(&out);
    QElapsedTimer run;
    run.start();
    QString error;
    while (run.elapsed() < seconds * 1000) {
        QElapsedTimer timer;
        timer.start();
        QVector<int> ids;
        for (const ReportSummary &summary : store->reports(&error)) {
            if (summary.year == Year)
                ids << summary.id;
        }
        if (!consolidateStored(*store, ids, QStringLiteral("汇总"), &error))
            log << "E " << error << '\n';
        else
            log << "K " << timer.nsecsElapsed() / 1e6 << '\n';
        QThread::msleep(200);
    }
    return 0;
}

// A connection of the coordinator's own, for what the store does not offer (databases, statistics).
class Raw
{
public:
    explicit Raw(const QString &url)
    {
        QString error;
        const auto address = ServerAddress::parse(url, &error);
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        if (address) {
            m_db.setHostName(address->host);
            m_db.setPort(address->port);
            m_db.setUserName(address->user);
            m_db.setDatabaseName(address->database);
        }
        if (!address || !m_db.open())
            err() << "cannot connect to " << url << ": " << error << m_db.lastError().text() << Qt::endl;
    }
    ~Raw()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    // Runs sql and hands each row to row.
    bool run(const QString &sql, const std::function<void(const QSqlQuery &)> &row = {})
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(sql)) {
            err() << sql << ": " << query.lastError().text() << Qt::endl;
            return false;
        }
        while (row && query.next())
            row(query);
        return true;
    }

private:
    QString m_name = QStringLiteral("raw-%1").arg(QRandomGenerator::global()->generate());
    QSqlDatabase m_db;
};

struct RunResult
{
    bool ok = false;
    QVector<double> latencies;
    int accepted = 0;
    int conflicts = 0;
    int refused = 0;
    int errors = 0;
    int lost = 0;        // accepted saves not in the change log, or a table not as its log says
    int overwritten = 0; // breaks in a cell's chain of old → new values
    int phantom = 0;     // change-log rows of cells that no clerk was told were saved
    int deadlocks = 0;
    int signedOk = 0;
    int signedBad = 0;
    int consolidations = 0;
    double seconds = 0;
};

class Coordinator
{
public:
    Coordinator(const QString &server, const QString &self) : m_server(server), m_self(self)
    {
        // The processes' own records (clerkN.txt, supervisor.txt, office.txt and their .err), kept on request.
        if (qEnvironmentVariableIsSet("NIANBAO_BENCH_KEEP")) {
            m_dir.setAutoRemove(false);
            err() << "records kept in " << m_dir.path() << Qt::endl;
        }
    }

    RunResult run(int clerks, double seconds, int think, const QString &name);
    // Saves to one report while a save to another report takes a second: their latencies.
    QVector<double> unrelated(const QString &name);

private:
    QString database(const QString &name)
    {
        Raw admin(m_server);
        if (!admin.run(QStringLiteral("DROP DATABASE IF EXISTS ") + name) || !admin.run(QStringLiteral("CREATE DATABASE ") + name))
            return QString();
        return m_server.section(QLatin1Char('/'), 0, -2) + QLatin1Char('/') + name;
    }
    void verify(const QString &url, const QList<QPair<QString, QString>> &accepted, const QVector<int> &signedIds, RunResult &result);

    QString m_server;
    QString m_self;
    QTemporaryDir m_dir;
};

RunResult Coordinator::run(int clerks, double seconds, int think, const QString &name)
{
    RunResult result;
    const QString url = database(name);
    if (url.isEmpty())
        return result;
    std::unique_ptr<ReportStore> store = openOrSay(url);
    if (!store)
        return result;
    QString error;
    if (!store->addUser({Supervisor, Role::Supervisor}, Password, std::nullopt, &error)) {
        err() << error << Qt::endl;
        return result;
    }
    const std::optional<KeyPair> key = store->signingKey(Supervisor, Password, &error);
    if (!key || !store->trustOnServer(key->publicKey, Supervisor, Supervisor, &error)) {
        err() << error << Qt::endl;
        return result;
    }
    QVector<int> own;
    for (int i = 0; i < clerks + 1 + FinishedReports; ++i) {
        const auto id = store->addReport(blankReport(FormatId, Year, QStringLiteral("机关%1").arg(i, 3, 10, QLatin1Char('0'))),
                                         QStringLiteral("bench"), &error);
        if (!id) {
            err() << error << Qt::endl;
            return result;
        }
        own << *id;
    }
    const int shared = own.at(clerks);
    QStringList toSign;
    for (int i = clerks + 1; i < own.size(); ++i)
        toSign << QString::number(own.at(i));
    // Some clerks' own reports are submitted and signed while they type (the race a sign-off must win cleanly).
    for (int i = 19; i < clerks; i += 10)
        toSign << QString::number(own.at(i));
    store.reset();

    const QString folder = m_dir.filePath(name);
    QDir().mkpath(folder);
    std::vector<std::unique_ptr<QProcess>> processes;
    QStringList outputs;
    const auto start = [&](const QStringList &arguments, const QString &out) {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::SeparateChannels);
        process->setReadChannel(QProcess::StandardOutput);
        process->setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        process->setStandardErrorFile(out + QStringLiteral(".err"));
        process->start(m_self, arguments);
        outputs << out;
        processes.push_back(std::move(process));
    };
    for (int i = 0; i < clerks; ++i) {
        const QString out = QStringLiteral("%1/clerk%2.txt").arg(folder).arg(i);
        start({QStringLiteral("clerk"), url, QString::number(own.at(i)), QString::number(i < SharedClerks ? shared : 0),
               QStringLiteral("clerk%1").arg(i), QString::number(seconds), QString::number(think), QString::number(1000 + i), out},
              out);
    }
    start(QStringList{QStringLiteral("supervisor"), url, QString::number(seconds), folder + QStringLiteral("/supervisor.txt")} + toSign,
          folder + QStringLiteral("/supervisor.txt"));
    start({QStringLiteral("office"), url, QString::number(seconds), folder + QStringLiteral("/office.txt")}, folder + QStringLiteral("/office.txt"));

    // Everyone connected and ready, then all go at once.
    QElapsedTimer wait;
    wait.start();
    for (auto &process : processes) {
        while (!process->canReadLine() && process->state() != QProcess::NotRunning && wait.elapsed() < 60000)
            process->waitForReadyRead(100);
        if (!process->readLine().startsWith("ready")) {
            err() << "a process did not start: " << process->arguments().join(QLatin1Char(' ')) << Qt::endl;
            for (auto &p : processes)
                p->kill();
            for (auto &p : processes)
                p->waitForFinished(5000);
            return result;
        }
    }
    QElapsedTimer clock;
    clock.start();
    for (auto &process : processes) {
        process->write("go\n");
        process->waitForBytesWritten(1000); // QProcess writes when waited on: each must have its go now
    }
    // Bounded: a process still running well after its time is stuck (a deadlock no one reported).
    bool finished = true;
    for (auto &process : processes) {
        const int left = int(std::max<qint64>(1000, qint64(seconds * 1000) + 30000 - clock.elapsed()));
        if (!process->waitForFinished(left) || process->exitCode() != 0) {
            err() << "a process did not finish in time or failed (exit code " << process->exitCode() << "): "
                  << process->arguments().join(QLatin1Char(' ')).left(200) << Qt::endl;
            process->kill();
            process->waitForFinished(5000);
            finished = false;
        }
    }
    result.seconds = clock.nsecsElapsed() / 1e9;

    QList<QPair<QString, QString>> accepted; // who, "report cell old new"
    QVector<int> signedIds;
    for (int i = 0; i < outputs.size(); ++i) {
        QFile file(outputs.at(i));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString who = QStringLiteral("clerk%1").arg(i);
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QString text = QString::fromUtf8(line);
            const QString rest = text.mid(2);
            if (text.startsWith(QLatin1String("L ")))
                result.latencies << rest.toDouble();
            else if (text.startsWith(QLatin1String("A ")))
                accepted << qMakePair(who, rest);
            else if (text.startsWith(QLatin1String("C ")))
                result.conflicts += rest.toInt();
            else if (text.startsWith(QLatin1String("R ")))
                result.refused += rest.toInt();
            else if (text.startsWith(QLatin1String("S ")))
                signedIds << rest.toInt();
            else if (text.startsWith(QLatin1String("K ")))
                ++result.consolidations;
            else if (text.startsWith(QLatin1String("E "))) {
                ++result.errors;
                if (text.contains(QLatin1String("deadlock")))
                    ++result.deadlocks;
                if (result.errors <= 5)
                    err() << outputs.at(i) << ": " << text << Qt::endl;
            }
        }
    }
    result.accepted = int(accepted.size());
    verify(url, accepted, signedIds, result);
    result.signedBad += int(toSign.size()) - int(signedIds.size()); // not signed at all
    result.ok = finished;
    return result;
}

void Coordinator::verify(const QString &url, const QList<QPair<QString, QString>> &accepted, const QVector<int> &signedIds,
                         RunResult &result)
{
    Raw raw(url);
    // Every cell's change log, in the order written.
    QHash<QString, int> logged; // "who report cell old new" → rows
    QHash<QString, QString> lastNew; // "report cell" → the value its last entry left
    raw.run(QStringLiteral("SELECT report_id, target, who, coalesce(old_value, ''), coalesce(new_value, '') FROM change_log "
                           "WHERE what = 'cell' ORDER BY id"),
            [&](const QSqlQuery &query) {
                const QString cell = query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString();
                const QString oldValue = query.value(3).toString();
                const QString newValue = query.value(4).toString();
                if (lastNew.value(cell) != oldValue)
                    ++result.overwritten;
                lastNew.insert(cell, newValue);
                ++logged[query.value(2).toString() + QLatin1Char(' ') + cell + QLatin1Char(' ') + oldValue + QLatin1Char(' ') + newValue];
            });
    for (const auto &[who, save] : accepted) {
        // changeText() of a blank is empty: the line then has an empty field, as the query's coalesce.
        const QString key = who + QLatin1Char(' ') + save;
        if (logged.value(key) > 0)
            --logged[key];
        else
            ++result.lost;
    }
    for (int rows : std::as_const(logged))
        result.phantom += rows;
    // The tables hold what each cell's log says was written last.
    QHash<QString, QString> stored;
    raw.run(QStringLiteral("SELECT report_id, cell_key, CASE state WHEN 2 THEN '/' ELSE number::text END FROM cell_values"),
            [&](const QSqlQuery &query) {
                stored.insert(query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString(), query.value(2).toString());
            });
    for (auto it = lastNew.cbegin(); it != lastNew.cend(); ++it) {
        if (stored.value(it.key()) != it.value())
            ++result.lost;
    }
    raw.run(QStringLiteral("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()"),
            [&](const QSqlQuery &query) { result.deadlocks += query.value(0).toInt(); });
    std::unique_ptr<ReportStore> store = openOrSay(url);
    for (int id : signedIds) {
        if (store && store->checkSignOff(id).holds())
            ++result.signedOk;
        else
            ++result.signedBad;
    }
}

QVector<double> Coordinator::unrelated(const QString &name)
{
    QVector<double> latencies;
    const QString url = database(name);
    std::unique_ptr<ReportStore> store = url.isEmpty() ? nullptr : openOrSay(url);
    if (!store)
        return latencies;
    QString error;
    const auto held = store->addReport(blankReport(FormatId, Year, QStringLiteral("甲")), QStringLiteral("bench"), &error);
    const auto other = store->addReport(blankReport(FormatId, Year, QStringLiteral("乙")), QStringLiteral("bench"), &error);
    if (!held || !other)
        return latencies;
    // A real save to the held report that stays inside its transaction for a second (a trigger on its
    // change-log row sleeps, as a slow link would keep it): whatever lock the store takes, it holds it.
    Raw raw(url);
    if (!raw.run(QStringLiteral("CREATE FUNCTION bench_slow_save() RETURNS trigger LANGUAGE plpgsql AS "
                                "'BEGIN IF NEW.who = ''slow'' THEN PERFORM pg_sleep(1); END IF; RETURN NEW; END'"))
        || !raw.run(QStringLiteral("CREATE TRIGGER bench_slow_save BEFORE INSERT ON change_log FOR EACH ROW EXECUTE FUNCTION bench_slow_save()")))
        return latencies;
    std::atomic<bool> connected{false};
    std::unique_ptr<QThread> slow(QThread::create([&] {
        std::unique_ptr<ReportStore> own = openOrSay(url);
        connected = true;
        if (own)
            own->saveCell(*held, QStringLiteral("s3.new.natural"), CellValue(), CellValue::number(1), QStringLiteral("slow"));
    }));
    slow->start();
    while (!connected)
        QThread::msleep(5);
    QThread::msleep(100); // inside its transaction now
    QElapsedTimer holding;
    holding.start();
    CellValue previous;
    for (int i = 1; i <= 20 && holding.elapsed() < 800; ++i) {
        QElapsedTimer timer;
        timer.start();
        const SaveResult saved = store->saveCell(*other, QStringLiteral("s3.new.natural"), previous, CellValue::number(i), QStringLiteral("bench"));
        latencies << timer.nsecsElapsed() / 1e6;
        if (!saved.saved()) {
            err() << saved.error << Qt::endl;
            latencies.clear();
            break;
        }
        previous = CellValue::number(i);
        QThread::msleep(20);
    }
    slow->wait();
    return latencies;
}

int coordinate(const QStringList &args, const QString &self)
{
    BenchOutput bench;
    QTextStream &out = bench.text();
    double seconds = 6;
    int think = 100;
    QString server;
    QList<int> sessions{1, 10, 50};
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--seconds"))
            seconds = args.value(++i).toDouble();
        else if (args.at(i) == QLatin1String("--think"))
            think = args.value(++i).toInt();
        else if (args.at(i) == QLatin1String("--server"))
            server = args.value(++i);
        else if (args.at(i) == QLatin1String("--sessions")) {
            sessions.clear();
            for (const QString &n : args.value(++i).split(QLatin1Char(','))) {
                if (n.toInt() > 0) // "none": only the unrelated-report case
                    sessions << n.toInt();
            }
        }
    }
    if (server.isEmpty())
        server = qEnvironmentVariable("NIANBAO_TEST_POSTGRESQL");
    if (server.isEmpty()) {
        // A throw-away server of our own, as the storage tests have: the same wrapper, with fsync on (a
        // clerk's acknowledged save is on disk) and room for everyone's connection.
        const QString wrapper = QStringLiteral(NIANBAO_PG_WRAPPER);
        if (QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty()) {
            out << "skipped: PostgreSQL is not installed here (Debian package postgresql), so no server can be started" << Qt::endl;
            return 0;
        }
        QProcess wrapped;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("NIANBAO_TEST_POSTGRESQL_OPTIONS"), QStringLiteral("-c fsync=on -c max_connections=200"));
        wrapped.setProcessEnvironment(environment);
        wrapped.setProcessChannelMode(QProcess::ForwardedChannels);
        wrapped.start(wrapper, QStringList{self} + args);
        wrapped.waitForFinished(-1);
        return wrapped.exitStatus() == QProcess::NormalExit ? wrapped.exitCode() : 1;
    }

    Coordinator coordinator(server, self);
    out << "PostgreSQL load: " << seconds << " s per run, clerks wait 0.." << 2 * think
        << " ms between saves (paced) or not at all (saturated); " << SharedClerks << " clerks share a report, a supervisor signs "
        << FinishedReports << " reports (and every tenth clerk's from the 20th on, while the clerk types), an office consolidates"
        << Qt::endl;
    bool allOk = true;
    int lost = 0;
    int deadlocks = 0;
    int badSignatures = 0;
    for (const bool paced : {true, false}) {
        for (int clerks : sessions) {
            const RunResult r = coordinator.run(clerks, seconds, paced ? think : 0,
                                                QStringLiteral("nbload_%1_%2").arg(paced ? QStringLiteral("paced") : QStringLiteral("sat")).arg(clerks));
            allOk = allOk && r.ok && r.errors == 0;
            lost += r.lost + r.overwritten + r.phantom;
            deadlocks += r.deadlocks;
            badSignatures += r.signedBad;
            const QString kind = paced ? QStringLiteral("paced") : QStringLiteral("saturated");
            bench.timing(QStringLiteral("pgload.%1.%2").arg(kind).arg(clerks).toLatin1().constData(),
                         QStringLiteral("PostgreSQL autosave, %1 clerk%2 at once, %3").arg(clerks).arg(clerks > 1 ? QStringLiteral("s") : QString(), kind),
                         r.latencies);
            bench.value(QStringLiteral("pgload.%1.%2.rate").arg(kind).arg(clerks).toLatin1().constData(),
                        QStringLiteral("  saves/s (%1 saved, %2 conflicts, %3 refused as signed)").arg(r.accepted).arg(r.conflicts).arg(r.refused),
                        r.accepted / seconds, QStringLiteral("saves/s"));
            out << QStringLiteral("  lost %1, written over %2, unexplained log rows %3, deadlocks %4, sign-offs holding %5 / bad %6, "
                                  "consolidations %7, errors %8%9\n")
                       .arg(r.lost).arg(r.overwritten).arg(r.phantom).arg(r.deadlocks).arg(r.signedOk).arg(r.signedBad)
                       .arg(r.consolidations).arg(r.errors).arg(r.ok ? QString() : QStringLiteral(", DID NOT FINISH"))
                << Qt::flush;
        }
    }
    const QVector<double> unrelated = coordinator.unrelated(QStringLiteral("nbload_unrelated"));
    allOk = allOk && !unrelated.isEmpty();
    bench.timing("pgload.unrelated", QStringLiteral("autosave while another report's save takes 1 s"), unrelated);
    bench.value("pgload.lost", QStringLiteral("edits lost or written over, all runs"), lost, QStringLiteral("edits"));
    bench.value("pgload.deadlocks", QStringLiteral("deadlocks, all runs"), deadlocks, QString());
    bench.value("pgload.badsignatures", QStringLiteral("sign-offs that do not hold, all runs"), badSignatures, QString());
    return allOk && lost == 0 && deadlocks == 0 && badSignatures == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const QString role = args.value(0);
    if (role == QLatin1String("clerk"))
        return clerk(args.mid(1));
    if (role == QLatin1String("supervisor"))
        return supervisor(args.mid(1));
    if (role == QLatin1String("office"))
        return office(args.mid(1));
    return coordinate(args, app.applicationFilePath());
}
