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
    findDamagedNumberedRows(table, from, to, &hits);
    return hits;
}

namespace {

// Whether `part` is `whole` with characters left out, none changed or moved.
bool isWithCharactersLost(const QString &part, const QString &whole)
{
    int k = 0;
    for (QChar c : whole) {
        if (k < part.size() && part.at(k) == c)
            ++k;
    }
    return k == part.size();
}

} // namespace

// A PDF can lose glyphs inside a label (洪泽 2023 prints “2.其他法律行政止公开” for “2.其他法律行政法规禁止公开”),
// too many for the typo allowance. Such a line is taken as a row only when nothing else is possible:
// it is numbered, the rows found just before and after it are its group's rows numbered one less and one
// more (or the group itself before a “1.”), the row of that number is not found elsewhere, and what is
// left of its label is the official label with characters lost (at least half of them kept), never
// changed. A note says so: the clerk checks it, nothing is read silently.
void Reader::findDamagedNumberedRows(const TableDef &table, int from, int to, QVector<Hit> *hits)
{
    static const QRegularExpression numbered(QStringLiteral("^(\\d{1,2})\\.(.+)$"));
    QSet<const HeaderNode *> found;
    for (const Hit &hit : std::as_const(*hits))
        found.insert(hit.node);
    for (int i = from; i < to; ++i) {
        if (isEmpty(i) || m_consumed[i] || isValueText(m_lines[i].text))
            continue;
        const QRegularExpressionMatch match = numbered.match(m_normalized[i]);
        if (!match.hasMatch())
            continue;
        const int number = match.captured(1).toInt();
        const QString rest = match.captured(2);
        int next = 0;
        while (next < hits->size() && hits->at(next).start <= i)
            ++next;
        if (next == 0 || next >= hits->size() || hits->at(next - 1).kind != Hit::Kind::Row || hits->at(next).kind != Hit::Kind::Row)
            continue;
        const HeaderNode *after = hits->at(next).node;
        const HeaderNode *group = after->parent;
        if (!group || number < 1 || number >= int(group->children.size()) || &group->children[size_t(number)] != after)
            continue;
        const HeaderNode *before = hits->at(next - 1).node;
        if (before != (number == 1 ? group : &group->children[size_t(number - 2)]))
            continue;
        const HeaderNode *row = &group->children[size_t(number - 1)];
        const QString label = normalizeLabel(row->label.zh);
        const QString prefix = QString::number(number) + QLatin1Char('.');
        if (found.contains(row) || !label.startsWith(prefix))
            continue;
        const QString official = label.mid(prefix.size());
        if (rest.size() >= official.size() || 2 * rest.size() < official.size() || !isWithCharactersLost(rest, official))
            continue;
        m_consumed[i] = true;
        found.insert(row);
        hits->insert(next, {Hit::Kind::Row, row, i, i, {}});
        note(ImportNote::Kind::DamagedLabel, table.id,
             Text::tr("%1: “%2” is read as the row “%3”: characters of its label are missing, but its number and its place between "
                      "the rows before and after it leave no other row — check it")
                 .arg(tableName(table), m_lines[i].text, row->label.zh),
             i);
    }
}

} // namespace nb::published
