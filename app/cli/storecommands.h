#pragma once

#include <QCommandLineOption>
#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace nb {
class Report;
class ReportStore;
}

namespace nb::cli {

// nianbao import REPORT.json --db FILE: adds a report to a database and prints its number.
int runImport(QCommandLineParser &parser, const QStringList &arguments);
// nianbao export-json --db FILE --report N [--output OUT.json]: writes a report from a database as JSON.
int runExportJson(QCommandLineParser &parser, const QStringList &arguments);
// nianbao list --db FILE: prints the reports in a database.
int runList(QCommandLineParser &parser, const QStringList &arguments);
// nianbao verify --db FILE --report N: who signed the report, when, with which key, whether the signature
// holds and the key is trusted. Exit 0 only when it holds and is trusted.
int runVerify(QCommandLineParser &parser, const QStringList &arguments);

// --db FILE, and the store it names, with what went wrong printed to standard error.
QCommandLineOption dbOption();
// --report N, a report's number in that database; -o/--output FILE, described by what.
QCommandLineOption reportOption();
QCommandLineOption outputOption(const QString &what);
std::unique_ptr<ReportStore> openStore(const QCommandLineParser &parser, bool create, bool readOnly);
// Adds a report to the --db database (created when new) as the system user; what went wrong on stderr.
std::optional<int> addToStore(const QCommandLineParser &parser, const Report &report);
// A name as printed in a line of output: \\, tab, line breaks and invisible controls written as escapes.
QString visibleText(const QString &text);

} // namespace nb::cli
