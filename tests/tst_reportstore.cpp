#include "reportbuilder.h"
#include "reportjson.h"
#include "migrations.h"
#include "storetestutil.h"
#include "testpaths.h"

#include <QtTest>

using namespace nb;

// The report database: lossless round trips, autosave with its change log, conflicts, read-only.
class TestReportStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void newFileIsPrepared();
    void roundTripFullReport_data();
    void roundTripFullReport();
    void roundTripReference();
    void manyReportsInOneFile();
    void duplicateAgencyYearRefused();
    void autosaveCellAndLog();
    void autosaveConflictWritesNothing();
    void autosaveText();
    void readOnlyRefusesWrites();
    void changeLogIsAppendOnly();
    void missingFileNotCreatedUnlessAsked();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("reports.sqlite")); }
};

void TestReportStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestReportStore::newFileIsPrepared()
{
    auto opened = openStore(path());
    QVERIFY2(opened.store, qPrintable(opened.error));
    QCOMPARE(opened.store->schemaVersion(), Migrations::latestVersion());
    QVERIFY(opened.store->reports().isEmpty());
    opened.store.reset();
    QVariant value;
    QVERIFY(rawSql(path(), {QStringLiteral("PRAGMA journal_mode")}, &value));
    QCOMPARE(value.toString(), QStringLiteral("wal"));
    QVERIFY(rawSql(path(), {QStringLiteral("PRAGMA application_id")}, &value));
    QCOMPARE(value.toUInt(), ReportStore::ApplicationId);
}

void TestReportStore::roundTripFullReport_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("2019") << "2019";
    QTest::newRow("2021") << "2021";
}

void TestReportStore::roundTripFullReport()
{
    QFETCH(QString, format);
    const Report original = fullReport(format);
    QString error;
    int id = 0;
    {
        auto opened = openStore(path());
        QVERIFY(opened.store);
        const auto added = opened.store->addReport(original, QStringLiteral("测试"), &error);
        QVERIFY2(added, qPrintable(error));
        id = *added;
    }
    // A new session on the same file: nothing lives on in memory.
    auto opened = openStore(path(), false);
    QVERIFY(opened.store);
    const auto loaded = opened.store->loadReport(id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(*loaded == original);
    QCOMPARE(ReportJson::write(*loaded), ReportJson::write(original));
}

void TestReportStore::roundTripReference()
{
    const ReportReadResult read = ReportJson::readFile(testpaths::data("wenzhou-eeb-2019.json"));
    QVERIFY(read.report);
    auto opened = openStore(path());
    QString error;
    const auto id = opened.store->addReport(*read.report, QStringLiteral("clerk"), &error);
    QVERIFY2(id, qPrintable(error));
    const auto loaded = opened.store->loadReport(*id, &error);
    QVERIFY(loaded);
    QVERIFY(*loaded == *read.report);
}

void TestReportStore::manyReportsInOneFile()
{
    auto opened = openStore(path());
    QString error;
    for (const char *agency : {"乙局", "甲局"}) {
        for (int year : {2020, 2021, 2022}) {
            Report report(FormatRegistry::builtin().formatForYear(year));
            report.setYear(year);
            report.setAgency({QString::fromUtf8(agency), {}, {}, {}, {}, {}, {}, {}});
            report.setValue(0, CellValue::number(year));
            QVERIFY2(opened.store->addReport(report, QStringLiteral("clerk"), &error), qPrintable(error));
        }
    }
    const QVector<ReportSummary> reports = opened.store->reports();
    QCOMPARE(reports.size(), 6);
    QCOMPARE(reports.first().agency, QStringLiteral("乙局")); // ordered by agency, then year
    QCOMPARE(reports.first().year, 2020);
    QCOMPARE(reports.first().formatId, QStringLiteral("2019"));
    QCOMPARE(reports.last().formatId, QStringLiteral("2021"));
    QCOMPARE(reports.last().state, QStringLiteral("draft"));
    const auto id = opened.store->findReport(QStringLiteral("甲局"), 2021);
    QVERIFY(id);
    const auto loaded = opened.store->loadReport(*id, &error);
    QCOMPARE(loaded->value(0), CellValue::number(2021));
    QVERIFY(opened.store->deleteReport(*id, &error));
    QCOMPARE(opened.store->reports().size(), 5);
}

void TestReportStore::duplicateAgencyYearRefused()
{
    auto opened = openStore(path());
    const Report report = fullReport(QStringLiteral("2021"));
    QString error;
    QVERIFY(opened.store->addReport(report, QStringLiteral("clerk"), &error));
    QVERIFY(!opened.store->addReport(report, QStringLiteral("clerk"), &error));
    QVERIFY2(error.contains(QStringLiteral("某某市某某局")), qPrintable(error));
    QCOMPARE(opened.store->reports().size(), 1);
}

void TestReportStore::autosaveCellAndLog()
{
    auto opened = openStore(path());
    QString error;
    const Report blank = blankReport(QStringLiteral("2021"), 2021, QStringLiteral("某局"));
    const int report = *opened.store->addReport(blank, QStringLiteral("clerk"), &error);
    ReportStore &store = *opened.store;
    const QString key = QStringLiteral("s3.new.natural");
    QVERIFY(store.saveCell(report, key, CellValue(), CellValue::number(39), QStringLiteral("张三")).saved());
    QVERIFY(store.saveCell(report, key, CellValue::number(39), CellValue::number(40), QStringLiteral("李四")).saved());
    QVERIFY(store.saveCell(report, QStringLiteral("s2_1.regulations.issued"), CellValue(), CellValue::notApplicable(), QStringLiteral("张三")).saved());
    QVERIFY(store.saveCell(report, key, CellValue::number(40), CellValue(), QStringLiteral("张三")).saved());

    const auto loaded = store.loadReport(report, &error);
    QVERIFY(loaded->value(loaded->format().indexOf(key)).isBlank());
    QVERIFY(loaded->value(loaded->format().indexOf(QStringLiteral("s2_1.regulations.issued"))).isNotApplicable());

    const QVector<ChangeLogEntry> log = store.changeLog(report);
    QCOMPARE(log.size(), 5); // created, then four edits
    QCOMPARE(log.at(0).what, QStringLiteral("report"));
    QCOMPARE(log.at(1).who, QStringLiteral("张三"));
    QCOMPARE(log.at(1).target, key);
    QCOMPARE(log.at(1).oldValue, QString());
    QCOMPARE(log.at(1).newValue, QStringLiteral("39"));
    QCOMPARE(log.at(2).who, QStringLiteral("李四"));
    QCOMPARE(log.at(2).oldValue, QStringLiteral("39"));
    QCOMPARE(log.at(3).newValue, QStringLiteral("/"));
    QVERIFY(log.at(4).newValue.isEmpty());
    QVERIFY(log.at(4).at.isValid());
}

void TestReportStore::autosaveConflictWritesNothing()
{
    auto opened = openStore(path());
    QString error;
    const int report = *opened.store->addReport(fullReport(QStringLiteral("2021")), QStringLiteral("clerk"), &error);
    const QString key = QStringLiteral("s3.new.natural");
    const CellValue stored = opened.store->loadReport(report, &error)->value(FormatRegistry::builtin().format(QStringLiteral("2021"))->indexOf(key));
    const int logBefore = int(opened.store->changeLog(report).size());
    // An editor that still believes the cell is blank must not overwrite what is there.
    const SaveResult result = opened.store->saveCell(report, key, CellValue(), CellValue::number(7), QStringLiteral("late"));
    QCOMPARE(result.status, SaveResult::Status::Conflict);
    QCOMPARE(result.currentValue, stored);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(opened.store->loadReport(report, &error)->value(FormatRegistry::builtin().format(QStringLiteral("2021"))->indexOf(key)), stored);
    QCOMPARE(opened.store->changeLog(report).size(), logBefore);
}

void TestReportStore::autosaveText()
{
    auto opened = openStore(path());
    QString error;
    const int report = *opened.store->addReport(fullReport(QStringLiteral("2021")), QStringLiteral("clerk"), &error);
    ReportStore &store = *opened.store;
    const QString old = store.loadReport(report, &error)->narrative(QStringLiteral("s1"));
    const QString text = QStringLiteral("第一段。\n\n第二段\u3000全角空格。");
    QVERIFY(store.saveText(report, QStringLiteral("narrative"), QStringLiteral("s1"), old, text, QStringLiteral("clerk")).saved());
    QCOMPARE(store.saveText(report, QStringLiteral("narrative"), QStringLiteral("s1"), old, QStringLiteral("x"), QStringLiteral("late")).status,
             SaveResult::Status::Conflict);
    QVERIFY(store.saveText(report, QStringLiteral("heading"), QStringLiteral("s5"), QStringLiteral("五、下一步措施"), QString(), QStringLiteral("clerk")).saved());
    const auto loaded = store.loadReport(report, &error);
    QCOMPARE(loaded->narrative(QStringLiteral("s1")), text);
    QVERIFY(loaded->heading(QStringLiteral("s5")).isEmpty());
}

void TestReportStore::readOnlyRefusesWrites()
{
    QString error;
    int report = 0;
    {
        auto opened = openStore(path());
        report = *opened.store->addReport(fullReport(QStringLiteral("2019")), QStringLiteral("clerk"), &error);
    }
    const QByteArray before = sha256Of(path());
    auto opened = openStore(path(), false, true);
    QVERIFY2(opened.store, qPrintable(opened.error));
    QVERIFY(opened.store->isReadOnly());
    QVERIFY(opened.store->loadReport(report, &error));
    QVERIFY(!opened.store->saveCell(report, QStringLiteral("s3.new.natural"), CellValue(), CellValue::number(1), QStringLiteral("x")).saved());
    QVERIFY(!opened.store->addReport(fullReport(QStringLiteral("2021")), QStringLiteral("x"), &error));
    QVERIFY(!opened.store->deleteReport(report, &error));
    opened.store.reset();
    QCOMPARE(sha256Of(path()), before);
}

void TestReportStore::changeLogIsAppendOnly()
{
    QString error;
    {
        auto opened = openStore(path());
        QVERIFY(opened.store->addReport(fullReport(QStringLiteral("2019")), QStringLiteral("clerk"), &error));
    }
    // Even a hand edit of the file cannot rewrite history.
    QVERIFY(!rawSql(path(), {QStringLiteral("UPDATE change_log SET who = 'someone else'")}));
    QVariant who;
    QVERIFY(rawSql(path(), {QStringLiteral("SELECT who FROM change_log")}, &who));
    QCOMPARE(who.toString(), QStringLiteral("clerk"));
}

void TestReportStore::missingFileNotCreatedUnlessAsked()
{
    auto opened = openStore(path(), false);
    QVERIFY(!opened.store);
    QCOMPARE(opened.problem, ReportStore::Problem::Missing);
    QVERIFY(!QFile::exists(path()));
}

QTEST_GUILESS_MAIN(TestReportStore)
#include "tst_reportstore.moc"
