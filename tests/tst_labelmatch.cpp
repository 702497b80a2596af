#include "labelmatch.h"

#include <QtTest>

using namespace nb;

// How printed labels are brought to the format's wording before matching (labelmatch.h).
class TestLabelMatch : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
    void match_data();
    void match();
};

void TestLabelMatch::normalize_data()
{
    QTest::addColumn<QString>("printed");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("spaces and full-width space") << "规 章\u3000" << "规章";
    QTest::newRow("、 numbering") << "1、属于国家秘密" << "1.属于国家秘密";
    QTest::newRow("full-width brackets") << "（一）予以公开" << "(一)予以公开";
    QTest::newRow("quotes of any kind") << "3.危及〔\"三安全一稳定\"〕" << "3.危及三安全一稳定";
    QTest::newRow("a year in a header") << "本年(2023)制发件数" << "本年制发件数";
    QTest::newRow("a year in full-width brackets") << "本年（2023）废止件数" << "本年废止件数";
    QTest::newRow("a year with 年") << "本年（2024年）处理决定数量" << "本年处理决定数量";
    QTest::newRow("traditional characters") << "第二十條 第(六)項" << "第二十条第(六)项";
    QTest::newRow("traditional, a row label") << "行政事業性收費" << "行政事业性收费";
    QTest::newRow("traditional, 三's result row") << "（三）不予公開" << "(三)不予公开";
    QTest::newRow("a bracketed number that is not a year stays") << "第二十条第(5)项" << "第二十条第(5)项";
}

void TestLabelMatch::normalize()
{
    QFETCH(QString, printed);
    QFETCH(QString, normalized);
    QCOMPARE(normalizeLabel(printed), normalized);
}

void TestLabelMatch::match_data()
{
    QTest::addColumn<QString>("printed");
    QTest::addColumn<int>("id");
    QTest::addColumn<bool>("exact");
    QTest::newRow("exact") << "本年制发件数" << 1 << true;
    QTest::newRow("with the year") << "本年(2023)制发件数" << 1 << true;
    QTest::newRow("one typo") << "本年制法件数" << 1 << false;
    QTest::newRow("short labels must be exact") << "规则" << -1 << false;
    QTest::newRow("a short label in traditional characters") << "規章" << 0 << true;
}

void TestLabelMatch::match()
{
    QFETCH(QString, printed);
    QFETCH(int, id);
    QFETCH(bool, exact);
    LabelMatcher matcher;
    matcher.add(QStringLiteral("规章"), 0);
    matcher.add(QStringLiteral("本年制发件数"), 1);
    matcher.add(QStringLiteral("本年废止件数"), 2);
    const LabelMatcher::Match found = matcher.match(normalizeLabel(printed));
    QCOMPARE(found.id, id);
    if (id >= 0)
        QCOMPARE(found.exact, exact);
}

QTEST_MAIN(TestLabelMatch)
#include "tst_labelmatch.moc"
