#include "htmlexport.h"

#include "publisheddocument.h"
#include "publishedtable.h"
#include "report.h"

namespace nb {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Small on purpose: a CMS keeps the markup and may drop the stylesheet, and the page must still read
// well without it. No font is named: the reader's device chooses its own Chinese face.
const char StyleSheet[] = R"(body{margin:0 auto;max-width:50em;padding:1em;line-height:1.75;color:#111;background:#fff}
h1{font-size:1.5em;text-align:center;line-height:1.4}
h2{font-size:1.2em;margin:1.5em 0 .5em}
p{margin:.3em 0;text-indent:2em;white-space:pre-wrap}
p.end{text-align:right;text-indent:0}
p.draft{text-indent:0;color:#a40000;font-weight:bold;border:2px solid #a40000;padding:.3em .6em}
.scroll{overflow-x:auto;margin:.5em 0 1em}
.scroll:focus{outline:2px solid #005fcc}
table{border-collapse:collapse;width:100%;min-width:20em}
th,td{border:1px solid #333;padding:.25em .4em;vertical-align:middle}
th{font-weight:normal;text-align:left}
thead th,th[scope=col]{font-weight:bold;text-align:center}
tbody th[scope=rowgroup]{font-weight:bold;background:#eef}
td{text-align:center}
table.wide{font-size:.9em;min-width:50em}
table.wide tbody th{min-width:5em}
table.wide thead th{word-break:keep-all}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
)";

QString span(const PublishedTable::Cell &cell)
{
    QString attributes;
    if (cell.rows > 1)
        attributes += QStringLiteral(" rowspan=\"%1\"").arg(cell.rows);
    if (cell.columns > 1)
        attributes += QStringLiteral(" colspan=\"%1\"").arg(cell.columns);
    return attributes;
}

QString cellHtml(const PublishedTable &table, const PublishedTable::Cell &cell)
{
    const int at = headerBreak(table, cell);
    const QString text = at > 0 ? escaped(cell.text.left(at)) + QStringLiteral("<wbr>") + escaped(cell.text.mid(at)) : escaped(cell.text);
    switch (cell.role) {
    case PublishedTable::Role::Caption:
        // “第二十条第（一）项” heads the rows of its part, which is its own <tbody>.
        return QStringLiteral("<th scope=\"rowgroup\"%1>%2</th>").arg(span(cell), text);
    case PublishedTable::Role::ColumnHeader:
        // The corner of 三 spans the header rows and holds the 勾稽 note, not a header of anything;
        // 信息内容 in 二 heads the column of row labels.
        if (cell.column < table.labelColumns && cell.rows > 1)
            return QStringLiteral("<td%1>%2</td>").arg(span(cell), text);
        return QStringLiteral("<th scope=\"col\"%1>%2</th>").arg(span(cell), text);
    case PublishedTable::Role::RowHeader:
        return QStringLiteral("<th scope=\"row\"%1>%2</th>").arg(span(cell), text);
    case PublishedTable::Role::Value:
        break;
    }
    return QStringLiteral("<td%1>%2</td>").arg(span(cell), text);
}

void writeTable(QString &html, const PublishedTable &table, const QString &caption)
{
    // Focusable, so that a keyboard scrolls a table wider than a phone; not a landmark of its own (its
    // section is, under the same heading).
    html += QStringLiteral("<div class=\"scroll\" tabindex=\"0\">\n");
    html += QStringLiteral("<table%1>\n<caption class=\"vh\">%2</caption>\n")
                .arg(table.columns > 6 ? QStringLiteral(" class=\"wide\"") : QString(), escaped(caption));
    int at = 0;
    QString group; // the row group open: thead, or a tbody (二 has one per part, opened by its caption row)
    for (int row = 0; row < table.rows; ++row) {
        const QString wanted = row < table.headerRows ? QStringLiteral("thead") : QStringLiteral("tbody");
        const bool captionRow = at < table.cells.size() && table.cells[at].row == row
                                && table.cells[at].role == PublishedTable::Role::Caption;
        if (wanted != group || (captionRow && wanted == QLatin1String("tbody"))) {
            if (!group.isEmpty())
                html += QStringLiteral("</%1>\n").arg(group);
            group = wanted;
            html += QStringLiteral("<%1>\n").arg(group);
        }
        html += QStringLiteral("<tr>");
        for (; at < table.cells.size() && table.cells[at].row == row; ++at)
            html += cellHtml(table, table.cells[at]);
        html += QStringLiteral("</tr>\n");
    }
    if (!group.isEmpty())
        html += QStringLiteral("</%1>\n").arg(group);
    html += QStringLiteral("</table>\n</div>\n");
}

void writeParagraphs(QString &html, const QString &text)
{
    for (const QString &paragraph : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!paragraph.trimmed().isEmpty())
            html += QStringLiteral("<p>%1</p>\n").arg(escaped(paragraph));
    }
}

} // namespace

QByteArray publishedHtml(const Report &report, const PublishOptions &options)
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html += QStringLiteral("<title>%1</title>\n").arg(escaped(publishedTitle(report)));
    if (!report.agency().name.isEmpty())
        html += QStringLiteral("<meta name=\"author\" content=\"%1\">\n").arg(escaped(report.agency().name));
    html += QStringLiteral("<style>\n") + QString::fromUtf8(StyleSheet) + QStringLiteral("</style>\n</head>\n<body>\n<main>\n");
    html += QStringLiteral("<h1>%1%2年<br>政府信息公开工作年度报告</h1>\n").arg(escaped(report.agency().name)).arg(report.year());
    if (options.draft)
        html += QStringLiteral("<p class=\"draft\" role=\"note\">草稿：本报告尚未签发。</p>\n");
    writeParagraphs(html, introduction(report));

    const FormatDefinition &format = report.format();
    for (const SectionDef &section : format.sections()) {
        const QString custom = report.heading(section.id);
        const QString heading = custom.isEmpty() ? section.heading.zh : custom;
        const QString id = QStringLiteral("section-") + section.id;
        html += QStringLiteral("<section aria-labelledby=\"%1\">\n<h2 id=\"%1\">%2</h2>\n").arg(id, escaped(heading));
        writeParagraphs(html, report.narrative(section.id));
        for (const PublishedTable &table : publishedTables(report, section, options))
            writeTable(html, table, heading);
        html += QStringLiteral("</section>\n");
    }
    for (const QString &line : closingLines(report, options))
        html += QStringLiteral("<p class=\"end\">%1</p>\n").arg(escaped(line));
    html += QStringLiteral("</main>\n</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace nb
