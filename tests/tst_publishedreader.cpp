#include "publishedreader.h"
#include "reportbuilder.h"
#include "reportexport.h"
#include "reportjson.h"
#include "testpaths.h"
#include "validator.h"
#include "valueparser.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace nb;

// The reader of published reports: the reference report's text, HTML of our own exporter and of a
// government CMS, and the damage real files have.
class TestPublishedReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void referenceCell_data();
    void referenceCell();
    void referenceDetailsAndNarratives();
    void ourHtmlImportsIdentically_data();
    void ourHtmlImportsIdentically();
    void cmsHtmlImportsIdentically();
    void variations_data();
    void variations();
    void truncatedTextNeverGuesses();
    void notAReport_data();
    void notAReport();
    void narrativeContradictionIsFound();
    void pipeTables_data();
    void pipeTables();

private:
    static PublishedImport readText(const QString &text) { return readPublishedReport(sourceFromText(text)); }
    static QStringList cellMismatches(const Report &got, const Report &want, bool declaredTotals);
    static QString notesOf(const PublishedImport &read);

    QString m_reference;
    std::optional<Report> m_expected;
    PublishedImport m_read;
    QTemporaryDir m_dir;
};

void TestPublishedReader::initTestCase()
{
    QFile file(testpaths::shared("reference/wenzhou-eeb-2019-report.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_reference = QString::fromUtf8(file.readAll());
    ReportReadResult expected = ReportJson::readFile(testpaths::data("wenzhou-eeb-2019.json"));
    QVERIFY(expected.report);
    m_expected = std::move(expected.report);
    m_read = importPublishedFile(testpaths::shared("reference/wenzhou-eeb-2019-report.txt"));
    QVERIFY2(m_read.report, qPrintable(m_read.error));
}

// Every cell: the stored value where the clerk's figures matter, the effective number everywhere. A
// published total may be printed where the source left it to compute (our exporter prints computed
// totals): with declaredTotals false, totals are compared by number only.
QStringList TestPublishedReader::cellMismatches(const Report &got, const Report &want, bool declaredTotals)
{
    QStringList mismatches;
    const FormatDefinition &format = want.format();
    if (got.format().id() != format.id())
        return {QStringLiteral("format %1, expected %2").arg(got.format().id(), format.id())};
    for (int i = 0; i < format.cellCount(); ++i) {
        const CellDef &cell = format.cell(i);
        const bool valueMatters = declaredTotals || !cell.isComputed();
        if ((valueMatters && got.value(i) != want.value(i)) || got.number(i) != want.number(i)
            || (cell.kind == ValueKind::Amount && got.unit(i) != want.unit(i)))
            mismatches << QStringLiteral("%1: %2 %3, expected %4 %5").arg(cell.key, got.displayText(i), got.unit(i), want.displayText(i), want.unit(i));
    }
    return mismatches;
}

QString TestPublishedReader::notesOf(const PublishedImport &read)
{
    QStringList lines;
    for (const ImportNote &note : read.notes)
        lines << QStringLiteral("%1 %2 %3 | %4").arg(importNoteKindName(note.kind), note.where, note.message, note.context);
    return lines.join(QLatin1Char('\n'));
}

void TestPublishedReader::referenceCell_data()
{
    QTest::addColumn<QString>("key");
    const auto format = FormatRegistry::builtin().format(QStringLiteral("2019"));
    for (int i = 0; i < format->cellCount(); ++i)
        QTest::newRow(qPrintable(format->cell(i).key)) << format->cell(i).key;
}

void TestPublishedReader::referenceCell()
{
    QFETCH(QString, key);
    const Report &got = *m_read.report;
    const int cell = got.format().indexOf(key);
    QVERIFY(cell >= 0);
    QCOMPARE(got.value(cell), m_expected->value(cell));
    QCOMPARE(got.number(cell), m_expected->number(cell));
}

void TestPublishedReader::referenceDetailsAndNarratives()
{
    const Report &got = *m_read.report;
    QCOMPARE(got.format().id(), QStringLiteral("2019"));
    QVERIFY(m_read.formatReason.contains(QStringLiteral("2019")));
    QCOMPARE(got.year(), 2019);
    QCOMPARE(got.date(), QDate(2020, 1, 16)); // printed “2020年1月16日月”
    QCOMPARE(got.agency(), m_expected->agency()); // name from the title, the rest from the introduction
    QCOMPARE(got.narratives(), m_expected->narratives());
    QCOMPARE(got.headings(), m_expected->headings()); // “一、政府信息公开工作基本概况和主要措施”, “五、下一步措施”
    QCOMPARE(got.unit(got.format().indexOf(QStringLiteral("s2_9.procurement.amount"))), QStringLiteral("元"));
    QCOMPARE(m_read.cells.size(), 47);
    // Nothing left empty; the text boxes the PDF extraction put between the tables and after the
    // signature are listed, not dropped and not mixed into a section.
    QCOMPARE(m_read.cellsLeftEmpty(), 0);
    int stray = 0;
    for (const ImportNote &note : m_read.notes) {
        QCOMPARE(note.kind, ImportNote::Kind::StrayText);
        QVERIFY(note.line > 0);
        ++stray;
    }
    QVERIFY(notesOf(m_read).contains(QStringLiteral("在信息公开工作中，为更好地回应社会关切")));
    QVERIFY(notesOf(m_read).contains(QStringLiteral("健全信息公开审批登记记录")));
    QVERIFY(stray >= 2);
    for (const Finding &finding : Validator::check(got))
        QVERIFY2(finding.severity != Severity::Error, qPrintable(finding.message.zh));
}

void TestPublishedReader::ourHtmlImportsIdentically_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("reference") << "reference";
    QTest::newRow("every cell, 2019 format") << "2019";
    QTest::newRow("every cell, 2021 format") << "2021";
}

void TestPublishedReader::ourHtmlImportsIdentically()
{
    QFETCH(QString, which);
    Report report = which == QLatin1String("reference") ? *m_expected : fullReport(which);
    // Printed zeros, so that an explicit 0 and a blank stay apart (with zeros printed blank they
    // cannot: the reader then gives blanks, which count the same in every rule).
    report.setZerosBlank(false);
    const QString path = m_dir.filePath(which + QStringLiteral(".html"));
    QString error;
    QVERIFY2(exportReport(report, ExportFormat::Html, path, PublishOptions::of(report), &error), qPrintable(error));
    const PublishedImport read = importPublishedFile(path);
    QVERIFY2(read.report, qPrintable(read.error));
    QVERIFY2(read.cellsLeftEmpty() == 0, qPrintable(notesOf(read)));
    // A blank cell prints as the zeros do (“0” here), so it reads back as the 0 it counts as.
    Report printed = report;
    for (int cell = 0; cell < printed.format().cellCount(); ++cell) {
        if (!printed.format().cell(cell).isComputed() && printed.value(cell).isBlank())
            printed.setValue(cell, CellValue::number(0));
    }
    const QStringList mismatches = cellMismatches(*read.report, printed, false);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
    QCOMPARE(read.report->year(), report.year());
    QCOMPARE(read.report->agency().name, report.agency().name);
    QCOMPARE(read.report->date(), report.date());
    // Paragraphs come back as typed; empty lines between them are layout and are not kept.
    const auto paragraphs = [](const QString &text) { return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts); };
    for (const char *part : {"s1", "s5", "s6"})
        QCOMPARE(paragraphs(read.report->narrative(QLatin1String(part))), paragraphs(report.narrative(QLatin1String(part))));
    QCOMPARE(read.report->headings(), report.headings());
}

void TestPublishedReader::cmsHtmlImportsIdentically()
{
    // Hand-written the way CMS pages are: GB2312-declared and GB18030-encoded, a layout table around
    // the page with a breadcrumb and a footer, MsoNormal paragraphs and spans, <br> inside labels,
    // “构造关系” and “三类内容事务信息” typos, "三安全一稳定" in ASCII quotes, ＋1 in full width,
    // “采购总金额（元）” with its unit in the header.
    const PublishedImport read = importPublishedFile(testpaths::data("published/wenzhou-eeb-2019-cms.html"));
    QVERIFY2(read.report, qPrintable(read.error));
    QVERIFY2(read.cellsLeftEmpty() == 0, qPrintable(notesOf(read)));
    const QStringList mismatches = cellMismatches(*read.report, *m_expected, true);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
    QCOMPARE(read.report->agency(), m_expected->agency());
    QCOMPARE(read.report->date(), m_expected->date());
    QCOMPARE(read.report->narratives(), m_expected->narratives());
    QCOMPARE(read.report->headings(), m_expected->headings());
    QCOMPARE(read.notes.size(), 1); // the footer, listed as stray text
    QVERIFY(read.notes.first().context.contains(QStringLiteral("浙ICP备")));
}

void TestPublishedReader::variations_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("changedCells"); // "key=value; …" as the reader must find them, value "" for blank
    QTest::addColumn<QString>("note");         // a part of the one note expected; empty: none beyond the reference's

    QTest::newRow("typo in a row label") << "5.属于三类内部事务信息" << "5.属于三类内容事务信息" << "" << "";
    QTest::newRow("two typos in a long label") << "2.没有现成信息需要另行制作" << "2.没有现存信息需另行制作" << "" << "";
    QTest::newRow("label broken over two lines") << "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
                                                 << "（二）部分公开（区分处理的，只计这一情形，\n\t不计其他情形）" << "" << "";
    QTest::newRow("bracket quotes") << "3.危及“三安全一稳定”" << "3.危及〔\"三安全一稳定\"〕" << "" << "";
    QTest::newRow("half-width brackets and numbering") << "（一）予以公开" << "(一)予以公开" << "" << "";
    QTest::newRow("not applicable as /") << "\t规章\n\t\u3000\u30000\n" << "\t规章\n\t/\n" << "s2_1.regulations.made=/" << "";
    QTest::newRow("not applicable as -") << "\t规章\n\t\u3000\u30000\n" << "\t规章\n\t-\n" << "s2_1.regulations.made=/" << "";
    QTest::newRow("- in a count cell that cannot be n/a") << "\t规范性文件\n\t\u3000\u30002\n" << "\t规范性文件\n\t-\n"
                                                          << "s2_1.normative.made=" << "“-” cannot be read";
    QTest::newRow("amount with its unit") << "\t政府集中采购\n\t\u30000\n\t0\n" << "\t政府集中采购\n\t3\n\t251000元\n"
                                          << "s2_9.procurement.projects=3; s2_9.procurement.amount=251000" << "";
    QTest::newRow("amount in 万元") << "\t政府集中采购\n\t\u30000\n\t0\n" << "\t政府集中采购\n\t3\n\t25.1万元\n"
                                    << "s2_9.procurement.projects=3; s2_9.procurement.amount=25.1" << "";
    QTest::newRow("full-width figures") << "\t行政许可\n\t\u300033\n\t\u3000+1\n" << "\t行政许可\n\t３３\n\t＋１\n" << "" << "";
    QTest::newRow("provincial extra row kept aside") << "\t规范性文件\n\t\u3000\u30002\n\t\u00a02\n\t\u300010\n"
                                                     << "\t规范性文件\n\t\u3000\u30002\n\t\u00a02\n\t\u300010\n\n\t其中：党内规范性文件\n\t1\n\t1\n\t3\n"
                                                     << "" << "其中：党内规范性文件";
    QTest::newRow("blanks dropped: positions unknown") << "\t（一）予以公开\n\t\u00a015\n\t\u00a01\n\t\u00a0\n\t\u00a02\n\t\u00a0\n\t\u00a0\n\t\u00a018\n"
                                                       << "\t（一）予以公开\n\t15\n\t1\n\t2\n\t18\n"
                                                       << "s3.granted.natural=; s3.granted.business=; s3.granted.nonprofit=; s3.granted.total="
                                                       << "cannot be told";
    QTest::newRow("blanks dropped: every cell filled") << "\t规章\n\t\u3000\u30000\n\t0\u00a0\n\t\u30000\n" << "\t规章\n\t0\n\t0\n\t0\n" << "" << "";
    QTest::newRow("a row printed twice") << "\t行政强制\n" << "\t行政处罚\n\t9\n\t9\n\t9\n\n\t行政强制\n" << "" << "appears a second time";
    QTest::newRow("a row missing") << "\t行政强制\n\t5\n\t0\n\t\u30001\n" << ""
                                   << "s2_6.coercion.prev_items=; s2_6.coercion.change=; s2_6.coercion.decisions="
                                   << "the row “行政强制” was not found";
    QTest::newRow("a table missing") << m_reference.mid(m_reference.indexOf(QStringLiteral("三、收到和处理")),
                                                        m_reference.indexOf(QStringLiteral("四、政府信息公开行政复议")) - m_reference.indexOf(QStringLiteral("三、收到和处理")))
                                     << "" << "s3.*=" << "Table 三、收到和处理政府信息公开申请情况 was not found";
}

void TestPublishedReader::variations()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, changedCells);
    QFETCH(QString, note);

    QVERIFY2(m_reference.contains(from), "the variation's starting text is in the reference");
    QString text = m_reference;
    text.replace(text.indexOf(from), from.size(), to);
    const PublishedImport read = readText(text);
    QVERIFY2(read.report, qPrintable(read.error));

    Report expected = *m_expected;
    for (const QString &assignment : changedCells.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = assignment.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = assignment.section(QLatin1Char('='), 1).trimmed();
        for (int i = 0; i < expected.format().cellCount(); ++i) {
            const CellDef &cell = expected.format().cell(i);
            if (cell.key != key && !(key.endsWith(QLatin1String(".*")) && cell.key.startsWith(key.chopped(1))))
                continue;
            if (value.isEmpty()) {
                expected.setValue(i, CellValue());
                continue;
            }
            if (to.contains(QStringLiteral("万元")) && cell.kind == ValueKind::Amount)
                expected.setUnit(i, QStringLiteral("万元"));
            const ParsedValue parsed = parseCellText(value, cell, expected.unit(i));
            QVERIFY2(parsed.ok, qPrintable(parsed.error));
            expected.setValue(i, parsed.value);
        }
    }
    const QStringList mismatches = cellMismatches(*read.report, expected, true);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));

    QVector<ImportNote> extra;
    for (const ImportNote &n : read.notes) {
        if (n.kind != ImportNote::Kind::StrayText)
            extra << n;
    }
    if (note.isEmpty()) {
        QVERIFY2(extra.isEmpty(), qPrintable(notesOf(read)));
        return;
    }
    QVERIFY2(!extra.isEmpty(), "a note says what was not placed");
    bool found = false;
    for (const ImportNote &n : std::as_const(extra))
        found = found || n.message.contains(note) || n.context.contains(note);
    QVERIFY2(found, qPrintable(notesOf(read)));
    for (const ImportNote &n : std::as_const(extra))
        QVERIFY2(!n.context.isEmpty() || n.kind == ImportNote::Kind::NotFound, "every placed-or-not note shows its text");
}

void TestPublishedReader::truncatedTextNeverGuesses()
{
    // Cut after every line: the reader never crashes, and every cell it fills holds the reference's
    // value. A cut inside a row leaves the row empty and says so.
    const QStringList lines = m_reference.split(QLatin1Char('\n'));
    int partial = 0;
    for (int keep = 0; keep <= lines.size(); ++keep) {
        const PublishedImport read = readText(lines.mid(0, keep).join(QLatin1Char('\n')));
        if (!read.report) {
            QVERIFY(!read.error.isEmpty());
            continue;
        }
        for (const ImportedCell &cell : read.cells) {
            const QString key = read.report->format().cell(cell.cell).key;
            QVERIFY2(read.report->value(cell.cell) == m_expected->value(m_expected->format().indexOf(key)),
                     qPrintable(QStringLiteral("cut after line %1: %2 = %3").arg(keep).arg(key, cell.text)));
        }
        if (read.cells.size() < m_read.cells.size()) {
            ++partial;
            QVERIFY2(read.cellsLeftEmpty() > 0, qPrintable(QStringLiteral("cut after line %1: missing cells are listed").arg(keep)));
        }
    }
    QVERIFY(partial > 100);
}

void TestPublishedReader::notAReport_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("a letter") << QByteArray("尊敬的领导：\n您好！这是一封信。\n");
    QTest::newRow("random bytes") << QByteArray::fromHex("00ff13a7c3b2e1d4f5064718293a4b5c6d7e8f90ff00aa55");
    QTest::newRow("a PDF") << QByteArray("%PDF-1.4\n1 0 obj\n");
}

void TestPublishedReader::notAReport()
{
    QFETCH(QByteArray, bytes);
    const QString path = m_dir.filePath(QStringLiteral("input.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const PublishedImport read = importPublishedFile(path);
    QVERIFY(!read.report);
    QVERIFY(!read.error.isEmpty());
}

void TestPublishedReader::narrativeContradictionIsFound()
{
    // Many published reports quote a figure their own table contradicts: R11 says so after import.
    QString text = m_reference;
    text.replace(QStringLiteral("受理并办理依申请公开46件"), QStringLiteral("受理并办理依申请公开859件"));
    const PublishedImport read = readText(text);
    QVERIFY(read.report);
    QStringList r11;
    for (const Finding &finding : Validator::check(*read.report)) {
        if (finding.ruleId == QLatin1String("R11"))
            r11 << finding.message.zh;
    }
    QCOMPARE(r11.size(), 1);
    QVERIFY2(r11.first().contains(QStringLiteral("859件")), qPrintable(r11.first()));
}

void TestPublishedReader::pipeTables_data()
{
    QTest::addColumn<QString>("formatId");
    QTest::addColumn<QString>("style");
    QTest::addColumn<bool>("blankZeros");
    QTest::newRow("2021, | on both ends, groups as empty cells") << "2021" << "both" << false;
    QTest::newRow("2021, | at the end only, blank for zero") << "2021" << "end" << true;
    QTest::newRow("2021, one cell a line") << "2021" << "cell" << false;
    QTest::newRow("2019, | on both ends, blank for zero") << "2019" << "both" << true;
}

// Tables in pipe form, as PDF-to-Markdown converters and CMS exports give them (written here from
// the format, in the shapes such pages have): group labels once, then empty cells below them.
void TestPublishedReader::pipeTables()
{
    QFETCH(QString, formatId);
    QFETCH(QString, style);
    QFETCH(bool, blankZeros);
    Report report = fullReport(formatId);
    const FormatDefinition &format = report.format();
    QStringList text{report.agency().name + QString::number(report.year()) + QStringLiteral("年政府信息公开工作年度报告")};
    const auto row = [&](const QStringList &cells) {
        if (style == QLatin1String("cell")) {
            for (const QString &cell : cells)
                text << cell + QStringLiteral(" |");
        } else {
            text << (style == QLatin1String("both") ? QStringLiteral("| ") : QString()) + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |");
        }
    };
    for (const SectionDef &section : format.sections()) {
        text << section.heading.zh;
        for (const QString &id : section.tableIds) {
            const TableDef &table = *format.table(id);
            if (!table.caption.zh.isEmpty())
                row({table.caption.zh});
            QStringList header{table.corner.zh};
            for (const HeaderNode *column : table.leafColumns)
                header << column->label.zh;
            row(header);
            QSet<const HeaderNode *> shown;
            for (int r = 0; r < table.leafRows.size(); ++r) {
                QStringList cells;
                QVector<const HeaderNode *> path;
                for (const HeaderNode *node = table.leafRows[r]; node && node->parent; node = node->parent)
                    path.prepend(node);
                for (const HeaderNode *node : std::as_const(path)) {
                    if (node->label.zh.isEmpty())
                        continue; // 四's one row has no label: its figures follow the header
                    cells << (shown.contains(node) ? QString() : node->label.zh);
                    shown.insert(node);
                }
                for (int c = 0; c < table.leafColumns.size(); ++c) {
                    const int cell = table.cellIndex(r, c);
                    QString figure = blankZeros && report.number(cell) == 0 && !report.value(cell).isNotApplicable() ? QString() : report.displayText(cell);
                    if (format.cell(cell).kind == ValueKind::Amount && !figure.isEmpty())
                        figure += report.unit(cell); // “12345.6789万元”: the unit in the cell
                    cells << figure;
                }
                row(cells);
            }
        }
    }
    const PublishedImport read = readText(text.join(QLatin1Char('\n')));
    QVERIFY2(read.report, qPrintable(read.error));
    QVERIFY2(read.cellsLeftEmpty() == 0, qPrintable(notesOf(read)));
    for (int i = 0; i < format.cellCount(); ++i) {
        const CellDef &cell = format.cell(i);
        if (cell.isComputed() || (blankZeros && report.number(i) == 0))
            continue; // a blank-for-zero reads back blank, which counts the same
        QVERIFY2(read.report->value(i) == report.value(i),
                 qPrintable(QStringLiteral("%1: %2, expected %3").arg(cell.key, read.report->displayText(i), report.displayText(i))));
    }
}

QTEST_MAIN(TestPublishedReader)
#include "tst_publishedreader.moc"
