#pragma once

#include "report.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace nb {

// One position of a spreadsheet. A merged header starts at its top-left position with its span; the
// positions it covers are empty.
struct SheetCell
{
    QString text;
    int cell = -1;     // the report cell shown here, -1 for a label
    int rowSpan = 1;
    int columnSpan = 1;
    bool header = false;
};
using SheetRow = QVector<SheetCell>;

// A report's tables as a spreadsheet lays them out, in the official labels and order: three lines that
// say whose report it is (机关, 年度, 格式), then each table under its title (the caption, or the
// section heading for 三 and 四) with the headers merged as printed, a blank line between tables.
// An amount column whose unit the agency chooses says it in its header, as the published document does.
// CSV and XLSX both write this; readReportSheet reads it back.
QVector<SheetRow> reportSheet(const Report &report);

// What reading a filled sheet gave: the report, and every cell or row it could not read, by line.
struct SheetImport
{
    std::optional<Report> report;
    QString error;     // nothing usable: why
    QStringList notes; // each cell, row or table that was not read, with its line and column
    int cellsRead = 0; // inputs, and totals kept because they disagree with their parts
};

// Reads rows of text laid out as reportSheet writes them (as a spreadsheet program saves them back:
// trailing empty fields dropped, rows moved within their table). Tables are found by title, rows by
// their official label, columns by position after the headers were checked; each value goes through
// the one cell parser, so full-width digits, "1,234" and "/" read as anywhere else.
SheetImport readReportSheet(const QVector<QStringList> &rows);

} // namespace nb
