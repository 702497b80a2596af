// The CSV codec: what Excel and WPS write and read.
#include "csv.h"

#include <QTest>

using namespace nb;

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void reads_data();
    void reads();
    void refusesAnUnclosedQuote();
    void formulasAreNeutralised_data();
    void formulasAreNeutralised();
};

void TestCsv::roundTrip()
{
    const QVector<QStringList> rows{{QStringLiteral("机关"), QStringLiteral("温州市生态环境局")},
                                    {},
                                    {QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines"), QString()},
                                    {QStringLiteral("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"), QStringLiteral("+1")}};
    const QByteArray bytes = writeCsv(rows);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\r\n"));
    QString error;
    QVector<QStringList> back = readCsv(bytes, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(back.size(), rows.size());
    QCOMPARE(back.at(0), rows.at(0));
    QVERIFY(back.at(1).isEmpty());
    QCOMPARE(back.at(2), rows.at(2));
    QCOMPARE(back.at(3), rows.at(3));
}

void TestCsv::reads_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("firstRow"); // fields joined by |
    QTest::addColumn<int>("rows");

    QTest::newRow("LF, no BOM") << QByteArray("a,b\nc,d\n") << QStringLiteral("a|b") << 2;
    QTest::newRow("no final line end") << QByteArray("a,b\r\nc,d") << QStringLiteral("a|b") << 2;
    QTest::newRow("empty last field") << QByteArray("a,\r\n") << QStringLiteral("a|") << 1;
    QTest::newRow("GB18030, as WPS saves on a Chinese system")
        << QByteArray("\xBB\xFA\xB9\xD8,\xC4\xB3\xBE\xD6\r\n") << QStringLiteral("机关|某局") << 1; // 机关,某局
    QTest::newRow("quoted comma and quote") << QByteArray("\"x,\"\"y\"\"\",z\r\n") << QStringLiteral("x,\"y\"|z") << 1;
}

void TestCsv::reads()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, firstRow);
    QFETCH(int, rows);
    QString error;
    const QVector<QStringList> read = readCsv(bytes, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(read.size(), rows);
    QCOMPARE(read.first().join(QLatin1Char('|')), firstRow);
}

void TestCsv::refusesAnUnclosedQuote()
{
    QString error;
    QVERIFY(readCsv("a,\"b\r\nc", &error).isEmpty());
    QVERIFY(error.contains(QStringLiteral("quoted")));
}

// Issue 15, item 5: a text a spreadsheet would run (OWASP's CSV injection) is written behind an
// apostrophe, and reads back exactly as it was.
void TestCsv::formulasAreNeutralised_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("written"); // the line as written, without BOM and CRLF

    QTest::newRow("DDE command") << QStringLiteral("=cmd|' /C calc'!A0") << QByteArray("'=cmd|' /C calc'!A0");
    QTest::newRow("plus") << QStringLiteral("+1+cmd|' /C calc'!A0") << QByteArray("'+1+cmd|' /C calc'!A0");
    QTest::newRow("minus") << QStringLiteral("-2+3+cmd|' /C calc'!A0") << QByteArray("'-2+3+cmd|' /C calc'!A0");
    QTest::newRow("at") << QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0") << QByteArray("'@SUM(1+1)*cmd|' /C calc'!A0");
    QTest::newRow("tab") << QStringLiteral("\t=1+1") << QByteArray("'\t=1+1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1+1") << QByteArray("\"'\r=1+1\"");
    QTest::newRow("formula in a quoted field") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                                               << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("a text that already starts with the apostrophe") << QStringLiteral("'=1") << QByteArray("''=1");
    QTest::newRow("negative number stays a number") << QStringLiteral("-3") << QByteArray("-3");
    QTest::newRow("signed decimal stays a number") << QStringLiteral("+12.5") << QByteArray("+12.5");
    QTest::newRow("apostrophe before a letter") << QStringLiteral("'abc") << QByteArray("'abc");
    QTest::newRow("equals later in the text") << QStringLiteral("a=b") << QByteArray("a=b");
}

void TestCsv::formulasAreNeutralised()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, written);
    const QByteArray bytes = writeCsv({{text, QStringLiteral("x")}});
    QCOMPARE(bytes, QByteArray("\xEF\xBB\xBF") + written + QByteArray(",x\r\n"));
    QString error;
    const QVector<QStringList> back = readCsv(bytes, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(back, (QVector<QStringList>{{text, QStringLiteral("x")}}));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
