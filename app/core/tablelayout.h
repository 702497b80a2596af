#pragma once

#include "localizedtext.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace nb {

class Report;
struct TableDef;

// A table of the format laid out as printed, for the form and the published document alike: an optional
// caption row (“第二十条第（一）项”), the column header rows with their merged cells, the row label
// columns with their group labels, the corner cell (“信息内容”, the 勾稽 note), and the value cells.
class TableLayout
{
public:
    struct HeaderCell
    {
        int row;
        int column;
        int rows;
        int columns;
        LocalizedText text;
        bool columnHeader; // a caption or column header (centred, bold) rather than a row label
    };

    explicit TableLayout(const TableDef &table);

    const TableDef &table() const { return m_table; }
    int rowCount() const;
    int columnCount() const;
    int firstValueRow() const { return m_headerRows; }
    int firstValueColumn() const { return m_labelColumns; }
    const QVector<HeaderCell> &headerCells() const { return m_headers; }
    // The header cell that starts at a grid position, or null (inside a merged cell, or a value cell).
    const HeaderCell *headerAt(int row, int column) const;
    // The report cell at a grid position, or -1 for a header or label position.
    int cellAt(int row, int column) const;
    // The grid position of a report cell of this table.
    bool positionOf(int cell, int *row, int *column) const;

private:
    const TableDef &m_table;
    int m_headerRows = 0;
    int m_labelColumns = 0;
    QVector<HeaderCell> m_headers;
    QHash<quint64, int> m_headerAt; // grid position → index in m_headers
};

// An amount column whose unit the agency chooses (采购总金额: 元 or 万元) has no unit in the national
// header, so a header printed or exported says which one this report uses (“（万元）”); otherwise a
// reader cannot tell. Empty for every other header cell.
QString amountUnitNote(const Report &report, const TableLayout &layout, const TableLayout::HeaderCell &header);

} // namespace nb
