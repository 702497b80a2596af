#include "publishedreader.h"
#include "testpaths.h"
#include "valueparser.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace nb;

// Real published reports (web-page text and HTML of several agencies, 2019 and 2021 formats, as found
// on the web; tests/data/published/real/README.md says where each came from), read against the figures
// read from each by hand (tests/data/published/real/NAME.expected.json, never made by the reader). The
// texts themselves are other parties' and stay out of the repository (issue 21): they are looked for in
// real-reports/ beside ../shared, or in $NIANBAO_REAL_REPORTS, and the test is skipped without them. every cell the
// text prints is read as printed, a cell printed blank stays blank, no cell is filled that the text
// does not print (the rows listed “unreadable” there: cut short by the excerpt, or blank cells whose
// columns cannot be told).
namespace {

QString textsDir()
{
    const QString set = qEnvironmentVariable("NIANBAO_REAL_REPORTS");
    return set.isEmpty() ? testpaths::shared("../real-reports") : set;
}

} // namespace

class TestRealReports : public QObject
{
    Q_OBJECT

private slots:
    void report_data();
    void report();
};

void TestRealReports::report_data()
{
    QTest::addColumn<QString>("name");
    const QDir dir(testpaths::data("published/real"));
    const QStringList expected = dir.entryList({QStringLiteral("*.expected.json")}, QDir::Files, QDir::Name);
    QVERIFY(expected.size() >= 10);
    for (const QString &file : expected) {
        const QString name = file.chopped(int(qstrlen(".expected.json")));
        QTest::newRow(qPrintable(name)) << name;
    }
}

void TestRealReports::report()
{
    QFETCH(QString, name);
    const QDir dir(testpaths::data("published/real"));
    const QDir texts(textsDir());
    const QStringList sources = texts.entryList({name + QStringLiteral(".txt"), name + QStringLiteral(".html")}, QDir::Files);
    if (sources.isEmpty())
        QSKIP(qPrintable(QStringLiteral("the text of %1 is not in %2 (other parties' text is not kept in the repository)")
                             .arg(name, texts.absolutePath())));
    QCOMPARE(sources.size(), 1);
    QFile file(dir.filePath(name + QStringLiteral(".expected.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();

    const PublishedImport read = importPublishedFile(texts.filePath(sources.first()));
    QVERIFY2(read.report, qPrintable(read.error));
    const Report &report = *read.report;
    QCOMPARE(report.format().id(), expected.value(QLatin1String("format")).toString());

    QStringList wrong;
    const QJsonObject cells = expected.value(QLatin1String("cells")).toObject();
    for (auto it = cells.begin(); it != cells.end(); ++it) {
        const int index = report.format().indexOf(it.key());
        QVERIFY2(index >= 0, qPrintable(it.key()));
        const CellValue value = report.value(index);
        if (it.value().isNull()) {
            if (!value.isBlank())
                wrong << QStringLiteral("%1: read “%2”, printed blank").arg(it.key(), report.displayText(index));
            continue;
        }
        const QString printed = it.value().toString();
        const CellDef &cell = report.format().cell(index);
        QString unit;
        for (const QString &candidate : cell.units) {
            if (printed.endsWith(candidate) && candidate.size() > unit.size())
                unit = candidate;
        }
        const ParsedValue parsed = parseCellText(printed, cell, unit.isEmpty() && !cell.units.isEmpty() ? cell.units.first() : unit);
        QVERIFY2(parsed.ok, qPrintable(it.key() + QLatin1Char(' ') + parsed.error));
        if (!(value == parsed.value) || (!unit.isEmpty() && report.unit(index) != unit))
            wrong << QStringLiteral("%1: read “%2” %3, printed “%4”").arg(it.key(), report.displayText(index), report.unit(index), printed);
    }
    for (int i = 0; i < report.format().cellCount(); ++i) {
        if (!report.value(i).isBlank() && !cells.contains(report.format().cell(i).key))
            wrong << QStringLiteral("%1: read “%2”, which the text does not print").arg(report.format().cell(i).key, report.displayText(i));
    }
    qInfo("%s: %lld of %lld cells right", qPrintable(name), qlonglong(cells.size() - wrong.size()), qlonglong(cells.size()));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestRealReports)
#include "tst_realreports.moc"
