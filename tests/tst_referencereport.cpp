#include "reportjson.h"
#include "testpaths.h"
#include "validator.h"

#include <QtTest>

using namespace nb;

// The published Wenzhou EEB 2019 report (../shared/reference), entered as tests/data/wenzhou-eeb-2019.json:
// it is consistent, and breaking any one of its section 三 figures is caught by the right rule.
// "R1:a R2:b" → {"R1:a", "R2:b"}: keeps the table rows short under QT_NO_CAST_FROM_ASCII.
static QStringList list(const char *words)
{
    return QString::fromUtf8(words).split(QLatin1Char(' '));
}

class TestReferenceReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hasNoFindings();
    void figuresAreThoseOfThePublishedText();
    void oneChangedFigure_data();
    void oneChangedFigure();
    void everySection3FigureIsGuarded();

private:
    std::optional<Report> m_report;
};

void TestReferenceReport::initTestCase()
{
    ReportReadResult read = ReportJson::readFile(testpaths::data("wenzhou-eeb-2019.json"));
    QVERIFY2(read.report, qPrintable(read.error));
    m_report = std::move(read.report);
}

void TestReferenceReport::hasNoFindings()
{
    const QVector<Finding> findings = Validator::check(*m_report);
    QStringList messages;
    for (const Finding &f : findings)
        messages << f.message.zh;
    QVERIFY2(findings.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
}

void TestReferenceReport::figuresAreThoseOfThePublishedText()
{
    // The narratives were taken from the published text: they must be found there verbatim.
    QFile text(testpaths::shared("reference/wenzhou-eeb-2019-report.txt"));
    QVERIFY2(text.open(QIODevice::ReadOnly), "../shared/reference is missing");
    const QString published = QString::fromUtf8(text.readAll());
    for (const QString &part : {QStringLiteral("intro"), QStringLiteral("s1")})
        QVERIFY2(published.contains(m_report->narrative(part)), qPrintable(part));
    QVERIFY(published.contains(m_report->heading(QStringLiteral("s5"))));
    const FormatDefinition &f = m_report->format();
    auto number = [&](const char *key) { return m_report->number(f.indexOf(QLatin1String(key))); };
    QCOMPARE(number("s3.new.total"), 45);
    QCOMPARE(number("s3.results_total.total"), 46);
    QCOMPARE(number("s3.unable_not_held.natural"), 24);
    QCOMPARE(number("s2_5.licensing.decisions"), 417);
    QCOMPARE(m_report->value(f.indexOf(QStringLiteral("s2_5.licensing.change"))), CellValue::number(1));
}

void TestReferenceReport::oneChangedFigure_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QStringList>("expected"); // "rule:first cell" of every error, in any order

    QTest::newRow("予以公开 自然人 15→14 (the issue's example)") << "s3.granted.natural" << qint64(14)
        << list("R1:s3.new.natural R2:s3.granted.total R3:s3.results_total.natural");
    QTest::newRow("新收 自然人 39→40") << "s3.new.natural" << qint64(40) << list("R1:s3.new.natural R2:s3.new.total");
    QTest::newRow("上年结转 总计 1→2") << "s3.carried_in.total" << qint64(2) << list("R1:s3.new.total R2:s3.carried_in.total");
    QTest::newRow("无法提供 其他 1→2") << "s3.unable_not_held.other" << qint64(2)
        << list("R1:s3.new.other R2:s3.unable_not_held.total R3:s3.results_total.other");
    QTest::newRow("（七）总计 自然人 40→41") << "s3.results_total.natural" << qint64(41)
        << list("R2:s3.results_total.total R3:s3.results_total.natural");
    QTest::newRow("予以公开 总计 18→19") << "s3.granted.total" << qint64(19)
        << list("R1:s3.new.total R2:s3.granted.total R3:s3.results_total.total");
    // Blank rows have computed totals: the break shows in the columns and in the grand totals.
    QTest::newRow("结转下年度 商业企业 blank→1") << "s3.carry_out.business" << qint64(1) << list("R1:s3.new.business R1:s3.new.total");
    QTest::newRow("部分公开 法律服务机构 blank→1") << "s3.partial.legal" << qint64(1)
        << list("R1:s3.new.legal R1:s3.new.total R2:s3.results_total.total R3:s3.results_total.total");
    QTest::newRow("其他处理 自然人 blank→1") << "s3.other.natural" << qint64(1)
        << list("R1:s3.new.natural R1:s3.new.total R3:s3.results_total.natural R3:s3.results_total.total");
}

void TestReferenceReport::oneChangedFigure()
{
    QFETCH(QString, cell);
    QFETCH(qint64, value);
    QFETCH(QStringList, expected);
    Report report = *m_report;
    report.setValue(report.format().indexOf(cell), CellValue::number(value));
    QStringList errors;
    for (const Finding &f : Validator::check(report)) {
        QCOMPARE(f.severity, Severity::Error);
        errors << f.ruleId + QLatin1Char(':') + report.format().cell(f.cells.first()).key;
    }
    errors.sort();
    expected.sort();
    QCOMPARE(errors, expected);
}

void TestReferenceReport::everySection3FigureIsGuarded()
{
    // Whatever figure of section 三 is off by one, an R1/R2/R3 error names that cell, and putting it
    // back clears every finding.
    const FormatDefinition &f = m_report->format();
    const TableDef *s3 = f.table(QStringLiteral("s3"));
    int checked = 0;
    for (int row = 0; row < s3->leafRows.size(); ++row) {
        for (int column = 0; column < s3->leafColumns.size(); ++column) {
            const int cell = s3->cellIndex(row, column);
            Report report = *m_report;
            report.setValue(cell, CellValue::number(report.number(cell) + 1));
            const QVector<Finding> findings = Validator::check(report);
            bool named = false;
            for (const Finding &finding : findings) {
                QVERIFY(QStringList({QStringLiteral("R1"), QStringLiteral("R2"), QStringLiteral("R3")}).contains(finding.ruleId));
                named = named || finding.cells.contains(cell);
            }
            QVERIFY2(named, qPrintable(f.cell(cell).key));
            report.setValue(cell, m_report->value(cell));
            QVERIFY(Validator::check(report).isEmpty());
            ++checked;
        }
    }
    QCOMPARE(checked, 161);
}

QTEST_GUILESS_MAIN(TestReferenceReport)
#include "tst_referencereport.moc"
