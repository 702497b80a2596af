#include "cellvalue.h"
#include "formatdefinition.h"
#include "valueparser.h"

#include <QtTest>

using namespace nb;

Q_DECLARE_METATYPE(nb::ValueKind)

// The one normalisation table: what a clerk (or a pasted report) types, and what becomes of it.
class TestValueParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void refusalSaysWhy_data();
    void refusalSaysWhy();
    void fold();
};

static CellDef cellOf(ValueKind kind, bool notApplicable, const QStringList &units = {})
{
    CellDef cell;
    cell.key = QStringLiteral("t.r.c");
    cell.kind = kind;
    cell.notApplicableAllowed = notApplicable;
    cell.units = units;
    return cell;
}

void TestValueParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ValueKind>("kind");
    QTest::addColumn<bool>("notApplicable");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("canonical"); // formatCellValue of the result; "" with ok = blank

    const ValueKind count = ValueKind::Count;
    const ValueKind change = ValueKind::Change;
    const ValueKind amount = ValueKind::Amount;
    QTest::newRow("plain") << "39" << count << false << true << "39";
    QTest::newRow("zero") << "0" << count << false << true << "0";
    QTest::newRow("leading zeros") << "007" << count << false << true << "7";
    QTest::newRow("empty is blank") << "" << count << false << true << "";
    QTest::newRow("spaces only is blank") << "   " << count << false << true << "";
    QTest::newRow("ideographic spaces (reference report)") << QStringLiteral("\u3000\u300039 ") << count << false << true << "39";
    QTest::newRow("no-break space") << QStringLiteral("\u00a012\u00a0") << count << false << true << "12";
    QTest::newRow("zero-width space") << QStringLiteral("4\u200b5") << count << false << true << "45";
    QTest::newRow("full-width digits") << QStringLiteral("１２３") << count << false << true << "123";
    QTest::newRow("full-width with ideographic space") << QStringLiteral("\u3000４５\u3000") << count << false << true << "45";
    QTest::newRow("thousands separator") << "1,234" << count << false << true << "1234";
    QTest::newRow("two thousands separators") << "1,234,567" << count << false << true << "1234567";
    QTest::newRow("full-width comma as separator") << QStringLiteral("１，２３４") << count << false << true << "1234";
    QTest::newRow("misplaced separator") << "12,34" << count << false << false << "";
    QTest::newRow("plus on a count") << "+5" << count << false << true << "5";
    QTest::newRow("maximum count") << "2147483647" << count << false << true << "2147483647";
    QTest::newRow("count above maximum") << "2147483648" << count << false << false << "";
    QTest::newRow("absurdly long number") << "99999999999999999999999999" << count << false << false << "";
    QTest::newRow("negative count") << "-1" << count << false << false << "";
    QTest::newRow("full-width negative count") << QStringLiteral("－３") << count << false << false << "";
    QTest::newRow("decimal in count") << "1.5" << count << false << false << "";
    QTest::newRow("trailing point in count") << "3." << count << false << false << "";
    QTest::newRow("letters") << "abc" << count << false << false << "";
    QTest::newRow("digit then letter") << "12a" << count << false << false << "";
    QTest::newRow("letter O for zero") << "1O" << count << false << false << "";
    QTest::newRow("Chinese numeral") << QStringLiteral("十二") << count << false << false << "";
    QTest::newRow("sign alone") << "+" << change << false << false << "";
    QTest::newRow("two signs") << "+-1" << change << false << false << "";
    QTest::newRow("inner space") << "1 2" << count << false << false << "";
    QTest::newRow("change plus one") << "+1" << change << false << true << "+1";
    QTest::newRow("change minus eight") << "-8" << change << false << true << "-8";
    QTest::newRow("change zero") << "0" << change << false << true << "0";
    QTest::newRow("change full-width plus") << QStringLiteral("＋１") << change << false << true << "+1";
    QTest::newRow("change minus sign U+2212") << QStringLiteral("\u22123") << change << false << true << "-3";
    QTest::newRow("change unsigned") << "4" << change << false << true << "+4";
    QTest::newRow("change below minimum") << "-2147483648" << change << false << false << "";
    QTest::newRow("slash not applicable") << "/" << count << true << true << "/";
    QTest::newRow("full-width slash") << QStringLiteral("／") << count << true << true << "/";
    QTest::newRow("dash not applicable") << "-" << count << true << true << "/";
    QTest::newRow("em dash not applicable") << QStringLiteral("—") << count << true << true << "/";
    QTest::newRow("double em dash not applicable") << QStringLiteral("——") << count << true << true << "/";
    QTest::newRow("slash where not allowed") << "/" << count << false << false << "";
    QTest::newRow("amount integer") << "251000" << amount << false << true << "251000";
    QTest::newRow("amount decimal") << "12.5" << amount << false << true << "12.5";
    QTest::newRow("amount four decimals") << "0.0042" << amount << false << true << "0.0042";
    QTest::newRow("amount five decimals") << "1.00001" << amount << false << false << "";
    QTest::newRow("amount full-width point") << QStringLiteral("３．２５") << amount << false << true << "3.25";
    QTest::newRow("amount with thousands") << "1,234.5" << amount << false << true << "1234.5";
    QTest::newRow("amount negative") << "-3" << amount << false << false << "";
    QTest::newRow("amount above 32 bits is fine") << "3000000000" << amount << false << true << "3000000000";
    QTest::newRow("amount maximum") << "999999999999.9999" << amount << false << true << "999999999999.9999";
    QTest::newRow("amount above maximum") << "1000000000000" << amount << false << false << "";
}

void TestValueParser::parse()
{
    QFETCH(QString, text);
    QFETCH(ValueKind, kind);
    QFETCH(bool, notApplicable);
    QFETCH(bool, ok);
    QFETCH(QString, canonical);

    const ParsedValue parsed = parseCellText(text, cellOf(kind, notApplicable));
    QCOMPARE(parsed.ok, ok);
    if (ok) {
        QVERIFY(parsed.error.isEmpty());
        QCOMPARE(formatCellValue(parsed.value, kind), canonical);
        // What is shown goes back in unchanged: the canonical text is a fixed point.
        const ParsedValue again = parseCellText(canonical, cellOf(kind, notApplicable));
        QVERIFY(again.ok);
        QCOMPARE(again.value, parsed.value);
    } else {
        QVERIFY2(!parsed.error.isEmpty(), "a refusal must say why");
        QVERIFY(parsed.value.isBlank()); // nothing half-read
    }
}

void TestValueParser::refusalSaysWhy_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ValueKind>("kind");
    QTest::addColumn<QString>("units");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expected"); // canonical value, or a word the refusal contains

    QTest::newRow("letter named") << "12a" << ValueKind::Count << "" << "" << false << "“a”";
    QTest::newRow("negative named") << "-1" << ValueKind::Count << "" << "" << false << "negative";
    QTest::newRow("decimal named") << "1.5" << ValueKind::Count << "" << "" << false << "whole number";
    QTest::newRow("maximum named") << "2147483648" << ValueKind::Count << "" << "" << false << "2147483647";
    QTest::newRow("not applicable named") << "/" << ValueKind::Count << "" << "" << false << "not applicable";
    QTest::newRow("unit 元 accepted") << QStringLiteral("251000元") << ValueKind::Amount << QStringLiteral("元,万元")
                                      << QStringLiteral("元") << true << "251000";
    QTest::newRow("unit 万元 accepted") << QStringLiteral("25.1万元") << ValueKind::Amount << QStringLiteral("元,万元")
                                        << QStringLiteral("万元") << true << "25.1";
    QTest::newRow("unit mismatch refused") << QStringLiteral("25.1万元") << ValueKind::Amount << QStringLiteral("元,万元")
                                           << QStringLiteral("元") << false << QStringLiteral("万元");
    QTest::newRow("元 where 万元 expected") << QStringLiteral("251000元") << ValueKind::Amount
                                             << QStringLiteral("元,万元") << QStringLiteral("万元") << false
                                             << QStringLiteral("元");
}

void TestValueParser::refusalSaysWhy()
{
    QFETCH(QString, text);
    QFETCH(ValueKind, kind);
    QFETCH(QString, units);
    QFETCH(QString, unit);
    QFETCH(bool, ok);
    QFETCH(QString, expected);

    const QStringList unitList = units.isEmpty() ? QStringList() : units.split(QLatin1Char(','));
    const ParsedValue parsed = parseCellText(text, cellOf(kind, false, unitList), unit);
    QCOMPARE(parsed.ok, ok);
    if (ok)
        QCOMPARE(formatCellValue(parsed.value, kind), expected);
    else
        QVERIFY2(parsed.error.contains(expected), qPrintable(parsed.error));
}

void TestValueParser::fold()
{
    QCOMPARE(foldNumberText(QStringLiteral("\u3000＋１２\u3000")), QStringLiteral("+12"));
    QCOMPARE(foldNumberText(QStringLiteral("\ufeff7")), QStringLiteral("7"));
}

QTEST_GUILESS_MAIN(TestValueParser)
#include "tst_valueparser.moc"
