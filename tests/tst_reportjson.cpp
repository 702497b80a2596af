#include "reportbuilder.h"
#include "reportdigest.h"
#include "reportjson.h"
#include "testpaths.h"
#include "validator.h"

#include <QtTest>

#include <limits>

using namespace nb;

namespace {

// ReportJson::write as it was written until stop 16, through a QJsonObject and QJsonDocument: every
// sign-off stored so far signs the SHA-256 of these bytes. The streaming writer must give the same bytes.
QByteArray writtenThroughQJsonObject(const Report &report)
{
    const FormatDefinition &format = report.format();
    QJsonObject top;
    top.insert(QLatin1String("nianbao"), ReportJson::FileVersion);
    top.insert(QLatin1String("format"), format.id());
    top.insert(QLatin1String("year"), report.year());
    if (report.date().isValid())
        top.insert(QLatin1String("date"), report.date().toString(Qt::ISODate));
    const Agency &a = report.agency();
    QJsonObject agency;
    const std::pair<const char *, QString> fields[] = {{"name", a.name},       {"office", a.office}, {"address", a.address},
                                                       {"postcode", a.postcode}, {"phone", a.phone},   {"fax", a.fax},
                                                       {"email", a.email},       {"website", a.website}};
    for (const auto &field : fields) {
        if (!field.second.isEmpty())
            agency.insert(QLatin1String(field.first), field.second);
    }
    if (!report.agencyKind().isEmpty())
        agency.insert(QLatin1String("kind"), report.agencyKind());
    top.insert(QLatin1String("agency"), agency);
    auto mapToJson = [](const QMap<QString, QString> &map) {
        QJsonObject object;
        for (auto it = map.begin(); it != map.end(); ++it)
            object.insert(it.key(), it.value());
        return object;
    };
    if (!report.headings().isEmpty())
        top.insert(QLatin1String("headings"), mapToJson(report.headings()));
    if (!report.narratives().isEmpty())
        top.insert(QLatin1String("narratives"), mapToJson(report.narratives()));
    if (report.zerosBlank())
        top.insert(QLatin1String("settings"), QJsonObject{{QLatin1String("zerosBlank"), true}});
    if (!report.units().isEmpty())
        top.insert(QLatin1String("units"), mapToJson(report.units()));
    QJsonObject cells;
    for (int i = 0; i < format.cellCount(); ++i) {
        const CellValue &value = report.value(i);
        const CellDef &cell = format.cell(i);
        if (value.isBlank())
            continue;
        if (value.isNotApplicable())
            cells.insert(cell.key, QStringLiteral("/"));
        else if (cell.kind == ValueKind::Amount)
            cells.insert(cell.key, formatAmount(value.numberOrZero()));
        else
            cells.insert(cell.key, value.numberOrZero());
    }
    top.insert(QLatin1String("cells"), cells);
    return QJsonDocument(top).toJson(QJsonDocument::Indented);
}

// Text a database edited by hand could hold: every control character, quotes and backslashes, DEL,
// the line and paragraph separators, noncharacters, characters beyond the BMP, surrogates alone or
// the wrong way round, and Chinese.
QStringList hostileStrings()
{
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    QStringList strings{controls,
            QStringLiteral("\"\\/\b\f\n\r\t\u007f end"),
            QString(QChar(0x2028)) + QChar(0x2029) + QChar(0xfdd0) + QChar(0xfdef) + QChar(0xfffe) + QChar(0xffff) + QChar(0xfeff),
            QString::fromUcs4(U"非BMP \U0001F600 \U00020000 \U0010FFFF"),
            QString(QChar(0xd83d)),                                      // a high surrogate alone, at the end
            QString(QChar(0xde00)) + QStringLiteral("x"),                 // a low surrogate alone
            QString(QChar(0xde00)) + QChar(0xd83d) + QStringLiteral("y"), // a pair the wrong way round
            QString(QChar(0xd83d)) + QChar(0xd83d) + QChar(0xde00),       // two highs, then a low
            QStringLiteral("某某市某某局（办公室）“引号”\u3000全角"),
            QString(QChar(0x80)) + QChar(0xff) + QChar(0x100) + QChar(0x7ff) + QChar(0x800) + QChar(0xd7ff) + QChar(0xe000),
            QString(2000, QChar(0x4e00))};
    // And each character with an escape of its own alone in plain text (the writer decides per string).
    const char16_t singles[] = {0x00, 0x01, 0x08, 0x09, 0x0a, 0x0c, 0x0d, 0x1f, 0x22, 0x2f, 0x5c, 0x7f};
    for (char16_t c : singles)
        strings << QStringLiteral("a") + QChar(c) + QStringLiteral("b 某");
    return strings;
}

// A random report: every cell blank, not applicable or a number (extremes included), random texts
// (hostile ones among them) in every field, units chosen among the format's, date and settings or not.
Report randomReport(const QString &formatId, quint32 seed)
{
    QRandomGenerator random(seed);
    const QStringList hostile = hostileStrings();
    const auto text = [&]() -> QString {
        switch (random.bounded(4)) {
        case 0:
            return QString();
        case 1:
            return hostile.at(random.bounded(int(hostile.size())));
        case 2:
            return QStringLiteral("第%1段\n文字").arg(random.bounded(1000));
        default:
            return QStringLiteral("plain %1").arg(random.bounded(1000));
        }
    };
    Report report(FormatRegistry::builtin().format(formatId));
    report.setYear(int(random.bounded(1990, 2100)));
    if (random.bounded(2))
        report.setDate(QDate(2024, 1 + random.bounded(12), 1 + random.bounded(28)));
    report.setAgency({text(), text(), text(), text(), text(), text(), text(), text()});
    report.setAgencyKind(random.bounded(3) == 0 ? QString() : random.bounded(2) ? QStringLiteral("department") : text());
    report.setZerosBlank(random.bounded(2));
    const qint64 extremes[] = {0, 1, -1, std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min(),
                               9007199254740993LL, -9007199254740993LL, MaxAmount, -MaxAmount, 1, 42, 10000};
    for (int i = 0; i < report.format().cellCount(); ++i) {
        const CellDef &cell = report.format().cell(i);
        switch (random.bounded(5)) {
        case 0:
            break; // blank
        case 1:
            report.setStoredValue(i, CellValue::notApplicable());
            break;
        case 2:
            report.setStoredValue(i, CellValue::number(extremes[random.bounded(int(std::size(extremes)))]));
            break;
        default:
            report.setStoredValue(i, CellValue::number(qint64(random.generate64() % 100000000) - 1000));
            break;
        }
        if (!cell.units.isEmpty() && random.bounded(2))
            report.setUnit(i, cell.units.at(random.bounded(int(cell.units.size()))));
    }
    report.recomputeNumbers();
    const QStringList parts = {QStringLiteral("intro"), QStringLiteral("s1"), QStringLiteral("s5"), QStringLiteral("s6")};
    for (int n = random.bounded(6); n > 0; --n) {
        const QString part = random.bounded(4) == 0 ? hostile.at(random.bounded(int(hostile.size()))) : parts.at(random.bounded(int(parts.size())));
        report.setNarrative(part, text());
    }
    for (int n = random.bounded(3); n > 0; --n)
        report.setHeading(random.bounded(3) == 0 ? text() : parts.at(random.bounded(int(parts.size()))), text());
    return report;
}

} // namespace

Q_DECLARE_METATYPE(nb::Report)

// The JSON form of a report: lossless both ways, and every malformed input refused with where and why.
class TestReportJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTripFullReport_data();
    void roundTripFullReport();
    void roundTripReference();
    void writerGivesQJsonDocumentsBytes_data();
    void writerGivesQJsonDocumentsBytes();
    void digestIsSha256OfTheJson();
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

void TestReportJson::writerGivesQJsonDocumentsBytes_data()
{
    QTest::addColumn<Report>("report");
    for (const QString &path : {testpaths::shared("reference/huaian-2024-report.json"), testpaths::data("wenzhou-eeb-2019.json")}) {
        const ReportReadResult read = ReportJson::readFile(path);
        if (!read.report)
            qFatal("%s", qPrintable(read.error));
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << *read.report;
    }
    for (const QString &format : {QStringLiteral("2019"), QStringLiteral("2021")}) {
        QTest::newRow(qPrintable(QStringLiteral("full %1").arg(format))) << fullReport(format);
        QTest::newRow(qPrintable(QStringLiteral("blank %1").arg(format))) << reportFrom(format, 2024, QString());
        for (quint32 seed = 1; seed <= 150; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("random %1 #%2").arg(format).arg(seed))) << randomReport(format, seed);
    }
    // Each hostile string in every place a string goes: agency fields, kind, narratives (key and text),
    // headings.
    int n = 0;
    for (const QString &text : hostileStrings()) {
        Report report = reportFrom(QStringLiteral("2021"), 2024, QStringLiteral("3.new.natural=3"));
        report.setAgency({text, text, text, text, text, text, text, text});
        report.setAgencyKind(text);
        report.setNarrative(text, text);
        report.setNarrative(QStringLiteral("s1"), text);
        report.setHeading(text, text);
        QTest::newRow(qPrintable(QStringLiteral("hostile #%1").arg(++n))) << report;
    }
}

void TestReportJson::writerGivesQJsonDocumentsBytes()
{
    QFETCH(Report, report);
    const QByteArray expected = writtenThroughQJsonObject(report);
    const QByteArray written = ReportJson::write(report);
    if (written != expected) {
        qsizetype at = 0;
        while (at < written.size() && at < expected.size() && written.at(at) == expected.at(at))
            ++at;
        QFAIL(qPrintable(QStringLiteral("differs at byte %1: written …%2… expected …%3…")
                             .arg(at)
                             .arg(QString::fromLatin1(written.mid(std::max<qsizetype>(0, at - 40), 80).toPercentEncoding(" {}\":,")),
                                  QString::fromLatin1(expected.mid(std::max<qsizetype>(0, at - 40), 80).toPercentEncoding(" {}\":,")))));
    }
    QCOMPARE(reportDigest(report), QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex());
}

void TestReportJson::digestIsSha256OfTheJson()
{
    // The digest of the reference report as the program computed it before the streaming writer and
    // OpenSSL's SHA-256 (QJsonDocument + QCryptographicHash): sign-offs made then must still hold. Taken
    // with the binary of that time: `nianbao import` of the file, `nianbao export-json`, `sha256sum`.
    const ReportReadResult wenzhou = ReportJson::readFile(testpaths::data("wenzhou-eeb-2019.json"));
    QVERIFY2(wenzhou.report, qPrintable(wenzhou.error));
    QCOMPARE(reportDigest(*wenzhou.report), QByteArray("eb4a0b6add9ad30bde1d9e5085eac02b20bc4ee3364dc453ad008652e5ce8812"));
    const ReportReadResult huaian = ReportJson::readFile(testpaths::shared("reference/huaian-2024-report.json"));
    QVERIFY2(huaian.report, qPrintable(huaian.error));
    QCOMPARE(reportDigest(*huaian.report), QByteArray("eb744d0f4882751fdb90832cebb0f0e1d54001c51124568665817823a64de9b9"));
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
