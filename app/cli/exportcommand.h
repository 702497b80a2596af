#pragma once

#include <QStringList>

class QCommandLineParser;

namespace nb::cli {

// nianbao export REPORT.json --pdf OUT.pdf [--html OUT.html] [--odt OUT.odt]
// nianbao export --db FILE --report N --pdf OUT.pdf ...
// Writes the published report; exits like check (1 when the report has errors, the files are still
// written so that a draft can be looked at).
int runExport(QCommandLineParser &parser, const QStringList &arguments);

} // namespace nb::cli
