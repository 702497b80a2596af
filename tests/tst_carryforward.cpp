// A new year's report begun from last year's: what carries, across both formats and the change between them.
#include "carryforward.h"
#include "reportbuilder.h"
#include "validator.h"

#include <QTest>

using namespace nb;

Q_DECLARE_METATYPE(nb::Report)

class TestCarryForward : public QObject
{
    Q_OBJECT

private slots:
    void carries_data();
    void carries();
    void copiesAgencyAndHeadings();
    void nothingCarriesAcrossAGap();
    void carriedReportMeetsTheCrossYearRules();
};

// What was carried, by key; *notInReport lists every carried value the new report does not hold.
static QMap<QString, qint64> carriedByKey(const NewYearReport &created, QStringList *notInReport)
{
    QMap<QString, qint64> map;
    for (const CarriedValue &carried : created.carried) {
        const QString key = created.report.format().cell(carried.cell).key;
        map.insert(key, carried.value);
        if (created.report.number(carried.cell) != carried.value)
            *notInReport << QStringLiteral("%1: carried %2, report holds %3").arg(key).arg(carried.value).arg(created.report.number(carried.cell));
    }
    return map;
}

void TestCarryForward::carries_data()
{
    QTest::addColumn<Report>("last");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("expected"); // key=value; every carried cell, nothing else

    QTest::newRow("2019→2020: 上年结转 per column, 上一年项目数量 + 本年增/减")
        << reportFrom(QStringLiteral("2019"), 2019,
                      QStringLiteral("3.carry_out.natural=4; 3.carry_out.business=2; 3.carry_out.other=1;"
                                     "2_5.licensing.prev_items=10; 2_5.licensing.change=-2; 2_6.penalty.prev_items=3;"
                                     "2_6.coercion.change=5; 2_8.fees.prev_items=7; 2_8.fees.change=0;"
                                     "2_1.normative.public_total=40; 3.other.natural=6"))
        << 2020
        << QStringLiteral("s3.carried_in.natural=4; s3.carried_in.business=2; s3.carried_in.other=1;"
                          "s2_5.licensing.prev_items=8; s2_6.penalty.prev_items=3; s2_6.coercion.prev_items=5;"
                          "s2_8.fees.prev_items=7");
    // The format changes: 四 carries to 二 (the same seven columns), and nothing else has a 2019
    // counterpart — the 2019 format has no 现行有效件数, and 三's （六）其他处理 never carries.
    QTest::newRow("2020→2021: across the format change")
        << reportFrom(QStringLiteral("2019"), 2020,
                      QStringLiteral("3.carry_out.natural=9; 3.carry_out.research=3;"
                                     "2_5.licensing.prev_items=10; 2_1.normative.public_total=40; 3.other.natural=6"))
        << 2021 << QStringLiteral("s3.carried_in.natural=9; s3.carried_in.research=3");
    QTest::newRow("2021→2022: 上年结转, 现行有效件数 before this year's 制发/废止")
        << reportFrom(QStringLiteral("2021"), 2021,
                      QStringLiteral("3.carry_out.legal=2; 2_1.normative.in_force=30; 2_1.normative.issued=4;"
                                     "2_1.regulations.in_force=/; 3.other_misc.natural=1"))
        << 2022 << QStringLiteral("s3.carried_in.legal=2; s2_1.normative.in_force=30");
    QTest::newRow("nothing to carry") << blankReport(QStringLiteral("2021"), 2023, QStringLiteral("某局")) << 2024 << QString();
}

void TestCarryForward::carries()
{
    QFETCH(Report, last);
    QFETCH(int, year);
    QFETCH(QString, expected);
    const auto format = FormatRegistry::builtin().formatForYear(year);
    const NewYearReport created = beginFromLastYear(last, year, format);
    QCOMPARE(created.report.year(), year);
    QCOMPARE(created.report.format().id(), format->id());

    QMap<QString, qint64> want;
    for (const QString &assignment : expected.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        want.insert(assignment.section(QLatin1Char('='), 0, 0).trimmed(), assignment.section(QLatin1Char('='), 1).toLongLong());
    QStringList notInReport;
    QCOMPARE(carriedByKey(created, &notInReport), want);
    QVERIFY2(notInReport.isEmpty(), qPrintable(notInReport.join(QLatin1Char('\n'))));
    // Nothing else was filled in.
    int filled = 0;
    for (int cell = 0; cell < format->cellCount(); ++cell)
        filled += created.report.value(cell).isBlank() ? 0 : 1;
    QCOMPARE(filled, int(want.size()));
}

void TestCarryForward::copiesAgencyAndHeadings()
{
    Report last = fullReport(QStringLiteral("2019")); // 2020, with a heading of its own for 五
    const NewYearReport created = beginFromLastYear(last, 2021, FormatRegistry::builtin().formatForYear(2021));
    QCOMPARE(created.report.agency(), last.agency());
    QCOMPARE(created.report.heading(QStringLiteral("s5")), QStringLiteral("五、下一步措施"));
    QCOMPARE(created.report.zerosBlank(), true);
    QVERIFY(created.report.narratives().isEmpty()); // this year's words are this year's
    QVERIFY(!created.report.date().isValid());
}

void TestCarryForward::nothingCarriesAcrossAGap()
{
    const Report last = reportFrom(QStringLiteral("2019"), 2018, QStringLiteral("3.carry_out.natural=4"));
    const NewYearReport created = beginFromLastYear(last, 2020, FormatRegistry::builtin().formatForYear(2020));
    QVERIFY(created.carried.isEmpty());
    QVERIFY(created.report.value(created.report.format().indexOf(QStringLiteral("s3.carried_in.natural"))).isBlank());
}

void TestCarryForward::carriedReportMeetsTheCrossYearRules()
{
    for (const QString &formatId : {QStringLiteral("2019"), QStringLiteral("2021")}) {
        Report last = fullReport(formatId);
        clearTotals(last);
        const int year = last.year() + 1;
        const NewYearReport created = beginFromLastYear(last, year, FormatRegistry::builtin().formatForYear(year));
        QVERIFY(!created.carried.isEmpty());
        const QVector<Finding> before = Validator::check(created.report, nullptr);
        QVector<Finding> crossYear;
        for (const Finding &finding : Validator::check(created.report, &last)) {
            if (!before.contains(finding))
                crossYear << finding;
        }
        // Only rules whose cell could not carry may still warn (a not-applicable or negative figure).
        for (const Finding &finding : crossYear) {
            QVERIFY2(finding.ruleId != QLatin1String("R6"), qPrintable(finding.message.zh));
            QVERIFY2(std::none_of(created.carried.begin(), created.carried.end(),
                                  [&](const CarriedValue &c) { return finding.cells.contains(c.cell); }),
                     qPrintable(finding.message.zh));
        }
    }
}

QTEST_GUILESS_MAIN(TestCarryForward)
#include "tst_carryforward.moc"
