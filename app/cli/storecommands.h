#pragma once

#include <QStringList>

class QCommandLineParser;

namespace nb::cli {

// nianbao import REPORT.json --db FILE: adds a report to a database and prints its number.
int runImport(QCommandLineParser &parser, const QStringList &arguments);
// nianbao export-json --db FILE --report N [--output OUT.json]: writes a report from a database as JSON.
int runExportJson(QCommandLineParser &parser, const QStringList &arguments);
// nianbao list --db FILE: prints the reports in a database.
int runList(QCommandLineParser &parser, const QStringList &arguments);

} // namespace nb::cli
