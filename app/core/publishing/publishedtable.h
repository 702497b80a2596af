#pragma once

#include <QString>
#include <QVector>

namespace nb {

class Report;
struct PublishOptions;
struct SectionDef;

// A table of the published report as printed, cell by cell with its spans: what the PDF/ODT document
// and the web page both draw, so that they print the same text. Section 二 is one continuous table, as
// in the official format (a caption row “第二十条第（X）项” and a header row before each part's rows; a
// part narrower than the widest spans its last column to the edge). Sections 三 and 四 are one table each.
struct PublishedTable
{
    enum class Role {
        Caption,      // “第二十条第（一）项”: a row heading the rows under it
        ColumnHeader, // a column header, the corner cell (“信息内容”, the 勾稽 note) included
        RowHeader,    // a row label or a group of row labels
        Value,
    };
    struct Cell
    {
        int row;
        int column;
        int rows;
        int columns;
        QString text;
        Role role;
    };

    QString id;           // the format's table id, or the section's id for 二
    int rows = 0;
    int columns = 0;
    int headerRows = 0;   // column header rows that repeat on every page (0 in 二: each part has its own)
    int labelColumns = 0; // row label columns at the left
    QVector<Cell> cells;  // row by row, left to right; a merged cell once, at its top-left position
    QVector<qreal> columnShares; // per cent of the text width, adding up to 100
    qreal pointSize = 10.5;      // wide tables use a smaller face so that they stay on an A4 portrait page
    // Columns too narrow for a header's words on one line (四): see headerBreak().
    bool narrowHeaders = false;
};

// Where a column header of a narrow column breaks, or -1: between the two words of a four-character
// header (结果|维持, 尚未|审结). Chinese text otherwise breaks anywhere, and 四 printed 结果维/持; the PDF
// places a line separator there, the web page its only break opportunity (<wbr>).
int headerBreak(const PublishedTable &table, const PublishedTable::Cell &cell);

// The tables of a section as printed.
QVector<PublishedTable> publishedTables(const Report &report, const SectionDef &section, const PublishOptions &options);

// The text of one value cell as printed. A blank cell prints as the report prints its zeros — “0”, or
// empty when the report leaves zeros blank — so that a blank and a 0 never look different in one table
// (a blank counts as 0 in every rule). An amount whose unit the agency chose (2019 采购总金额, whose
// official header has no unit) carries it in the cell, as published reports do: “251000元”.
QString publishedCellText(const Report &report, int cell, const PublishOptions &options);

} // namespace nb
