#pragma once

#include "reportsheet.h"

#include <QString>

namespace nb {

class Consolidation;

// Spreadsheet exchange: a report's tables, or a consolidation, written as .csv or .xlsx (told by the
// file's suffix); a filled .csv read back. Nothing here knows widgets or SQL.
bool exportTables(const Report &report, const QString &path, QString *error);
// The summed tables, then one line per member: its state, error count and every figure (the drill-down
// a spreadsheet can filter). In an .xlsx the members are a sheet of their own.
bool exportConsolidation(const Consolidation &consolidation, const QString &path, QString *error);
SheetImport importTablesFile(const QString &path);

// The members' lines of a consolidation's export, headers first.
QVector<SheetRow> memberSheet(const Consolidation &consolidation);

} // namespace nb
