#include "tablelayout.h"

#include "formatdefinition.h"
#include "report.h"

#include <functional>

namespace nb {

namespace {

int leafCount(const HeaderNode &node)
{
    if (node.isLeaf())
        return 1;
    int count = 0;
    for (const HeaderNode &child : node.children)
        count += leafCount(child);
    return count;
}

bool anyLabel(const HeaderNode &node)
{
    if (!node.label.zh.isEmpty())
        return true;
    return std::any_of(node.children.begin(), node.children.end(), anyLabel);
}

} // namespace

TableLayout::TableLayout(const TableDef &table)
    : m_table(table)
{
    const int width = int(table.leafColumns.size());
    m_labelColumns = anyLabel(table.rows) ? table.rows.depth() : 0;
    const int captionRows = table.caption.zh.isEmpty() ? 0 : 1;
    const bool rootLabelled = !table.columns.label.zh.isEmpty();
    const int columnLevels = table.columns.depth() + (rootLabelled ? 1 : 0);
    m_headerRows = captionRows + columnLevels;

    if (captionRows)
        m_headers.append({0, 0, 1, m_labelColumns + width, table.caption, true});
    if (m_labelColumns > 0 && columnLevels > 0)
        m_headers.append({captionRows, 0, columnLevels, m_labelColumns, table.corner, true});

    // Column headers: a group spans its leaves; a leaf reaches down to the last header row.
    int firstLeaf = 0;
    std::function<void(const HeaderNode &, int)> placeColumn = [&](const HeaderNode &node, int level) {
        m_headers.append({captionRows + level, m_labelColumns + firstLeaf, node.isLeaf() ? columnLevels - level : 1,
                          leafCount(node), node.label, true});
        if (node.isLeaf())
            ++firstLeaf;
        for (const HeaderNode &child : node.children)
            placeColumn(child, level + 1);
    };
    if (rootLabelled) {
        placeColumn(table.columns, 0);
    } else {
        for (const HeaderNode &child : table.columns.children)
            placeColumn(child, 0);
    }

    // Row labels: a group spans its leaves downwards; a leaf reaches right to the first value column.
    int firstRow = 0;
    std::function<void(const HeaderNode &, int)> placeRow = [&](const HeaderNode &node, int level) {
        if (m_labelColumns > 0)
            m_headers.append({m_headerRows + firstRow, level, leafCount(node), node.isLeaf() ? m_labelColumns - level : 1,
                              node.label, false});
        if (node.isLeaf())
            ++firstRow;
        for (const HeaderNode &child : node.children)
            placeRow(child, level + 1);
    };
    for (const HeaderNode &child : table.rows.children)
        placeRow(child, 0);

    for (int i = 0; i < m_headers.size(); ++i)
        m_headerAt.insert((quint64(quint32(m_headers[i].row)) << 32) | quint32(m_headers[i].column), i);
}

int TableLayout::rowCount() const
{
    return m_headerRows + int(m_table.leafRows.size());
}

int TableLayout::columnCount() const
{
    return m_labelColumns + int(m_table.leafColumns.size());
}

const TableLayout::HeaderCell *TableLayout::headerAt(int row, int column) const
{
    const auto it = m_headerAt.find((quint64(quint32(row)) << 32) | quint32(column));
    return it == m_headerAt.end() ? nullptr : &m_headers[*it];
}

int TableLayout::cellAt(int row, int column) const
{
    const int leafRow = row - m_headerRows;
    const int leafColumn = column - m_labelColumns;
    if (leafRow < 0 || leafColumn < 0 || leafRow >= m_table.leafRows.size() || leafColumn >= m_table.leafColumns.size())
        return -1;
    return m_table.cellIndex(leafRow, leafColumn);
}

bool TableLayout::positionOf(int cell, int *row, int *column) const
{
    const int offset = cell - m_table.firstCell;
    const int width = int(m_table.leafColumns.size());
    if (offset < 0 || offset >= width * m_table.leafRows.size())
        return false;
    *row = m_headerRows + offset / width;
    *column = m_labelColumns + offset % width;
    return true;
}

QString amountUnitNote(const Report &report, const TableLayout &layout, const TableLayout::HeaderCell &header)
{
    if (!header.columnHeader || header.columns != 1 || header.row + header.rows != layout.firstValueRow())
        return {};
    const int cell = layout.cellAt(layout.firstValueRow(), header.column);
    if (cell < 0 || report.format().cell(cell).units.size() < 2)
        return {};
    return QStringLiteral("（%1）").arg(report.unit(cell));
}

} // namespace nb
