#pragma once

#include <QStringList>

class QCommandLineParser;

namespace nb::cli {

// nianbao export-tables --db FILE --report N -o OUT.xlsx|OUT.csv: a report's tables with the official labels.
int runExportTables(QCommandLineParser &parser, const QStringList &arguments);
// nianbao import-tables SHEET.csv --db FILE: adds a report from a filled sheet; lists every cell not read.
int runImportTables(QCommandLineParser &parser, const QStringList &arguments);
// nianbao consolidate --db FILE (--year Y | --reports 1,2,3) -o OUT.{xlsx,csv,pdf,html,odt}: 汇总, with the
// members that have errors or are not signed off named on standard error.
int runConsolidate(QCommandLineParser &parser, const QStringList &arguments);

} // namespace nb::cli
