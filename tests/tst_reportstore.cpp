#include "reportbuilder.h"
#include "reportjson.h"
#include "migrations.h"
#include "storetestutil.h"
#include "testpaths.h"

#include <QtTest>

Q_DECLARE_METATYPE(nb::CellValue)

using namespace nb;

// The report database: lossless round trips, autosave with its change log, conflicts, read-only.
class TestReportStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void changeLogForms_data();
    void changeLogForms();
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
    void findingCountsAreListed();
    void changesSinceAnEntry();
    void editingSessionCheckpointsItself();
    void foreignServerDatabaseRefused();
    void newerServerSchemaRefused();
    void serverAddressWithoutPassword();
    void serverAsksForItsPassword();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_location; }
    QString m_location; // a file, or a database on the test server
};

void TestReportStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = storeLocation(*m_dir, QStringLiteral("reports.sqlite"));
}

void TestReportStore::newFileIsPrepared()
{
    auto opened = openStore(path());
    QVERIFY2(opened.store, qPrintable(opened.error));
    QCOMPARE(opened.store->schemaVersion(), Migrations::latestVersion());
    QVERIFY(opened.store->reports().isEmpty());
    QCOMPARE(opened.store->isServer(), onServer());
    opened.store.reset();
    if (onServer())
        return; // the rest is about the file's header
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
    QCOMPARE(log.at(0).what, ChangeKind::Report);
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
    int logBefore = 0;
    {
        auto writer = openStore(path(), false);
        logBefore = int(writer.store->changeLog(report).size());
    }
    auto opened = openStore(path(), false, true);
    QVERIFY2(opened.store, qPrintable(opened.error));
    QVERIFY(opened.store->isReadOnly());
    QVERIFY(opened.store->loadReport(report, &error));
    QVERIFY(!opened.store->saveCell(report, QStringLiteral("s3.new.natural"), CellValue(), CellValue::number(1), QStringLiteral("x")).saved());
    QVERIFY(!opened.store->addReport(fullReport(QStringLiteral("2021")), QStringLiteral("x"), &error));
    QVERIFY(!opened.store->deleteReport(report, &error));
    QCOMPARE(opened.store->changeLog(report).size(), logBefore);
    QCOMPARE(opened.store->reports().size(), 1);
    opened.store.reset();
    QCOMPARE(sha256Of(path()), before); // a file: not a byte changed
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
    if (onServer())
        QSKIP("a server's database is created by its administrator, never by Nianbao");
    auto opened = openStore(path(), false);
    QVERIFY(!opened.store);
    QCOMPARE(opened.problem, ReportStore::Problem::Missing);
    QVERIFY(!QFile::exists(path()));
}

void TestReportStore::findingCountsAreListed()
{
    auto opened = openStore(path());
    QString error;
    // A report added is checked on the way in: 一 + 二 ≠ 三 + 四 in one column is one R1 error.
    Report report = reportFrom(QStringLiteral("2021"), 2022, QStringLiteral("3.new.natural=5"));
    report.setAgency({QStringLiteral("甲局"), {}, {}, {}, {}, {}, {}, {}});
    const int id = *opened.store->addReport(report, QStringLiteral("clerk"), &error);
    QVector<ReportSummary> list = opened.store->reports();
    QCOMPARE(list.size(), 1);
    QVERIFY(list.first().errors > 0);
    const int added = list.first().errors;
    QVERIFY(opened.store->saveFindingCounts(id, 0, 2, &error));
    list = opened.store->reports();
    QCOMPARE(list.first().errors, 0);
    QCOMPARE(list.first().warnings, 2);
    QVERIFY(added != 0);
}

void TestReportStore::changesSinceAnEntry()
{
    auto opened = openStore(path());
    QString error;
    const int id = *opened.store->addReport(blankReport(QStringLiteral("2021"), 2022, QStringLiteral("甲局")), QStringLiteral("clerk"), &error);
    const qint64 seen = opened.store->changeLog(id).last().id;
    QVERIFY(opened.store->saveCell(id, QStringLiteral("s3.new.natural"), CellValue(), CellValue::number(4), QStringLiteral("王")).saved());
    QVERIFY(opened.store->saveText(id, QStringLiteral("narrative"), QStringLiteral("s1"), QString(), QStringLiteral("正文"), QStringLiteral("李")).saved());
    const QVector<ChangeLogEntry> since = opened.store->changeLog(id, &error, seen);
    QCOMPARE(since.size(), 2);
    QCOMPARE(since.at(0).target, QStringLiteral("s3.new.natural"));
    QCOMPARE(since.at(0).newValue, QStringLiteral("4"));
    QCOMPARE(since.at(1).who, QStringLiteral("李"));
    // A conflict says who wrote what is there now.
    const SaveResult late = opened.store->saveCell(id, QStringLiteral("s3.new.natural"), CellValue(), CellValue::number(7), QStringLiteral("李"));
    QCOMPARE(late.status, SaveResult::Status::Conflict);
    QCOMPARE(late.currentValue, CellValue::number(4));
    QCOMPARE(late.currentBy, QStringLiteral("王"));
}

void TestReportStore::editingSessionCheckpointsItself()
{
    // An editing session's commits never stop to copy the log back (SQLite would at 1 000 pages);
    // checkpoint() does it, and the file alone then holds every edit.
    if (onServer())
        QSKIP("a SQLite file's write-ahead log");
    ReportStore::Options editing;
    editing.create = true;
    editing.editingLock = true;
    auto opened = ReportStore::open(path(), editing);
    QVERIFY(opened.store);
    QString error;
    const int id = *opened.store->addReport(blankReport(QStringLiteral("2021"), 2022, QStringLiteral("甲局")), QStringLiteral("clerk"), &error);
    const QByteArray before = sha256Of(path());
    CellValue last;
    for (int i = 1; i <= 600; ++i) {
        const CellValue value = CellValue::number(i);
        QVERIFY(opened.store->saveCell(id, QStringLiteral("s3.new.natural"), last, value, QStringLiteral("王")).saved());
        last = value;
    }
    QCOMPARE(sha256Of(path()), before); // every edit still only in the log
    const int pages = opened.store->checkpoint();
    QVERIFY2(pages > 1000, qPrintable(QString::number(pages)));
    QVERIFY(sha256Of(path()) != before);
    QCOMPARE(opened.store->checkpoint(), pages); // nothing new: nothing to copy

    // Copied whole: the file alone, without its log, holds the last edit.
    const QString copy = m_dir->filePath(QStringLiteral("copy.sqlite"));
    QVERIFY(QFile::copy(path(), copy));
    auto alone = openStore(copy, false, true);
    QVERIFY2(alone.store, qPrintable(alone.error));
    const std::optional<Report> stored = alone.store->loadReport(id, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->value(stored->format().indexOf(QStringLiteral("s3.new.natural"))), CellValue::number(600));
}

void TestReportStore::foreignServerDatabaseRefused()
{
    if (!onServer())
        QSKIP("a server test (tst_reportstore_postgresql)");
    QVERIFY(rawSql(path(), {QStringLiteral("CREATE TABLE invoices (id INTEGER)")}));
    auto opened = openStore(path());
    QVERIFY(!opened.store);
    QCOMPARE(opened.problem, ReportStore::Problem::Foreign);
    QVariant tables;
    QVERIFY(rawSql(path(), {QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")}, &tables));
    QCOMPARE(tables.toInt(), 1); // left as it was
}

void TestReportStore::newerServerSchemaRefused()
{
    if (!onServer())
        QSKIP("a server test (tst_reportstore_postgresql)");
    QVERIFY(openStore(path()).store);
    QVERIFY(rawSql(path(), {QStringLiteral("UPDATE nianbao_schema SET version = 99")}));
    auto opened = openStore(path());
    QVERIFY(!opened.store);
    QCOMPARE(opened.problem, ReportStore::Problem::Newer);
    QVERIFY2(opened.error.contains(QStringLiteral("99")), qPrintable(opened.error));
}

void TestReportStore::serverAddressWithoutPassword()
{
    QString error;
    QVERIFY(!ServerAddress::parse(QStringLiteral("postgresql://clerk:secret@db.example/reports"), &error));
    QVERIFY2(error.contains(QStringLiteral("PGPASSFILE")), qPrintable(error));
    QVERIFY(!ServerAddress::parse(QStringLiteral("postgresql://db.example/reports"), &error));
    const auto address = ServerAddress::parse(QStringLiteral("postgresql://clerk@db.example:5433/reports"), &error);
    QVERIFY(address);
    QCOMPARE(address->port, 5433);
    QCOMPARE(address->toString(), QStringLiteral("postgresql://clerk@db.example:5433/reports"));
    auto opened = openStore(QStringLiteral("postgresql://clerk:secret@127.0.0.1/reports"));
    QVERIFY(!opened.store);
    QVERIFY(opened.error.contains(QStringLiteral("PGPASSFILE")));
}

void TestReportStore::serverAsksForItsPassword()
{
    if (!onServer())
        QSKIP("a server test (tst_reportstore_postgresql)");
    const QByteArray passFile = qgetenv("PGPASSFILE");
    qputenv("PGPASSFILE", QByteArray("/nonexistent"));
    ReportStore::Options options;
    ReportStore::OpenResult asked = ReportStore::open(path(), options);
    QCOMPARE(asked.problem, ReportStore::Problem::NeedsPassword);
    options.password = QStringLiteral("wrong");
    ReportStore::OpenResult wrong = ReportStore::open(path(), options);
    QCOMPARE(wrong.problem, ReportStore::Problem::NeedsPassword);
    QVERIFY2(wrong.error.contains(QStringLiteral("not accepted")), qPrintable(wrong.error));
    // The password a person types works like the one in the file.
    QFile file(QString::fromLocal8Bit(passFile));
    QVERIFY(file.open(QIODevice::ReadOnly));
    options.password = QString::fromUtf8(file.readAll()).trimmed().section(QLatin1Char(':'), 4);
    ReportStore::OpenResult typed = ReportStore::open(path(), options);
    qputenv("PGPASSFILE", passFile);
    QVERIFY2(typed.store, qPrintable(typed.error));
}

void TestReportStore::changeLogForms_data()
{
    QTest::addColumn<CellValue>("value");
    QTest::addColumn<QVariant>("logged");
    // The change log's own words: files written by every version keep them.
    QTest::newRow("blank") << CellValue() << QVariant();
    QTest::newRow("not applicable") << CellValue::notApplicable() << QVariant(QStringLiteral("/"));
    QTest::newRow("zero") << CellValue::number(0) << QVariant(QStringLiteral("0"));
    QTest::newRow("negative change") << CellValue::number(-8) << QVariant(QStringLiteral("-8"));
    QTest::newRow("amount in ten-thousandths") << CellValue::number(1234500) << QVariant(QStringLiteral("1234500"));
}

void TestReportStore::changeLogForms()
{
    QFETCH(CellValue, value);
    QFETCH(QVariant, logged);
    QCOMPARE(changeLogValue(value), logged);
    QCOMPARE(cellValueFromChangeLog(logged.toString()), value);
    // The kinds by their stored names, both ways; an unknown name stays unknown.
    const QHash<QString, ChangeKind> kinds{{QStringLiteral("cell"), ChangeKind::Cell}, {QStringLiteral("narrative"), ChangeKind::Narrative},
                                           {QStringLiteral("heading"), ChangeKind::Heading}, {QStringLiteral("unit"), ChangeKind::Unit},
                                           {QStringLiteral("details"), ChangeKind::Details}, {QStringLiteral("report"), ChangeKind::Report}};
    for (auto it = kinds.begin(); it != kinds.end(); ++it) {
        QCOMPARE(changeKindFromName(it.key()), it.value());
        QCOMPARE(changeKindName(it.value()), it.key());
    }
    QCOMPARE(changeKindFromName(QStringLiteral("signature")), ChangeKind::Unknown);
}

QTEST_GUILESS_MAIN(TestReportStore)
#include "tst_reportstore.moc"
