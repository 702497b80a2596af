#include "reportbuilder.h"
#include "storetestutil.h"
#include "testpaths.h"

#include <QProcess>
#include <QtTest>

using namespace nb;

// Two real processes on one file: an editing session keeps a second one read-only (and says who holds
// the file), a dead session's lock does not outlive it, and concurrent writers never lose an update.
class TestTwoProcesses : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void secondSessionIsReadOnly();
    void otherProcessSeesThisSession();
    void lockOfKilledSessionIsReclaimed();
    void concurrentWritersLoseNothing();
    void editsOfDifferentCellsMerge();

private:
    QString startHolder(QProcess *holder);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    int m_report = 0;
};

void TestTwoProcesses::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = storeLocation(*m_dir, QStringLiteral("shared.sqlite"));
    auto opened = openStore(m_path);
    QVERIFY(opened.store);
    const Report blank = blankReport(QStringLiteral("2021"), 2021, QStringLiteral("测试局"));
    QString error;
    m_report = *opened.store->addReport(blank, QStringLiteral("clerk"), &error);
}

QString TestTwoProcesses::startHolder(QProcess *holder)
{
    holder->start(testpaths::storageHelper(), {QStringLiteral("hold"), m_path});
    if (!holder->waitForReadyRead(10000))
        return QString();
    return QString::fromUtf8(holder->readLine()).trimmed();
}

static ReportStore::OpenResult openForEditing(const QString &path)
{
    ReportStore::Options options;
    options.editingLock = true;
    return ReportStore::open(path, options);
}

void TestTwoProcesses::secondSessionIsReadOnly()
{
    QProcess holder;
    QCOMPARE(startHolder(&holder), QStringLiteral("locked"));
    if (onServer()) {
        // A server is shared by design: every session writes, and versioning keeps them apart.
        auto second = openForEditing(m_path);
        QVERIFY2(second.store && !second.store->isReadOnly(), qPrintable(second.error));
        holder.write("\n");
        QVERIFY(holder.waitForFinished(10000));
        return;
    }

    auto second = openForEditing(m_path);
    QVERIFY2(second.store, qPrintable(second.error));
    QVERIFY(second.store->isReadOnly());
    QVERIFY2(second.lockedBy.contains(QString::number(holder.processId())), qPrintable(second.lockedBy));
    QVERIFY(!second.store->saveCell(m_report, QStringLiteral("s3.new.natural"), CellValue(), CellValue::number(1), QStringLiteral("x")).saved());
    QString error;
    QVERIFY(second.store->loadReport(m_report, &error)); // reading is fine
    second.store.reset();

    holder.write("\n");
    QVERIFY(holder.waitForFinished(10000));
    QCOMPARE(holder.exitCode(), 0);
    auto after = openForEditing(m_path);
    QVERIFY(after.store);
    QVERIFY(!after.store->isReadOnly());
    QVERIFY(after.lockedBy.isEmpty());
}

void TestTwoProcesses::otherProcessSeesThisSession()
{
    if (onServer())
        QSKIP("the editing lock is a file's; a server has none");
    auto mine = openForEditing(m_path);
    QVERIFY(mine.store && !mine.store->isReadOnly());
    QProcess other;
    const QString said = startHolder(&other);
    QVERIFY2(said.startsWith(QStringLiteral("read-only ")), qPrintable(said));
    QVERIFY2(said.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(said));
    other.write("\n");
    QVERIFY(other.waitForFinished(10000));
}

void TestTwoProcesses::lockOfKilledSessionIsReclaimed()
{
    if (onServer())
        QSKIP("the editing lock is a file's; a server has none");
    QProcess holder;
    QCOMPARE(startHolder(&holder), QStringLiteral("locked"));
    holder.kill(); // SIGKILL: no chance to remove its lock file
    QVERIFY(holder.waitForFinished(10000));
    QVERIFY(QFile::exists(m_path + QStringLiteral(".lock")));
    auto next = openForEditing(m_path);
    QVERIFY2(next.store, qPrintable(next.error));
    QVERIFY(!next.store->isReadOnly());
}

void TestTwoProcesses::concurrentWritersLoseNothing()
{
    // Two processes add 1 to the same cell, 150 times each, as two editors of one report would: each
    // read-compare-write either lands on what it read or is told of the conflict and retries.
    const int times = 150;
    QProcess a;
    QProcess b;
    const QStringList args{QStringLiteral("increment"), m_path, QString::number(m_report), QString::number(times)};
    a.start(testpaths::storageHelper(), args);
    b.start(testpaths::storageHelper(), args);
    QVERIFY(a.waitForFinished(60000));
    QVERIFY(b.waitForFinished(60000));
    const QString outA = QString::fromUtf8(a.readAllStandardOutput());
    const QString outB = QString::fromUtf8(b.readAllStandardOutput());
    QVERIFY2(outA.startsWith(QStringLiteral("done")), qPrintable(outA));
    QVERIFY2(outB.startsWith(QStringLiteral("done")), qPrintable(outB));

    auto opened = openStore(m_path, false);
    QString error;
    const auto report = opened.store->loadReport(m_report, &error);
    QCOMPARE(report->number(report->format().indexOf(QStringLiteral("s3.new.business"))), 2 * times);
    QCOMPARE(opened.store->changeLog(m_report).size(), 2 * times + 1);
    if (!onServer()) {
        QVariant integrity;
        QVERIFY(rawSql(m_path, {QStringLiteral("PRAGMA integrity_check")}, &integrity));
        QCOMPARE(integrity.toString(), QStringLiteral("ok"));
    }
    qInfo("conflicts met and retried: %s / %s", qPrintable(outA.trimmed()), qPrintable(outB.trimmed()));
}

void TestTwoProcesses::editsOfDifferentCellsMerge()
{
    // Two clerks at once on one report, each in a cell of their own, never reloading: nothing
    // conflicts, and the report holds both people's last figures.
    const int times = 100;
    QProcess a;
    QProcess b;
    a.start(testpaths::storageHelper(), {QStringLiteral("fill"), m_path, QString::number(m_report), QStringLiteral("s3.new.natural"), QString::number(times)});
    b.start(testpaths::storageHelper(), {QStringLiteral("fill"), m_path, QString::number(m_report), QStringLiteral("s3.new.legal"), QString::number(times)});
    QVERIFY(a.waitForFinished(60000));
    QVERIFY(b.waitForFinished(60000));
    QCOMPARE(QString::fromUtf8(a.readAllStandardOutput()).trimmed(), QStringLiteral("done 0"));
    QCOMPARE(QString::fromUtf8(b.readAllStandardOutput()).trimmed(), QStringLiteral("done 0"));
    auto opened = openStore(m_path, false);
    QString error;
    const auto report = opened.store->loadReport(m_report, &error);
    QCOMPARE(report->number(report->format().indexOf(QStringLiteral("s3.new.natural"))), times);
    QCOMPARE(report->number(report->format().indexOf(QStringLiteral("s3.new.legal"))), times);
    QCOMPARE(report->number(report->format().indexOf(QStringLiteral("s3.new.total"))), 2 * times);
}

QTEST_GUILESS_MAIN(TestTwoProcesses)
#include "tst_twoprocesses.moc"
