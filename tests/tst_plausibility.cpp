#include "publishedreader.h"
#include "publishedsource.h"
#include "reportbuilder.h"
#include "testpaths.h"
#include "validator.h"

#include <QtTest>

using namespace nb;

// The reviewer's checks beyond arithmetic (R12–R17, README “Plausibility checks”): each row gives a
// report (and last year's), the rule and its whole expected message (empty: the rule must not fire).
// Cell keys are written without their leading "s", as in tst_rules.
class TestPlausibility : public QObject
{
    Q_OBJECT

private slots:
    void figures_data();
    void figures();
    void narratives_data();
    void narratives();
    void timeliness_data();
    void timeliness();
    void blankOnlyAtSubmission();
    void similarityIsLinearish();
    void otherTemplateIsNamed_data();
    void otherTemplateIsNamed();
    void thresholdsAreData_data();
    void thresholdsAreData();
};

namespace {

QStringList messagesOf(const QVector<Finding> &findings, const QString &ruleId, Language language = Language::Chinese)
{
    QStringList messages;
    for (const Finding &finding : findings) {
        if (finding.ruleId == ruleId) {
            messages << finding.message.in(language);
            if (finding.severity != Severity::Warning)
                messages << QStringLiteral("(not a warning)");
        }
    }
    return messages;
}

// A narrative of n characters with no repeated 3-character piece in a row, for length tests.
QString words(int n)
{
    static const QString text = QStringLiteral("本机关认真贯彻落实政府信息公开条例持续推进决策执行管理服务结果公开加强政策解读回应社会关切完善工作制度提升公开质量");
    QString out;
    while (out.size() < n)
        out += text;
    return out.left(n);
}

} // namespace

void TestPlausibility::figures_data()
{
    QTest::addColumn<QString>("cells");
    QTest::addColumn<QString>("previous");
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<QString>("message");

    // R12: a figure over 5× or under 1/5 of last year's, when the larger is at least 10; 0 after ≥ 10.
    QTest::newRow("R12 steady") << "3.new.natural=40" << "3.new.natural=30" << "R12" << "";
    QTest::newRow("R12 up six times") << "3.new.natural=60" << "3.new.natural=10" << "R12"
                                      << "三 · 一、本年新收政府信息公开申请数量 · 自然人：本年 60，上一年度 10，为上年的 6.0 倍（超过 5 倍），请核实或说明原因";
    QTest::newRow("R12 exactly five times") << "3.new.natural=50" << "3.new.natural=10" << "R12" << "";
    QTest::newRow("R12 down to a tenth") << "3.new.natural=3" << "3.new.natural=30" << "R12"
                                         << "三 · 一、本年新收政府信息公开申请数量 · 自然人：本年 3，上一年度 30，降至上年的 10.0 分之一（不足 1/5），请核实或说明原因";
    QTest::newRow("R12 below the floor") << "3.new.natural=9" << "3.new.natural=1" << "R12" << "";
    QTest::newRow("R12 zero after many") << "3.new.natural=0" << "3.new.natural=12" << "R12"
                                         << "三 · 一、本年新收政府信息公开申请数量 · 自然人：本年为 0，而上一年度为 12，请核实是否漏填";
    QTest::newRow("R12 zero after few") << "3.new.natural=0" << "3.new.natural=9" << "R12" << "";
    QTest::newRow("R12 blank is not zero") << "" << "3.new.natural=12" << "R12" << "";
    QTest::newRow("R12 not applicable") << "2_1.regulations.issued=/" << "2_1.regulations.issued=40" << "R12" << "";
    QTest::newRow("R12 carried over is R6's") << "3.carried_in.natural=32" << "3.carried_in.natural=3" << "R12" << "";
    QTest::newRow("R12 from nothing") << "3.new.natural=100" << "3.new.natural=0" << "R12" << "";
    // R13: a whole table the same as last year, with at least 3 figures not 0.
    QTest::newRow("R13 section 4 copied")
        << "4.cases.review_upheld=1; 4.cases.review_corrected=2; 4.cases.review_other=3; 4.cases.review_total=6"
        << "4.cases.review_upheld=1; 4.cases.review_corrected=2; 4.cases.review_other=3; 4.cases.review_total=6" << "R13"
        << "四、政府信息公开行政复议、行政诉讼情况：全部 12 个数字与上一年度报告完全相同（其中 3 个不为 0），是否沿用了上年的表格？";
    QTest::newRow("R13 one figure differs")
        << "4.cases.review_upheld=1; 4.cases.review_corrected=2; 4.cases.review_other=3"
        << "4.cases.review_upheld=1; 4.cases.review_corrected=2; 4.cases.review_other=4" << "R13" << "";
    QTest::newRow("R13 mostly zero") << "4.cases.review_upheld=1; 4.cases.review_corrected=2"
                                     << "4.cases.review_upheld=1; 4.cases.review_corrected=2" << "R13" << "";
}

void TestPlausibility::figures()
{
    QFETCH(QString, cells);
    QFETCH(QString, previous);
    QFETCH(QString, ruleId);
    QFETCH(QString, message);

    const Report report = reportFrom(QStringLiteral("2021"), 2023, cells);
    const Report last = reportFrom(QStringLiteral("2021"), 2022, previous);
    const QStringList messages = messagesOf(Validator::check(report, &last), ruleId);
    if (message.isEmpty()) {
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
        return;
    }
    QCOMPARE(messages, QStringList{message});
    // Without last year's report the cross-year checks are skipped.
    QVERIFY(messagesOf(Validator::check(report), ruleId).isEmpty());
}

void TestPlausibility::narratives_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("previousText"); // "none": no report of last year
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<QString>("message");

    const QString none = QStringLiteral("none");
    const QString lastYear = QStringLiteral("2022年，本局认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息312条，"
                                            "受理政府信息公开申请15件，均在法定期限内答复。全年未发生行政复议和行政诉讼案件。");
    QString thisYear = lastYear;
    thisYear.replace(QStringLiteral("2022"), QStringLiteral("2023")).replace(QStringLiteral("312"), QStringLiteral("298")).replace(QStringLiteral("15件"), QStringLiteral("21件"));
    // R15 (at submission): 一, 五 and 六 not empty — each its own minimum (50, 20, 1 characters, whitespace not counted).
    QTest::newRow("R15 一 empty") << "s1" << "" << none << "R15" << "一、总体情况只有 0 个字，至少应有 50 个字：这一部分不能空着";
    QTest::newRow("R15 一 short") << "s1" << "本年度无。" << none << "R15" << "一、总体情况只有 5 个字，至少应有 50 个字：这一部分不能空着";
    QTest::newRow("R15 一 long enough") << "s1" << words(50) << none << "R15" << "";
    QTest::newRow("R15 spaces are not text") << "s1" << QString(words(49) + QStringLiteral(" \u3000\n")) << none << "R15" << "一、总体情况只有 49 个字";
    QTest::newRow("R15 六 one word") << "s6" << "无。" << none << "R15" << "";
    QTest::newRow("R15 六 empty") << "s6" << "\n" << none << "R15" << "六、其他需要报告的事项只有 0 个字，至少应有 1 个字：这一部分不能空着";
    QTest::newRow("R15 五 empty") << "s5" << "" << none << "R15" << "五、存在的主要问题及改进情况只有 0 个字，至少应有 20 个字：这一部分不能空着";
    // R14: 内容雷同 — 85% or more of 3-character pieces shared with last year, figures read as “#”.
    QTest::newRow("R14 copied with new figures") << "s1" << thisYear << lastYear << "R14"
                                                 << "一、总体情况与上一年度报告的文字相似度为 100%（85% 以上视为内容雷同），请按本年度情况撰写";
    QTest::newRow("R14 rewritten") << "s1" << words(120) << lastYear << "R14" << "";
    QString oneWord = thisYear;
    oneWord.replace(QStringLiteral("认真贯彻"), QStringLiteral("全面贯彻"));
    QTest::newRow("R14 a word changed") << "s1" << oneWord << lastYear << "R14" << "一、总体情况与上一年度报告的文字相似度为 89%（85% 以上视为内容雷同），请按本年度情况撰写";
    // A third of the text new is no longer a copy.
    QTest::newRow("R14 a sentence added") << "s1" << QString(thisYear + QStringLiteral("本年度新建政务公开专区两个，完善依申请公开登记、审核、办理、答复全流程。"))
                                          << lastYear << "R14" << "";
    QTest::newRow("R14 short texts not compared") << "s6" << "无其他需要报告的事项。" << "无其他需要报告的事项。" << "R14" << "";
    QTest::newRow("R14 without last year") << "s1" << thisYear << none << "R14" << "";
    QTest::newRow("R14 the introduction") << "intro" << thisYear << lastYear << "R14" << "开头段落与上一年度报告的文字相似度为 100%";
}

void TestPlausibility::narratives()
{
    QFETCH(QString, part);
    QFETCH(QString, text);
    QFETCH(QString, previousText);
    QFETCH(QString, ruleId);
    QFETCH(QString, message);

    Report report = reportFrom(QStringLiteral("2021"), 2023, QString());
    report.setNarrative(part, text);
    std::optional<Report> last;
    if (previousText != QLatin1String("none")) {
        last = reportFrom(QStringLiteral("2021"), 2022, QString());
        last->setNarrative(part, previousText);
    }
    // R15 is a submission check: an empty 一 is how every draft starts.
    Validator validator(report, last ? &*last : nullptr);
    validator.setSubmission(true);
    validator.validateAll();
    QStringList messages;
    for (const Finding &finding : validator.findings()) {
        if (finding.ruleId == ruleId && finding.message.zh.startsWith(report.format().section(part) ? report.format().section(part)->heading.zh : QStringLiteral("开头段落"))) {
            messages << finding.message.zh;
            QCOMPARE(finding.severity, Severity::Warning);
            QVERIFY(!finding.message.en.isEmpty());
        }
    }
    if (message.isEmpty()) {
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
        return;
    }
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().startsWith(message), qPrintable(messages.first()));
}

void TestPlausibility::timeliness_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("kind");   // the agency's kind; "" not said (taken as a department)
    QTest::addColumn<QString>("dated");  // 落款 date, "" none
    QTest::addColumn<QString>("signedOn"); // sign-off date, "" not signed
    QTest::addColumn<QString>("message"); // every R17 message, joined by " | "

    // R17 (条例 第四十九条): a department by 1月31日, a government's own report by 3月31日 of the next year.
    QTest::newRow("department on time") << 2023 << "department" << "2024-01-31" << "2024-01-30" << "";
    QTest::newRow("department dated late") << 2023 << "department" << "2024-02-03" << "2024-01-30"
                                           << "落款日期 2024-02-03 晚于法定期限 2024-01-31（条例第四十九条，县级以上人民政府部门），晚 3 天";
    QTest::newRow("department signed late, back-dated") << 2023 << "department" << "2024-01-31" << "2024-02-10"
                                           << "签发日期 2024-02-10 晚于法定期限 2024-01-31（条例第四十九条，县级以上人民政府部门），晚 10 天 | "
                                              "落款日期 2024-01-31 早于签发日期 2024-02-10（早 10 天）：报告不应倒签日期";
    QTest::newRow("government in March") << 2023 << "government" << "2024-03-28" << "2024-03-25" << "";
    QTest::newRow("government in April") << 2023 << "government" << "2024-04-01" << "2024-03-25"
                                         << "落款日期 2024-04-01 晚于法定期限 2024-03-31（条例第四十九条，人民政府），晚 1 天";
    QTest::newRow("kind not said is a department") << 2023 << "" << "2024-03-01" << ""
                                                   << "落款日期 2024-03-01 晚于法定期限 2024-01-31（条例第四十九条，县级以上人民政府部门），晚 30 天";
    QTest::newRow("not signed, not dated") << 2023 << "department" << "" << "" << "";
    QTest::newRow("dated the day it is signed") << 2023 << "department" << "2024-01-20" << "2024-01-20" << "";
    QTest::newRow("leap year's February") << 2027 << "department" << "2028-02-29" << "" << "落款日期 2028-02-29 晚于法定期限 2028-01-31（条例第四十九条，县级以上人民政府部门），晚 29 天";
}

void TestPlausibility::timeliness()
{
    QFETCH(int, year);
    QFETCH(QString, kind);
    QFETCH(QString, dated);
    QFETCH(QString, signedOn);
    QFETCH(QString, message);

    Report report = reportFrom(QStringLiteral("2021"), year, QString());
    report.setAgencyKind(kind);
    report.setDate(QDate::fromString(dated, Qt::ISODate));
    Validator validator(report);
    validator.setSignOffDate(QDate::fromString(signedOn, Qt::ISODate));
    validator.validateAll();
    QCOMPARE(messagesOf(validator.findings(), QStringLiteral("R17")).join(QStringLiteral(" | ")), message);
    for (const Finding &finding : validator.findings()) {
        if (finding.ruleId == QLatin1String("R17"))
            QVERIFY(finding.message.en.contains(QStringLiteral("Regulations art. 49")) || finding.message.en.contains(QStringLiteral("back-dated")));
    }
}

// R16: blank cells — blank, 0 and “/” are three answers; blank is named only when the clerk submits.
void TestPlausibility::blankOnlyAtSubmission()
{
    Report report = reportFrom(QStringLiteral("2021"), 2023, QStringLiteral("4.cases.review_upheld=0; 4.cases.review_corrected=/"));
    Validator typing(report);
    typing.validateAll();
    QVERIFY(messagesOf(typing.findings(), QStringLiteral("R16")).isEmpty());

    Validator submitting(report);
    submitting.setSubmission(true);
    submitting.validateAll();
    const QStringList messages = messagesOf(submitting.findings(), QStringLiteral("R16"));
    const QStringList four = messages.filter(QStringLiteral("四、"));
    QCOMPARE(four.size(), 1);
    // 12 input cells (the 总计 columns compute themselves), 0 and “/” are answers: 10 blank.
    QCOMPARE(four.first(), QStringLiteral("四、政府信息公开行政复议、行政诉讼情况：有 10 个空白格（第一个是 四 · 行政复议 其他结果）。"
                                          "空白表示未填写：没有的填 0，不适用的填 /"));

    // Every cell of a table filled (0 counts as filled) and the table is not named.
    const FormatDefinition &format = report.format();
    for (int cell = 0; cell < format.cellCount(); ++cell) {
        if (format.cell(cell).table->id == QLatin1String("s4") && report.value(cell).isBlank() && !format.cell(cell).isComputed())
            report.setValue(cell, CellValue::number(0));
    }
    submitting.validateAll();
    for (const QString &message : messagesOf(submitting.findings(), QStringLiteral("R16")))
        QVERIFY2(!message.startsWith(QStringLiteral("四、")), qPrintable(message));
}

// The similarity measure stays cheap on long texts: twenty times the text, about twenty times the time
// (a quadratic measure would take four hundred times), checked on the count of pieces rather than the clock.
void TestPlausibility::similarityIsLinearish()
{
    const QString text = words(400);
    QCOMPARE(Validator::similarity(text, text, 3), 100);
    QCOMPARE(Validator::similarity(QStringLiteral("甲乙丙丁"), QStringLiteral("戊己庚辛"), 3), 0);
    // Figures do not make a copy different.
    QCOMPARE(Validator::similarity(QStringLiteral("主动公开政府信息312条"), QStringLiteral("主动公开政府信息4,298条"), 3), 100);
    // Half of the pieces shared: {ABC, BCD} and {BCD, CDE} share 1 of 3.
    QCOMPARE(Validator::similarity(QStringLiteral("ABCD"), QStringLiteral("BCDE"), 3), 33);
    QElapsedTimer timer;
    timer.start();
    const QString longText = words(200000);
    QCOMPARE(Validator::similarity(longText, longText, 3), 100);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

// The right template (R10): a published report read with the labels of the 2019 format but titled as a
// later year is read as the 2019 format (the labels decide), and the check then says the year and the
// format disagree.
void TestPlausibility::otherTemplateIsNamed_data()
{
    QTest::addColumn<QString>("year"); // the year the title is changed to
    QTest::addColumn<QString>("message"); // R10's message, "" none

    QTest::newRow("2019 report, 2019 template") << "2019" << "";
    QTest::newRow("2020 report, 2019 template") << "2020" << "";
    QTest::newRow("2022 report, 2019 template")
        << "2022" << "报告年度为 2022 年，2019 年格式只适用于 2019、2020 年度报告，2022 年度应使用 2021 年格式";
}

void TestPlausibility::otherTemplateIsNamed()
{
    QFETCH(QString, year);
    QFETCH(QString, message);

    QFile file(testpaths::shared("reference/wenzhou-eeb-2019-report.txt"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QString text = QString::fromUtf8(file.readAll());
    text.replace(QStringLiteral("温州市生态环境局2019年"), QStringLiteral("温州市生态环境局%1年").arg(year));
    const PublishedImport read = readPublishedReport(sourceFromText(text));
    QVERIFY2(read.report, qPrintable(read.error));
    QCOMPARE(read.report->format().id(), QStringLiteral("2019"));
    QVERIFY2(read.formatReason.contains(QStringLiteral("label")), qPrintable(read.formatReason));
    QCOMPARE(read.report->year(), year.toInt());
    QCOMPARE(messagesOf(Validator::check(*read.report), QStringLiteral("R10")).join(QLatin1Char('|')), message);
}

// The thresholds come from the format file: a format whose R12 says 3× flags what 5× lets through,
// and bad data is refused with a message that names the rule.
void TestPlausibility::thresholdsAreData_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("error"); // "" : compiles

    QTest::newRow("ratio 3") << R"({"id":"R12","severity":"warning","kind":"yearOverYear","tables":["s3"],"ratio":3,"floor":10,"zeroFloor":10,"messages":{"up":{"zh":"{v}/{prev}","en":"{v}/{prev}"}}})" << "";
    QTest::newRow("ratio missing") << R"({"id":"R12","severity":"warning","kind":"yearOverYear","tables":["s3"],"floor":10,"zeroFloor":10})" << "rule R12 needs a non-negative number “ratio”";
    QTest::newRow("ratio 1") << R"({"id":"R12","severity":"warning","kind":"yearOverYear","tables":["s3"],"ratio":1,"floor":10,"zeroFloor":10})" << "rule R12: a ratio under 2 would flag ordinary years";
    QTest::newRow("unknown table") << R"({"id":"R13","severity":"warning","kind":"tableUnchanged","tables":["s9"],"minimum":3})" << "rule R13 names an unknown table s9";
    QTest::newRow("table section as part") << R"({"id":"R15","severity":"warning","kind":"minimumLength","minimums":{"s3":5}})" << "rule R15 names s3, which is not a narrative part";
    QTest::newRow("threshold over 100") << R"({"id":"R14","severity":"warning","kind":"similarity","parts":["s1"],"shingle":3,"threshold":120,"minimum":5})" << "rule R14: threshold is a percentage (1–100) and shingle at least 1";
    QTest::newRow("deadline not a date") << R"({"id":"R17","severity":"warning","kind":"deadline","defaultKind":"department","deadlines":{"department":{"date":"02-30"}}})" << "rule R17: the deadline of department is not MM-DD: “02-30”";
    QTest::newRow("unknown kind") << R"({"id":"R18","severity":"warning","kind":"guess"})" << "rule R18 has an unknown kind “guess”";
}

void TestPlausibility::thresholdsAreData()
{
    QFETCH(QString, rule);
    QFETCH(QString, error);

    QFile file(QStringLiteral(":/formats/format-2021.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject format = QJsonDocument::fromJson(file.readAll()).object();
    format.insert(QStringLiteral("rules"), QJsonArray{QJsonDocument::fromJson(rule.toUtf8()).object()});
    QString problem;
    const auto definition = FormatDefinition::fromJson(QJsonDocument(format).toJson(), &problem);
    QCOMPARE(problem, error);
    if (!error.isEmpty()) {
        QVERIFY(!definition);
        return;
    }
    QVERIFY(definition);
    Report report(definition);
    report.setYear(2023);
    Report last(definition);
    last.setYear(2022);
    const int cell = definition->indexOf(QStringLiteral("s3.new.natural"));
    report.setValue(cell, CellValue::number(40));
    last.setValue(cell, CellValue::number(10));
    // 4× is under the built-in 5× but over this file's 3×.
    QCOMPARE(messagesOf(Validator::check(report, &last), QStringLiteral("R12")), QStringList{QStringLiteral("40/10")});
}

QTEST_GUILESS_MAIN(TestPlausibility)
#include "tst_plausibility.moc"
