#include "pagedwords.h"
#include "pdfsource.h"
#include "publishedreader.h"
#include "reportbuilder.h"
#include "reportexport.h"
#include "reportjson.h"
#include "readbacktestutil.h"
#include "testpaths.h"
#include "validator.h"

#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// How a generated PDF lays its tables out, as agencies' word processors do in their own ways.
struct Layout
{
    double labelWidth = 150; // the leaf label column, in points
    double fontSize = 9;
    bool blankZeros = false;  // 0 printed as an empty cell
    bool unitInCell = false;  // “123万元” in the amount cell
    bool borders = false;
    bool pageNumbers = true;  // “-2-” at the foot of each page
    bool repeatHeader = false; // a table crossing a page repeats its header
};

QString figureText(const nb::Report &report, int cell, const Layout &layout)
{
    const nb::CellValue value = report.value(cell);
    if (value.isNotApplicable())
        return QStringLiteral("/");
    if (value.isBlank() || (layout.blankZeros && report.number(cell) == 0))
        return QString();
    QString text = report.displayText(cell);
    if (layout.unitInCell && report.format().cell(cell).kind == nb::ValueKind::Amount)
        text += report.unit(cell);
    return text;
}

// A report drawn with QPainter into a PDF the way WPS and Word lay one out: the title, headings,
// each table with its header tree, group labels down a narrow column beside their rows, leaf labels
// wrapped in their column with the figures centred on the row (so the label's lines stand above and
// below them), and tables that go on over a page.
class PdfPainter
{
public:
    PdfPainter(const QString &path, const Layout &layout)
        : m_writer(path)
        , m_layout(layout)
    {
        m_writer.setPageSize(QPageSize(QPageSize::A4));
        m_writer.setResolution(72);
        m_writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        m_painter.begin(&m_writer);
        m_font = QFont(QStringLiteral("WenQuanYi Zen Hei"));
        m_font.setPixelSize(int(layout.fontSize));
        m_painter.setFont(m_font);
        m_y = m_top;
    }

    void draw(const nb::Report &report)
    {
        const nb::FormatDefinition &format = report.format();
        QFont title = m_font;
        title.setPixelSize(16);
        m_painter.setFont(title);
        text(QRectF(m_left, m_y, width(), 40), Qt::AlignCenter,
             QStringLiteral("%1%2年政府信息公开工作年度报告").arg(report.agency().name).arg(report.year()));
        m_painter.setFont(m_font);
        m_y += 50;
        for (const nb::SectionDef &section : format.sections()) {
            need(3 * line());
            text(QRectF(m_left, m_y, width(), line()), Qt::AlignLeft, section.heading.zh);
            m_y += 1.6 * line();
            if (section.kind == nb::SectionDef::Kind::Narrative) {
                paragraph(report.narrative(section.id));
                continue;
            }
            for (const QString &id : section.tableIds)
                table(report, *format.table(id));
        }
        footer();
        m_painter.end();
    }

private:
    double width() const { return 595 - 2 * m_left; }
    double line() const { return m_layout.fontSize * 1.5; }

    QRectF text(const QRectF &rect, int flags, const QString &string)
    {
        QRectF used;
        m_painter.drawText(rect, flags | Qt::TextWordWrap, string, &used);
        if (m_layout.borders)
            m_painter.drawRect(rect);
        return used;
    }

    double heightOf(double w, const QString &string)
    {
        return m_painter.boundingRect(QRectF(0, 0, w, 1000), Qt::TextWordWrap, string).height();
    }

    void footer()
    {
        if (m_layout.pageNumbers)
            m_painter.drawText(QRectF(0, 800, 595, 20), Qt::AlignCenter, QStringLiteral("-%1-").arg(m_page));
    }

    void need(double height)
    {
        if (m_y + height <= m_bottom)
            return;
        footer();
        m_writer.newPage();
        ++m_page;
        m_y = m_top;
    }

    void paragraph(const QString &string)
    {
        for (const QString &part : string.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const double h = heightOf(width(), part);
            need(h);
            text(QRectF(m_left, m_y, width(), h), Qt::AlignLeft, part);
            m_y += h + 4;
        }
    }

    static int depthOf(const nb::HeaderNode *node)
    {
        int depth = 0;
        for (; node->parent; node = node->parent)
            ++depth;
        return depth; // 1 for a child of the root
    }

    void header(const nb::TableDef &table, double x0, double columnWidth)
    {
        const int levels = table.columns.depth() + (table.columns.label.zh.isEmpty() ? 0 : 1);
        const double band = 3 * line();
        const double top = m_y;
        text(QRectF(m_left, top, x0 - m_left, band * levels), Qt::AlignCenter, table.corner.zh);
        std::function<void(const nb::HeaderNode &, int, int &)> walk = [&](const nb::HeaderNode &node, int level, int &leaf) {
            const int first = leaf;
            if (node.isLeaf())
                ++leaf;
            for (const nb::HeaderNode &child : node.children)
                walk(child, level + 1, leaf);
            if (level < 0 || node.label.zh.isEmpty())
                return;
            const double y = top + level * band;
            const double h = node.isLeaf() ? band * (levels - level) : band;
            text(QRectF(x0 + first * columnWidth, y, (leaf - first) * columnWidth, h), Qt::AlignCenter, node.label.zh);
        };
        int leaf = 0;
        walk(table.columns, table.columns.label.zh.isEmpty() ? -1 : 0, leaf);
        m_y = top + band * levels + 4;
    }

    void table(const nb::Report &report, const nb::TableDef &table)
    {
        if (!table.caption.zh.isEmpty()) {
            need(2 * line());
            text(QRectF(m_left, m_y, width(), line()), Qt::AlignLeft, table.caption.zh);
            m_y += 1.5 * line();
        }
        int rowDepth = 0;
        for (const nb::HeaderNode *row : table.leafRows)
            rowDepth = std::max(rowDepth, depthOf(row));
        const double groupWidth = 4.5 * m_layout.fontSize;
        const bool unlabelled = table.leafRows.size() == 1 && table.leafRows.first()->label.zh.isEmpty();
        const double x0 = unlabelled ? m_left : m_left + (rowDepth - 1) * groupWidth + m_layout.labelWidth;
        const double columnWidth = (m_left + width() - x0) / table.leafColumns.size();
        need((table.columns.depth() + 2) * 3 * line());
        header(table, x0, columnWidth);
        // Group labels down their merged cell, centred on their rows of the page, as WPS prints a
        // merged cell: drawn once the group's last row on the page is known.
        QHash<const nb::HeaderNode *, double> groupTop;
        const auto closeGroups = [&](const nb::HeaderNode *next, bool pageEnds) {
            for (auto it = groupTop.begin(); it != groupTop.end();) {
                bool inGroup = false;
                for (const nb::HeaderNode *p = next ? next->parent : nullptr; p; p = p->parent)
                    inGroup = inGroup || p == it.key();
                if (inGroup && !pageEnds) {
                    ++it;
                    continue;
                }
                const double gx = m_left + (depthOf(it.key()) - 1) * groupWidth;
                text(QRectF(gx, it.value(), groupWidth - m_layout.fontSize, m_y - it.value()), Qt::AlignLeft | Qt::AlignVCenter, it.key()->label.zh);
                it = groupTop.erase(it);
            }
        };
        for (int r = 0; r < table.leafRows.size(); ++r) {
            const nb::HeaderNode *row = table.leafRows[r];
            const int depth = depthOf(row);
            const double labelX = m_left + (depth - 1) * groupWidth;
            const double rowHeight = std::max(line(), heightOf(x0 - labelX - 4, row->label.zh)) + 8;
            closeGroups(row, false);
            if (m_y + rowHeight > m_bottom) {
                closeGroups(row, true);
                need(m_bottom); // a new page
                if (m_layout.repeatHeader)
                    header(table, x0, columnWidth);
            }
            for (const nb::HeaderNode *group = row->parent; group && group->parent; group = group->parent) {
                if (!groupTop.contains(group))
                    groupTop.insert(group, m_y);
            }
            text(QRectF(labelX, m_y, x0 - labelX - 4, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, row->label.zh);
            for (int c = 0; c < table.leafColumns.size(); ++c)
                text(QRectF(x0 + c * columnWidth, m_y, columnWidth, rowHeight), Qt::AlignCenter,
                     figureText(report, table.cellIndex(r, c), m_layout));
            m_y += rowHeight;
        }
        closeGroups(nullptr, true);
        m_y += line();
    }

    QPdfWriter m_writer;
    QPainter m_painter;
    Layout m_layout;
    QFont m_font;
    double m_left = 50;
    double m_top = 50;
    double m_bottom = 780;
    double m_y = 0;
    int m_page = 1;
};

} // namespace

using namespace nb;

// Published reports read from PDFs by the words' positions: the real Huaian report (made with WPS,
// 2021 format, tables with wrapped labels, group labels down merged cells, a table crossing a page).
class TestPdfSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void huaianCell_data();
    void huaianCell();
    void huaianWhole();
    void ourExportReadsBack_data();
    void ourExportReadsBack();
    void paintedLayouts_data();
    void paintedLayouts();
    void scanSaysSo();
    void layoutTextReadsLikeThePdf_data();
    void layoutTextReadsLikeThePdf();
    void findingsLeaveOutUnreadRows();
    void captionUnderLastRow_data();
    void captionUnderLastRow();

private:
    static QString linesOf(const QString &path);

    QTemporaryDir m_dir;

    PublishedImport m_read;
    std::optional<Report> m_expected;
};

void TestPdfSource::initTestCase()
{
    ReportReadResult expected = ReportJson::readFile(testpaths::shared("reference/huaian-2024-report.json"));
    QVERIFY2(expected.report, "the hand-read figures of the Huaian report");
    m_expected = std::move(expected.report);
    m_read = importPublishedFile(testpaths::shared("reference/huaian-2024-report.pdf"));
    QVERIFY2(m_read.report, qPrintable(m_read.error));
}

void TestPdfSource::huaianCell_data()
{
    QTest::addColumn<QString>("key");
    const auto format = FormatRegistry::builtin().format(QStringLiteral("2021"));
    for (int i = 0; i < format->cellCount(); ++i)
        QTest::newRow(qPrintable(format->cell(i).key)) << format->cell(i).key;
}

// Every cell of the 2021 format, as read by hand: value, number and unit.
void TestPdfSource::huaianCell()
{
    QFETCH(QString, key);
    const Report &got = *m_read.report;
    QCOMPARE(got.format().id(), QStringLiteral("2021"));
    const int cell = got.format().indexOf(key);
    QVERIFY(cell >= 0);
    QCOMPARE(got.value(cell), m_expected->value(cell));
    QCOMPARE(got.number(cell), m_expected->number(cell));
    QCOMPARE(got.unit(cell), m_expected->unit(cell));
}

void TestPdfSource::huaianWhole()
{
    const Report &got = *m_read.report;
    QCOMPARE(got.year(), 2024);
    QCOMPARE(got.agency().name, QStringLiteral("淮安市人民政府"));
    QCOMPARE(m_read.pages, 6);
    QVERIFY2(m_read.cellsLeftEmpty() == 0, qPrintable(importNotesText(m_read)));
    for (const Finding &finding : Validator::check(got))
        QVERIFY2(finding.severity != Severity::Error, qPrintable(finding.message.zh));
    // Each figure knows where it stands: 一、本年新收 … 自然人 “3001” on page 4.
    bool found = false;
    for (const ImportedCell &cell : m_read.cells) {
        if (got.format().cell(cell.cell).key == QLatin1String("s3.new.natural")) {
            found = true;
            QCOMPARE(cell.text, QStringLiteral("3001"));
            QCOMPARE(cell.page, 3);
            QVERIFY(cell.box.left() > 250 && cell.box.right() < 290);
        }
    }
    QVERIFY(found);
}

// The lines the geometry made of a PDF, for a failure's message: page, box, text.
QString TestPdfSource::linesOf(const QString &path)
{
    QStringList lines;
    for (const SourceLine &line : readPublishedSource(path).lines)
        lines << QStringLiteral("%1 [%2 %3] %4").arg(line.page).arg(line.box.left(), 0, 'f', 1).arg(line.box.top(), 0, 'f', 1).arg(line.text);
    return lines.join(QLatin1Char('\n'));
}

// Input cells by value (a blank-for-zero cell by number), totals by number, amounts by unit.
void TestPdfSource::ourExportReadsBack_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("wenzhou 2019") << "wenzhou";
    QTest::newRow("every cell, 2019 format") << "2019";
    QTest::newRow("every cell, 2021 format") << "2021";
}

// Our own exporter's PDF (QTextDocument tables with borders) read back cell for cell.
void TestPdfSource::ourExportReadsBack()
{
    QFETCH(QString, which);
    std::optional<Report> report;
    if (which == QLatin1String("wenzhou")) {
        ReportReadResult file = ReportJson::readFile(testpaths::data("wenzhou-eeb-2019.json"));
        QVERIFY(file.report);
        report = std::move(file.report);
    } else {
        report = fullReport(which);
    }
    report->setZerosBlank(false);
    const QString path = m_dir.filePath(which + QStringLiteral(".pdf"));
    QString error;
    QVERIFY2(exportReport(*report, ExportFormat::Pdf, path, PublishOptions::of(*report), &error), qPrintable(error));
    const PublishedImport read = importPublishedFile(path);
    QVERIFY2(read.report, qPrintable(read.error));
    QVERIFY2(read.cellsLeftEmpty() == 0, qPrintable(importNotesText(read)));
    const QStringList wrong = readBackMismatches(*read.report, *report, false);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    QCOMPARE(read.report->year(), report->year());
    QCOMPARE(read.report->agency().name, report->agency().name);
}

void TestPdfSource::paintedLayouts_data()
{
    QTest::addColumn<QString>("formatId");
    QTest::addColumn<double>("labelWidth");
    QTest::addColumn<double>("fontSize");
    QTest::addColumn<bool>("blankZeros");
    QTest::addColumn<bool>("borders");
    QTest::addColumn<bool>("repeatHeader");
    QTest::newRow("2021, wide label column, no borders") << "2021" << 170.0 << 9.0 << false << false << false;
    QTest::newRow("2021, narrow labels wrapped over 3 lines") << "2021" << 70.0 << 9.0 << false << false << false;
    QTest::newRow("2021, blank for zero, borders, header repeated") << "2021" << 110.0 << 10.0 << true << true << true;
    QTest::newRow("2019, narrow, large print") << "2019" << 80.0 << 11.0 << false << false << true;
    QTest::newRow("2019, blank for zero, no borders") << "2019" << 140.0 << 9.0 << true << false << false;
}

// PDFs drawn with QPainter in the layouts real reports have, read back cell for cell.
void TestPdfSource::paintedLayouts()
{
    QFETCH(QString, formatId);
    QFETCH(double, labelWidth);
    QFETCH(double, fontSize);
    QFETCH(bool, blankZeros);
    QFETCH(bool, borders);
    QFETCH(bool, repeatHeader);
    Report report = fullReport(formatId);
    for (int i = 0; i < report.format().cellCount(); ++i) {
        // Some zeros, so that blank-for-zero has blanks to print.
        if (!report.format().cell(i).isComputed() && i % 5 == 0 && !report.value(i).isNotApplicable())
            report.setValue(i, CellValue::number(0));
    }
    Layout layout;
    layout.labelWidth = labelWidth;
    layout.fontSize = fontSize;
    layout.blankZeros = blankZeros;
    layout.borders = borders;
    layout.repeatHeader = repeatHeader;
    layout.unitInCell = true;
    const QString path = m_dir.filePath(QStringLiteral("painted-%1.pdf").arg(QLatin1String(QTest::currentDataTag())).replace(QLatin1Char(' '), QLatin1Char('_')));
    PdfPainter(path, layout).draw(report);
    const PublishedImport read = importPublishedFile(path);
    QVERIFY2(read.report, qPrintable(read.error));
    QVERIFY2(read.pages >= 2, "the tables cross a page");
    const QStringList wrong = readBackMismatches(*read.report, report, blankZeros);
    if (!wrong.isEmpty()) // the whole story, which a failure message would cut short
        qInfo().noquote() << wrong.join(QLatin1Char('\n')) << '\n' << importNotesText(read) << '\n' << linesOf(path);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    QVERIFY2(read.cellsLeftEmpty() == 0, qPrintable(importNotesText(read)));
}

// A PDF whose pages are pictures (a scan) has no words: it says so, and nothing is read.
void TestPdfSource::scanSaysSo()
{
    const QString path = m_dir.filePath(QStringLiteral("scan.pdf"));
    {
        QPdfWriter writer(path);
        QPainter painter(&writer);
        QImage picture(200, 100, QImage::Format_RGB32);
        picture.fill(Qt::white);
        painter.drawImage(QPointF(0, 0), picture);
    }
    const PublishedImport read = importPublishedFile(path);
    QVERIFY(!read.report);
    QVERIFY2(read.error.contains(QStringLiteral("scan")), qPrintable(read.error));
}

// The Huaian report as `pdftotext -layout` gives it (what a clerk gets by copying from a viewer):
// the text's columns are read as positions, so it reads cell for cell like the PDF.
void TestPdfSource::layoutTextReadsLikeThePdf_data()
{
    QTest::addColumn<QString>("option");
    // Laid out with spaces: read by its columns, as the PDF.
    QTest::newRow("pdftotext -layout") << "-layout";
    // Each row on a line, label then figures (“规章 1 0 11”), long labels wrapped over up to five lines,
    // a group's label broken into characters, page numbers inside 三: rows cut into cells.
    QTest::newRow("pdftotext -raw") << "-raw";
}

void TestPdfSource::layoutTextReadsLikeThePdf()
{
    QFETCH(QString, option);
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = m_dir.filePath(QStringLiteral("huaian%1.txt").arg(option));
    QProcess process;
    process.start(pdftotext, {option, testpaths::shared("reference/huaian-2024-report.pdf"), text});
    QVERIFY(process.waitForFinished(30000) && process.exitCode() == 0);
    const PublishedImport read = importPublishedFile(text);
    QVERIFY2(read.report, qPrintable(read.error));
    if (read.cellsLeftEmpty() > 0)
        qInfo().noquote() << importNotesText(read) << '\n' << linesOf(text);
    QVERIFY2(read.cellsLeftEmpty() == 0, qPrintable(importNotesText(read)));
    const QStringList wrong = readBackMismatches(*read.report, *m_expected, false);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    QCOMPARE(read.report->agency().name, QStringLiteral("淮安市人民政府"));
}

// A row that cannot be read leaves its cells empty, and the format's rules would then report errors
// the report does not have (新收 + 结转 ≠ 办理结果 + 结转下年度): those are left out and counted as not
// checked, while a real error elsewhere (行政复议 72+64+178+37 but 总计 350) is still reported, with
// the narrative's “行政复议 351 件” that the table now contradicts.
void TestPdfSource::findingsLeaveOutUnreadRows()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-raw"), testpaths::shared("reference/huaian-2024-report.pdf"), QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000) && process.exitCode() == 0);
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    const QString granted = QStringLiteral("（一）予以公开 1288 21 0 0 50 3 1362");
    const QString review = QStringLiteral("72 64 178 37 351 ");
    QVERIFY(text.contains(granted) && text.contains(review));
    text.replace(granted, QStringLiteral("（一）予以公开 1288 21 50 3 1362")); // blanks lost: columns unknown
    text.replace(review, QStringLiteral("72 64 178 37 350 "));

    const PublishedImport read = readPublishedReport(sourceFromText(text));
    QVERIFY2(read.report, qPrintable(read.error));
    const int granted0 = read.report->format().indexOf(QStringLiteral("s3.granted.natural"));
    QVERIFY(read.unreadCells.contains(granted0));
    QVERIFY(read.report->value(granted0).isBlank());
    QVERIFY2(Validator::check(*read.report).size() > 1, "the empty row makes the rules of 三 fail");

    int unchecked = 0;
    const QVector<Finding> findings = findingsOfRead(read, &unchecked);
    QVERIFY(unchecked > 0);
    QStringList messages;
    for (const Finding &finding : findings)
        messages << finding.ruleId + QLatin1Char(' ') + finding.message.zh;
    // The real error, and the narrative's “行政复议 351 件” that now differs from the table: both true.
    QVERIFY2(findings.size() == 2, qPrintable(messages.join(QLatin1Char('\n'))));
    QCOMPARE(findings.at(0).ruleId, QStringLiteral("R4"));
    QVERIFY(findings.at(0).cells.contains(read.report->format().indexOf(QStringLiteral("s4.cases.review_total"))));
    QCOMPARE(findings.at(1).ruleId, QStringLiteral("R11"));
}

void TestPdfSource::captionUnderLastRow_data()
{
    QTest::addColumn<QString>("label");     // on the row's line, beside its figures
    QTest::addColumn<QString>("below");     // the line right under the row, at the label's left edge
    QTest::addColumn<bool>("headerNext");   // under that: the next table's header row, or a sentence
    QTest::addColumn<QString>("readLabel"); // the row's label as read
    QTest::newRow("a label's last line under its figures, a sentence next") << "行政规范性" << "文件" << false << "行政规范性文件";
    QTest::newRow("a caption under the last row, the header next") << "行政规范性文件" << "第二十条第（五）项" << true << "行政规范性文件";
    QTest::newRow("a short caption under a wrapped label, the header next") << "行政规范性" << "第五项" << true << "行政规范性";
}

// Section 二 printed as one table (our export, and reports such as Huaian's) puts each part's
// caption row right under the previous part's last row, at the same left edge and as close as a
// label's wrapped line; the header row under the caption tells it apart.
void TestPdfSource::captionUnderLastRow()
{
    QFETCH(QString, label);
    QFETCH(QString, below);
    QFETCH(bool, headerNext);
    QFETCH(QString, readLabel);
    const double size = 9;
    nb::PagedWords words;
    words.pageSizes << QSizeF(595, 842);
    const auto word = [&](const QString &text, double x, double y) {
        double width = 0;
        for (QChar c : text)
            width += c.unicode() >= 0x2E80 ? size : size / 2;
        words.words << nb::PageWord{text, 0, QRectF(x, y, width, size), 0};
    };
    word(QStringLiteral("规章"), 60, 100);
    word(QStringLiteral("1"), 250, 100);
    word(QStringLiteral("2"), 350, 100);
    word(QStringLiteral("3"), 450, 100);
    word(label, 60, 113);
    word(QStringLiteral("4"), 250, 113);
    word(QStringLiteral("5"), 350, 113);
    word(QStringLiteral("6"), 450, 113);
    word(below, 60, 126);
    if (headerNext) {
        word(QStringLiteral("信息内容"), 90, 139);
        word(QStringLiteral("本年处理决定数量"), 300, 139);
    } else {
        word(QStringLiteral("说明本表的数据来自各部门报送的年度统计并经过审核汇总"), 60, 139);
    }
    word(QStringLiteral("行政许可"), 60, 152);
    word(QStringLiteral("42"), 350, 152);
    const nb::PublishedSource source = nb::sourceFromWords(words);
    QStringList texts;
    for (const nb::SourceLine &line : source.lines)
        texts << line.text;
    const int four = int(texts.indexOf(QStringLiteral("4")));
    QVERIFY2(four > 0, qPrintable(texts.join(QLatin1Char('|'))));
    QCOMPARE(texts[four - 1], readLabel);
    if (headerNext)
        QVERIFY2(texts.contains(below), qPrintable(texts.join(QLatin1Char('|'))));
}

QTEST_MAIN(TestPdfSource)
#include "tst_pdfsource.moc"
