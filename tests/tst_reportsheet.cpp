// A report's tables as a spreadsheet, written as CSV or XLSX and read back from CSV.
#include "consolidation.h"
#include "csv.h"
#include "reportbuilder.h"
#include "reportjson.h"
#include "reportsheet.h"
#include "tableexchange.h"
#include "testpaths.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;

class TestReportSheet : public QObject
{
    Q_OBJECT

private slots:
    void csvRoundTrip_data();
    void csvRoundTrip();
    void officialLabelsInTheSheet();
    void readsWhatAPersonTyped();
    void listsEveryCellItCouldNotRead();
    void refusesASheetWithoutItsOwner();
    void writesXlsx();
    void consolidationExport();

private:
    QTemporaryDir m_dir;
};

// Cells, units, agency name and year: what the tables carry (narratives are not in a sheet).
static void compareTables(const Report &read, const Report &written)
{
    QCOMPARE(read.format().id(), written.format().id());
    QCOMPARE(read.agency().name, written.agency().name);
    QCOMPARE(read.year(), written.year());
    for (int cell = 0; cell < written.format().cellCount(); ++cell) {
        QVERIFY2(read.value(cell) == written.value(cell) || written.format().cell(cell).isComputed(),
                 qPrintable(written.format().cell(cell).key + QStringLiteral(": ") + read.displayText(cell) + QStringLiteral(" ≠ ") + written.displayText(cell)));
        QCOMPARE(read.number(cell), written.number(cell));
        QCOMPARE(read.unit(cell), written.unit(cell));
    }
}

// The sheet as text, and where a cell of the report sits in it.
struct Texts
{
    QVector<QStringList> rows;
    QHash<int, std::pair<int, int>> positions;
};

static Texts textsOf(const Report &report)
{
    Texts texts;
    for (const SheetRow &row : reportSheet(report)) {
        QStringList line;
        for (const SheetCell &cell : row) {
            if (cell.cell >= 0)
                texts.positions.insert(cell.cell, {int(texts.rows.size()), int(line.size())});
            line << cell.text;
        }
        texts.rows << line;
    }
    return texts;
}

void TestReportSheet::csvRoundTrip_data()
{
    QTest::addColumn<QString>("source"); // a format id for fullReport, or "reference"
    QTest::newRow("every cell, 2019 format") << QStringLiteral("2019");
    QTest::newRow("every cell, 2021 format") << QStringLiteral("2021");
    QTest::newRow("the reference report") << QStringLiteral("reference");
}

void TestReportSheet::csvRoundTrip()
{
    QFETCH(QString, source);
    Report report = source == QLatin1String("reference") ? *ReportJson::readFile(testpaths::data("wenzhou-eeb-2019.json")).report
                                                          : fullReport(source);
    const QString path = m_dir.filePath(source + QStringLiteral(".csv"));
    QString error;
    QVERIFY2(exportTables(report, path, &error), qPrintable(error));
    const SheetImport read = importTablesFile(path);
    QVERIFY2(read.report, qPrintable(read.error));
    QVERIFY2(read.notes.isEmpty(), qPrintable(read.notes.join(QLatin1Char('\n'))));
    compareTables(*read.report, report);
}

void TestReportSheet::officialLabelsInTheSheet()
{
    Report report = fullReport(QStringLiteral("2019"));
    QStringList texts;
    for (const SheetRow &row : reportSheet(report)) {
        for (const SheetCell &cell : row)
            texts << cell.text;
    }
    for (const QString &label : {QStringLiteral("第二十条第（一）项"), QStringLiteral("三、收到和处理政府信息公开申请情况"),
                                 QStringLiteral("一、本年新收政府信息公开申请数量"), QStringLiteral("法人或其他组织"), QStringLiteral("商业企业"),
                                 QStringLiteral("采购总金额（万元）"), QStringLiteral("未经复议直接起诉")})
        QVERIFY2(texts.contains(label), qPrintable(label));
}

// Rows moved, full-width digits, a thousands separator, a typed total that agrees, empty trailing fields.
void TestReportSheet::readsWhatAPersonTyped()
{
    const Report blank = blankReport(QStringLiteral("2021"), 2022, QStringLiteral("某县财政局"));
    const FormatDefinition &format = blank.format();
    Texts sheet = textsOf(blank);
    const auto set = [&](const char *key, const QString &text) {
        const auto [line, column] = sheet.positions.value(format.indexOf(QLatin1String(key)));
        sheet.rows[line][column] = text;
        return line;
    };
    const int newLine = set("s3.new.natural", QStringLiteral("１２"));
    set("s2_1.normative.issued", QStringLiteral("1,234"));
    set("s2_1.normative.in_force", QStringLiteral(" 5 "));
    set("s3.new.total", QStringLiteral("12")); // a typed total that agrees
    for (QStringList &row : sheet.rows) {
        while (!row.isEmpty() && row.last().isEmpty())
            row.removeLast(); // as a spreadsheet saves it
    }
    std::swap(sheet.rows[newLine], sheet.rows[newLine + 1]); // 一 and 二 moved

    const SheetImport read = readReportSheet(sheet.rows);
    QVERIFY2(read.report, qPrintable(read.error));
    QVERIFY2(read.notes.isEmpty(), qPrintable(read.notes.join(QLatin1Char('\n'))));
    QCOMPARE(read.cellsRead, 3);
    QCOMPARE(read.report->value(format.indexOf(QStringLiteral("s3.new.natural"))), CellValue::number(12));
    QVERIFY(read.report->value(format.indexOf(QStringLiteral("s3.new.total"))).isBlank()); // computed, not declared
    QCOMPARE(read.report->value(format.indexOf(QStringLiteral("s2_1.normative.issued"))), CellValue::number(1234));
    QCOMPARE(read.report->value(format.indexOf(QStringLiteral("s2_1.normative.in_force"))), CellValue::number(5));
    QCOMPARE(read.report->agency().name, QStringLiteral("某县财政局"));
}

void TestReportSheet::listsEveryCellItCouldNotRead()
{
    const Report report = fullReport(QStringLiteral("2021"));
    const FormatDefinition &format = report.format();
    Texts sheet = textsOf(report);
    const auto [line, column] = sheet.positions.value(format.indexOf(QStringLiteral("s3.new.natural")));
    sheet.rows[line][column] = QStringLiteral("十二");
    sheet.rows[line][column + 1] = QStringLiteral("-3");
    const QString total = QString::number(report.number(format.indexOf(QStringLiteral("s3.new.total"))) + 1);
    sheet.rows[line].last() = total; // a total that disagrees is kept, for the rules to show
    sheet.rows.remove(sheet.positions.value(format.indexOf(QStringLiteral("s3.carry_out.natural"))).first);
    // A header someone rewrote: that table is not read at all rather than read into wrong columns.
    for (QStringList &row : sheet.rows)
        row.replaceInStrings(QStringLiteral("本年处理决定数量"), QStringLiteral("处理决定"));

    const SheetImport read = readReportSheet(sheet.rows);
    QVERIFY(read.report);
    const QString notes = read.notes.join(QLatin1Char('\n'));
    QCOMPARE(read.notes.size(), 5); // two values, one row, two tables (第（五）项, 第（六）项)
    QVERIFY2(notes.contains(QStringLiteral("“十二”")) && notes.contains(QStringLiteral("line %1, column %2").arg(line + 1).arg(column + 1)), qPrintable(notes));
    QVERIFY2(notes.contains(QStringLiteral("“-3”")), qPrintable(notes));
    QVERIFY2(notes.contains(QStringLiteral("四、结转下年度继续办理")), qPrintable(notes));
    QVERIFY2(notes.contains(QStringLiteral("处理决定")), qPrintable(notes));
    QVERIFY(read.report->value(format.indexOf(QStringLiteral("s3.new.natural"))).isBlank());
    QCOMPARE(read.report->value(format.indexOf(QStringLiteral("s3.new.total"))), CellValue::number(total.toLongLong()));
    QVERIFY(read.report->value(format.indexOf(QStringLiteral("s3.carry_out.natural"))).isBlank());
    QVERIFY(read.report->value(format.indexOf(QStringLiteral("s2_5.licensing.decisions"))).isBlank());
    // Everything else as written.
    QCOMPARE(read.report->value(format.indexOf(QStringLiteral("s3.carried_in.natural"))),
             report.value(format.indexOf(QStringLiteral("s3.carried_in.natural"))));
}

void TestReportSheet::refusesASheetWithoutItsOwner()
{
    const SheetImport read = readReportSheet({{QStringLiteral("hello"), QStringLiteral("world")}});
    QVERIFY(!read.report);
    QVERIFY(read.error.contains(QStringLiteral("机关")));
    const QString path = m_dir.filePath(QStringLiteral("random.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\x00\x01\xFF\xFE garbage \"", 14));
    file.close();
    QVERIFY(!importTablesFile(path).report);
}

static QByteArray unzipped(const QString &zip, const QString &member)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, member});
    unzip.waitForFinished();
    return unzip.readAllStandardOutput();
}

void TestReportSheet::writesXlsx()
{
    const Report report = *ReportJson::readFile(testpaths::data("wenzhou-eeb-2019.json")).report;
    const QString path = m_dir.filePath(QStringLiteral("reference.xlsx"));
    QString error;
    QVERIFY2(exportTables(report, path, &error), qPrintable(error));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    const QByteArray strings = QString::fromUtf8(unzipped(path, QStringLiteral("xl/sharedStrings.xml"))).toUtf8();
    QVERIFY(QString::fromUtf8(strings).contains(QStringLiteral("一、本年新收政府信息公开申请数量")));
    QVERIFY(QString::fromUtf8(strings).contains(QStringLiteral("温州市生态环境局")));
    const QByteArray sheet = unzipped(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(sheet.contains("<mergeCell ")); // the headers are merged as printed
    // Figures are numbers: s3.new.natural is 39 in the reference.
    QVERIFY(sheet.contains("<v>39</v>"));
    QVERIFY(!exportTables(report, m_dir.filePath(QStringLiteral("missing/folder/x.xlsx")), &error));
    QVERIFY(!error.isEmpty());
}

void TestReportSheet::consolidationExport()
{
    Report a = fullReport(QStringLiteral("2021"));
    Report b = a;
    b.setAgency({QStringLiteral("乙局"), {}, {}, {}, {}, {}, {}, {}});
    QString error;
    const auto summed = Consolidation::of({{1, a, QStringLiteral("signed"), 0, 0}, {2, b, QStringLiteral("draft"), 2, 0}},
                                          QStringLiteral("某市汇总"), &error);
    QVERIFY(summed);
    const QString csv = m_dir.filePath(QStringLiteral("summary.csv"));
    QVERIFY2(exportConsolidation(*summed, csv, &error), qPrintable(error));
    // The summed tables read back as a report of their own; the members' lines follow them.
    const SheetImport read = importTablesFile(csv);
    QVERIFY2(read.report, qPrintable(read.error));
    compareTables(*read.report, summed->total());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QVector<QStringList> rows = readCsv(file.readAll(), &error);
    const auto members = std::find_if(rows.begin(), rows.end(), [](const QStringList &r) { return r.value(0) == QStringLiteral("各机关明细"); });
    QVERIFY(members != rows.end());
    QCOMPARE((members + 2)->value(0), a.agency().name);
    QCOMPARE((members + 3)->value(0), QStringLiteral("乙局"));
    QCOMPARE((members + 3)->value(2), QStringLiteral("2"));
    QCOMPARE((members + 1)->size(), 4 + a.format().cellCount());
    QVERIFY2(exportConsolidation(*summed, m_dir.filePath(QStringLiteral("summary.xlsx")), &error), qPrintable(error));
    QVERIFY(unzipped(m_dir.filePath(QStringLiteral("summary.xlsx")), QStringLiteral("xl/workbook.xml")).contains("各机关"));
}

QTEST_GUILESS_MAIN(TestReportSheet)
#include "tst_reportsheet.moc"
