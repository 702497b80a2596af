#include "publishedreader_p.h"

#include "labelmatch.h"

#include <QRegularExpression>

#include <functional>

namespace nb::published {

QStringList labelsOf(const HeaderNode &row)
{
    QStringList labels{row.label.zh};
    if (!row.shortLabel.isEmpty())
        labels << row.shortLabel;
    // The 2021 format renamed 规范性文件 to 行政规范性文件; many reports kept the old word.
    if (row.label.zh == QStringLiteral("行政规范性文件"))
        labels << QStringLiteral("规范性文件");
    return labels;
}

// Every label of the table found in lines [from, to): rows (groups too, they end the row before them)
// and headers, each over one to three lines, exactly first, then with a typo allowed. The lines found
// are consumed.
QVector<Hit> Reader::findLabels(const TableDef &table, int from, int to)
{
    QVector<const HeaderNode *> rowNodes;
    LabelMatcher rows;
    std::function<void(const HeaderNode &)> addRow = [&](const HeaderNode &node) {
        for (const HeaderNode &child : node.children) {
            for (const QString &label : labelsOf(child))
                rows.add(label, int(rowNodes.size()));
            rowNodes << &child;
            addRow(child);
        }
    };
    addRow(table.rows);
    QVector<const HeaderNode *> columnNodes;
    LabelMatcher headers;
    std::function<void(const HeaderNode &)> addColumn = [&](const HeaderNode &node) {
        headers.add(node.label.zh, int(columnNodes.size()));
        columnNodes << &node;
        for (const HeaderNode &child : node.children)
            addColumn(child);
    };
    addColumn(table.columns);
    headers.add(table.corner.zh, int(columnNodes.size()));
    columnNodes << nullptr;
    static const QRegularExpression unitSuffix(QStringLiteral("\\((?:单位:)?(万元|元)\\)$"));

    QVector<Hit> hits;
    for (int i = from; i < to; ++i) {
        if (isEmpty(i) || m_consumed[i] || isValueText(m_lines[i].text))
            continue;
        Hit hit;
        bool found = false;
        for (int pass = 0; pass < 2 && !found; ++pass) {
            // A long label wraps over up to five lines in a narrow column (“1、申请人无正当理由逾期不补 / 正、
            // / 行政机关不再处理其政府信 / 息公开申请”): exact matches are tried that far, typos over two.
            for (int extra = 0; extra < 5 && !found; ++extra) {
                if (pass == 1 && extra > 1)
                    break;
                QString text = joined(i, extra);
                if (text.isEmpty())
                    break;
                LabelMatcher::Match row = rows.match(text);
                if (row.id >= 0 && (row.exact || pass == 1)) {
                    hit = {Hit::Kind::Row, rowNodes[row.id], i, i + extra, {}};
                    found = true;
                    break;
                }
                QString unit;
                LabelMatcher::Match header = headers.match(text);
                if (header.id < 0 || !(header.exact || pass == 1)) {
                    const QRegularExpressionMatch withUnit = unitSuffix.match(text);
                    if (withUnit.hasMatch()) {
                        unit = withUnit.captured(1);
                        header = headers.match(text.left(withUnit.capturedStart()));
                    }
                }
                if (header.id >= 0 && (header.exact || pass == 1)) {
                    hit = {Hit::Kind::Header, columnNodes[header.id], i, i + extra, unit};
                    found = true;
                }
            }
        }
        if (!found)
            continue;
        for (int k = hit.start; k <= hit.end; ++k)
            m_consumed[k] = true;
        hits << hit;
        i = hit.end;
    }

    return hits;
}

} // namespace nb::published
