// The web page reader: one pass over the markup, spans kept as the reader wants them, and no
// markup — however deeply nested — costing more than its length.
#include "htmlsource.h"

#include <QtTest>

#include <ctime>

using namespace nb;

class TestHtmlSource : public QObject
{
    Q_OBJECT

private slots:
    void lines_data();
    void lines();
    void deepNestingIsLinear_data();
    void deepNestingIsLinear();
};

static QString linesOf(const QString &html)
{
    QStringList out;
    for (const SourceLine &line : linesOfHtml(html))
        out << (line.separator ? QStringLiteral("<sep>") : QStringLiteral("[%1]").arg(line.text));
    return out.join(QLatin1Char(' '));
}

void TestHtmlSource::lines_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("lines");
    QTest::newRow("paragraphs, br, empty p, entities")
        << "<html><head><title>不读</title><style>p{x:y}</style><script>var a='<p>';</script></head><body>"
           "<h1>某局2021年<br>政府信息公开工作年度报告</h1><p></p><p>A&amp;B&nbsp;&#20013;&#x6587; &ldquo;引&rdquo;</p>"
           "<!-- <p>注释</p> --><div><div><p>  深  处 </p></div></div></body></html>"
        << "[某局2021年] [政府信息公开工作年度报告] <sep> [A&B\u00A0中文 “引”] [深 处]";
    QTest::newRow("rowspan and colspan read once, where they start")
        << "<table><tr><th colspan=2>信息内容</th><th>本年</th></tr>"
           "<tr><td rowspan=2>组</td><td>甲</td><td></td></tr><tr><td>乙<br>丙</td><td>0</td></tr></table>"
        << "[信息内容] [本年] [组] [甲] [] [乙丙] [0]";
    QTest::newRow("cells and rows left open")
        << "<table><tr><td>规章<td>1<tr><td>规范性文件<td>2</table><p>后</p>"
        << "[规章] [1] [规范性文件] [2] [后]";
    QTest::newRow("layout table around the report")
        << "<table><tr><td>首页 &gt; 年报</td></tr><tr><td><p>一、总体情况</p><table><tr><td>规章</td><td>3</td></tr></table>"
           "<p>表后段落</p></td></tr></table>"
        << "[首页 > 年报] [一、总体情况] [规章] [3] [表后段落]";
    QTest::newRow("pre-wrap paragraphs keep tabs")
        << "<style>h1{a:b}\np{white-space:pre-wrap}</style><p>反斜杠\t制表符</p><div>a \t b</div>"
        << "[反斜杠\t制表符] [a b]";
}

void TestHtmlSource::lines()
{
    QFETCH(QString, html);
    QFETCH(QString, lines);
    QCOMPARE(linesOf(html), lines);
}

void TestHtmlSource::deepNestingIsLinear_data()
{
    QTest::addColumn<QString>("open");
    QTest::addColumn<QString>("close");
    QTest::newRow("30 000 nested div") << "<div>" << "</div>";
    QTest::newRow("30 000 nested tables") << "<table><tr><td>" << "</td></tr></table>";
    QTest::newRow("30 000 nested tables, a paragraph after each") << "<table><tr><td>" << "</td></tr></table><p>后</p>";
    QTest::newRow("30 000 unclosed p and td") << "<p><table><tr><td>" << "";
}

// 30 000 nested elements took QTextDocument::setHtml seconds; one pass takes milliseconds. Bounded by
// the processor time this process spends, not by the wall clock of a shared machine.
void TestHtmlSource::deepNestingIsLinear()
{
    QFETCH(QString, open);
    QFETCH(QString, close);
    const QString html = open.repeated(30000) + QStringLiteral("规章 3") + close.repeated(30000);
    const std::clock_t start = std::clock();
    const QVector<SourceLine> lines = linesOfHtml(html);
    const double seconds = double(std::clock() - start) / CLOCKS_PER_SEC;
    QVERIFY2(seconds < 0.5, qPrintable(QString::number(seconds)));
    bool found = false;
    for (const SourceLine &line : lines)
        found = found || line.text == QStringLiteral("规章 3");
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestHtmlSource)
#include "tst_htmlsource.moc"
