#pragma once

#include <QStringList>

class QCommandLineParser;

namespace nb::cli {

// nianbao check REPORT.json [--previous LAST_YEAR.json]: prints every finding, one per line.
int runCheck(QCommandLineParser &parser, const QStringList &arguments);

} // namespace nb::cli
