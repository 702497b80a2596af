#include "publisheddocument.h"

#include "publishedtable.h"

#include "report.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace nb {

namespace {

const qreal BodyPointSize = 12;

QTextCharFormat textFormat(qreal pointSize, bool heading = false)
{
    QTextCharFormat format;
    format.setFontFamilies({heading ? headingFontFamily() : bodyFontFamily()});
    format.setFontPointSize(pointSize);
    return format;
}

void addParagraph(QTextCursor &cursor, const QString &text, const QTextCharFormat &format, Qt::Alignment alignment,
                  qreal indentInEm = 0, qreal spaceAfter = 4, qreal spaceBefore = 0, bool keepWithNext = false)
{
    QTextBlockFormat block;
    block.setTopMargin(spaceBefore);
    if (keepWithNext)
        block.setProperty(KeepWithNextProperty, true);
    block.setAlignment(alignment);
    // In points (two characters of the face); setParagraphIndents() turns them into a layout's units.
    block.setTextIndent(indentInEm * format.fontPointSize());
    block.setProperty(IndentPointsProperty, indentInEm * format.fontPointSize());
    block.setBottomMargin(spaceAfter);
    block.setLineHeight(140, QTextBlockFormat::ProportionalHeight);
    cursor.insertBlock(block, format);
    cursor.insertText(text);
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

std::unique_ptr<QTextDocument> buildPublishedDocument(const Report &report, const PublishOptions &options)
{
    auto document = std::make_unique<QTextDocument>();
    document->setMetaInformation(QTextDocument::DocumentTitle, publishedTitle(report));
    document->setDocumentMargin(0);
    QFont body(bodyFontFamily());
    body.setPointSizeF(BodyPointSize);
    document->setDefaultFont(body);
    QTextCursor cursor(document.get());

    // Title, centred, on two lines as published: agency and year, then the kind of report.
    QTextBlockFormat titleBlock;
    titleBlock.setAlignment(Qt::AlignHCenter);
    titleBlock.setBottomMargin(14);
    cursor.setBlockFormat(titleBlock);
    // On two lines, as published: who and which year, then what.
    cursor.insertText(QStringLiteral("%1%2年").arg(report.agency().name).arg(report.year()), textFormat(20, true));
    cursor.insertText(QString(QChar::LineSeparator) + QStringLiteral("政府信息公开工作年度报告"), textFormat(20, true));

    const QTextCharFormat text = textFormat(BodyPointSize);
    const QTextCharFormat heading = textFormat(14, true);
    addParagraph(cursor, introduction(report), text, Qt::AlignJustify, 2);

    const FormatDefinition &format = report.format();
    for (const SectionDef &section : format.sections()) {
        const QString custom = report.heading(section.id);
        addParagraph(cursor, custom.isEmpty() ? section.heading.zh : custom, heading, Qt::AlignLeft, 0, 6, 8, true);
        for (const QString &paragraph : report.narrative(section.id).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            // A paragraph goes in as blocks of some hundred sentences: Qt lays a block out, and draws it on
            // each page it spans, as a whole, so one block of a million characters cost minutes where the
            // same text in blocks costs seconds. The blocks join without indent or space between them.
            const QStringList pieces = piecesOf(paragraph);
            for (int i = 0; i < pieces.size(); ++i)
                addParagraph(cursor, pieces.at(i), text, Qt::AlignJustify, i == 0 ? 2 : 0, i == pieces.size() - 1 ? 4 : 0);
        }
        for (const PublishedTable &table : publishedTables(report, section, options)) {
            // An empty paragraph before each table holds its place in the flow.
            addParagraph(cursor, QString(), textFormat(4), Qt::AlignLeft, 0, 0, 0, true);
            addTable(cursor, table);
        }
    }

    for (const QString &line : closingLines(report, options))
        addParagraph(cursor, line, text, Qt::AlignRight, 0, 2);
    return document;
}

} // namespace nb
