#pragma once

#include <QStringList>

class QCommandLineParser;

namespace nb::cli {

// nianbao import-published FILE [--json OUT.json] [--db FILE]: reads a published report (text or
// HTML), prints what was read, what was not, and the findings; saves it when asked.
int runImportPublished(QCommandLineParser &parser, const QStringList &arguments);

} // namespace nb::cli
