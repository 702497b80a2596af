#pragma once

#include "finding.h"

#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace nb {
class Report;
}

namespace nb::cli {

// nianbao check REPORT.json... [--previous LAST_YEAR.json] [--format text|json|csv] [--submission]
// [--signed DATE]: prints every finding, one a line (text), or as JSON or CSV for a batch of files.
int runCheck(QCommandLineParser &parser, const QStringList &arguments);
// One finding a line, tab-separated (severity, rule, cells, message), then the count; returns the
// number of errors.
int printFindings(QTextStream &out, const Report &report, const QVector<Finding> &findings, Language language);

} // namespace nb::cli
