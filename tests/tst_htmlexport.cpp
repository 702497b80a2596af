#include "consolidation.h"
#include "consolidationexport.h"
#include "htmlexport.h"
#include "publisheddocument.h"
#include "reportbuilder.h"
#include "reportexport.h"
#include "reportjson.h"
#include "tablelayout.h"
#include "testpaths.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace nb;

// The published report as a web page: HTML5 a CMS takes and a screen reader navigates (lang, headings,
// captions, header cells with their scope, the official merged cells), readable on a phone, every
// text escaped, valid as the HTML validator (tidy) sees it; a consolidation goes through the same writer.
class TestHtmlExport : public QObject
{
    Q_OBJECT

private slots:
    void isAnHtml5Page();
    void tablesAreSemantic_data();
    void tablesAreSemantic();
    void everyTextIsEscaped();
    void validatesWithTidy_data();
    void validatesWithTidy();
    void draftSaysSo();
    void consolidationUsesTheSameWriter();

private:
    QTemporaryDir m_dir;
};

static QString htmlOf(const Report &report, const PublishOptions &options = {})
{
    return QString::fromUtf8(publishedHtml(report, options));
}

void TestHtmlExport::isAnHtml5Page()
{
    const ReportReadResult read = ReportJson::readFile(testpaths::data("wenzhou-eeb-2019.json"));
    QVERIFY(read.report);
    const QString html = htmlOf(*read.report);
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\">")));
    QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    QVERIFY(html.contains(QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")));
    QVERIFY(html.contains(QStringLiteral("<title>温州市生态环境局2019年政府信息公开工作年度报告</title>")));
    // Qt's rich-text dump is gone: its doctype, its meta, inline styles and a desktop font's name.
    for (const char *gone : {"qrichtext", "HTML 4", "style=\"", "font-family", "<span", "<font", "<!DOCTYPE HTML PUBLIC"})
        QVERIFY2(!html.contains(QLatin1String(gone)), gone);
    QCOMPARE(int(html.count(QStringLiteral("<style>"))), 1);
    QVERIFY(!html.contains(QStringLiteral("src=")) && !html.contains(QStringLiteral("<link"))); // self-contained
    // One heading for the title, one per section, in order.
    QCOMPARE(int(html.count(QStringLiteral("<h1>"))), 1);
    QCOMPARE(int(html.count(QStringLiteral("<h2 "))), 6);
    const qsizetype two = html.indexOf(QStringLiteral(">二、主动公开政府信息情况</h2>"));
    QVERIFY(two > 0 && two < html.indexOf(QStringLiteral(">三、收到和处理政府信息公开申请情况</h2>")));
    // The narrative's paragraphs, and the end: the agency and its date.
    QVERIFY(html.contains(QStringLiteral("<p>") + read.report->narrative(QStringLiteral("s1")).section(QLatin1Char('\n'), 0, 0).toHtmlEscaped() + QStringLiteral("</p>")));
    QVERIFY(html.contains(QStringLiteral("<p class=\"end\">温州市生态环境局</p>\n<p class=\"end\">2020年1月16日</p>")));
    // Each section a landmark named by its heading; a wide table scrolls sideways in a box a keyboard reaches.
    QVERIFY(html.contains(QStringLiteral("<section aria-labelledby=\"section-s3\">\n<h2 id=\"section-s3\">三、")));
    QCOMPARE(int(html.count(QStringLiteral("<div class=\"scroll\" tabindex=\"0\">\n<table"))), 3);
    QVERIFY(html.contains(QStringLiteral(".scroll{overflow-x:auto")));
}

void TestHtmlExport::tablesAreSemantic_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("parts");
    QTest::newRow("2019") << "2019" << 5;
    QTest::newRow("2021") << "2021" << 4;
}

void TestHtmlExport::tablesAreSemantic()
{
    QFETCH(QString, format);
    QFETCH(int, parts);
    const Report report = fullReport(format);
    const QString html = htmlOf(report);
    // 二 (one table of its parts), 三, 四: each with a caption naming it.
    QCOMPARE(int(html.count(QStringLiteral("<table"))), 3);
    QVERIFY(html.contains(QStringLiteral("<caption class=\"vh\">二、主动公开政府信息情况</caption>")));
    QVERIFY(html.contains(QStringLiteral("<caption class=\"vh\">三、收到和处理政府信息公开申请情况</caption>")));
    QVERIFY(html.contains(QStringLiteral("<caption class=\"vh\">四、政府信息公开行政复议、行政诉讼情况</caption>")));

    auto tableAfter = [&](const QString &caption) {
        const qsizetype start = html.indexOf(QStringLiteral("<caption class=\"vh\">") + caption);
        return html.mid(start, html.indexOf(QStringLiteral("</table>"), start) - start);
    };
    // 二: one row group per part, each headed by its caption row for the screen reader.
    const QString two = tableAfter(QStringLiteral("二、"));
    QCOMPARE(int(two.count(QStringLiteral("<tbody>"))), parts);
    QCOMPARE(int(two.count(QStringLiteral("<th scope=\"rowgroup\" colspan=\"4\">第二十条第（"))), parts);
    QVERIFY(two.contains(QStringLiteral("<tr><th scope=\"col\">信息内容</th>")));
    QVERIFY(!two.contains(QStringLiteral("<thead>")));

    // 三: the header rows in <thead> with their merged cells, each row's label a row header.
    const QString three = tableAfter(QStringLiteral("三、"));
    const TableLayout layout(*report.format().table(QStringLiteral("s3")));
    const QString head = three.section(QStringLiteral("</thead>"), 0, 0);
    QCOMPARE(int(head.count(QStringLiteral("<tr>"))), layout.firstValueRow());
    QVERIFY(head.contains(QStringLiteral("<th scope=\"col\" colspan=\"7\">申请人情况</th>")));
    QVERIFY(head.contains(QStringLiteral("<th scope=\"col\" colspan=\"5\">法人或其他组织</th>")));
    QVERIFY(head.contains(QStringLiteral("<th scope=\"col\" rowspan=\"2\">自然人</th>")));
    QVERIFY(head.contains(QStringLiteral("勾稽关系"))); // the corner note, in a plain cell
    QVERIFY(three.contains(QStringLiteral("<th scope=\"row\" colspan=\"3\">一、本年新收政府信息公开申请数量</th>")));
    QVERIFY(three.contains(QRegularExpression(QStringLiteral("<th scope=\"row\" rowspan=\"\\d+\">三、本年度办理结果</th>"))));
    const QString body = three.section(QStringLiteral("</thead>"), 1);
    QCOMPARE(int(body.count(QStringLiteral("<td"))), 7 * int(report.format().table(QStringLiteral("s3"))->leafRows.size()));
    QVERIFY(!body.contains(QStringLiteral("<th scope=\"col\"")));

    // 四: narrow columns keep their words whole, breaking only between them.
    QVERIFY(html.contains(QStringLiteral("table.wide thead th{word-break:keep-all}")));
    QCOMPARE(int(tableAfter(QStringLiteral("四、")).count(QStringLiteral(">结果<wbr>维持</th>"))), 3);
    QCOMPARE(int(tableAfter(QStringLiteral("四、")).count(QStringLiteral(">尚未<wbr>审结</th>"))), 3);
    QVERIFY(tableAfter(QStringLiteral("四、")).startsWith(QStringLiteral("<caption")));
    QVERIFY(html.contains(QStringLiteral("<table class=\"wide\">\n<caption class=\"vh\">四、")));
}

void TestHtmlExport::everyTextIsEscaped()
{
    Report report = fullReport(QStringLiteral("2021"));
    report.setAgency({QStringLiteral("<script>alert(\"局\")</script>&局"), QStringLiteral("<b>办公室</b>"), {}, {}, {}, {}, {}, {}});
    report.setNarrative(QStringLiteral("s1"), QStringLiteral("一段 <i>斜体</i> & “引号”\n<img src=x onerror=alert(1)>"));
    report.setHeading(QStringLiteral("s5"), QStringLiteral("五、<u>下一步</u>"));
    const QString html = htmlOf(report);
    for (const char *raw : {"<script", "<b>", "<i>", "<img", "<u>"})
        QVERIFY2(!html.contains(QLatin1String(raw)), raw);
    QVERIFY(html.contains(QStringLiteral("<title>&lt;script&gt;alert(&quot;局&quot;)&lt;/script&gt;&amp;局2023年政府信息公开工作年度报告</title>")));
    QVERIFY(html.contains(QStringLiteral("<meta name=\"author\" content=\"&lt;script&gt;alert(&quot;局&quot;)&lt;/script&gt;&amp;局\">")));
    QVERIFY(html.contains(QStringLiteral("<p>一段 &lt;i&gt;斜体&lt;/i&gt; &amp; “引号”</p>\n<p>&lt;img src=x onerror=alert(1)&gt;</p>")));
    QVERIFY(html.contains(QStringLiteral(">五、&lt;u&gt;下一步&lt;/u&gt;</h2>")));
    QVERIFY(html.contains(QStringLiteral("<caption class=\"vh\">五、&lt;u&gt;下一步&lt;/u&gt;</caption>")) == false); // 五 has no table
}

void TestHtmlExport::validatesWithTidy_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("2019") << "2019";
    QTest::newRow("2021") << "2021";
}

// tidy (Debian's HTML5 validator and cleaner) reads the page without an error or a warning.
void TestHtmlExport::validatesWithTidy()
{
    QFETCH(QString, format);
    const QString tidy = QStandardPaths::findExecutable(QStringLiteral("tidy"));
    QVERIFY2(!tidy.isEmpty(), "tidy not found: .ci/install-deps brings it");
    const QString path = m_dir.filePath(format + QStringLiteral(".html"));
    QString error;
    QVERIFY2(exportReport(fullReport(format), ExportFormat::Html, path, {}, &error), qPrintable(error));
    QProcess process;
    process.start(tidy, {QStringLiteral("-q"), QStringLiteral("-e"), QStringLiteral("-utf8"), QStringLiteral("--show-warnings"),
                         QStringLiteral("yes"), QStringLiteral("--show-info"), QStringLiteral("no"), path});
    QVERIFY(process.waitForFinished(30000));
    const QString messages = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitCode() == 0 && messages.trimmed().isEmpty(), qPrintable(messages));
}

void TestHtmlExport::draftSaysSo()
{
    const Report report = fullReport(QStringLiteral("2021"));
    PublishOptions draft;
    QVERIFY(htmlOf(report, draft).contains(QStringLiteral("<p class=\"draft\" role=\"note\">草稿：本报告尚未签发。</p>")));
    PublishOptions signedOff;
    signedOff.draft = false;
    signedOff.signedBy = QStringLiteral("李主任");
    signedOff.signedAt = QDateTime(QDate(2024, 2, 1), QTime(9, 0));
    const QString html = htmlOf(report, signedOff);
    QVERIFY(!html.contains(QStringLiteral("草稿")));
    QVERIFY(html.contains(QStringLiteral("<p class=\"end\">2024年1月31日</p>\n<p class=\"end\">签发人：李主任　签发日期：2024年2月1日</p>")));
}

void TestHtmlExport::consolidationUsesTheSameWriter()
{
    Report first = reportFrom(QStringLiteral("2021"), 2024, QStringLiteral("3.new.natural=2; 3.granted.natural=2"));
    first.setAgency({QStringLiteral("甲局"), {}, {}, {}, {}, {}, {}, {}});
    Report second = reportFrom(QStringLiteral("2021"), 2024, QStringLiteral("3.new.natural=3; 3.granted.natural=3"));
    second.setAgency({QStringLiteral("乙局"), {}, {}, {}, {}, {}, {}, {}});
    QString error;
    const auto summed = Consolidation::of({{1, first, QStringLiteral("signed"), 0, 0}, {2, second, QStringLiteral("signed"), 0, 0}},
                                          QStringLiteral("某市<汇总>"), &error);
    QVERIFY2(summed, qPrintable(error));
    const QString path = m_dir.filePath(QStringLiteral("consolidation.html"));
    QVERIFY2(exportConsolidationFile(*summed, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QCOMPARE(html, htmlOf(summed->total(), PublishOptions::of(summed->total())));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<title>某市&lt;汇总&gt;2024年政府信息公开工作年度报告</title>")));
    QVERIFY(html.contains(QStringLiteral("<th scope=\"row\" colspan=\"3\">一、本年新收政府信息公开申请数量</th><td>5</td>")));
}

QTEST_MAIN(TestHtmlExport)
#include "tst_htmlexport.moc"
