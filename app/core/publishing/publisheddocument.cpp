#include "publisheddocument.h"

#include "report.h"
#include "tablelayout.h"

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
    block.setTextIndent(indentInEm * format.fontPointSize());
    block.setBottomMargin(spaceAfter);
    block.setLineHeight(140, QTextBlockFormat::ProportionalHeight);
    cursor.insertBlock(block, format);
    cursor.insertText(text);
}

void addTable(QTextCursor &cursor, const Report &report, const TableDef &table, const PublishOptions &options)
{
    const TableLayout layout(table);
    // Wide tables get a smaller face so that they stay on an A4 portrait page and legible.
    const qreal pointSize = layout.columnCount() > 12 ? 7.5 : layout.columnCount() > 6 ? 9 : 10.5;

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
    format.setHeaderRowCount(layout.firstValueRow());
    // Row labels take what the values leave: about 46 % in section 三, half the width in 二.
    const int labels = layout.firstValueColumn();
    const int values = layout.columnCount() - labels;
    const qreal labelShare = labels == 0 ? 0 : (labels > 1 ? 46 : 40);
    QVector<QTextLength> widths;
    for (int column = 0; column < layout.columnCount(); ++column) {
        qreal share = (100 - labelShare) / values;
        if (column < labels)
            share = labels == 1 ? labelShare : (column == labels - 1 ? labelShare - 10 * (labels - 1) : 10);
        widths << QTextLength(QTextLength::PercentageLength, share);
    }
    format.setColumnWidthConstraints(widths);

    QTextTable *grid = cursor.insertTable(layout.rowCount(), layout.columnCount(), format);
    for (const TableLayout::HeaderCell &header : layout.headerCells()) {
        grid->mergeCells(header.row, header.column, header.rows, header.columns);
        QTextTableCell cell = grid->cellAt(header.row, header.column);
        QTextCursor at = cell.firstCursorPosition();
        QTextBlockFormat block;
        block.setAlignment(header.columnHeader ? Qt::AlignCenter : Qt::AlignLeft);
        at.setBlockFormat(block);
        at.insertText(header.text.zh + amountUnitNote(report, layout, header), textFormat(pointSize, header.columnHeader));
        QTextTableCellFormat cellFormat;
        cellFormat.setVerticalAlignment(QTextCharFormat::AlignMiddle);
        cell.setFormat(cellFormat);
    }
    for (int row = layout.firstValueRow(); row < layout.rowCount(); ++row) {
        for (int column = layout.firstValueColumn(); column < layout.columnCount(); ++column) {
            const int c = layout.cellAt(row, column);
            QString text = report.displayText(c);
            if (options.zerosBlank && text == QLatin1String("0"))
                text.clear();
            QTextCursor at = grid->cellAt(row, column).firstCursorPosition();
            QTextBlockFormat block;
            block.setAlignment(Qt::AlignCenter);
            at.setBlockFormat(block);
            at.insertText(text, textFormat(pointSize));
        }
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
        for (const QString &paragraph : report.narrative(section.id).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            addParagraph(cursor, paragraph, text, Qt::AlignJustify, 2);
        for (const QString &tableId : section.tableIds) {
            // An empty paragraph before each table holds its place in the flow.
            addParagraph(cursor, QString(), textFormat(4), Qt::AlignLeft, 0, 0, 0, true);
            addTable(cursor, report, *format.table(tableId), options);
        }
    }

    addParagraph(cursor, report.agency().name, text, Qt::AlignRight, 0, 2);
    if (report.date().isValid())
        addParagraph(cursor, QStringLiteral("%1年%2月%3日").arg(report.date().year()).arg(report.date().month()).arg(report.date().day()),
                     text, Qt::AlignRight);
    if (!options.signedBy.isEmpty()) {
        const QDate day = options.signedAt.toLocalTime().date();
        addParagraph(cursor, QStringLiteral("签发人：%1　签发日期：%2年%3月%4日").arg(options.signedBy).arg(day.year()).arg(day.month()).arg(day.day()),
                     text, Qt::AlignRight);
        if (!options.signerFingerprint.isEmpty())
            addParagraph(cursor, QStringLiteral("签名密钥指纹：%1").arg(options.signerFingerprint), text, Qt::AlignRight);
    }
    return document;
}

} // namespace nb
