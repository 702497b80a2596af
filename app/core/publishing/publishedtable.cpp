#include "publishedtable.h"

#include "publisheddocument.h"
#include "report.h"
#include "tablelayout.h"

#include <algorithm>
#include <vector>

namespace nb {

namespace {

// Row labels take what the values leave: about 46 % in section 三, 40 % in 二.
QVector<qreal> columnShares(int columns, int labels)
{
    const int values = columns - labels;
    const qreal labelShare = labels == 0 ? 0 : (labels > 1 ? 46 : 40);
    QVector<qreal> shares;
    for (int column = 0; column < columns; ++column) {
        qreal share = (100 - labelShare) / values;
        if (column < labels)
            share = labels == 1 ? labelShare : (column == labels - 1 ? labelShare - 10 * (labels - 1) : 10);
        shares << share;
    }
    return shares;
}

// Appends one format table's cells at rowOffset; a table narrower than `width` spans its last column
// to the right edge.
void place(PublishedTable &out, const Report &report, const TableLayout &layout, int rowOffset, int width,
           const PublishOptions &options)
{
    const bool hasCaption = !layout.table().caption.zh.isEmpty();
    const int last = layout.columnCount() - 1;
    for (const TableLayout::HeaderCell &header : layout.headerCells()) {
        PublishedTable::Role role = PublishedTable::Role::RowHeader;
        if (header.columnHeader)
            role = hasCaption && header.row == 0 ? PublishedTable::Role::Caption : PublishedTable::Role::ColumnHeader;
        const int columns = header.column + header.columns - 1 == last ? width - header.column : header.columns;
        out.cells.append({rowOffset + header.row, header.column, header.rows, columns, header.text.zh, role});
    }
    for (int row = layout.firstValueRow(); row < layout.rowCount(); ++row) {
        for (int column = layout.firstValueColumn(); column < layout.columnCount(); ++column) {
            const int cell = layout.cellAt(row, column);
            out.cells.append({rowOffset + row, column, 1, column == last ? width - column : 1,
                              publishedCellText(report, cell, options), PublishedTable::Role::Value});
        }
    }
}

} // namespace

QString publishedCellText(const Report &report, int cell, const PublishOptions &options)
{
    QString text = report.displayText(cell);
    if (text.isEmpty() || text == QLatin1String("0"))
        return options.zerosBlank ? QString() : QStringLiteral("0");
    if (report.format().cell(cell).units.size() > 1 && text != QLatin1String("/"))
        text += report.unit(cell);
    return text;
}

int headerBreak(const PublishedTable &table, const PublishedTable::Cell &cell)
{
    const bool twoWords = cell.text.size() == 4 && !cell.text.contains(QLatin1Char(' '));
    return table.narrowHeaders && cell.role == PublishedTable::Role::ColumnHeader && cell.columns == 1 && twoWords ? 2 : -1;
}

QVector<PublishedTable> publishedTables(const Report &report, const SectionDef &section, const PublishOptions &options)
{
    const FormatDefinition &format = report.format();
    std::vector<TableLayout> layouts; // not QVector: a layout refers to its table and cannot be assigned
    for (const QString &tableId : section.tableIds)
        layouts.emplace_back(*format.table(tableId));
    if (layouts.empty())
        return {};

    QVector<PublishedTable> tables;
    auto finish = [](PublishedTable &table) {
        std::sort(table.cells.begin(), table.cells.end(), [](const PublishedTable::Cell &a, const PublishedTable::Cell &b) {
            return a.row != b.row ? a.row < b.row : a.column < b.column;
        });
        table.columnShares = columnShares(table.columns, table.labelColumns);
        table.pointSize = table.columns > 12 ? 7.5 : table.columns > 6 ? 9 : 10.5;
        table.narrowHeaders = table.columns > 12;
    };
    if (layouts.size() == 1) {
        const TableLayout &layout = layouts.front();
        PublishedTable table;
        table.id = layout.table().id;
        table.rows = layout.rowCount();
        table.columns = layout.columnCount();
        table.headerRows = layout.firstValueRow();
        table.labelColumns = layout.firstValueColumn();
        place(table, report, layout, 0, table.columns, options);
        finish(table);
        tables.append(table);
        return tables;
    }
    // Several parts (二): one table, as wide as the widest part.
    PublishedTable table;
    table.id = section.id;
    for (const TableLayout &layout : layouts) {
        table.columns = std::max(table.columns, layout.columnCount());
        table.labelColumns = std::max(table.labelColumns, layout.firstValueColumn());
    }
    for (const TableLayout &layout : layouts) {
        place(table, report, layout, table.rows, table.columns, options);
        table.rows += layout.rowCount();
    }
    finish(table);
    tables.append(table);
    return tables;
}

} // namespace nb
