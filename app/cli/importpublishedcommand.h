#pragma once

#include <QStringList>

class QCommandLineParser;

namespace nb::cli {

// nianbao import-published FILE [--agency NAME] [--json OUT.json] [--db FILE]: reads a published
// report (PDF, HTML or text), prints what was read, what was not, and the findings; saves it when
// asked. Exit 0: every table figure placed and no error; 1: read, with errors or unplaced figures;
// 2: not a report.
int runImportPublished(QCommandLineParser &parser, const QStringList &arguments);
// nianbao check-published DIR [--csv OUT.csv]: reads every published report in a folder and prints
// one line per report (agency, year, format, cells read, errors, warnings, unplaced).
int runCheckPublished(QCommandLineParser &parser, const QStringList &arguments);

} // namespace nb::cli
