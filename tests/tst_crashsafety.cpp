#include "reportbuilder.h"
#include "storetestutil.h"
#include "testpaths.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

using namespace nb;

// A clerk's machine can die at any moment. A child process autosaves edit after edit and says "ack N"
// once edit N is committed; it is killed (SIGKILL) at random moments. Every acknowledged edit must be
// in the file afterwards, and the file must pass SQLite's integrity check.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killAtRandomMoments();
};

void TestCrashSafety::killAtRandomMoments()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    int report = 0;
    {
        auto opened = openStore(path);
        QVERIFY(opened.store);
        const Report blank = blankReport(QStringLiteral("2021"), 2021, QStringLiteral("测试局"));
        QString error;
        report = *opened.store->addReport(blank, QStringLiteral("clerk"), &error);
    }
    const int cell = FormatRegistry::builtin().format(QStringLiteral("2021"))->indexOf(QStringLiteral("s3.new.natural"));

    const quint32 seed = 20260125;
    QRandomGenerator random(seed);
    const int kills = 50;
    qint64 lastAcknowledged = 0;
    int killedWhileWriting = 0;
    for (int round = 0; round < kills; ++round) {
        QProcess child;
        child.start(testpaths::storageHelper(), {QStringLiteral("edit"), path, QString::number(report)});
        QVERIFY(child.waitForStarted());
        // Let it run for a random while, from just after start to some tens of commits.
        QVERIFY(child.waitForReadyRead(10000));
        QTest::qWait(int(random.bounded(0, 40)));
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            QVERIFY2(!line.startsWith("error"), line.constData());
            if (line.startsWith("ack "))
                lastAcknowledged = std::max(lastAcknowledged, line.mid(4).toLongLong());
        }

        QVariant integrity;
        QVERIFY(rawSql(path, {QStringLiteral("PRAGMA integrity_check")}, &integrity));
        QCOMPARE(integrity.toString(), QStringLiteral("ok"));
        auto opened = openStore(path, false);
        QVERIFY2(opened.store, qPrintable(opened.error));
        QString error;
        const auto loaded = opened.store->loadReport(report, &error);
        QVERIFY2(loaded, qPrintable(error));
        const qint64 stored = loaded->number(cell);
        // Every acknowledged edit is there; at most one more was committed but not yet acknowledged.
        QVERIFY2(stored >= lastAcknowledged && stored <= lastAcknowledged + 1,
                 qPrintable(QStringLiteral("round %1 (seed %2): stored %3, acknowledged %4").arg(round).arg(seed).arg(stored).arg(lastAcknowledged)));
        killedWhileWriting += stored > lastAcknowledged ? 1 : 0;
        lastAcknowledged = stored;
        // The log has exactly one entry per committed edit, and the creation.
        QCOMPARE(opened.store->changeLog(report).size(), stored + 1);
    }
    QVERIFY(lastAcknowledged > kills); // the children did real work between kills
    qInfo("%d kills, %lld edits committed, %d kills landed between a commit and its acknowledgement", kills,
          lastAcknowledged, killedWhileWriting);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
