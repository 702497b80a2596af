#include "reportbuilder.h"
#include "validator.h"

#include <QtTest>

using namespace nb;

// Every rule of FORMAT.md (R1–R11) against rows that pass and rows that fail. Cell keys are written
// without their leading "s" ("3.new.natural" is s3.new.natural) to keep the table readable.
class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void rule_data();
    void rule();
    void narrativeFigure_data();
    void narrativeFigure();
};

void TestRules::rule_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("cells");
    QTest::addColumn<QString>("previous"); // "none": no previous report given
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<QString>("message"); // empty: the rule must not fire; else a part of its message

    const QString none = QStringLiteral("none");
    // R1: 一 + 二 = results + 四, per column, error.
    QTest::newRow("R1 balanced") << "2021" << 2021 << "3.new.natural=5; 3.carried_in.natural=1; 3.granted.natural=4; 3.carry_out.natural=2" << none << "R1" << "";
    QTest::newRow("R1 one missing") << "2021" << 2021 << "3.new.natural=3; 3.granted.natural=2" << none << "R1"
                                    << "三、自然人列：新收 3 + 上年结转 0 = 3，而办理结果总计 2 + 结转下年度 0 = 2，相差 1";
    QTest::newRow("R1 sub-item counts") << "2021" << 2021 << "3.new.legal=2; 3.refused_secret.legal=1; 3.other_misc.legal=1" << none << "R1" << "";
    QTest::newRow("R1 total column") << "2021" << 2021 << "3.new.total=5; 3.granted.natural=4; 3.new.natural=4" << none << "R1"
                                     << "三、总计列：新收 5 + 上年结转 0 = 5，而办理结果总计 4";
    QTest::newRow("R1 2019 其他处理 row") << "2019" << 2019 << "3.new.business=1; 3.other.business=1" << none << "R1" << "";
    // R2: row total = the six applicant columns, error. A total left blank is computed and always holds.
    QTest::newRow("R2 computed") << "2021" << 2021 << "3.granted.natural=2; 3.granted.business=1" << none << "R2" << "";
    QTest::newRow("R2 declared right") << "2021" << 2021 << "3.granted.natural=2; 3.granted.business=1; 3.granted.total=3" << none << "R2" << "";
    QTest::newRow("R2 declared wrong") << "2021" << 2021 << "3.granted.natural=2; 3.granted.business=1; 3.granted.total=4" << none << "R2"
                                       << "三、（一）予以公开：总计 4，而自然人与法人或其他组织各列之和为 3，相差 1";
    QTest::newRow("R2 no org subtotal") << "2021" << 2021 << "3.new.business=1; 3.new.research=1; 3.new.nonprofit=1; 3.new.legal=1; 3.new.other=1; 3.new.total=5" << none << "R2" << "";
    // R3: （七）总计 = the result rows, error.
    QTest::newRow("R3 declared right") << "2021" << 2021 << "3.granted.natural=4; 3.other_misc.natural=1; 3.results_total.natural=5" << none << "R3" << "";
    QTest::newRow("R3 declared wrong") << "2021" << 2021 << "3.granted.natural=4; 3.results_total.natural=5" << none << "R3"
                                       << "三、自然人列：（七）总计 5，而（一）至（六）各项办理结果之和为 4，相差 1";
    QTest::newRow("R3 group labels have no cells") << "2019" << 2019 << "3.unable_unclear.research=2; 3.np_confirm.research=1; 3.results_total.research=3" << none << "R3" << "";
    // R4: each 总计 of section 四, error.
    QTest::newRow("R4 right") << "2021" << 2021 << "4.cases.review_upheld=1; 4.cases.review_corrected=1; 4.cases.review_pending=1; 4.cases.review_total=3" << none << "R4" << "";
    QTest::newRow("R4 wrong") << "2021" << 2021 << "4.cases.review_upheld=1; 4.cases.review_corrected=1; 4.cases.review_total=3" << none << "R4"
                              << "四、行政复议：总计 3，而结果维持 1 + 结果纠正 1 + 其他结果 0 + 尚未审结 0 = 2，相差 1";
    // Every one of the four results counts, in both formats (尚未审结 too).
    QTest::newRow("R4 pending counts") << "2021" << 2021 << "4.cases.review_pending=2; 4.cases.review_total=2" << none << "R4" << "";
    QTest::newRow("R4 2019 pending counts") << "2019" << 2019 << "4.cases.direct_pending=1; 4.cases.direct_other=1; 4.cases.direct_total=2" << none << "R4" << "";
    QTest::newRow("R4 2019 pending missing") << "2019" << 2019 << "4.cases.after_review_pending=1; 4.cases.after_review_total=2" << none << "R4"
                                             << "结果维持 0 + 结果纠正 0 + 其他结果 0 + 尚未审结 1 = 1，相差 1";
    QTest::newRow("R4 litigation after review") << "2019" << 2019 << "4.cases.after_review_other=2; 4.cases.after_review_total=1" << none << "R4"
                                                << "四、复议后起诉：总计 1";
    // R5: counts >= 0, changes signed, not applicable only where allowed, error.
    QTest::newRow("R5 negative count") << "2021" << 2021 << "3.new.natural=-1" << none << "R5" << "不能为负数，现为 -1";
    QTest::newRow("R5 negative change") << "2019" << 2019 << "2_5.licensing.change=-8" << none << "R5" << "";
    QTest::newRow("R5 negative amount") << "2021" << 2021 << "2_8.fees.amount=-2" << none << "R5" << "不能为负数";
    QTest::newRow("R5 count too large") << "2021" << 2021 << "3.new.natural=3000000000" << none << "R5" << "超出上限 2147483647";
    QTest::newRow("R5 not applicable allowed") << "2021" << 2021 << "2_1.regulations.issued=/" << none << "R5" << "";
    QTest::newRow("R5 not applicable refused") << "2021" << 2021 << "3.new.natural=/" << none << "R5" << "不能填“不适用”";
    // R6: 二、上年结转 = last year's 四、结转下年度, warning, only with last year's report.
    QTest::newRow("R6 matches") << "2021" << 2022 << "3.carried_in.natural=2; 3.new.natural=0" << "3.carry_out.natural=2" << "R6" << "";
    QTest::newRow("R6 differs") << "2021" << 2022 << "3.carried_in.natural=1" << "3.carry_out.natural=2" << "R6"
                                << "三、自然人列：上年结转 1，而上一年度报告的结转下年度继续办理为 2，相差 1";
    QTest::newRow("R6 skipped without last year") << "2021" << 2022 << "3.carried_in.natural=1" << none << "R6" << "";
    // R7 (2019): 上一年项目数量 = last year's 上一年项目数量 + 本年增/减, warning.
    QTest::newRow("R7 matches") << "2019" << 2020 << "2_5.licensing.prev_items=34" << "2_5.licensing.prev_items=33; 2_5.licensing.change=1" << "R7" << "";
    QTest::newRow("R7 differs") << "2019" << 2020 << "2_5.licensing.prev_items=33" << "2_5.licensing.prev_items=33; 2_5.licensing.change=1" << "R7"
                                << "二、行政许可：上一年项目数量 33，而上一年度报告的上一年项目数量 33 + 本年增/减 1 = 34，相差 1";
    QTest::newRow("R7 decrease") << "2019" << 2020 << "2_6.penalty.prev_items=158" << "2_6.penalty.prev_items=166; 2_6.penalty.change=-8" << "R7" << "";
    // R8 (2019): 本年新公开数量 <= 对外公开总数量, warning.
    QTest::newRow("R8 within") << "2019" << 2019 << "2_1.normative.published=2; 2_1.normative.public_total=10" << none << "R8" << "";
    QTest::newRow("R8 equal is within") << "2019" << 2019 << "2_1.normative.published=2; 2_1.normative.public_total=2" << none << "R8" << "";
    QTest::newRow("R8 exceeds") << "2019" << 2019 << "2_1.normative.published=3; 2_1.normative.public_total=2" << none << "R8"
                                << "本年新公开数量 3 大于对外公开总数量 2";
    // R9 (2021): 现行有效件数 = last year's + 制发 − 废止, warning.
    QTest::newRow("R9 matches") << "2021" << 2022 << "2_1.normative.issued=2; 2_1.normative.repealed=1; 2_1.normative.in_force=11" << "2_1.normative.in_force=10" << "R9" << "";
    QTest::newRow("R9 differs") << "2021" << 2022 << "2_1.normative.issued=2; 2_1.normative.in_force=11" << "2_1.normative.in_force=10" << "R9"
                                << "现行有效件数 11，而上一年度现行有效 10 + 本年制发 2 − 本年废止 0 = 12，相差 1";
    QTest::newRow("R9 not applicable skips") << "2021" << 2022 << "2_1.regulations.in_force=/" << "2_1.regulations.in_force=3" << "R9" << "";
    // Last year's "/" means no figure to carry: the rule is skipped, not compared with 0.
    QTest::newRow("R9 last year not applicable skips") << "2021" << 2022 << "2_1.regulations.in_force=3" << "2_1.regulations.in_force=/" << "R9" << "";
    QTest::newRow("R9 across formats skips") << "2021" << 2021 << "2_1.normative.in_force=4" << "format2019" << "R9" << "";
    // R10: the format follows the year, warning.
    QTest::newRow("R10 2019 format in 2020") << "2019" << 2020 << "" << none << "R10" << "";
    QTest::newRow("R10 2019 format in 2021") << "2019" << 2021 << "" << none << "R10" << "报告年度为 2021 年";
    QTest::newRow("R10 2021 format in 2021") << "2021" << 2021 << "" << none << "R10" << "";
    QTest::newRow("R10 2021 format in 2020") << "2021" << 2020 << "" << none << "R10" << "2021 年格式适用于 2021 年及以后";
}

void TestRules::rule()
{
    QFETCH(QString, format);
    QFETCH(int, year);
    QFETCH(QString, cells);
    QFETCH(QString, previous);
    QFETCH(QString, ruleId);
    QFETCH(QString, message);

    const Report report = reportFrom(format, year, cells);
    std::optional<Report> last;
    if (previous == QLatin1String("format2019"))
        last = reportFrom(QStringLiteral("2019"), year - 1, QString());
    else if (previous != QLatin1String("none"))
        last = reportFrom(format, year - 1, previous);

    QStringList messages;
    Severity severity = Severity::Error;
    for (const Finding &finding : Validator::check(report, last ? &*last : nullptr)) {
        if (finding.ruleId == ruleId) {
            messages << finding.message.zh;
            severity = finding.severity;
            // R10 is about the report's year, not a cell; every other finding points at cells.
            QCOMPARE(finding.cells.isEmpty(), ruleId == QLatin1String("R10"));
            QVERIFY(!finding.message.en.isEmpty());
        }
    }
    if (message.isEmpty()) {
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
        return;
    }
    QVERIFY2(!messages.isEmpty(), "the rule did not fire");
    QVERIFY2(messages.filter(message).size() == 1, qPrintable(messages.join(QLatin1Char('\n'))));
    const bool warning = ruleId == QLatin1String("R6") || ruleId == QLatin1String("R7") || ruleId == QLatin1String("R8")
                         || ruleId == QLatin1String("R9") || ruleId == QLatin1String("R10");
    QCOMPARE(severity, warning ? Severity::Warning : Severity::Error);
}

void TestRules::narrativeFigure_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("cells");
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message"); // empty: R11 must not fire; else a part of its message

    const QString newAndCarried = QStringLiteral("3.new.natural=45; 3.carried_in.natural=1; 3.granted.natural=46");
    // R11: a figure the narrative quotes must be one the tables give, warning.
    QTest::newRow("new requests") << "2019" << newAndCarried << "s1" << "本年度受理政府信息公开申请45件。" << "";
    QTest::newRow("new plus carried over") << "2019" << newAndCarried << "s1" << "共收到信息公开申请46件，均已办结。" << "";
    QTest::newRow("the reference's wording") << "2019" << newAndCarried << "s1" << "主动公开政府信息2119条，受理并办理依申请公开46件。" << "";
    QTest::newRow("contradicts") << "2019" << newAndCarried << "s1" << "全年共受理政府信息公开申请859件。" << "“受理政府信息公开申请859件”，而表中本年新收、新收加上年结转或办理结果总计为 45 / 46";
    QTest::newRow("full-width digits agree") << "2019" << newAndCarried << "s1" << "收到信息公开申请４５件" << "";
    QTest::newRow("full-width digits contradict") << "2019" << newAndCarried << "s1" << "收到信息公开申请８５９件" << "８５９件";
    QTest::newRow("in the introduction") << "2021" << "3.new.natural=3" << "intro" << "本年收到政府信息公开申请4件。" << "开头段落中写有";
    QTest::newRow("other figures are not read") << "2021" << "" << "s1" << "主动公开政府信息2119条，网上咨询30条。" << "";
    QTest::newRow("section 五 is not read") << "2021" << "" << "s5" << "争取受理政府信息公开申请100件。" << "";
    QTest::newRow("reconsideration agrees") << "2021" << "4.cases.review_upheld=2" << "s1" << "发生行政复议案件2件。" << "";
    QTest::newRow("reconsideration contradicts") << "2021" << "" << "s1" << "发生行政复议2件。" << "行政复议总计为 0";
    QTest::newRow("litigation over both columns") << "2019" << "4.cases.direct_upheld=1; 4.cases.after_review_pending=2" << "s1" << "行政诉讼案件3起。" << "";
    QTest::newRow("litigation contradicts") << "2019" << "4.cases.direct_upheld=1" << "s1" << "行政诉讼案件3起。" << "行政诉讼总计为 1";
}

void TestRules::narrativeFigure()
{
    QFETCH(QString, format);
    QFETCH(QString, cells);
    QFETCH(QString, part);
    QFETCH(QString, text);
    QFETCH(QString, message);

    Report report = reportFrom(format, format.toInt(), cells);
    report.setNarrative(part, text);
    QStringList messages;
    for (const Finding &finding : Validator::check(report)) {
        if (finding.ruleId != QLatin1String("R11"))
            continue;
        messages << finding.message.zh;
        QCOMPARE(finding.severity, Severity::Warning);
        QVERIFY(!finding.cells.isEmpty()); // marked at the table's cell the narrative contradicts
        QVERIFY(finding.message.en.contains(QStringLiteral("but the tables give")));
    }
    if (message.isEmpty()) {
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
        return;
    }
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().contains(message), qPrintable(messages.first()));
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
