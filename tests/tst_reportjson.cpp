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
    void acceptsWhatIsMeant();
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

    // Issue 15, item 7: what Qt's parser would let through, and what no agency's name holds.
    QTest::newRow("year 99999") << head.left(head.indexOf("\"year\"")) + R"("year":99999})" << "$.year: 99999 is not a plausible report year (2008 to 2100)";
    QTest::newRow("duplicate key") << head + R"("year":2022})" << "line 1, column 42: the key “year” appears twice";
    QTest::newRow("duplicate nested key") << head + "\n" + R"("agency":{"name":"甲","name":"乙"}})"
                                          << "line 2, column 22: the key “name” appears twice";
    QTest::newRow("duplicate key by escape") << head + R"("agency":{"name":"a","n\u0061me":"b"}})" << "the key “name” appears twice";
    QTest::newRow("lone high surrogate") << head + R"("agency":{"name":"a\ud800b"}})" << "\\ud800 is half of a character";
    QTest::newRow("lone high surrogate at the end") << head + R"("agency":{"name":"a\ud800"}})" << "\\ud800 is half of a character";
    QTest::newRow("lone low surrogate") << head + R"("agency":{"name":"a\udc00b"}})" << "\\udc00 is half of a character";
    QTest::newRow("NUL in the name") << head + R"("agency":{"name":"温州\u0000市"}})" << "$.agency.name: holds a NUL (U+0000) at character 3";
    QTest::newRow("right-to-left override") << head + R"("agency":{"name":"温州\u202e局"}})" << "$.agency.name: holds a right-to-left override (U+202e)";
    QTest::newRow("left-to-right override") << head + R"("agency":{"office":"a\u202db"}})" << "$.agency.office: holds a left-to-right override";
    QTest::newRow("pop directional formatting") << head + R"("agency":{"name":"a\u202cb"}})" << "pop directional formatting (U+202c)";
    QTest::newRow("zero-width space") << head + R"("agency":{"name":"温\u200b州"}})" << "$.agency.name: holds a zero-width space (U+200b) at character 2";
    QTest::newRow("zero-width joiner") << head + R"("agency":{"phone":"1\u200d2"}})" << "$.agency.phone: holds a zero-width joiner";
    QTest::newRow("line break in the name") << head + R"("agency":{"name":"温州市\n1\t乙\t2019"}})" << "$.agency.name: holds a line break (U+000a) at character 4";
    QTest::newRow("tab in the address") << head + R"("agency":{"address":"a\tb"}})" << "$.agency.address: holds a tab";
    QTest::newRow("line break in a heading") << head + R"("headings":{"s1":"一、\n总体情况"}})" << "$.headings.s1: holds a line break";
    QTest::newRow("name of 501 characters") << head + R"("agency":{"name":")" + QByteArray(501, 'x') + R"("}})"
                                            << "$.agency.name: is 501 characters long; a name or address is at most 500";
    QTest::newRow("narrative over the cap") << head + R"("narratives":{"s1":")" + QByteArray(100001, 'x') + R"("}})"
                                            << "$.narratives.s1: the text is 100001 characters long; a section holds at most 100000";
}

// The limits refuse only what no one means: the same key in two objects, a character outside the
// basic plane written as an escaped pair, line breaks in a narrative and a narrative at the cap are all read.
void TestReportJson::acceptsWhatIsMeant()
{
    const QByteArray json = R"({"nianbao":1,"format":"2021","year":2100,"agency":{"name":"温州市\ud842\udfb7局"},)"
                            R"("headings":{"s1":"一、总体情况"},"narratives":{"s1":")"
                            + QByteArray(99996, 'x') + R"(\n第二段"},"cells":{"s3.new.natural":1}})";
    const ReportReadResult read = ReportJson::read(json);
    QVERIFY2(read.report, qPrintable(read.error));
    QCOMPARE(read.report->agency().name, QStringLiteral("温州市\U00020BB7局"));
    QCOMPARE(read.report->narrative(QStringLiteral("s1")).size(), 100000);
    QCOMPARE(read.report->year(), 2100);
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
