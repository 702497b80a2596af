#include "reportbuilder.h"
#include "reviewflow.h"
#include "storetestutil.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace nb;

// Writers at once on one database. On a PostgreSQL server a save locks its own report only: a writer
// of another report does not wait for it, a writer of the same report does, and the compare-and-set
// is still decided against the newest value (one that arrived while the save waited included). On both
// databases: a stale save is a reported conflict that writes nothing, and after many concurrent writers
// the change log of a cell is one unbroken chain, each entry's old value the previous entry's new one.
class TestPgConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void otherReportDoesNotWait();
    void sameReportWaitsAndDecidesOnNewestValue_data();
    void sameReportWaitsAndDecidesOnNewestValue();
    void staleSaveIsConflictAndWritesNothing_data();
    void staleSaveIsConflictAndWritesNothing();
    void concurrentWritersKeepTheChain();

private:
    // A second connection of the test's own, holding a transaction open as a writer in mid-save would.
    bool holdReport(int reportId, const QStringList &alsoRun);
    void releaseReport();
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    int m_first = 0;
    int m_second = 0;
    QString m_holder;
};

namespace {

const QString natural = QStringLiteral("s3.new.natural");
const QString legal = QStringLiteral("s3.new.legal");

// One save run in a thread of its own with its own connection (a connection belongs to its thread), so
// that the test can see whether it is still waiting.
class SaveInThread
{
public:
    SaveInThread(const QString &path, int report, const QString &cell, const CellValue &expected, const CellValue &value,
                 const QString &who = QStringLiteral("thread"))
    {
        m_thread.reset(QThread::create([=] {
            auto opened = openStore(path, false);
            m_connected = true;
            if (!opened.store) {
                m_result.error = opened.error;
            } else {
                m_result = opened.store->saveCell(report, cell, expected, value, who);
            }
            m_done = true;
        }));
        m_thread->start();
    }
    ~SaveInThread() { m_thread->wait(); }
    // Connected: the save starts now.
    bool waitConnected(int ms)
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_connected && timer.elapsed() < ms)
            QThread::msleep(10);
        return m_connected;
    }
    bool done() const { return m_done; }
    bool wait(int ms) { return m_thread->wait(QDeadlineTimer(ms)); }
    const SaveResult &result() const { return m_result; }

private:
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_connected{false};
    std::atomic<bool> m_done{false};
    SaveResult m_result;
};

// Waits until some connection to the server is in the state condition says (pg_stat_activity): a save
// that is inside its transaction, or waiting for a lock. False after 20 s.
bool waitForBackend(const QString &path, const QString &condition)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        QVariant count;
        if (rawSql(path, {QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE ") + condition}, &count) && count.toInt() > 0)
            return true;
        QThread::msleep(20);
    }
    return false;
}

CellValue cellOf(ReportStore &store, int report, const QString &key)
{
    QString error;
    const auto loaded = store.loadReport(report, &error);
    return loaded ? loaded->value(loaded->format().indexOf(key)) : CellValue::number(-999);
}

// The entries of one cell's change log that break the chain: each entry's old value must be the value
// the entry before it left (the first one's: blank).
QStringList chainBreaks(const QVector<ChangeLogEntry> &log, const QString &target)
{
    QStringList breaks;
    QString previous;
    for (const ChangeLogEntry &entry : log) {
        if (entry.target != target)
            continue;
        if (entry.oldValue != previous)
            breaks << QStringLiteral("entry %1: old %2, previous new %3").arg(entry.id).arg(entry.oldValue, previous);
        previous = entry.newValue;
    }
    return breaks;
}

} // namespace

void TestPgConcurrency::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = storeLocation(*m_dir, QStringLiteral("concurrent.sqlite"));
    auto opened = openStore(m_path);
    QVERIFY2(opened.store, qPrintable(opened.error));
    QString error;
    const auto first = opened.store->addReport(blankReport(QStringLiteral("2021"), 2021, QStringLiteral("甲局")), QStringLiteral("clerk"), &error);
    const auto second = opened.store->addReport(blankReport(QStringLiteral("2021"), 2021, QStringLiteral("乙局")), QStringLiteral("clerk"), &error);
    QVERIFY2(first && second, qPrintable(error));
    m_first = *first;
    m_second = *second;
}

void TestPgConcurrency::cleanup()
{
    releaseReport();
}

bool TestPgConcurrency::holdReport(int reportId, const QStringList &alsoRun)
{
    QString error;
    const auto address = ServerAddress::parse(m_path, &error);
    if (!address)
        return false;
    m_holder = QStringLiteral("holder");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_holder);
    db.setHostName(address->host);
    db.setPort(address->port);
    db.setUserName(address->user);
    db.setDatabaseName(address->database);
    if (!db.open())
        return false;
    QSqlQuery query(db);
    // What WriteTransaction takes for a save to this report.
    QStringList statements{QStringLiteral("BEGIN"), QStringLiteral("SELECT 1 FROM reports WHERE id = %1 FOR NO KEY UPDATE").arg(reportId)};
    for (const QString &statement : statements + alsoRun) {
        if (!query.exec(statement)) {
            qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
            return false;
        }
    }
    return true;
}

void TestPgConcurrency::releaseReport()
{
    if (m_holder.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_holder);
        QSqlQuery query(db);
        query.exec(QStringLiteral("COMMIT"));
        db.close();
    }
    QSqlDatabase::removeDatabase(m_holder);
    m_holder.clear();
}

void TestPgConcurrency::otherReportDoesNotWait()
{
    if (!onServer())
        QSKIP("a SQLite file has one writer at a time by design; the lock per report is a server's");
    // A real save to the first report that takes 3 s inside its transaction (a trigger on its change-log
    // row sleeps, as a slow network or a busy server would hold it), whatever locks the store takes.
    const QString slow = QStringLiteral("CREATE FUNCTION test_slow_save() RETURNS trigger LANGUAGE plpgsql AS "
                                        "'BEGIN IF NEW.who = ''slow'' THEN PERFORM pg_sleep(3); END IF; RETURN NEW; END'");
    QVERIFY(rawSql(m_path, {slow, QStringLiteral("CREATE TRIGGER test_slow_save BEFORE INSERT ON change_log FOR EACH ROW "
                                                 "EXECUTE FUNCTION test_slow_save()")}));
    SaveInThread held(m_path, m_first, natural, CellValue(), CellValue::number(1), QStringLiteral("slow"));
    QVERIFY(held.waitConnected(20000));
    QVERIFY(waitForBackend(m_path, QStringLiteral("wait_event = 'PgSleep'"))); // inside its transaction now

    auto opened = openStore(m_path, false);
    QVERIFY(opened.store);
    QElapsedTimer timer;
    timer.start();
    const SaveResult other = opened.store->saveCell(m_second, natural, CellValue(), CellValue::number(4), QStringLiteral("clerk"));
    const qint64 otherMs = timer.elapsed();
    QVERIFY2(other.saved(), qPrintable(other.error));
    QVERIFY2(!held.done(), "the slow save ended before the other report's: nothing was measured");
    // It did not queue behind the slow save (which holds its transaction for up to 3 s more).
    QVERIFY2(otherMs < 1500, qPrintable(QStringLiteral("a save to another report waited %1 ms").arg(otherMs)));

    // A save to the same report from the value both started from waits for the slow one, then is told
    // of its figure instead of writing over it.
    const SaveResult same = opened.store->saveCell(m_first, natural, CellValue(), CellValue::number(2), QStringLiteral("clerk"));
    QVERIFY(held.wait(20000));
    QVERIFY2(held.result().saved(), qPrintable(held.result().error));
    QCOMPARE(int(same.status), int(SaveResult::Status::Conflict));
    QCOMPARE(same.currentValue, CellValue::number(1));
    QCOMPARE(same.currentBy, QStringLiteral("slow"));
    QCOMPARE(cellOf(*opened.store, m_first, natural), CellValue::number(1));
    QCOMPARE(cellOf(*opened.store, m_second, natural), CellValue::number(4));
    qInfo("save to the other report while the slow one held its own: %lld ms", otherMs);
}

void TestPgConcurrency::sameReportWaitsAndDecidesOnNewestValue_data()
{
    QTest::addColumn<QString>("start");       // the cell's value before: "" blank, else a number
    QTest::addColumn<QStringList>("meanwhile"); // what the other writer does while it holds the report
    QTest::addColumn<int>("saveTo");
    QTest::addColumn<int>("status");          // SaveResult::Status
    QTest::addColumn<int>("stored");          // the cell afterwards, -1 blank

    const QString setNatural = QStringLiteral("UPDATE cell_values SET number = 7 WHERE report_id = %1 AND cell_key = 's3.new.natural'");
    const QString addNatural = QStringLiteral("INSERT INTO cell_values (report_id, cell_key, state, number) VALUES (%1, 's3.new.natural', 1, 7)");
    const QString clearNatural = QStringLiteral("DELETE FROM cell_values WHERE report_id = %1 AND cell_key = 's3.new.natural'");
    const QString setLegal = QStringLiteral("INSERT INTO cell_values (report_id, cell_key, state, number) VALUES (%1, 's3.new.legal', 1, 3)");
    const QString submit = QStringLiteral("UPDATE reports SET state = 'submitted' WHERE id = %1");
    const int saved = int(SaveResult::Status::Saved);
    const int conflict = int(SaveResult::Status::Conflict);
    const int failed = int(SaveResult::Status::Failed);
    QTest::newRow("holder writes nothing: the save lands after it") << QStringLiteral("5") << QStringList() << 6 << saved << 6;
    QTest::newRow("holder writes another cell: both stay") << QStringLiteral("5") << QStringList{setLegal} << 6 << saved << 6;
    QTest::newRow("holder changes the cell: conflict") << QStringLiteral("5") << QStringList{setNatural} << 6 << conflict << 7;
    QTest::newRow("holder fills the blank cell: conflict") << QString() << QStringList{addNatural} << 6 << conflict << 7;
    QTest::newRow("holder clears the cell: conflict") << QStringLiteral("5") << QStringList{clearNatural} << 6 << conflict << -1;
    QTest::newRow("holder clears the cell, the save clears it too: conflict") << QStringLiteral("5") << QStringList{clearNatural} << -1 << conflict << -1;
    QTest::newRow("holder submits the report: refused as locked") << QStringLiteral("5") << QStringList{submit} << 6 << failed << 5;
}

void TestPgConcurrency::sameReportWaitsAndDecidesOnNewestValue()
{
    if (!onServer())
        QSKIP("on a SQLite file the whole file is the lock (tst_twoprocesses)");
    QFETCH(QString, start);
    QFETCH(QStringList, meanwhile);
    QFETCH(int, saveTo);
    QFETCH(int, status);
    QFETCH(int, stored);
    const CellValue before = start.isEmpty() ? CellValue() : CellValue::number(start.toLongLong());
    const CellValue after = saveTo < 0 ? CellValue() : CellValue::number(saveTo);
    {
        auto opened = openStore(m_path, false);
        if (!before.isBlank())
            QVERIFY(opened.store->saveCell(m_first, natural, CellValue(), before, QStringLiteral("clerk")).saved());
    }
    QStringList statements;
    for (const QString &statement : meanwhile)
        statements << statement.arg(m_first);
    QVERIFY(holdReport(m_first, statements));

    SaveInThread save(m_path, m_first, natural, before, after);
    QVERIFY(save.waitConnected(20000));
    QVERIFY2(waitForBackend(m_path, QStringLiteral("wait_event_type = 'Lock'")), "a save to the report held open did not wait for it");
    QVERIFY(!save.done());
    releaseReport();
    QVERIFY(save.wait(10000));
    QCOMPARE(int(save.result().status), status);

    auto opened = openStore(m_path, false);
    QCOMPARE(cellOf(*opened.store, m_first, natural), stored < 0 ? CellValue() : CellValue::number(stored));
    if (status == int(SaveResult::Status::Conflict))
        QCOMPARE(save.result().currentValue, stored < 0 ? CellValue() : CellValue::number(stored));
    if (status == int(SaveResult::Status::Failed))
        QVERIFY2(save.result().error.contains(stateName(ReportState::Submitted)), qPrintable(save.result().error));
    // Only the saves that landed are in the log: the clerk's first figure and, when saved, this one.
    const QVector<ChangeLogEntry> log = opened.store->changeLog(m_first);
    const auto ofCell = std::count_if(log.begin(), log.end(), [](const ChangeLogEntry &e) { return e.target == natural; });
    QCOMPARE(int(ofCell), (before.isBlank() ? 0 : 1) + (status == int(SaveResult::Status::Saved) ? 1 : 0));
}

void TestPgConcurrency::staleSaveIsConflictAndWritesNothing_data()
{
    QTest::addColumn<bool>("text"); // a narrative rather than a cell
    QTest::newRow("cell") << false;
    QTest::newRow("narrative") << true;
}

void TestPgConcurrency::staleSaveIsConflictAndWritesNothing()
{
    QFETCH(bool, text);
    auto a = openStore(m_path, false);
    auto b = openStore(m_path, false);
    QVERIFY(a.store && b.store);
    const auto save = [&](ReportStore &store, const QString &who, int expected, int value) {
        if (text)
            return store.saveText(m_first, QStringLiteral("narrative"), QStringLiteral("s1"),
                                  expected < 0 ? QString() : QString::number(expected), QString::number(value), who);
        return store.saveCell(m_first, natural, expected < 0 ? CellValue() : CellValue::number(expected), CellValue::number(value), who);
    };
    QVERIFY(save(*a.store, QStringLiteral("甲"), -1, 1).saved());
    QVERIFY(save(*b.store, QStringLiteral("乙"), 1, 2).saved());
    const int logged = int(a.store->changeLog(m_first).size());
    // a still believes the value is 1.
    const SaveResult stale = save(*a.store, QStringLiteral("甲"), 1, 3);
    QCOMPARE(int(stale.status), int(SaveResult::Status::Conflict));
    QCOMPARE(stale.currentBy, QStringLiteral("乙"));
    if (text)
        QCOMPARE(stale.currentText, QStringLiteral("2"));
    else
        QCOMPARE(stale.currentValue, CellValue::number(2));
    QCOMPARE(int(a.store->changeLog(m_first).size()), logged);
    if (!text)
        QCOMPARE(cellOf(*a.store, m_first, natural), CellValue::number(2));
    // From the value it was told of, it saves.
    QVERIFY(save(*a.store, QStringLiteral("甲"), 2, 3).saved());
    const QVector<ChangeLogEntry> log = a.store->changeLog(m_first);
    QCOMPARE(log.last().oldValue, QStringLiteral("2"));
    QCOMPARE(log.last().newValue, QStringLiteral("3"));
    QCOMPARE(log.last().who, QStringLiteral("甲"));
}

void TestPgConcurrency::concurrentWritersKeepTheChain()
{
    // Four writers, each adding 1 to one shared cell 25 times (reading the stored value again after a
    // conflict, as the editor does) and typing into a cell of its own report in between.
    const int writers = 4;
    const int times = 25;
    std::vector<std::unique_ptr<QThread>> threads;
    std::atomic<int> failures{0};
    std::atomic<int> conflicts{0};
    const QString path = m_path;
    const int shared = m_first;
    const int own = m_second;
    for (int w = 0; w < writers; ++w) {
        threads.emplace_back(QThread::create([=, &failures, &conflicts] {
            auto opened = openStore(path, false);
            if (!opened.store) {
                ++failures;
                return;
            }
            ReportStore &store = *opened.store;
            const QString who = QStringLiteral("writer%1").arg(w);
            const QString mine = w % 2 ? legal : QStringLiteral("s3.new.business");
            CellValue seen = CellValue();
            CellValue mineSeen;
            for (int done = 0, attempts = 0; done < times && attempts < 50 * times; ++attempts) {
                const SaveResult result = store.saveCell(shared, natural, seen, CellValue::number(seen.numberOrZero() + 1), who);
                if (result.saved()) {
                    seen = result.currentValue;
                    ++done;
                } else if (result.status == SaveResult::Status::Conflict) {
                    seen = result.currentValue;
                    ++conflicts;
                } else {
                    ++failures;
                    return;
                }
                // The own cell: two writers share each of these too (legal, business), on the other report.
                const SaveResult other = store.saveCell(own, mine, mineSeen, CellValue::number(mineSeen.numberOrZero() + 1), who);
                mineSeen = other.currentValue;
                if (other.status == SaveResult::Status::Failed)
                    ++failures;
            }
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        QVERIFY(thread->wait(QDeadlineTimer(120000)));
    QCOMPARE(failures.load(), 0);
    auto opened = openStore(m_path, false);
    QCOMPARE(cellOf(*opened.store, m_first, natural), CellValue::number(writers * times));
    const QVector<ChangeLogEntry> log = opened.store->changeLog(m_first);
    const QStringList breaks = chainBreaks(log, natural);
    QVERIFY2(breaks.isEmpty(), qPrintable(breaks.join(QLatin1Char('\n'))));
    QCOMPARE(int(std::count_if(log.begin(), log.end(), [](const ChangeLogEntry &e) { return e.target == natural; })), writers * times);
    QCOMPARE(log.last().newValue, QString::number(writers * times));
    const QVector<ChangeLogEntry> ownLog = opened.store->changeLog(m_second);
    for (const QString &cell : {legal, QStringLiteral("s3.new.business")}) {
        const QStringList ownBreaks = chainBreaks(ownLog, cell);
        QVERIFY2(ownBreaks.isEmpty(), qPrintable(ownBreaks.join(QLatin1Char('\n'))));
    }
    qInfo("conflicts met and retried: %d", conflicts.load());
}

QTEST_GUILESS_MAIN(TestPgConcurrency)
#include "tst_pgconcurrency.moc"
