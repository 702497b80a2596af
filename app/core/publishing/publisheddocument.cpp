#include "publisheddocument.h"

#include "publishedtable.h"

#include "report.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace nb {

namespace {

QTextCharFormat textFormat(qreal pointSize, bool heading = false)
{
    QTextCharFormat format;
    format.setFontFamilies({heading ? headingFontFamily() : bodyFontFamily()});
    format.setFontPointSize(pointSize);
    return format;
}

void addParagraph(QTextCursor &cursor, const PublishedBlock &paragraph, bool first)
{
    const QTextCharFormat format = textFormat(paragraph.pointSize, paragraph.heading);
    QTextBlockFormat block;
    block.setTopMargin(paragraph.spaceBefore);
    block.setAlignment(paragraph.alignment);
    if (paragraph.indentPoints > 0) {
        // In points; setParagraphIndents() turns them into a layout's units.
        block.setTextIndent(paragraph.indentPoints);
        block.setProperty(IndentPointsProperty, paragraph.indentPoints);
    }
    block.setBottomMargin(paragraph.spaceAfter);
    if (paragraph.lineHeightPercent != 100)
        block.setLineHeight(paragraph.lineHeightPercent, QTextBlockFormat::ProportionalHeight);
    if (first) {
        cursor.setBlockFormat(block); // a document has its first block already
        cursor.setBlockCharFormat(format);
    } else {
        cursor.insertBlock(block, format);
    }
    cursor.insertText(paragraph.text, format);
}

PublishedBlock paragraph(const QString &text, qreal pointSize, bool heading, Qt::Alignment alignment, qreal indentInEm = 0,
                         qreal spaceAfter = 4, qreal spaceBefore = 0, bool keepWithNext = false)
{
    PublishedBlock block;
    block.text = text;
    block.pointSize = pointSize;
    block.heading = heading;
    block.alignment = alignment;
    block.indentPoints = indentInEm * pointSize;
    block.spaceAfter = spaceAfter;
    block.spaceBefore = spaceBefore;
    block.keepWithNext = keepWithNext;
    return block;
}

// A paragraph cut after sentence ends into pieces of at most MaxBlock characters (a sentence longer than
// that is cut where it reaches the limit). Real paragraphs are far shorter and stay whole.
QStringList piecesOf(const QString &paragraph)
{
    constexpr int MaxBlock = 2000;
    QStringList pieces;
    int start = 0;
    while (paragraph.size() - start > MaxBlock) {
        int cut = start + MaxBlock;
        for (int i = cut - 1; i > start + MaxBlock / 2; --i) {
            const QChar c = paragraph.at(i);
            if (c == QChar(0x3002) || c == QChar(0xFF01) || c == QChar(0xFF1F) || c == QChar(0xFF1B) || c == QLatin1Char('.')) {
                cut = i + 1;
                break;
            }
        }
        if (paragraph.at(cut - 1).isHighSurrogate())
            --cut; // never between the halves of one character
        pieces << paragraph.mid(start, cut - start);
        start = cut;
    }
    pieces << paragraph.mid(start);
    return pieces;
}

void addTable(QTextCursor &cursor, const PublishedTable &table)
{
    QTextTableFormat format;
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(Qt::black); // the default brush draws nothing
    format.setBorder(1);
    format.setBorderCollapse(true);
    format.setCellPadding(2);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setAlignment(Qt::AlignHCenter);
    format.setBottomMargin(0);
    // Header rows repeat on every page the table crosses: a header is never left without its rows.
    format.setHeaderRowCount(table.headerRows);
    QVector<QTextLength> widths;
    for (qreal share : table.columnShares)
        widths << QTextLength(QTextLength::PercentageLength, share);
    format.setColumnWidthConstraints(widths);

    QTextTable *grid = cursor.insertTable(table.rows, table.columns, format);
    for (const PublishedTable::Cell &cell : table.cells) {
        if (cell.rows > 1 || cell.columns > 1)
            grid->mergeCells(cell.row, cell.column, cell.rows, cell.columns);
        QTextTableCell at = grid->cellAt(cell.row, cell.column);
        QTextCursor text = at.firstCursorPosition();
        QTextBlockFormat block;
        const bool header = cell.role == PublishedTable::Role::ColumnHeader;
        block.setAlignment(header || cell.role == PublishedTable::Role::Value ? Qt::AlignCenter : Qt::AlignLeft);
        text.setBlockFormat(block);
        QString words = cell.text;
        if (const int at = headerBreak(table, cell); at > 0)
            words.insert(at, QChar::LineSeparator);
        text.insertText(words, textFormat(table.pointSize, header || cell.role == PublishedTable::Role::Caption));
        QTextTableCellFormat cellFormat;
        cellFormat.setVerticalAlignment(QTextCharFormat::AlignMiddle);
        at.setFormat(cellFormat);
    }
    cursor.movePosition(QTextCursor::End);
}

} // namespace

PublishOptions PublishOptions::of(const Report &report)
{
    PublishOptions options;
    options.zerosBlank = report.zerosBlank();
    return options;
}

QString bodyFontFamily()
{
    return QStringLiteral("AR PL UMing CN");
}

QString headingFontFamily()
{
    return QStringLiteral("WenQuanYi Zen Hei");
}

QString publishedTitle(const Report &report)
{
    return QStringLiteral("%1%2年政府信息公开工作年度报告").arg(report.agency().name).arg(report.year());
}

static QString chineseDate(const QDate &day)
{
    return QStringLiteral("%1年%2月%3日").arg(day.year()).arg(day.month()).arg(day.day());
}

QStringList closingLines(const Report &report, const PublishOptions &options)
{
    QStringList lines{report.agency().name};
    if (report.date().isValid())
        lines << chineseDate(report.date());
    if (!options.signedBy.isEmpty()) {
        lines << QStringLiteral("签发人：%1　签发日期：%2").arg(options.signedBy, chineseDate(options.signedAt.toLocalTime().date()));
        if (!options.signerFingerprint.isEmpty())
            lines << (options.signedRevision > 0
                          ? QStringLiteral("签名密钥指纹：%1　第%2版").arg(options.signerFingerprint).arg(options.signedRevision)
                          : QStringLiteral("签名密钥指纹：%1").arg(options.signerFingerprint));
    }
    return lines;
}

QString introduction(const Report &report)
{
    const QString written = report.narrative(QStringLiteral("intro"));
    if (!written.isEmpty())
        return written;
    const Agency &a = report.agency();
    QString text = QStringLiteral("根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，特向社会公布%1年度本机关政府信息公开工作年度报告。"
                                  "本报告中所列数据的统计期限自%1年1月1日起至%1年12月31日止。")
                       .arg(report.year());
    if (!a.website.isEmpty())
        text += QStringLiteral("本报告的电子版可在%1门户网站（%2）下载。").arg(a.name, a.website);
    QStringList contact;
    const std::pair<const char *, QString> parts[] = {{"地址", a.address}, {"邮编", a.postcode}, {"电话", a.phone},
                                                      {"传真", a.fax}, {"电子邮箱", a.email}};
    for (const auto &[label, value] : parts) {
        if (!value.isEmpty())
            contact << QString::fromUtf8(label) + QStringLiteral("：") + value;
    }
    if (!contact.isEmpty() || !a.office.isEmpty())
        text += QStringLiteral("如对本报告有任何疑问，请与%1联系（%2）。").arg(a.office.isEmpty() ? a.name : a.office, contact.join(QStringLiteral("；")));
    return text;
}

QVector<PublishedBlock> publishedBlocks(const Report &report, const PublishOptions &options)
{
    QVector<PublishedBlock> blocks;
    // Title, centred, on two lines as published: who and which year, then what.
    PublishedBlock title = paragraph(QStringLiteral("%1%2年").arg(report.agency().name).arg(report.year()) + QChar(QChar::LineSeparator)
                                         + QStringLiteral("政府信息公开工作年度报告"),
                                     20, true, Qt::AlignHCenter, 0, 14);
    title.lineHeightPercent = 100;
    blocks << title;
    blocks << paragraph(introduction(report), BodyPointSize, false, Qt::AlignJustify, 2);

    const FormatDefinition &format = report.format();
    for (const SectionDef &section : format.sections()) {
        const QString custom = report.heading(section.id);
        blocks << paragraph(custom.isEmpty() ? section.heading.zh : custom, 14, true, Qt::AlignLeft, 0, 6, 8, true);
        for (const QString &text : report.narrative(section.id).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            // A paragraph goes in as blocks of some hundred sentences: Qt lays a block out, and draws it on
            // each page it spans, as a whole, so one block of a million characters cost minutes where the
            // same text in blocks costs seconds. The blocks join without indent or space between them.
            const QStringList pieces = piecesOf(text);
            for (int i = 0; i < pieces.size(); ++i)
                blocks << paragraph(pieces.at(i), BodyPointSize, false, Qt::AlignJustify, i == 0 ? 2 : 0, i == pieces.size() - 1 ? 4 : 0);
        }
        for (const PublishedTable &table : publishedTables(report, section, options)) {
            // An empty paragraph before each table holds its place in the flow.
            blocks << paragraph(QString(), 4, false, Qt::AlignLeft, 0, 0, 0, true);
            PublishedBlock grid;
            grid.kind = PublishedBlock::Kind::Table;
            grid.table = table;
            grid.spaceAfter = 0;
            blocks << grid;
        }
    }

    for (const QString &line : closingLines(report, options))
        blocks << paragraph(line, BodyPointSize, false, Qt::AlignRight, 0, 2);
    return blocks;
}

std::unique_ptr<QTextDocument> buildPublishedDocument(const Report &report, const PublishOptions &options)
{
    auto document = std::make_unique<QTextDocument>();
    document->setMetaInformation(QTextDocument::DocumentTitle, publishedTitle(report));
    document->setDocumentMargin(0);
    QFont body(bodyFontFamily());
    body.setPointSizeF(BodyPointSize);
    document->setDefaultFont(body);
    QTextCursor cursor(document.get());
    bool first = true;
    for (const PublishedBlock &block : publishedBlocks(report, options)) {
        if (block.kind == PublishedBlock::Kind::Table)
            addTable(cursor, block.table);
        else
            addParagraph(cursor, block, first);
        first = false;
    }
    return document;
}

} // namespace nb
