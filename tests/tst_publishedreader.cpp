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
    void realForms_data();
    void realForms();
    void leftOverFiguresAreNotChecked_data();
    void leftOverFiguresAreNotChecked();
    void agencyAndYearFromOpeningLine_data();
    void agencyAndYearFromOpeningLine();

private:
    static PublishedImport readText(const QString &text) { return readPublishedReport(sourceFromText(text)); }
    static QStringList cellMismatches(const Report &got, const Report &want, bool declaredTotals);
    static QString notesOf(const PublishedImport &read);
    static QString rowsOnOneLine(const Report &report);

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

// The report as `pdftotext -raw` or a copy from a PDF viewer gives it: each row on one line, its label
// then its figures separated by spaces (amounts with their unit), a group's label on a line of its own
// before its first part, header words on one line.
QString TestPublishedReader::rowsOnOneLine(const Report &report)
{
    const FormatDefinition &format = report.format();
    QStringList text{report.agency().name + QString::number(report.year()) + QStringLiteral("年政府信息公开工作年度报告")};
    for (const SectionDef &section : format.sections()) {
        text << section.heading.zh;
        for (const QString &id : section.tableIds) {
            const TableDef &table = *format.table(id);
            if (!table.caption.zh.isEmpty())
                text << table.caption.zh;
            QStringList header{table.corner.zh};
            for (const HeaderNode *column : table.leafColumns)
                header << column->label.zh;
            text << header.join(QLatin1Char(' '));
            QSet<const HeaderNode *> shown;
            for (int r = 0; r < table.leafRows.size(); ++r) {
                const HeaderNode *leaf = table.leafRows[r];
                for (const HeaderNode *group = leaf->parent; group && group->parent; group = group->parent) {
                    if (!shown.contains(group) && !group->label.zh.isEmpty())
                        text << group->label.zh;
                    shown.insert(group);
                }
                QStringList cells;
                if (!leaf->label.zh.isEmpty())
                    cells << leaf->label.zh;
                for (int c = 0; c < table.leafColumns.size(); ++c) {
                    const int cell = table.cellIndex(r, c);
                    QString figure = report.displayText(cell);
                    if (format.cell(cell).kind == ValueKind::Amount)
                        figure += report.unit(cell);
                    cells << figure;
                }
                text << cells.join(QLatin1Char(' '));
            }
        }
    }
    return text.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void TestPublishedReader::realForms_data()
{
    QTest::addColumn<QString>("formatId");
    // Changes to rowsOnOneLine's text, ";"-separated: "a|b" every a becomes b; "^a|b" the line starting
    // with a becomes b ("\n" in b for several lines); "~a" the line starting with a is dropped.
    QTest::addColumn<QString>("changes");
    QTest::addColumn<QString>("cells"); // "key=value; …" expected other than the report's; value "" for left empty
    QTest::addColumn<QString>("note");  // a part of the one note expected; empty: no note but stray text

    QTest::newRow("2021, rows on one line (pdftotext -raw)") << "2021" << "" << "" << "";
    QTest::newRow("2019, rows on one line (pdftotext -raw)") << "2019" << "" << "" << "";
    QTest::newRow("figures on the line after a wrapped label")
        << "2021" << "（二）部分公开（区分处理的，只计这一情形，不计其他情形） |（二）部分公开（区分处理的，只计这一情\n形，不计其他情形）\n" << "" << "";
    QTest::newRow("1、 for 1.") << "2021" << "1.|1、" << "" << "";
    QTest::newRow("1、 for 1., 2019") << "2019" << "1.|1、;2.|2、;3.|3、" << "" << "";
    QTest::newRow("规范性文件 for 行政规范性文件") << "2021" << "行政规范性文件 |规范性文件 " << "" << "";
    QTest::newRow("sections renumbered (a section added before them)")
        << "2021" << "四、政府信息公开|五、政府信息公开;三、收到和处理|四、收到和处理;二、主动公开|三、主动公开" << "" << "";
    QTest::newRow("tables titled 表一 表二 表三")
        << "2021" << "二、主动公开政府信息情况|二、主动公开政府信息情况\n表一：主动公开政府信息情况;"
                     "三、收到和处理政府信息公开申请情况|三、收到和处理政府信息公开申请情况\n表二：收到和处理政府信息公开申请情况;"
                     "四、政府信息公开行政复议、行政诉讼情况|四、政府信息公开行政复议、行政诉讼情况\n表三：政府信息公开行政复议、行政诉讼情况"
        << "" << "";
    QTest::newRow("2021, （六）其他处理 undivided")
        << "2021" << "^（六）其他处理|（六）其他处理 10 20 30 40 50 60 210;~1.申请人无正当理由;~2.申请人逾期未按;~3.其他 "
        << "s3.other_misc.natural=10; s3.other_misc.business=20; s3.other_misc.research=30; s3.other_misc.nonprofit=40; "
           "s3.other_misc.legal=50; s3.other_misc.other=60; s3.other_misc.total=210; s3.other_no_correction.*=; s3.other_unpaid.*="
        << "is printed as one row";
    QTest::newRow("run together, one split adds up")
        << "2021" << "^一、本年新收|一、本年新收政府信息公开申请数量230 000023"
        << "s3.new.natural=23; s3.new.business=0; s3.new.research=0; s3.new.nonprofit=0; s3.new.legal=0; s3.new.other=0; s3.new.total=23"
        << "";
    QTest::newRow("run together, the Huaian row")
        << "2021" << "^（一）予以公开|（一）予以公开1288210050 31362"
        << "s3.granted.natural=1288; s3.granted.business=21; s3.granted.research=0; s3.granted.nonprofit=0; s3.granted.legal=50; s3.granted.other=3; s3.granted.total=1362"
        << "";
    QTest::newRow("run together, two splits: listed, not guessed")
        << "2021" << "^规章 |规章1011" << "s2_1.regulations.*=" << "run together (“1011”)";
    QTest::newRow("run together, no split adds up: listed")
        << "2021" << "^一、本年新收|一、本年新收政府信息公开申请数量11000011" << "s3.new.*=" << "run together (“11000011”)";
    QTest::newRow("empty cells a crawler ran together (|||): positions unknown, listed")
        << "2021" << "^一、本年新收|一、本年新收政府信息公开申请数量 |\n3 |\n3 |\n|||||||" << "s3.new.*=" << "cannot be told";
    QTest::newRow("labels first, figures after in a block: refused")
        << "2021" << "^规章 |规章\n行政规范性文件\n1\n0\n11\n8\n26\n66;~行政规范性文件 "
        << "s2_1.regulations.*=; s2_1.normative.*=" << "printed apart";
    QTest::newRow("labels first, one figure a row: refused")
        << "2021" << "^行政处罚 |行政处罚\n行政强制\n3985758\n88283;~行政强制 " << "s2_6.penalty.*=; s2_6.coercion.*=" << "printed apart";
    // Each cell a line with a “|” line between each two (桃江 2020, 安康 2019): the pipes are separators.
    QTest::newRow("bare cells, a lone | between them: a separator")
        << "2019" << "^规章 |规章\n|\n1\n|\n2\n|\n3\n|;^规范性文件 |规范性文件\n|\n4\n|\n5\n|\n6\n|"
        << "s2_1.regulations.made=1; s2_1.regulations.published=2; s2_1.regulations.public_total=3; "
           "s2_1.normative.made=4; s2_1.normative.published=5; s2_1.normative.public_total=6"
        << "";
    QTest::newRow("bare cells, two lone | in a row: one blank cell")
        << "2019" << "^规章 |规章\n|\n1\n|\n|\n3\n|"
        << "s2_1.regulations.made=1; s2_1.regulations.published=; s2_1.regulations.public_total=3" << "";
    QTest::newRow("bare cells, a lone | between them: an amount with its unit")
        << "2019" << "^政府集中采购|政府集中采购\n|\n8\n|\n160.5964万元\n|"
        << "s2_9.procurement.projects=8; s2_9.procurement.amount=160.5964" << "";
    // A PDF lost glyphs of a label (洪泽 2023): read by its number and place, and said so.
    QTest::newRow("numbered row, characters of its label lost")
        << "2021" << "^2.其他法律行政法规禁止公开|2.其他法律行政止公开\n15 22 29 36 43 0 7" << "" << "characters of its label are missing";
    QTest::newRow("numbered row, label changed, not only shortened: not read")
        << "2021" << "^2.其他法律行政法规禁止公开|2.其他法律行政准许公开\n15 22 29 36 43 0 7" << "s3.refused_law.*=" << "was not found";
    QTest::newRow("numbered row, characters lost, number not its place: not read")
        << "2021" << "^2.其他法律行政法规禁止公开|4.其他法律行政止公开\n15 22 29 36 43 0 7" << "s3.refused_law.*=" << "was not found";
    // Cells written with their own “|” (长春 二道区 2022): a lone “|” there is a blank cell.
    QTest::newRow("cells with their own |, a lone | is a blank cell")
        << "2021" << "^规章 |规章 |\n1 |\n|\n3 |"
        << "s2_1.regulations.issued=1; s2_1.regulations.repealed=; s2_1.regulations.in_force=3" << "";
}

void TestPublishedReader::leftOverFiguresAreNotChecked_data()
{
    QTest::addColumn<QString>("row");           // the 2019 format's 规范性文件 row as printed
    QTest::addColumn<QString>("published");     // 本年新公开数量 as read
    QTest::addColumn<bool>("r8");               // R8 (本年新公开数量 ≤ 对外公开总数量) reported on the row

    QTest::newRow("three figures: checked") << "规范性文件 5 9 7" << "9" << true;
    // A figure after the last column: the row's figures may be one column off (桃江's false R8).
    QTest::newRow("a figure left over: not checked") << "规范性文件 5 9 7 1" << "9" << false;
}

// A rule that reads a cell of a row with figures left over is not checked: its finding would be about
// where the reader put the figures, not about the report.
void TestPublishedReader::leftOverFiguresAreNotChecked()
{
    QFETCH(QString, row);
    QFETCH(QString, published);
    QFETCH(bool, r8);

    QStringList lines = rowsOnOneLine(fullReport(QStringLiteral("2019"))).split(QLatin1Char('\n'));
    bool replaced = false;
    for (QString &line : lines) {
        if (line.startsWith(QStringLiteral("规范性文件 "))) {
            line = row;
            replaced = true;
        }
    }
    QVERIFY(replaced);
    const PublishedImport read = readText(lines.join(QLatin1Char('\n')));
    QVERIFY2(read.report, qPrintable(read.error));
    const int cell = read.report->format().indexOf(QStringLiteral("s2_1.normative.published"));
    QVERIFY(cell >= 0);
    QCOMPARE(read.report->displayText(cell), published);
    int unchecked = 0;
    bool found = false;
    for (const Finding &finding : findingsOfRead(read, &unchecked))
        found = found || (finding.ruleId == QLatin1String("R8") && finding.cells.contains(cell));
    QCOMPARE(found, r8);
    if (!r8)
        QVERIFY(unchecked > 0);
}

// What real reports print, each changed into the text of a report whose figures are known: every cell
// read is the report's (or the row's stated figures), every cell not read is said so, never filled
// from another row.
void TestPublishedReader::realForms()
{
    QFETCH(QString, formatId);
    QFETCH(QString, changes);
    QFETCH(QString, cells);
    QFETCH(QString, note);

    Report report = fullReport(formatId);
    QStringList lines = rowsOnOneLine(report).split(QLatin1Char('\n'));
    for (const QString &change : changes.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString what = change.section(QLatin1Char('|'), 0, 0);
        const QString by = change.section(QLatin1Char('|'), 1);
        bool done = false;
        for (int i = 0; i < lines.size(); ++i) {
            if (change.startsWith(QLatin1Char('~')) && lines[i].startsWith(what.mid(1))) {
                lines.removeAt(i);
                done = true;
                break;
            }
            if (change.startsWith(QLatin1Char('^')) && lines[i].startsWith(what.mid(1))) {
                lines[i] = by;
                done = true;
                break;
            }
            if (!change.startsWith(QLatin1Char('~')) && !change.startsWith(QLatin1Char('^')) && lines[i].contains(what)) {
                lines[i].replace(what, by);
                done = true;
            }
        }
        QVERIFY2(done, qPrintable(change));
    }
    const QString text = lines.join(QLatin1Char('\n'));
    const PublishedImport read = readText(text);
    QVERIFY2(read.report, qPrintable(read.error));
    QCOMPARE(read.report->format().id(), formatId);

    Report expected = report;
    for (const QString &assignment : cells.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = assignment.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = assignment.section(QLatin1Char('='), 1).trimmed();
        bool any = false;
        for (int i = 0; i < expected.format().cellCount(); ++i) {
            const CellDef &cell = expected.format().cell(i);
            if (cell.key != key && !(key.endsWith(QLatin1String(".*")) && cell.key.startsWith(key.chopped(1))))
                continue;
            any = true;
            if (value.isEmpty()) {
                expected.setValue(i, CellValue());
                continue;
            }
            const ParsedValue parsed = parseCellText(value, cell, expected.unit(i));
            QVERIFY2(parsed.ok, qPrintable(parsed.error));
            expected.setValue(i, parsed.value);
        }
        QVERIFY2(any, qPrintable(key));
    }
    // Totals are compared as printed: the text prints the figures the report displays.
    QStringList mismatches;
    for (int i = 0; i < expected.format().cellCount(); ++i) {
        const CellDef &cell = expected.format().cell(i);
        const bool blank = expected.value(i).isBlank();
        const QString want = blank ? QString() : expected.displayText(i);
        const QString got = read.report->value(i).isBlank() ? QString() : read.report->displayText(i);
        if (got != want)
            mismatches << QStringLiteral("%1: read “%2”, expected “%3”").arg(cell.key, got, want);
    }
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n')) + QLatin1Char('\n') + notesOf(read)));

    QVector<ImportNote> extra;
    for (const ImportNote &n : read.notes) {
        if (n.kind != ImportNote::Kind::StrayText && n.kind != ImportNote::Kind::MissingDetail)
            extra << n;
    }
    if (note.isEmpty()) {
        QVERIFY2(extra.isEmpty(), qPrintable(notesOf(read)));
        return;
    }
    bool found = false;
    for (const ImportNote &n : std::as_const(extra))
        found = found || n.message.contains(note);
    QVERIFY2(found, qPrintable(notesOf(read)));
}

void TestPublishedReader::agencyAndYearFromOpeningLine_data()
{
    QTest::addColumn<QString>("opening"); // the line printed instead of the title
    QTest::addColumn<QString>("agency");
    QTest::addColumn<int>("year");

    QTest::newRow("title") << "某某市某某局2023年政府信息公开工作年度报告" << "某某市某某局" << 2023;
    // The opening sentence in the title's words (湛江 2023, a 区统计局 2023): the lead-in is not the agency.
    QTest::newRow("lead-in 要求，特编制")
        << "根据《中华人民共和国政府信息公开条例》要求,特编制某某市某某办公室2023年政府信息公开工作年度报告。" << "某某市某某办公室" << 2023;
    QTest::newRow("lead-in 规定，现公布")
        << "根据《中华人民共和国政府信息公开条例》规定，现公布区某某局2023年政府信息公开工作年度报告。" << "区某某局" << 2023;
    // No title (an excerpt cut it): the year the figures are stated at the end of (桃江 2020, 长春 2023).
    QTest::newRow("no title, 截止…12月31日") << "截止2020年12月31日历年累计公开26条。" << "" << 2020;
    QTest::newRow("no title, 截至…12月31日") << "截至2023年12月31日，共主动公开信息3条。" << "" << 2023;
}

void TestPublishedReader::agencyAndYearFromOpeningLine()
{
    QFETCH(QString, opening);
    QFETCH(QString, agency);
    QFETCH(int, year);

    QStringList lines = rowsOnOneLine(fullReport(QStringLiteral("2021"))).split(QLatin1Char('\n'));
    lines[0] = opening; // the title rowsOnOneLine prints
    const PublishedImport read = readText(lines.join(QLatin1Char('\n')));
    QVERIFY2(read.report, qPrintable(read.error));
    QCOMPARE(read.report->agency().name, agency);
    QCOMPARE(read.report->year(), year);
}

QTEST_MAIN(TestPublishedReader)
#include "tst_publishedreader.moc"
