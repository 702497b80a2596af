#include "reportbuilder.h"
#include "reportjson.h"
#include "testpaths.h"
#include "validator.h"

#include <QtTest>

using namespace nb;

// The JSON form of a report: lossless both ways, and every malformed input refused with where and why.
class TestReportJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTripFullReport_data();
    void roundTripFullReport();
    void roundTripReference();
    void domainProblemsAreReadAndReported();
    void malformed_data();
    void malformed();
};

void TestReportJson::roundTripFullReport_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("2019") << "2019";
    QTest::newRow("2021") << "2021";
}

void TestReportJson::roundTripFullReport()
{
    QFETCH(QString, format);
    const Report original = fullReport(format);
    const QByteArray json = ReportJson::write(original);
    const ReportReadResult read = ReportJson::read(json);
    QVERIFY2(read.report, qPrintable(read.error));
    QVERIFY(*read.report == original);
    QCOMPARE(ReportJson::write(*read.report), json); // and the file is stable byte for byte
    QVERIFY(json.contains("\"12345.6789\"")); // amounts as exact decimal strings
    QVERIFY(json.contains("\"/\""));
}

void TestReportJson::roundTripReference()
{
    const ReportReadResult read = ReportJson::readFile(testpaths::data("wenzhou-eeb-2019.json"));
    QVERIFY2(read.report, qPrintable(read.error));
    const ReportReadResult again = ReportJson::read(ReportJson::write(*read.report));
    QVERIFY(again.report);
    QVERIFY(*again.report == *read.report);
}

void TestReportJson::domainProblemsAreReadAndReported()
{
    // A value the format forbids is still a well-formed file: it is read, and R5 says what is wrong.
    const ReportReadResult read = ReportJson::read(
        R"({"nianbao":1,"format":"2021","year":2021,"cells":{"s3.new.natural":-2,"s3.new.business":"/"}})");
    QVERIFY2(read.report, qPrintable(read.error));
    int r5 = 0;
    for (const Finding &finding : Validator::check(*read.report))
        r5 += finding.ruleId == QLatin1String("R5") ? 1 : 0;
    QCOMPARE(r5, 2);
}

void TestReportJson::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");

    const QByteArray head = R"({"nianbao":1,"format":"2021","year":2021,)";
    QTest::newRow("empty file") << QByteArray() << "line 1, column 1";
    QTest::newRow("not JSON") << QByteArray("hello") << "line 1";
    QTest::newRow("error on line 3") << QByteArray("{\n\"nianbao\": 1,\n\"year\": 20x1}") << "line 3, column";
    QTest::newRow("array") << QByteArray("[]") << "$";
    QTest::newRow("no version") << QByteArray(R"({"format":"2021","year":2021})") << "$.nianbao";
    QTest::newRow("newer version") << QByteArray(R"({"nianbao":2,"format":"2021","year":2021})") << "$.nianbao: file version 2 is newer";
    QTest::newRow("version as string") << QByteArray(R"({"nianbao":"1","format":"2021","year":2021})") << "$.nianbao: expected a whole number";
    QTest::newRow("unknown format") << QByteArray(R"({"nianbao":1,"format":"2030","year":2030})") << "$.format: unknown format “2030”";
    QTest::newRow("format as number") << QByteArray(R"({"nianbao":1,"format":2021,"year":2021})") << "$.format: expected a string";
    QTest::newRow("no year") << QByteArray(R"({"nianbao":1,"format":"2021"})") << "$.year: missing";
    QTest::newRow("year as string") << head.left(head.indexOf("\"year\"")) + R"("year":"2021"})" << "$.year: expected a whole number";
    QTest::newRow("fractional year") << head.left(head.indexOf("\"year\"")) + R"("year":2021.5})" << "$.year";
    QTest::newRow("implausible year") << head.left(head.indexOf("\"year\"")) + R"("year":1921})" << "$.year: 1921";
    QTest::newRow("unknown key") << head + R"("colour":"red"})" << "$.colour: unknown key";
    QTest::newRow("agency not object") << head + R"("agency":"x"})" << "$.agency: expected an object";
    QTest::newRow("agency unknown key") << head + R"("agency":{"name":"a","boss":"b"}})" << "$.agency.boss: unknown key";
    QTest::newRow("agency kind unknown") << head + R"("agency":{"name":"a","kind":"ministry"}})"
                                         << "$.agency.kind: expected “department” or “government”, found “ministry”";
    QTest::newRow("agency name number") << head + R"("agency":{"name":5}})" << "$.agency.name: expected a string";
    QTest::newRow("bad date") << head + R"("date":"2022-02-30"})" << "$.date: expected a date";
    QTest::newRow("heading of no section") << head + R"("headings":{"s9":"x"}})" << "$.headings.s9: unknown key";
    QTest::newRow("heading not text") << head + R"("headings":{"s1":[1]}})" << "$.headings.s1: expected a string";
    QTest::newRow("narrative of no section") << head + R"("narratives":{"summary":"x"}})" << "$.narratives.summary";
    QTest::newRow("cells not object") << head + R"("cells":[1,2]})" << "$.cells: expected an object";
    QTest::newRow("unknown cell") << head + R"("cells":{"s3.nope.natural":1}})" << "$.cells[\"s3.nope.natural\"]: no such cell";
    QTest::newRow("2019 cell in 2021") << head + R"("cells":{"s2_9.procurement.projects":1}})" << "$.cells[\"s2_9.procurement.projects\"]";
    QTest::newRow("count as string") << head + R"("cells":{"s3.new.natural":"12"}})" << "$.cells[\"s3.new.natural\"]: expected a whole number";
    QTest::newRow("count fractional") << head + R"("cells":{"s3.new.natural":1.5}})" << "$.cells[\"s3.new.natural\"]: expected a whole number, found 1.5";
    QTest::newRow("count boolean") << head + R"("cells":{"s3.new.natural":true}})" << "$.cells[\"s3.new.natural\"]: expected a whole number or \"/\", found a boolean";
    QTest::newRow("count huge") << head + R"("cells":{"s3.new.natural":1e300}})" << "too large";
    QTest::newRow("amount five decimals") << head + R"("cells":{"s2_8.fees.amount":"1.00001"}})" << "$.cells[\"s2_8.fees.amount\"]: expected an amount";
    QTest::newRow("amount words") << head + R"("cells":{"s2_8.fees.amount":"ten"}})" << "$.cells[\"s2_8.fees.amount\"]";
    QTest::newRow("unit not allowed") << head + R"("units":{"s2_8.fees.amount":"元"}})" << "$.units[\"s2_8.fees.amount\"]: unit “元”";
    QTest::newRow("unit of count cell") << head + R"("units":{"s3.new.natural":"元"}})" << "$.units[\"s3.new.natural\"]: not an amount cell";
    QTest::newRow("setting not boolean") << head + R"("settings":{"zerosBlank":"yes"}})" << "$.settings.zerosBlank: expected true or false";
    QTest::newRow("unknown setting") << head + R"("settings":{"colour":"red"}})" << "$.settings.colour: unknown key";
    QTest::newRow("truncated") << head + R"("cells":{"s3.new.natural":1)" << "line 1";
}

void TestReportJson::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    const ReportReadResult read = ReportJson::read(json);
    QVERIFY(!read.report);
    QVERIFY2(read.error.contains(where), qPrintable(read.error));
}

QTEST_GUILESS_MAIN(TestReportJson)
#include "tst_reportjson.moc"
