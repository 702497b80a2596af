#include "formatregistry.h"
#include "publisheddocument.h"
#include "publishedtable.h"
#include "reportbuilder.h"
#include "reviewtestutil.h"
#include "reportdocument.h"
#include "reportreview.h"
#include "reportexport.h"
#include "reportjson.h"
#include "tablelayout.h"
#include "storetestutil.h"
#include "pdftestutil.h"
#include "testpaths.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QtTest>

#include <ctime>

using namespace nb;

// The published report: the PDF's text as a reader's tools extract it (poppler's pdftotext), its pages
// and metadata, the HTML's tables, the ODT's content.
class TestPublishing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfTextHasEveryLabelInOrder();
    void pdfTextHasEveryFigureAndNarrative();
    void pdfPagesAndMetadata();
    void zerosBlankOption();
    void htmlTablesAreRealTables_data();
    void htmlTablesAreRealTables();
    void odtHoldsTheText();
    void odtOpensInLibreOffice();
    void generatedIntroduction();
    void pdfTimeGrowsWithTheText();
    void blankCellsPrintAsZerosDo_data();
    void blankCellsPrintAsZerosDo();
    void procurementHeaderIsVerbatim();
    void sectionTwoIsOneTable_data();
    void sectionTwoIsOneTable();
    void dateIsTheReportsOwn();
    void signOffDatesTheReport();

private:
    static QString run(const QString &program, const QStringList &arguments);
    QString exported(const Report &report, ExportFormat format, const char *name, const PublishOptions &options = {});

    QTemporaryDir m_dir;
    std::optional<Report> m_reference;
    QString m_text; // the reference report's PDF text in document order, lines joined, page footers out
};

QString TestPublishing::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString TestPublishing::exported(const Report &report, ExportFormat format, const char *name, const PublishOptions &options)
{
    const QString path = m_dir.filePath(QLatin1String(name));
    QString error;
    if (!exportReport(report, format, path, options, &error))
        qWarning("%s", qPrintable(error));
    return path;
}

void TestPublishing::initTestCase()
{
    // To look at the files made (the PDF pages of a signed report, say): NIANBAO_KEEP_OUTPUT=1.
    m_dir.setAutoRemove(!qEnvironmentVariableIsSet("NIANBAO_KEEP_OUTPUT"));
    if (!m_dir.autoRemove())
        qInfo("files kept in %s", qPrintable(m_dir.path()));
    ReportReadResult read = ReportJson::readFile(testpaths::data("wenzhou-eeb-2019.json"));
    QVERIFY(read.report);
    m_reference = std::move(read.report);
    const QString pdf = exported(*m_reference, ExportFormat::Pdf, "reference.pdf");
    m_text = joinedPdfText(pdf);
    QVERIFY2(!m_text.isEmpty(), "pdftotext (poppler-utils) gave nothing");
}

void TestPublishing::pdfTextHasEveryLabelInOrder()
{
    // Every label of the format, in the order of the official document. Each must be found exactly —
    // the same code points as typed (no Kangxi radicals for 生, 人…) — after the one before it.
    const FormatDefinition &format = m_reference->format();
    QStringList labels{publishedTitle(*m_reference).left(10)};
    for (const SectionDef &section : format.sections()) {
        const QString custom = m_reference->heading(section.id);
        labels << (custom.isEmpty() ? section.heading.zh : custom);
        for (const QString &tableId : section.tableIds) {
            const TableLayout layout(*format.table(tableId));
            // Header cells in the order a reader meets them: by row, then column.
            QVector<TableLayout::HeaderCell> cells = layout.headerCells();
            std::stable_sort(cells.begin(), cells.end(), [](const auto &a, const auto &b) {
                return a.row != b.row ? a.row < b.row : a.column < b.column;
            });
            for (const TableLayout::HeaderCell &cell : std::as_const(cells)) {
                if (!cell.text.zh.isEmpty())
                    labels << cell.text.zh;
            }
        }
    }
    labels << m_reference->agency().name << QStringLiteral("2020年1月16日");
    qsizetype at = 0;
    for (const QString &label : std::as_const(labels)) {
        const qsizetype found = m_text.indexOf(label, at);
        QVERIFY2(found >= 0, qPrintable(QStringLiteral("“%1” not found after position %2").arg(label).arg(at)));
        at = found;
    }
    QVERIFY(!m_text.contains(QChar(0x2F63))); // ⽣, the Kangxi radical that Noto CJK would give for 生
    QVERIFY(!m_text.contains(QStringLiteral("草稿"))); // the draft mark is drawn, not text
}

void TestPublishing::pdfTextHasEveryFigureAndNarrative()
{
    for (const QString &part : {QStringLiteral("intro"), QStringLiteral("s1"), QStringLiteral("s5"), QStringLiteral("s6")}) {
        for (const QString &paragraph : m_reference->narrative(part).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QVERIFY2(m_text.contains(paragraph), qPrintable(paragraph.left(40)));
    }
    // The figures of section 三's first row, in order along the row, and the totals the app computed.
    QVERIFY2(m_text.contains(QRegularExpression(QStringLiteral("一、本年新收政府信息公开申请数量\\s*39\\s*1\\s*0\\s*4\\s*0\\s*1\\s*45"))), "row 一");
    QVERIFY(m_text.contains(QRegularExpression(QStringLiteral("（七）总计\\s*40\\s*1\\s*0\\s*4\\s*0\\s*1\\s*46"))));
    QVERIFY(m_text.contains(QRegularExpression(QStringLiteral("行政许可\\s*33\\s*\\+1\\s*417"))));
}

void TestPublishing::pdfPagesAndMetadata()
{
    const QString info = run(QStringLiteral("pdfinfo"), {m_dir.filePath(QStringLiteral("reference.pdf"))});
    const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
    QVERIFY2(pages >= 2 && pages <= 6, qPrintable(info));
    QVERIFY(info.contains(QStringLiteral("595 x 842 pts (A4)")));
    QVERIFY(info.contains(QStringLiteral("Title:           温州市生态环境局2019年政府信息公开工作年度报告")));
    const QString fonts = run(QStringLiteral("pdffonts"), {m_dir.filePath(QStringLiteral("reference.pdf"))});
    QVERIFY2(fonts.contains(QStringLiteral("UMing")) && fonts.contains(QStringLiteral("WenQuanYi")), qPrintable(fonts));
    for (const QString &line : fonts.split(QLatin1Char('\n')).mid(2, -1)) {
        if (!line.trimmed().isEmpty())
            QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line)); // embedded
    }
}

void TestPublishing::zerosBlankOption()
{
    PublishOptions blank;
    blank.zerosBlank = true;
    const QString text = joinedPdfText(exported(*m_reference, ExportFormat::Pdf, "blank.pdf", blank));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("（七）总计\\s*40\\s*1\\s*4\\s*1\\s*46"))));
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("（七）总计\\s*40\\s*1\\s*0"))));

    // The report's own setting is what the window, print and the export command use.
    Report report = *m_reference;
    QVERIFY(!PublishOptions::of(report).zerosBlank);
    report.setZerosBlank(true);
    QVERIFY(PublishOptions::of(report).zerosBlank);
    QVERIFY(PublishOptions::of(report).draft);
}

void TestPublishing::htmlTablesAreRealTables_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("dataRows");
    QTest::newRow("2019") << "2019" << 23;
    QTest::newRow("2021") << "2021" << 25;
}

void TestPublishing::htmlTablesAreRealTables()
{
    QFETCH(QString, format);
    QFETCH(int, dataRows);
    const Report report = fullReport(format);
    QFile file(exported(report, ExportFormat::Html, "report.html"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(!html.contains(QStringLiteral("src=")) && !html.contains(QStringLiteral("<link"))); // self-contained
    // The section 三 table: found by its 勾稽 note, its rows counted, merged cells present.
    const qsizetype start = html.lastIndexOf(QStringLiteral("<table"), html.indexOf(QStringLiteral("勾稽关系")));
    const QString table = html.mid(start, html.indexOf(QStringLiteral("</table>"), start) - start);
    const TableLayout layout(*report.format().table(QStringLiteral("s3")));
    QCOMPARE(int(table.count(QStringLiteral("<tr"))), layout.firstValueRow() + dataRows);
    QVERIFY(table.contains(QStringLiteral("rowspan=")) && table.contains(QStringLiteral("colspan=")));
    // Each data row carries its seven values (plus its label cells).
    const QStringList rows = table.split(QStringLiteral("<tr")).mid(1 + layout.firstValueRow());
    QCOMPARE(rows.size(), dataRows);
    for (const QString &row : rows)
        QVERIFY(row.count(QStringLiteral("<td")) >= 7);
}

void TestPublishing::odtHoldsTheText()
{
    const QString odt = exported(*m_reference, ExportFormat::Odt, "report.odt");
    const QString content = run(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
    QVERIFY2(content.contains(QStringLiteral("三、收到和处理政府信息公开申请情况")), "content.xml lacks section 三");
    QVERIFY(content.contains(QStringLiteral("table:table")));
    QVERIFY(content.contains(QStringLiteral("本机关不掌握相关政府信息")));
    // Paragraphs indent two characters of 12 pt there too (Qt's writer made 24 pixels 18 pt).
    QVERIFY(content.contains(QStringLiteral("fo:text-indent=\"24pt\"")));
    const QString listing = run(QStringLiteral("unzip"), {QStringLiteral("-l"), odt});
    QVERIFY(listing.contains(QStringLiteral("mimetype")));
}

// The ODT is for editing in LibreOffice or WPS: LibreOffice itself must open it and lay it out as a
// document of a few pages (Qt's ODF writer once gave every table a finger-wide column: nine pages).
void TestPublishing::odtOpensInLibreOffice()
{
    const QString office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    QVERIFY2(!office.isEmpty(), "libreoffice not found: .ci/install-deps brings libreoffice-writer-nogui");
    const QString odt = exported(*m_reference, ExportFormat::Odt, "opened.odt");
    const QString outDir = m_dir.filePath(QStringLiteral("office"));
    QProcess process;
    process.start(office, {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("profile"))).toString(),
                           QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                           QStringLiteral("--outdir"), outDir, odt});
    QVERIFY(process.waitForFinished(180000));
    const QString pdf = outDir + QStringLiteral("/opened.pdf");
    QVERIFY2(QFile::exists(pdf), process.readAllStandardError().constData());

    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY2(pages.hasMatch(), qPrintable(info));
    QVERIFY2(pages.captured(1).toInt() <= 4, qPrintable(pages.captured(0)));
    const QString text = joinedPdfText(pdf);
    for (const char *label : {"三、收到和处理政府信息公开申请情况", "本年新收政府信息公开申请数量", "四、政府信息公开行政复议、行政诉讼情况"})
        QVERIFY2(text.contains(QString::fromUtf8(label)), label);
}

void TestPublishing::generatedIntroduction()
{
    Report report = *m_reference;
    report.setNarrative(QStringLiteral("intro"), QString());
    const QString intro = introduction(report);
    QVERIFY(intro.contains(QStringLiteral("统计期限自2019年1月1日起至2019年12月31日止")));
    QVERIFY(intro.contains(QStringLiteral("http://sthjj.wenzhou.gov.cn")));
    QVERIFY(intro.contains(QStringLiteral("邮编：325027")));
    const std::unique_ptr<QTextDocument> document = buildPublishedDocument(report, {});
    QVERIFY(document->toPlainText().contains(intro));
}

// Issue 15, item 7: the time to export grows with the text, not faster (one paragraph of a million
// characters took 57 s where a tenth took 0.8 s). The whole paragraph is still there, in order. Past the
// narrative limit, as a report built in memory can be: the layout must not rely on the limit.
void TestPublishing::pdfTimeGrowsWithTheText()
{
    const QString sentence = QStringLiteral("本机关坚持以公开为常态、不公开为例外，推进决策、执行、管理、服务、结果公开。");
    auto msFor = [&](int characters, const char *name) {
        Report report = blankReport(QStringLiteral("2021"), 2021, QStringLiteral("某局"));
        report.setNarrative(QStringLiteral("s1"), sentence.repeated(characters / sentence.size() + 1).left(characters));
        // Processor time, not the wall clock: a busy machine must not fail the test.
        const std::clock_t start = std::clock();
        exported(report, ExportFormat::Pdf, name);
        return qint64(std::clock() - start) * 1000 / CLOCKS_PER_SEC;
    };
    msFor(1000, "warm-up.pdf"); // fonts are loaded once
    const qint64 small = std::max<qint64>(msFor(50000, "small.pdf"), 1);
    const qint64 large = msFor(400000, "large.pdf");
    qInfo("50 000 characters in one paragraph: %lld ms of processor time; 400 000: %lld ms", small, large);
    // Eight times the text: one block per paragraph took 18.6 times as long (224 ms, 4 162 ms), in pieces
    // it takes 4.4 times (155 ms, 684 ms); quadratic would be 64.
    QVERIFY2(large < 12 * small, qPrintable(QStringLiteral("%1 ms, then %2 ms for eight times the text").arg(small).arg(large)));
    const QString text = joinedPdfText(m_dir.filePath(QStringLiteral("small.pdf")));
    QVERIFY(text.contains(sentence.repeated(3)));
}

// A blank cell prints as the report prints its zeros: “0” beside 0s, or empty when the report leaves
// zeros blank. (It printed empty beside “0”s, as if the clerk had forgotten it.)
void TestPublishing::blankCellsPrintAsZerosDo_data()
{
    QTest::addColumn<bool>("zerosBlank");
    QTest::addColumn<QString>("zero");
    QTest::newRow("zeros printed") << false << "0";
    QTest::newRow("zeros blank") << true << "";
}

void TestPublishing::blankCellsPrintAsZerosDo()
{
    QFETCH(bool, zerosBlank);
    QFETCH(QString, zero);
    Report report = reportFrom(QStringLiteral("2021"), 2021, QStringLiteral("3.new.natural=39; 3.new.business=0; 3.granted.natural=39"));
    PublishOptions options;
    options.zerosBlank = zerosBlank;
    const int blank = report.format().indexOf(QStringLiteral("s3.new.research"));
    QCOMPARE(publishedCellText(report, blank, options), zero);
    QCOMPARE(publishedCellText(report, report.format().indexOf(QStringLiteral("s3.new.business")), options), zero);
    QCOMPARE(publishedCellText(report, report.format().indexOf(QStringLiteral("s3.new.natural")), options), QStringLiteral("39"));
    report.setValue(report.format().indexOf(QStringLiteral("s2_1.regulations.issued")), CellValue::notApplicable());
    QCOMPARE(publishedCellText(report, report.format().indexOf(QStringLiteral("s2_1.regulations.issued")), options), QStringLiteral("/"));

    // In the PDF: the row of 一 reads 39, then the blank and the 0 alike.
    report.setAgency({QStringLiteral("某局"), {}, {}, {}, {}, {}, {}, {}});
    const QString text = joinedPdfText(exported(report, ExportFormat::Pdf, "blanks.pdf", options));
    const QString expected = zerosBlank ? QStringLiteral("一、本年新收政府信息公开申请数量\\s*39\\s*39")
                                        : QStringLiteral("一、本年新收政府信息公开申请数量\\s*39\\s*0\\s*0\\s*0\\s*0\\s*0\\s*39");
    QVERIFY2(text.contains(QRegularExpression(expected)), qPrintable(text.left(2000)));
}

// The 2019 format's 第二十条第（九）项 header is just 采购总金额 (printed 采购总金额（元） until now): the
// unit the agency reports in goes into the cell, as published reports write it.
void TestPublishing::procurementHeaderIsVerbatim()
{
    Report report = *m_reference;
    const int amount = report.format().indexOf(QStringLiteral("s2_9.procurement.amount"));
    report.setValue(amount, CellValue::number(251000 * AmountScale));
    report.setUnit(amount, QStringLiteral("元"));
    const QVector<PublishedTable> tables = publishedTables(report, *report.format().section(QStringLiteral("s2")), {});
    QCOMPARE(tables.size(), 1);
    QStringList headers;
    QString cell;
    for (const PublishedTable::Cell &c : tables[0].cells) {
        if (c.role == PublishedTable::Role::ColumnHeader)
            headers << c.text;
        if (c.role == PublishedTable::Role::Value && c.row == tables[0].rows - 1 && c.column == 2)
            cell = c.text;
    }
    QCOMPARE(headers.last(), QStringLiteral("采购总金额"));
    QCOMPARE(cell, QStringLiteral("251000元"));
    report.setUnit(amount, QStringLiteral("万元"));
    report.setValue(amount, CellValue::number(251 * AmountScale / 10));
    QCOMPARE(publishedCellText(report, amount, {}), QStringLiteral("25.1万元"));

    const QString text = joinedPdfText(exported(report, ExportFormat::Pdf, "procurement.pdf"));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("采购项目数量\\s*采购总金额\\s*政府集中采购\\s*0\\s*25\\.1万元"))),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("采购总金额（")));
}

// Section 二 is one table in the official format: a caption row and a header row before each part's
// rows, a narrower part's last column spanning to the edge (as ../shared/reference/huaian-2024-report.pdf).
void TestPublishing::sectionTwoIsOneTable_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QStringList>("captions");
    QTest::newRow("2019") << "2019" << 5 * 2 + 2 + 2 + 2 + 1 + 1
                          << QStringLiteral("第二十条第（一）项|第二十条第（五）项|第二十条第（六）项|第二十条第（八）项|第二十条第（九）项").split(QLatin1Char('|'));
    QTest::newRow("2021") << "2021" << 4 * 2 + 2 + 1 + 2 + 1
                          << QStringLiteral("第二十条第（一）项|第二十条第（五）项|第二十条第（六）项|第二十条第（八）项").split(QLatin1Char('|'));
}

void TestPublishing::sectionTwoIsOneTable()
{
    QFETCH(QString, format);
    QFETCH(int, rows);
    QFETCH(QStringList, captions);
    const Report report = fullReport(format);
    const QVector<PublishedTable> tables = publishedTables(report, *report.format().section(QStringLiteral("s2")), {});
    QCOMPARE(tables.size(), 1);
    const PublishedTable &table = tables[0];
    QCOMPARE(table.rows, rows);
    QCOMPARE(table.columns, 4);
    QCOMPARE(table.headerRows, 0);
    QStringList found;
    QVector<int> covered(table.rows * table.columns, 0);
    for (const PublishedTable::Cell &cell : table.cells) {
        if (cell.role == PublishedTable::Role::Caption) {
            found << cell.text;
            QCOMPARE(cell.columns, 4);
        }
        for (int r = cell.row; r < cell.row + cell.rows; ++r) {
            for (int c = cell.column; c < cell.column + cell.columns; ++c)
                ++covered[r * table.columns + c];
        }
    }
    QCOMPARE(found, captions);
    QCOMPARE(covered, QVector<int>(table.rows * table.columns, 1)); // every grid position once: no hole, no overlap

    // In the document: one table between the heading of 二 and that of 三.
    const std::unique_ptr<QTextDocument> document = buildPublishedDocument(report, {});
    int tablesInTwo = 0;
    bool inTwo = false;
    for (QTextFrame *frame : document->rootFrame()->childFrames()) {
        const QString before = document->findBlock(frame->firstPosition() - 1).previous().text();
        inTwo = before.startsWith(QStringLiteral("二、")) || (inTwo && !before.startsWith(QStringLiteral("三、")));
        if (qobject_cast<QTextTable *>(frame) && inTwo)
            ++tablesInTwo;
    }
    QCOMPARE(tablesInTwo, 1);
}

// The 落款 is the report's own date, printed as it is; none when it has none (it is given at sign-off).
void TestPublishing::dateIsTheReportsOwn()
{
    Report report = *m_reference;
    QCOMPARE(closingLines(report, {}), (QStringList{QStringLiteral("温州市生态环境局"), QStringLiteral("2020年1月16日")}));
    report.setDate(QDate());
    QCOMPARE(closingLines(report, {}), QStringList{QStringLiteral("温州市生态环境局")});
    PublishOptions signedOff;
    signedOff.signedBy = QStringLiteral("李主任");
    signedOff.signedAt = QDateTime(QDate(2025, 1, 20), QTime(10, 0));
    report.setDate(QDate(2025, 1, 18));
    QCOMPARE(closingLines(report, signedOff), (QStringList{QStringLiteral("温州市生态环境局"), QStringLiteral("2025年1月18日"),
                                                          QStringLiteral("签发人：李主任　签发日期：2025年1月20日")}));
}

// Signing off gives the report its date, as the supervisor set it in the sign dialog; it is part of
// what is signed (the sign-off still holds after), and a refused sign-off changes nothing.
void TestPublishing::signOffDatesTheReport()
{
    QTemporaryDir dir;
    auto opened = openStore(dir.filePath(QStringLiteral("sign.sqlite")));
    QVERIFY(opened.store);
    ReportStore &store = *opened.store;
    const User clerk{QStringLiteral("张三"), Role::Clerk};
    const User boss{QStringLiteral("李主任"), Role::Supervisor};
    QString error;
    QVERIFY2(store.addUser(clerk, QString(), std::nullopt, &error), qPrintable(error));
    QVERIFY2(store.addUser(boss, QStringLiteral("secret-123"), std::nullopt, &error), qPrintable(error));
    Report report = reportFrom(QStringLiteral("2021"), 2024, QStringLiteral("3.new.natural=2; 3.granted.natural=2"));
    fillForSubmission(report);
    report.setAgency({QStringLiteral("测试局"), {}, {}, {}, {}, {}, {}, {}});
    const std::optional<int> id = store.addReport(report, clerk.name, &error);
    QVERIFY2(id, qPrintable(error));
    ReportReview review(store, *id);
    auto perform = [&](ReviewAction action, const User &user, const QString &password, const QDate &date) {
        const ReportDocument document(*store.loadReport(*id, &error), &store, *id, user.name);
        return review.perform(action, user, QString(), password, document, date);
    };
    QVERIFY(perform(ReviewAction::Submit, clerk, QString(), QDate()).done);
    QVERIFY(!perform(ReviewAction::SignOff, boss, QStringLiteral("wrong"), QDate(2025, 1, 20)).done);
    QVERIFY(!store.loadReport(*id, &error)->date().isValid());
    // The store takes a date this way only from a report under review: a draft's is edited with its details.
    QVERIFY(!store.saveSignOffDate(*id + 1, QDate(2025, 1, 20), boss.name, &error));

    // Signed today, long after 2024's deadline and after the date under it: the supervisor accepts those
    // warnings (R17) with a note, as the review dialog asks.
    acceptWarnings(review, ReportDocument(*store.loadReport(*id, &error), &store, *id, boss.name), boss, true);
    const ReportReview::Outcome outcome = perform(ReviewAction::SignOff, boss, QStringLiteral("secret-123"), QDate(2025, 1, 20));
    QVERIFY2(outcome.done, qPrintable(outcome.reason));
    const Report signedReport = *store.loadReport(*id, &error);
    QCOMPARE(signedReport.date(), QDate(2025, 1, 20));
    QVERIFY(!review.isTampered());
    QVERIFY(!store.saveSignOffDate(*id, QDate(2026, 11, 30), boss.name, &error)); // signed: no longer
    QVERIFY2(error.contains(QStringLiteral("submitted")), qPrintable(error));
    QVERIFY(closingLines(signedReport, review.publishOptions(signedReport)).contains(QStringLiteral("2025年1月20日")));
    const QString text = joinedPdfText(exported(signedReport, ExportFormat::Pdf, "signed.pdf", review.publishOptions(signedReport)));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("测试局\\s*2025年1月20日\\s*签发人：李主任\\s*签发日期："))), qPrintable(text.right(200)));
}

QTEST_MAIN(TestPublishing)
#include "tst_publishing.moc"
