#include "migrations.h"
#include "reportbuilder.h"
#include "storetestutil.h"

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

QTEST_GUILESS_MAIN(TestStorageFiles)
#include "tst_storagefiles.moc"
