#include "pagerenderer.h"
#include "publisheddocument.h"
#include "publishedtable.h"
#include "reportbuilder.h"
#include "reportexport.h"
#include "reportjson.h"
#include "pdftestutil.h"
#include "testpaths.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTextLayout>
#include <QtTest>

#include <map>

using namespace nb;

// The PDF's pages as the app lays them out itself (pagecomposer.h): where paragraphs and table cells go,
// where pages break, and that the text a reader extracts is every word once, in reading order.
class TestPageLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tablesKeepTheirRowsWithTheirPages_data();
    void tablesKeepTheirRowsWithTheirPages();
    void paragraphsIndentTwoCharacters();
    void narrowHeadersBreakBetweenWords_data();
    void narrowHeadersBreakBetweenWords();
    void everyFigureInReadingOrder();
    void longLabelWrapsInsideItsCell();
    void splitTableRepeatsItsHeader();
    void labelOverRowsOnTwoPages();
    void noLineTwiceAtAPageBreak();
    void printedPagesAreThePdfs();
    void headingsKeepWhatTheyHead_data();
    void headingsKeepWhatTheyHead();
    void noHeadingLastOnAPrintedPage_data();
    void noHeadingLastOnAPrintedPage();
    void headingBeforeSomethingTallerThanAPage_data();
    void headingBeforeSomethingTallerThanAPage();
    void pageTooShortForTheRules();

private:
    QTemporaryDir m_dir;
    std::optional<Report> m_reference;
};

void TestPageLayout::initTestCase()
{
    ReportReadResult read = ReportJson::readFile(testpaths::data("wenzhou-eeb-2019.json"));
    QVERIFY(read.report);
    m_reference = std::move(read.report);
}

// Every table ends on the page of its last row, and its header shares a page with its first three rows
// (三 began at the foot of page 1 with one row, once) — and with every row of a label spanning down
// from them; nothing after them is lost.
void TestPageLayout::tablesKeepTheirRowsWithTheirPages_data()
{
    // Text metrics, and so page breaks, follow the device's resolution: exportReport() writes at 300
    // dpi, a printer may use another.
    QTest::addColumn<QString>("which");
    QTest::addColumn<int>("dpi");
    for (int dpi : {300, 1200}) {
        QTest::addRow("reference 2019, %d dpi", dpi) << "reference" << dpi;
        QTest::addRow("blank 2019 with one figure, %d dpi", dpi) << "blank" << dpi;
        QTest::addRow("full 2019, %d dpi", dpi) << "2019" << dpi;
        QTest::addRow("full 2021, %d dpi", dpi) << "2021" << dpi;
    }
}

void TestPageLayout::tablesKeepTheirRowsWithTheirPages()
{
    QFETCH(QString, which);
    QFETCH(int, dpi);
    Report report = which == QLatin1String("reference") ? *m_reference
                    : which == QLatin1String("blank")   ? blankReport(QStringLiteral("2019"), 2019, m_reference->agency().name)
                                                        : fullReport(which);
    if (which == QLatin1String("blank")) {
        report.setAgency(m_reference->agency()); // the generated introduction's length puts 三 where it was split
        report.setValue(report.format().indexOf(QStringLiteral("s3.new.natural")), CellValue::number(39));
    }
    const QString path = m_dir.filePath(QStringLiteral("layout-%1-%2.pdf").arg(which).arg(dpi));
    QPdfWriter pdf(path);
    pdf.setResolution(dpi);
    QVERIFY(renderPages(report, pdf, {}));
    QVERIFY(joinedPdfText(path).contains(QStringLiteral("六、其他需要报告的事项")));

    const QVector<PublishedBlock> blocks = publishedBlocks(report, {});
    const ComposedPages pages = layOutPages(blocks, pdf);
    int tables = 0;
    for (int index = 0; index < blocks.size(); ++index) {
        if (blocks.at(index).kind != PublishedBlock::Kind::Table)
            continue;
        ++tables;
        const PublishedTable &table = blocks.at(index).table;
        std::map<std::pair<int, int>, ComposedPages::Cell> cells; // the first placing of each, not a repeated header
        for (const ComposedPages::Cell &cell : pages.cells) {
            if (cell.block == index && !cell.repeatedHeader)
                cells.emplace(std::pair(cell.row, cell.column), cell);
        }
        QCOMPARE(int(cells.size()), int(table.cells.size())); // every cell placed once
        const int header = table.headerRows;
        if (header == 0)
            continue; // 二: each part has its own header rows
        int kept = std::min(header + 3, table.rows);
        for (const PublishedTable::Cell &cell : table.cells) {
            if (cell.row < kept)
                kept = std::max(kept, cell.row + cell.rows);
        }
        const int top = cells.at({0, 0}).page;
        for (const auto &[at, cell] : cells) {
            if (at.first < kept)
                QCOMPARE(cell.page, top);
            const QRectF page = pages.pageRect;
            QVERIFY2(cell.rect.bottom() <= page.height() + 0.5, qPrintable(QStringLiteral("row %1 runs off its page").arg(at.first)));
        }
    }
    QCOMPARE(tables, 3); // 二 (one table of all its parts), 三, 四
}

// Official documents indent a paragraph's first line by two characters of its face (the PDF once
// indented by 24 device pixels: a fifth of a character at 300 dpi).
void TestPageLayout::paragraphsIndentTwoCharacters()
{
    QPdfWriter pdf(m_dir.filePath(QStringLiteral("indent.pdf")));
    pdf.setResolution(300);
    const ComposedPages pages = layOutPages(publishedBlocks(*m_reference, {}), pdf);
    const QString first = m_reference->narrative(QStringLiteral("s1")).section(QLatin1Char('\n'), 0, 0);
    int checked = 0;
    for (const ComposedPages::Paragraph &paragraph : pages.paragraphs) {
        const QTextLayout *layout = paragraph.layout;
        if (layout->text() != first && layout->text() != introduction(*m_reference))
            continue;
        const QFontMetricsF metrics(layout->font());
        const qreal character = metrics.horizontalAdvance(QChar(0x4E2D)); // 中
        QVERIFY(character > 40); // 12 pt at 300 dpi: 50 pixels
        QVERIFY2(std::abs(layout->lineAt(0).x() - 2 * character) < 2,
                 qPrintable(QStringLiteral("indent %1, character %2").arg(layout->lineAt(0).x()).arg(character)));
        QVERIFY(std::abs(layout->lineAt(1).x()) < 1); // the next line starts at the margin
        ++checked;
    }
    QCOMPARE(checked, 2);
}

// Qt breaks Chinese anywhere: 四's narrow columns printed 结果维/持 and 尚未审/结. Each four-character
// header of 四 is laid out whole on one line or as its two words, never cut inside one.
void TestPageLayout::narrowHeadersBreakBetweenWords_data()
{
    QTest::addColumn<int>("dpi"); // text metrics, and so where a line breaks, follow the resolution
    for (int dpi : {96, 150, 300, 600, 1200})
        QTest::addRow("%d dpi", dpi) << dpi;
}

void TestPageLayout::narrowHeadersBreakBetweenWords()
{
    QFETCH(int, dpi);
    for (const QString &formatId : {QStringLiteral("2019"), QStringLiteral("2021")}) {
        Report report = fullReport(formatId);
        // A city's figures run to four digits.
        for (int cell = 0; cell < report.format().cellCount(); ++cell) {
            if (report.format().cell(cell).table->id == QLatin1String("s4") && !report.format().cell(cell).isComputed())
                report.setValue(cell, CellValue::number(1000 + cell));
        }
        QPdfWriter pdf(m_dir.filePath(QStringLiteral("narrow.pdf")));
        pdf.setResolution(dpi);
        const ComposedPages pages = layOutPages(publishedBlocks(report, {}), pdf);
        QStringList seen;
        for (const ComposedPages::Cell &cell : pages.cells) {
            QString text = cell.layout->text();
            text.remove(QChar::LineSeparator);
            if (cell.repeatedHeader
                || !QStringList{QStringLiteral("结果维持"), QStringLiteral("结果纠正"), QStringLiteral("其他结果"), QStringLiteral("尚未审结")}.contains(text))
                continue;
            seen << text;
            // The break is placed between the words, whatever face or renderer (LibreOffice, WPS) lays it out.
            QCOMPARE(cell.layout->text(), text.left(2) + QChar(QChar::LineSeparator) + text.mid(2));
            for (int i = 0; i < cell.layout->lineCount(); ++i) {
                const int start = cell.layout->lineAt(i).textStart();
                QVERIFY2(start == 0 || start == 3, qPrintable(QStringLiteral("%1 breaks at %2").arg(cell.layout->text()).arg(start)));
            }
        }
        QCOMPARE(seen.size(), 12); // 行政复议 and both kinds of 行政诉讼, four each
    }
}

// The PDF's text is every cell of every table in reading order — row by row, left to right — as a
// reader's tools (and the app's own reader of published reports) extract it.
void TestPageLayout::everyFigureInReadingOrder()
{
    Report report = fullReport(QStringLiteral("2021"));
    const QString path = m_dir.filePath(QStringLiteral("order.pdf"));
    QString error;
    QVERIFY2(exportReport(report, ExportFormat::Pdf, path, {}, &error), qPrintable(error));
    const QString text = joinedPdfText(path);
    QVERIFY(!text.isEmpty());
    int cells = 0;
    qsizetype at = 0;
    for (const PublishedBlock &block : publishedBlocks(report, {})) {
        if (block.kind != PublishedBlock::Kind::Table)
            continue;
        for (const PublishedTable::Cell &cell : block.table.cells) {
            QString words = cell.text;
            if (words.isEmpty())
                continue;
            const qsizetype found = text.indexOf(words, at);
            QVERIFY2(found >= 0, qPrintable(QStringLiteral("“%1” (row %2, column %3 of %4) not found after position %5")
                                                .arg(words).arg(cell.row).arg(cell.column).arg(block.table.id).arg(at)));
            at = found + (cell.role == PublishedTable::Role::Value ? words.size() : 0);
            ++cells;
        }
    }
    QVERIFY2(cells > 250, qPrintable(QString::number(cells))); // 二, 三 and 四 of the 2021 format: 279
}

// A label longer than its column wraps onto lines inside the cell; the row grows to hold them, and no
// line is wider than the cell.
void TestPageLayout::longLabelWrapsInsideItsCell()
{
    QPdfWriter pdf(m_dir.filePath(QStringLiteral("wrap.pdf")));
    pdf.setResolution(300);
    const ComposedPages pages = layOutPages(publishedBlocks(*m_reference, {}), pdf);
    int wrapped = 0;
    for (const ComposedPages::Cell &cell : pages.cells) {
        const QTextLayout *layout = cell.layout;
        if (!layout->text().startsWith(QStringLiteral("（二）部分公开（区分处理的")))
            continue;
        ++wrapped;
        QVERIFY2(layout->lineCount() >= 2, qPrintable(layout->text()));
        qreal height = 0;
        for (int i = 0; i < layout->lineCount(); ++i) {
            QVERIFY(layout->lineAt(i).naturalTextWidth() <= cell.rect.width());
            height += layout->lineAt(i).height();
        }
        QVERIFY2(cell.rect.height() >= height * 0.95, qPrintable(QStringLiteral("%1 high for %2 of lines").arg(cell.rect.height()).arg(height)));
    }
    QCOMPARE(wrapped, 1);
    const QString path = m_dir.filePath(QStringLiteral("wrap-export.pdf"));
    QString error;
    QVERIFY2(exportReport(*m_reference, ExportFormat::Pdf, path, {}, &error), qPrintable(error));
    QVERIFY(joinedPdfText(path).contains(QStringLiteral("（二）部分公开（区分处理的，只计这一情形，不计其他情形）")));
}

// A table taller than a page continues on the next with its header rows repeated at the top; its rows
// are each placed once, in order, and none is cut by the page's foot.
void TestPageLayout::splitTableRepeatsItsHeader()
{
    PublishedTable table;
    table.id = QStringLiteral("long");
    table.rows = 122;
    table.columns = 3;
    table.headerRows = 2;
    table.labelColumns = 1;
    table.columnShares = {40, 30, 30};
    table.cells.append({0, 0, 2, 1, QStringLiteral("项目"), PublishedTable::Role::ColumnHeader});
    table.cells.append({0, 1, 1, 2, QStringLiteral("数量"), PublishedTable::Role::ColumnHeader});
    table.cells.append({1, 1, 1, 1, QStringLiteral("本年"), PublishedTable::Role::ColumnHeader});
    table.cells.append({1, 2, 1, 1, QStringLiteral("上年"), PublishedTable::Role::ColumnHeader});
    for (int row = 2; row < table.rows; ++row) {
        table.cells.append({row, 0, 1, 1, QStringLiteral("第%1行").arg(row - 1), PublishedTable::Role::RowHeader});
        table.cells.append({row, 1, 1, 1, QString::number(row * 10), PublishedTable::Role::Value});
        table.cells.append({row, 2, 1, 1, QString::number(row * 10 + 1), PublishedTable::Role::Value});
    }
    PublishedBlock heading;
    heading.text = QStringLiteral("三、很长的表");
    heading.heading = true;
    heading.keepWithNext = true;
    PublishedBlock grid;
    grid.kind = PublishedBlock::Kind::Table;
    grid.table = table;

    const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
    QPdfWriter pdf(path);
    pdf.setResolution(300);
    const ComposedPages pages = layOutPages({heading, grid}, pdf);
    QVERIFY2(pages.pages.size() >= 3, qPrintable(QString::number(pages.pages.size())));
    QVector<int> headersOnPage(pages.pages.size(), 0);
    QVector<int> lastRowOnPage(pages.pages.size(), -1);
    int previousRow = -1;
    for (const ComposedPages::Cell &cell : pages.cells) {
        QVERIFY(cell.rect.bottom() <= pages.pageRect.height() + 0.5);
        if (cell.row < table.headerRows) {
            headersOnPage[cell.page] += cell.column == 0 ? 1 : 0;
            QCOMPARE(cell.repeatedHeader, cell.page > 0);
            continue;
        }
        QVERIFY(cell.row >= previousRow);
        previousRow = cell.row;
        lastRowOnPage[cell.page] = std::max(lastRowOnPage[cell.page], cell.row);
    }
    for (int page = 0; page < pages.pages.size(); ++page) {
        QCOMPARE(headersOnPage.at(page), 1); // “项目” heads every page the table is on
        QVERIFY(lastRowOnPage.at(page) >= table.headerRows); // and rows follow it
    }

    // In the PDF: the header before the first row of each page, every row once.
    QPainter painter;
    QVERIFY(painter.begin(&pdf));
    for (int page = 0; page < pages.pages.size(); ++page) {
        if (page > 0)
            pdf.newPage();
        pages.paint(painter, page);
    }
    QVERIFY(painter.end());
    const QString text = rawPdfText(path);
    QCOMPARE(text.count(QStringLiteral("项目")), int(pages.pages.size()));
    for (int row = 2; row < table.rows; ++row)
        QCOMPARE(text.count(QRegularExpression(QStringLiteral("第%1行 %2 %3\\n").arg(row - 1).arg(row * 10).arg(row * 10 + 1))), 1);
    const int secondPageFirstRow = lastRowOnPage.at(0) + 1;
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("项目\\s*数量\\s*本年\\s*上年\\s*第%1行").arg(secondPageFirstRow - 1))));
}

// 90 rows taller than a page under one header row, a label spanning all of them in the first column.
static PublishedTable tallTableWithASpanningLabel(const QString &id)
{
    PublishedTable table;
    table.id = id;
    table.rows = 91;
    table.columns = 3;
    table.headerRows = 1;
    table.labelColumns = 2;
    table.columnShares = {20, 50, 30};
    table.cells.append({0, 0, 1, 2, QStringLiteral("项目"), PublishedTable::Role::ColumnHeader});
    table.cells.append({0, 2, 1, 1, QStringLiteral("数量"), PublishedTable::Role::ColumnHeader});
    table.cells.append({1, 0, 90, 1, QStringLiteral("跨页的一组很长的标签"), PublishedTable::Role::RowHeader});
    for (int row = 1; row < table.rows; ++row) {
        table.cells.append({row, 1, 1, 1, QStringLiteral("第%1行").arg(row), PublishedTable::Role::RowHeader});
        table.cells.append({row, 2, 1, 1, QString::number(row), PublishedTable::Role::Value});
    }
    return table;
}

// A label spanning rows that continue on the next page is outlined on both pages, and its words stand in
// the taller part, whole, where most of its rows are — not squeezed into the rows left at a page's foot.
void TestPageLayout::labelOverRowsOnTwoPages()
{
    const PublishedTable table = tallTableWithASpanningLabel(QStringLiteral("span"));
    PublishedBlock filler;
    filler.text = QStringLiteral("本机关坚持以公开为常态、不公开为例外。").repeated(40); // most of a page
    PublishedBlock grid;
    grid.kind = PublishedBlock::Kind::Table;
    grid.table = table;
    QPdfWriter pdf(m_dir.filePath(QStringLiteral("span.pdf")));
    pdf.setResolution(300);
    const ComposedPages pages = layOutPages({filler, grid}, pdf);

    std::map<int, int> rowsOnPage;
    const ComposedPages::Cell *label = nullptr;
    for (const ComposedPages::Cell &cell : pages.cells) {
        if (cell.column == 1 && cell.row > 0)
            ++rowsOnPage[cell.page];
        if (cell.row == 1 && cell.column == 0)
            label = &cell;
    }
    QVERIFY(label);
    QVERIFY2(rowsOnPage.size() >= 2, "the rows do not cross a page");
    const auto most = std::max_element(rowsOnPage.begin(), rowsOnPage.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    QVERIFY2(most->first != rowsOnPage.begin()->first, "the page the rows start on holds most of them: the case is not made");
    QCOMPARE(label->page, most->first);
    QVERIFY(label->rect.bottom() <= pages.pageRect.height() + 0.5);
    qreal words = 0;
    for (int i = 0; i < label->layout->lineCount(); ++i)
        words += label->layout->lineAt(i).height();
    QVERIFY(label->rect.height() > words);
    int outlined = 0; // its outline on each page it spans
    for (int page = 0; page < pages.pages.size(); ++page) {
        for (const QRectF &border : pages.pages.at(page).borders)
            outlined += border.left() == label->rect.left() && border.width() == label->rect.width() ? 1 : 0;
    }
    QCOMPARE(outlined, int(rowsOnPage.size()));
}

// QTextDocument drew a line at the foot of a page on the next page too (the reference reports printed
// 六、其他需要报告的事项 twice, and the first lines of a paragraph crossing pages): every line is drawn once.
void TestPageLayout::noLineTwiceAtAPageBreak()
{
    for (const QString &json : {testpaths::data("wenzhou-eeb-2019.json"), QStringLiteral(NIANBAO_SHARED_DIR "/reference/huaian-2024-report.json")}) {
        ReportReadResult read = ReportJson::readFile(json);
        QVERIFY(read.report);
        const QString path = m_dir.filePath(QFileInfo(json).baseName() + QStringLiteral(".pdf"));
        QString error;
        QVERIFY2(exportReport(*read.report, ExportFormat::Pdf, path, {}, &error), qPrintable(error));
        const QString text = rawPdfText(path);
        QCOMPARE(text.count(QStringLiteral("六、其他需要报告的事项")), 1);
        QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList longLines;
        for (const QString &line : std::as_const(lines)) {
            if (line.size() > 30) // a paragraph's full line; short ones (figures, labels) repeat by right
                longLines << line;
        }
        QCOMPARE(QSet<QString>(longLines.begin(), longLines.end()).size(), longLines.size());
        QVERIFY(longLines.size() >= 3); // the introduction's lines at least
    }
}

// Print and preview paint the pages the PDF has, at the printer's resolution (1 200 dpi here): the same
// text, page by page.
void TestPageLayout::printedPagesAreThePdfs()
{
    const QString exportedPath = m_dir.filePath(QStringLiteral("exported.pdf"));
    QString error;
    QVERIFY2(exportReport(*m_reference, ExportFormat::Pdf, exportedPath, {}, &error), qPrintable(error));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printedPath = m_dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printedPath);
    QVERIFY(renderPages(*m_reference, printer, {}));
    QCOMPARE(printer.resolution(), 1200);
    const QString printed = rawPdfText(printedPath);
    QVERIFY(printed.contains(QStringLiteral("六、其他需要报告的事项")));
    QCOMPARE(printed.count(QLatin1Char('\f')), rawPdfText(exportedPath).count(QLatin1Char('\f'))); // as many pages
    QCOMPARE(joinedPdfText(printedPath), joinedPdfText(exportedPath));
}

namespace {

const QString Sentence = QStringLiteral("本机关认真贯彻落实政府信息公开工作要求，持续推进决策、执行、管理、服务、结果公开。");

// The Huaian reference with a county's long narratives (as /tmp/s16/hl-long-narratives.json, where 二's
// heading and then 五's were left at the foot of a page): paragraphs of five sentences — 一 four of them,
// 五 nine, 六 two — with `part`'s last paragraph (or only paragraph, for the introduction) `sentences` long.
Report longNarratives(const QString &part, int sentences)
{
    ReportReadResult read = ReportJson::readFile(QStringLiteral(NIANBAO_SHARED_DIR "/reference/huaian-2024-report.json"));
    if (!read.report)
        return Report(FormatRegistry::builtin().format(QStringLiteral("2021")));
    Report report = std::move(*read.report);
    const std::pair<const char *, int> paragraphs[] = {{"intro", 1}, {"s1", 4}, {"s5", 9}, {"s6", 2}};
    for (const auto &[id, count] : paragraphs) {
        const QString name = QString::fromLatin1(id);
        QStringList texts(count, Sentence.repeated(5));
        if (name == part)
            texts.last() = Sentence.repeated(sentences);
        report.setNarrative(name, texts.join(QLatin1Char('\n')));
    }
    return report;
}

// How many lines of a paragraph's layout the page holds.
int linesOn(const ComposedPages &pages, int page, const QTextLayout *layout)
{
    int lines = 0;
    for (const ComposedPages::Text &text : pages.pages.at(page).texts)
        lines += text.layout == layout ? text.lineCount : 0;
    return lines;
}

} // namespace

// A heading — a section's title, a caption row of 二 — is never the last thing on a page while what it
// heads starts the next: it shares its page with the first two lines of its text (or all of a shorter
// one), with the next heading of an empty section, or with its table's heading rows and first row.
// And no paragraph leaves its first line alone at a page's foot or its last alone at a page's top.
// Each row moves one narrative by a sentence, so that the headings after it pass over a page's foot.
void TestPageLayout::headingsKeepWhatTheyHead_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<int>("sentences");
    QTest::addColumn<int>("dpi");
    // 一's last paragraph: 二's heading, then its caption rows, over page 1's foot (at 5 sentences, the
    // long-narratives report, the heading was alone there).
    for (int sentences = 0; sentences <= 14; ++sentences)
        QTest::addRow("before a table: 一's text + %d sentences", sentences) << "s1" << sentences << 300;
    // The introduction: 一's heading over page 1's foot, before its text.
    for (int sentences = 24; sentences <= 40; sentences += 1)
        QTest::addRow("before a paragraph: introduction of %d sentences", sentences) << "intro" << sentences << 300;
    // 五's last paragraph: 六's heading over page 4's foot, before its text.
    for (int sentences = 0; sentences <= 12; sentences += 2)
        QTest::addRow("before a paragraph: 五's text + %d sentences", sentences) << "s5" << sentences << 300;
    for (int sentences : {3, 5, 7})
        QTest::addRow("at 1200 dpi, 一's text + %d sentences", sentences) << "s1" << sentences << 1200;
}

void TestPageLayout::headingsKeepWhatTheyHead()
{
    QFETCH(QString, part);
    QFETCH(int, sentences);
    QFETCH(int, dpi);
    const Report report = longNarratives(part, sentences);
    QVERIFY(report.narrative(QStringLiteral("s5")).size() > 1000);
    QPdfWriter pdf(m_dir.filePath(QStringLiteral("headings.pdf")));
    pdf.setResolution(dpi);
    const QVector<PublishedBlock> blocks = publishedBlocks(report, {});
    const ComposedPages pages = layOutPages(blocks, pdf);
    QVERIFY(pages.pages.size() >= 4);

    QHash<int, const ComposedPages::Paragraph *> paragraphOf;
    for (const ComposedPages::Paragraph &paragraph : pages.paragraphs)
        paragraphOf.insert(paragraph.block, &paragraph);
    int headings = 0;
    for (int index = 1; index < blocks.size(); ++index) { // not the title
        const PublishedBlock &heading = blocks.at(index);
        if (!heading.heading || heading.kind != PublishedBlock::Kind::Paragraph)
            continue;
        ++headings;
        QVERIFY(paragraphOf.contains(index));
        const int page = paragraphOf.value(index)->page;
        int next = index + 1;
        if (next < blocks.size() && blocks.at(next).text.isEmpty() && next + 1 < blocks.size()
            && blocks.at(next + 1).kind == PublishedBlock::Kind::Table)
            ++next; // the spacer before a table
        QVERIFY(next < blocks.size());
        const QString where = QStringLiteral("“%1” on page %2").arg(heading.text).arg(page + 1);
        if (blocks.at(next).kind == PublishedBlock::Kind::Paragraph) {
            const ComposedPages::Paragraph *text = paragraphOf.value(next);
            QVERIFY(text);
            const int wanted = std::min(2, text->layout->lineCount());
            QVERIFY2(text->page == page && linesOn(pages, page, text->layout) >= wanted,
                     qPrintable(where + QStringLiteral(", what follows it on page %1").arg(text->page + 1)));
            continue;
        }
        // A table: its rows down to the first with a figure, on the heading's page.
        const PublishedTable &table = blocks.at(next).table;
        int firstFigureRow = table.rows;
        for (const PublishedTable::Cell &cell : table.cells) {
            if (cell.role == PublishedTable::Role::Value)
                firstFigureRow = std::min(firstFigureRow, cell.row);
        }
        int checked = 0;
        for (const ComposedPages::Cell &cell : pages.cells) {
            if (cell.block != next || cell.repeatedHeader || cell.row > firstFigureRow)
                continue;
            QVERIFY2(cell.page == page, qPrintable(where + QStringLiteral(", its table's row %1 on page %2").arg(cell.row).arg(cell.page + 1)));
            ++checked;
        }
        QVERIFY(checked > 0);
    }
    QCOMPARE(headings, 6);

    // 二's captions (第二十条第（X）项) share their page with their part's header row and first row.
    for (int index = 0; index < blocks.size(); ++index) {
        if (blocks.at(index).kind != PublishedBlock::Kind::Table || blocks.at(index).table.headerRows > 0)
            continue;
        const PublishedTable &table = blocks.at(index).table;
        QHash<int, int> pageOfRow;
        for (const ComposedPages::Cell &cell : pages.cells) {
            if (cell.block == index)
                pageOfRow.insert(cell.row, cell.page);
        }
        int captions = 0;
        for (const PublishedTable::Cell &cell : table.cells) {
            if (cell.role != PublishedTable::Role::Caption)
                continue;
            ++captions;
            for (int row = cell.row + 1; row <= cell.row + 2; ++row)
                QVERIFY2(pageOfRow.value(row) == pageOfRow.value(cell.row),
                         qPrintable(QStringLiteral("“%1” on page %2, row %3 after it on page %4")
                                        .arg(cell.text).arg(pageOfRow.value(cell.row) + 1).arg(row).arg(pageOfRow.value(row) + 1)));
        }
        QCOMPARE(captions, 4); // 第二十条第（一）、（五）、（六）、（八）项
    }

    // Neither an orphan nor a widow: a paragraph of several lines has two or more on each page it is on.
    for (const ComposedPages::Paragraph &paragraph : pages.paragraphs) {
        if (paragraph.layout->lineCount() < 2)
            continue;
        for (int page = 0; page < pages.pages.size(); ++page) {
            const int lines = linesOn(pages, page, paragraph.layout);
            QVERIFY2(lines != 1, qPrintable(QStringLiteral("one line of a paragraph of %1 alone on page %2")
                                                .arg(paragraph.layout->lineCount()).arg(page + 1)));
        }
    }
}

// What a reader sees: in the exported PDF's text, the last line of a page before its footer is never a
// section's heading — the long-narratives report (二 and 五 were), the Huaian and Wenzhou references.
void TestPageLayout::noHeadingLastOnAPrintedPage_data()
{
    QTest::addColumn<QString>("which");
    QTest::addRow("Huaian, long narratives") << "long";
    QTest::addRow("Huaian, long narratives, 一 + 3 sentences") << "long+3";
    QTest::addRow("Huaian reference") << "huaian";
    QTest::addRow("Wenzhou reference") << "wenzhou";
}

void TestPageLayout::noHeadingLastOnAPrintedPage()
{
    QFETCH(QString, which);
    std::optional<Report> report;
    if (which == QLatin1String("wenzhou")) {
        report = *m_reference;
    } else if (which == QLatin1String("huaian")) {
        report = std::move(ReportJson::readFile(QStringLiteral(NIANBAO_SHARED_DIR "/reference/huaian-2024-report.json")).report);
        QVERIFY(report);
    } else {
        report = longNarratives(QStringLiteral("s1"), which == QLatin1String("long") ? 5 : 8);
    }
    QStringList headings;
    for (const PublishedBlock &block : publishedBlocks(*report, {})) {
        if (block.heading && block.keepWithNext)
            headings << block.text;
    }
    QCOMPARE(headings.size(), 6);
    const QString path = m_dir.filePath(QStringLiteral("foot-%1.pdf").arg(which));
    QString error;
    QVERIFY2(exportReport(*report, ExportFormat::Pdf, path, {}, &error), qPrintable(error));
    const QStringList pages = rawPdfText(path).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QVERIFY(pages.size() >= 3);
    int seen = 0;
    for (int page = 0; page < pages.size(); ++page) {
        const QStringList lines = pages.at(page).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines)
            seen += headings.contains(line) ? 1 : 0;
        QVERIFY(lines.size() >= 2);
        QVERIFY2(lines.last().contains(QRegularExpression(QStringLiteral("^— \\d+ —$"))), qPrintable(lines.last()));
        QVERIFY2(!headings.contains(lines.at(lines.size() - 2)), // the last line before the footer
                 qPrintable(QStringLiteral("page %1 ends with %2").arg(page + 1).arg(lines.at(lines.size() - 2))));
    }
    QCOMPARE(seen, 6); // each heading found, whole, on a line of its own
}

// A heading before something whose first lines or rows are taller than a page — a label over all of a
// table's rows, a paragraph of pages — moves at most once and the rest breaks where it must: at each
// length of what comes before, the pages are composed, the heading has what it heads under it, and
// every line and cell is placed once.
void TestPageLayout::headingBeforeSomethingTallerThanAPage_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<bool>("spacer"); // the empty paragraph the report puts before a table
    QTest::addRow("table with a label over all its rows") << "table" << false;
    QTest::addRow("table with a label over all its rows, after a spacer") << "table" << true;
    QTest::addRow("paragraph of three pages") << "paragraph" << false;
}

void TestPageLayout::headingBeforeSomethingTallerThanAPage()
{
    QFETCH(QString, what);
    QFETCH(bool, spacer);
    const PublishedTable table = tallTableWithASpanningLabel(QStringLiteral("tall"));
    PublishedBlock heading;
    heading.text = QStringLiteral("三、很长的内容");
    heading.heading = true;
    heading.pointSize = 14;
    heading.keepWithNext = true;
    PublishedBlock next;
    if (what == QLatin1String("table")) {
        next.kind = PublishedBlock::Kind::Table;
        next.table = table;
    } else {
        next.text = Sentence.repeated(120);
    }
    PublishedBlock gap; // as publishedBlocks() makes it
    gap.pointSize = 4;
    gap.spaceAfter = 0;
    gap.keepWithNext = true;

    QPdfWriter pdf(m_dir.filePath(QStringLiteral("tall.pdf")));
    pdf.setResolution(300);
    int moved = 0;
    int stayed = 0;
    for (int sentences = 20; sentences <= 40; ++sentences) {
        PublishedBlock filler;
        filler.text = Sentence.repeated(sentences);
        QVector<PublishedBlock> blocks{filler, heading};
        if (spacer)
            blocks << gap;
        blocks << next;
        const ComposedPages pages = layOutPages(blocks, pdf);
        QVERIFY(pages.pages.size() <= 5);
        QCOMPARE(pages.paragraphs.at(1).block, 1);
        const int headingPage = pages.paragraphs.at(1).page;
        (headingPage == pages.paragraphs.at(0).page ? stayed : moved) += 1;
        const QString where = QStringLiteral("%1 sentences before").arg(sentences);
        if (what == QLatin1String("table")) {
            int placed = 0;
            for (const ComposedPages::Cell &cell : pages.cells) {
                placed += cell.repeatedHeader ? 0 : 1;
                if (!cell.repeatedHeader && cell.row <= 1 && cell.column != 0)
                    QVERIFY2(cell.page == headingPage, qPrintable(where));
            }
            QCOMPARE(placed, int(table.cells.size()));
        } else {
            const ComposedPages::Paragraph &text = pages.paragraphs.at(2);
            QVERIFY(text.layout->lineCount() > 100);
            QVERIFY2(linesOn(pages, headingPage, text.layout) >= 2, qPrintable(where));
            int lines = 0;
            for (int page = 0; page < pages.pages.size(); ++page)
                lines += linesOn(pages, page, text.layout);
            QCOMPARE(lines, text.layout->lineCount());
        }
    }
    QVERIFY2(stayed > 0, "the heading never stays under the filler: the case is not made");
    QVERIFY2(moved > 0, "the heading never lands at the foot: the case is not made");
}

// A page that holds fewer lines than the rules ask for (a heading and two lines; two lines of a
// paragraph on each side of a break) takes what fits: the composing ends, and every line and cell is
// placed once.
void TestPageLayout::pageTooShortForTheRules()
{
    QPdfWriter pdf(m_dir.filePath(QStringLiteral("short.pdf")));
    pdf.setResolution(300);
    const QVector<PublishedBlock> blocks = publishedBlocks(*m_reference, {});
    const QSizeF a4 = layOutPages(blocks, pdf).pageRect.size();
    const QSizeF page(a4.width(), 120); // one line of 12-point text at 300 dpi (53 pixels high, 74 apart), not two
    const ComposedPages pages = composePages(blocks, pdf, page);
    QVERIFY(pages.pages.size() > 50);
    int lines = 0;
    int placedLines = 0;
    for (const ComposedPages::Paragraph &paragraph : pages.paragraphs) {
        lines += paragraph.layout->lineCount();
        for (int at = 0; at < pages.pages.size(); ++at) {
            const int here = linesOn(pages, at, paragraph.layout);
            QVERIFY(here <= 1); // the rules cannot be kept
            placedLines += here;
        }
    }
    QCOMPARE(placedLines, lines);
    int cells = 0;
    int placedCells = 0;
    for (const PublishedBlock &block : blocks)
        cells += block.kind == PublishedBlock::Kind::Table ? int(block.table.cells.size()) : 0;
    for (const ComposedPages::Cell &cell : pages.cells)
        placedCells += cell.repeatedHeader ? 0 : 1;
    QCOMPARE(placedCells, cells);
}

QTEST_MAIN(TestPageLayout)
#include "tst_pagelayout.moc"
