#include "migrations.h"
#include "reportbuilder.h"
#include "reportjson.h"
#include "storetestutil.h"
#include "testpaths.h"

#include <QProcess>
#include <QtEndian>

#include <csignal>
#include <sys/resource.h>

#include <QRandomGenerator>
#include <QtTest>

using namespace nb;

// Files that are not a healthy Nianbao database: each is refused with a message that names the
// problem, and its bytes are exactly what they were before.
class TestStorageFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refused_data();
    void refused();
    void truncatedAtManyOffsets();
    void importCutShortByTheDisk_data();
    void importCutShortByTheDisk();
    void truncatedWithAnUnrelatedLog();

private:
    QTemporaryDir m_dir;
    QByteArray m_healthy; // the bytes of a healthy database with one full report
};

void TestStorageFiles::initTestCase()
{
    const QString path = m_dir.filePath(QStringLiteral("healthy.sqlite"));
    {
        auto opened = openStore(path);
        QVERIFY(opened.store);
        QString error;
        for (int year : {2021, 2022, 2023}) {
            Report report = fullReport(QStringLiteral("2021"));
            report.setYear(year);
            QVERIFY2(opened.store->addReport(report, QStringLiteral("clerk"), &error), qPrintable(error));
        }
    }
    // Closing the last connection checkpoints the WAL: the main file alone holds everything.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_healthy = file.readAll();
    QVERIFY(m_healthy.size() > 8 * 4096);
}

void TestStorageFiles::refused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty file") << "empty" << int(ReportStore::Problem::Empty) << "empty file";
    QTest::newRow("random bytes") << "random" << int(ReportStore::Problem::NotSqlite) << "not a SQLite database";
    QTest::newRow("a text file") << "text" << int(ReportStore::Problem::NotSqlite) << "not a SQLite database";
    QTest::newRow("SQLite header only") << "header" << int(ReportStore::Problem::NotSqlite) << "not a SQLite database";
    QTest::newRow("another program's SQLite") << "foreign" << int(ReportStore::Problem::Foreign) << "another program";
    QTest::newRow("an empty SQLite database") << "blank-sqlite" << int(ReportStore::Problem::Foreign) << "another program";
    QTest::newRow("newer schema") << "newer" << int(ReportStore::Problem::Newer) << "newer version of Nianbao (schema 99";
    QTest::newRow("truncated by half") << "half" << int(ReportStore::Problem::Truncated) << "shorter than its own header";
    QTest::newRow("damaged page") << "scribbled" << int(ReportStore::Problem::Damaged) << "damaged";
    QTest::newRow("our header, no tables") << "no-tables" << int(ReportStore::Problem::Damaged) << "damaged";
}

void TestStorageFiles::refused()
{
    QFETCH(QString, kind);
    QFETCH(int, problem);
    QFETCH(QString, message);

    const QString path = m_dir.filePath(kind + QStringLiteral(".sqlite"));
    QByteArray bytes;
    if (kind == QLatin1String("random")) {
        QRandomGenerator random(1);
        for (int i = 0; i < 8192; ++i)
            bytes.append(char(random.bounded(256)));
    } else if (kind == QLatin1String("text")) {
        bytes = QStringLiteral("年报\n这不是数据库。\n").toUtf8();
    } else if (kind == QLatin1String("header")) {
        bytes = QByteArray("SQLite format 3\0", 16);
    } else if (kind == QLatin1String("half")) {
        bytes = m_healthy.left(m_healthy.size() / 2);
    } else if (kind == QLatin1String("scribbled")) {
        // Overwrite the middle of a b-tree page, past the header page: the structure no longer holds.
        bytes = m_healthy;
        for (int i = 2 * 4096 + 8; i < 2 * 4096 + 1024; ++i)
            bytes[i] = char(0x5A);
    }
    if (kind == QLatin1String("foreign")) {
        QVERIFY(rawSql(path, {QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)"),
                              QStringLiteral("INSERT INTO invoices (amount) VALUES (12.5)")}));
    } else if (kind == QLatin1String("blank-sqlite")) {
        QVERIFY(rawSql(path, {QStringLiteral("PRAGMA user_version = 0"), QStringLiteral("VACUUM")}));
    } else if (kind == QLatin1String("newer")) {
        QFile::remove(path);
        QVERIFY(QFile(m_dir.filePath(QStringLiteral("healthy.sqlite"))).copy(path));
        QVERIFY(rawSql(path, {QStringLiteral("PRAGMA user_version = 99")}));
    } else if (kind == QLatin1String("no-tables")) {
        QVERIFY(rawSql(path, {QStringLiteral("PRAGMA application_id = %1").arg(ReportStore::ApplicationId),
                              QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion()),
                              QStringLiteral("CREATE TABLE other (x)")}));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    const QByteArray before = sha256Of(path);
    QVERIFY(!before.isEmpty() || kind == QLatin1String("empty"));
    for (bool readOnly : {false, true}) {
        const auto opened = openStore(path, true, readOnly);
        QVERIFY(!opened.store);
        QCOMPARE(int(opened.problem), problem);
        QVERIFY2(opened.error.contains(message), qPrintable(opened.error));
        QVERIFY2(opened.error.contains(QStringLiteral("left exactly as it was")), qPrintable(opened.error));
        QVERIFY2(opened.error.contains(path), qPrintable(opened.error));
    }
    QCOMPARE(sha256Of(path), before);
}

void TestStorageFiles::truncatedAtManyOffsets()
{
    // Cut where a failed copy or a full disk would: at page boundaries and anywhere between.
    const QString path = m_dir.filePath(QStringLiteral("cut.sqlite"));
    int refused = 0;
    for (qint64 length = 1; length < m_healthy.size(); length += 1531) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(m_healthy.left(length));
        file.close();
        const QByteArray before = sha256Of(path);
        const auto opened = openStore(path);
        QVERIFY2(!opened.store, qPrintable(QStringLiteral("a file cut at %1 bytes was accepted").arg(length)));
        QVERIFY(!opened.error.isEmpty());
        QCOMPARE(sha256Of(path), before);
        ++refused;
    }
    QVERIFY(refused > 20);
}

namespace {

// The main file's header promises pageCount × pageSize bytes; true when the file holds fewer.
bool shorterThanHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    const qint64 pageSize = qFromBigEndian<quint16>(bytes + 16);
    const qint64 pageCount = qFromBigEndian<quint32>(bytes + 28);
    return file.size() < pageSize * pageCount;
}

QString longNarrative(int characters, QChar filler)
{
    QString text;
    while (text.size() < characters)
        text += QStringLiteral("本机关坚持以公开为常态、不公开为例外，") + filler + QStringLiteral("。\n");
    return text.left(characters);
}

} // namespace

// The failure of issue 15, item 1, for real: `nianbao import` of a report with a long narrative commits it
// to the write-ahead log, then copies the log into the main file as it closes. The main file may not grow
// (a file-size limit stands for a full disk): the copy stops after page 1, whose header already counts
// the new pages. Killed there (SIGXFSZ, as kill -9) or refused the write (EFBIG, as ENOSPC), the child leaves a
// main file shorter than its header and the whole report in the log. That file is healthy, not damaged.
void TestStorageFiles::importCutShortByTheDisk_data()
{
    QTest::addColumn<bool>("killed");
    QTest::newRow("killed while copying the log") << true;
    QTest::newRow("disk full while copying the log") << false;
}

void TestStorageFiles::importCutShortByTheDisk()
{
    QFETCH(bool, killed);
    const QString path = m_dir.filePath(killed ? QStringLiteral("killed.sqlite") : QStringLiteral("full.sqlite"));
    const QString first = longNarrative(60000, QLatin1Char('A'));
    {
        // Big enough that the second report's log (written below the limit) is smaller than the main file.
        auto opened = openStore(path);
        QVERIFY(opened.store);
        Report report = fullReport(QStringLiteral("2021"));
        report.setNarrative(QStringLiteral("s1"), first);
        QString error;
        QVERIFY2(opened.store->addReport(report, QStringLiteral("clerk"), &error), qPrintable(error));
    }
    const qint64 before = QFileInfo(path).size();
    QVERIFY(before > 150000);

    Report second = fullReport(QStringLiteral("2021"));
    second.setYear(2022);
    const QString narrative = longNarrative(40000, QLatin1Char('B'));
    second.setNarrative(QStringLiteral("s1"), narrative);
    const QString json = m_dir.filePath(QStringLiteral("long-narrative.json"));
    {
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ReportJson::write(second));
    }

    QProcess child;
    child.setChildProcessModifier([before, killed] {
        // One page more than the file has: the header page is rewritten, the file cannot grow.
        const rlimit limit{rlim_t(before + 4096), rlim_t(before + 4096)};
        setrlimit(RLIMIT_FSIZE, &limit);
        std::signal(SIGXFSZ, killed ? SIG_DFL : SIG_IGN);
    });
    child.start(testpaths::executable(), {QStringLiteral("import"), json, QStringLiteral("--db"), path});
    QVERIFY(child.waitForFinished(30000));
    if (killed) {
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    } else {
        // The report was committed (to the log) before the copy failed: the import did succeed.
        QCOMPARE(child.exitCode(), 0);
        QCOMPARE(child.readAllStandardOutput().trimmed(), QByteArray("2"));
    }
    QVERIFY2(shorterThanHeader(path), "the child did not leave the state of the issue: the test proves nothing");
    QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);

    auto cli = [&path](const QStringList &arguments, QByteArray *out) {
        QProcess nianbao;
        nianbao.start(testpaths::executable(), arguments + QStringList{QStringLiteral("--db"), path});
        if (!nianbao.waitForFinished(30000))
            return -1;
        *out = nianbao.readAllStandardOutput();
        const QByteArray err = nianbao.readAllStandardError();
        if (!err.isEmpty())
            qWarning("%s", err.constData());
        return nianbao.exitStatus() == QProcess::NormalExit ? nianbao.exitCode() : -1;
    };
    // Read-only first (nothing is written back), then a write, which finishes the copy.
    QByteArray out;
    QCOMPARE(cli({QStringLiteral("list")}, &out), 0);
    QCOMPARE(out.count('\n'), 2);
    QVERIFY2(out.contains("\t2022\t") && out.contains("\t2023\t"), out.constData());
    QCOMPARE(cli({QStringLiteral("export-json"), QStringLiteral("--report"), QStringLiteral("2")}, &out), 0);
    const ReportReadResult read = ReportJson::read(out);
    QVERIFY2(read.report, qPrintable(read.error));
    QCOMPARE(read.report->narrative(QStringLiteral("s1")), narrative);
    QCOMPARE(read.report->year(), 2022);
    second.setYear(2024);
    const QString third = m_dir.filePath(QStringLiteral("third.json"));
    {
        QFile file(third);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ReportJson::write(second));
    }
    QCOMPARE(cli({QStringLiteral("import"), third}, &out), 0);
    QCOMPARE(out.trimmed(), QByteArray("3"));
    QCOMPARE(cli({QStringLiteral("export-json"), QStringLiteral("--report"), QStringLiteral("1")}, &out), 0);
    QCOMPARE(ReportJson::read(out).report->narrative(QStringLiteral("s1")), first);
    QCOMPARE(cli({QStringLiteral("list")}, &out), 0);
    QCOMPARE(out.count('\n'), 3);

    QVERIFY(!shorterThanHeader(path));
    QVariant integrity;
    QVERIFY(rawSql(path, {QStringLiteral("PRAGMA integrity_check")}, &integrity));
    QCOMPARE(integrity.toString(), QStringLiteral("ok"));
}

// A log beside a file cut in half does not make the half whole: SQLite finds the missing pages and the
// file is still refused, untouched.
void TestStorageFiles::truncatedWithAnUnrelatedLog()
{
    const QString source = m_dir.filePath(QStringLiteral("with-log.sqlite"));
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("healthy.sqlite")), source));
    QByteArray log;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("logwriter"));
        db.setDatabaseName(source);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO agencies (name) VALUES ('另一机关')")));
        QFile file(source + QStringLiteral("-wal"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        log = file.readAll(); // taken while the connection is open, before closing copies it back
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("logwriter"));
    QVERIFY(log.size() >= 32 + 24 + 4096);

    const QString path = m_dir.filePath(QStringLiteral("half-with-log.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_healthy.left(m_healthy.size() / 2));
    file.close();
    QFile wal(path + QStringLiteral("-wal"));
    QVERIFY(wal.open(QIODevice::WriteOnly));
    wal.write(log);
    wal.close();
    const QByteArray before = sha256Of(path);
    for (bool readOnly : {true, false}) {
        const auto opened = openStore(path, false, readOnly);
        QVERIFY(!opened.store);
        // SQLite finds the pages missing (damaged); refused either way, and nothing written.
        QVERIFY2(opened.problem == ReportStore::Problem::Damaged || opened.problem == ReportStore::Problem::Truncated, qPrintable(opened.error));
        QVERIFY2(opened.error.contains(QStringLiteral("Use a backup copy")), qPrintable(opened.error));
    }
    QCOMPARE(sha256Of(path), before);
}

QTEST_GUILESS_MAIN(TestStorageFiles)
#include "tst_storagefiles.moc"
