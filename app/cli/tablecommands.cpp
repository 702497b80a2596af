#include "tablecommands.h"

#include "commandline.h"
#include "consolidationexport.h"
#include "inputlimits.h"
#include "reportstore.h"
#include "storecommands.h"
#include "storedconsolidation.h"
#include "tableexchange.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

namespace nb::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TableCommands)
};

// The reports a consolidation takes: those listed, or every report of the year.
QVector<int> chosenReports(const QCommandLineParser &parser, const ReportStore &store, QString *error)
{
    QVector<int> ids;
    if (parser.isSet(QStringLiteral("reports"))) {
        for (const QString &part : parser.value(QStringLiteral("reports")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            ids << part.trimmed().toInt(&ok);
            if (!ok) {
                *error = Text::tr("not a report number: %1").arg(part);
                return {};
            }
        }
        return ids;
    }
    bool ok = false;
    const int year = parser.value(QStringLiteral("year")).toInt(&ok);
    if (!ok) {
        *error = Text::tr("usage: nianbao consolidate --db FILE (--year YEAR | --reports 1,2,3) [--include-unsigned] -o OUT.xlsx");
        return {};
    }
    for (const ReportSummary &summary : store.reportsOfYear(year, error))
        ids << summary.id;
    if (ids.isEmpty() && error->isEmpty())
        *error = Text::tr("the database holds no report of %1").arg(year);
    return ids;
}

} // namespace

int runExportTables(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.clearPositionalArguments();
    parser.addPositionalArgument(QStringLiteral("export-tables"), Text::tr("write a report's tables as a spreadsheet"));
    parser.addOption(dbOption());
    parser.addOption(reportOption());
    parser.addOption(outputOption(Text::tr("the file to write: .xlsx or .csv")));
    parser.process(arguments);
    QTextStream err(stderr);
    bool numeric = false;
    const int id = parser.value(QStringLiteral("report")).toInt(&numeric);
    if (!numeric || !parser.isSet(QStringLiteral("output"))) {
        err << Text::tr("usage: nianbao export-tables --db FILE --report NUMBER -o OUT.xlsx") << Qt::endl;
        return Unreadable;
    }
    const auto store = openStore(parser, false, true);
    if (!store)
        return Unreadable;
    QString error;
    const auto report = store->loadReport(id, &error);
    if (!report || !exportTables(*report, parser.value(QStringLiteral("output")), &error)) {
        err << error << Qt::endl;
        return Unreadable;
    }
    return Ok;
}

int runImportTables(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.clearPositionalArguments();
    parser.addPositionalArgument(QStringLiteral("import-tables"), Text::tr("add a report from a filled sheet"));
    parser.addPositionalArgument(QStringLiteral("sheet"), Text::tr("the sheet, as CSV (Excel: Save As ▸ CSV UTF-8)"));
    parser.addOption(dbOption());
    parser.process(arguments);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 2) {
        err << Text::tr("usage: nianbao import-tables SHEET.csv --db FILE") << Qt::endl;
        return Unreadable;
    }
    const SheetImport read = importTablesFile(parser.positionalArguments().at(1));
    if (!read.report) {
        err << Text::tr("the sheet cannot be read: %1").arg(read.error) << Qt::endl;
        return Unreadable;
    }
    const auto id = addToStore(parser, *read.report);
    if (!id)
        return Unreadable;
    // Every cell that was not read, so nothing is dropped unseen; the report is added all the same.
    // A sheet that is something else could give a note per line: the first ones say what is wrong.
    constexpr int shown = 20;
    for (int i = 0; i < std::min(int(read.notes.size()), shown); ++i)
        err << read.notes.at(i) << '\n';
    if (read.notes.size() > shown)
        err << Text::tr("… and %n more", nullptr, int(read.notes.size()) - shown) << '\n';
    err.flush();
    out << *id << Qt::endl;
    return read.notes.isEmpty() ? Ok : HasErrors;
}

int runConsolidate(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.clearPositionalArguments();
    parser.addPositionalArgument(QStringLiteral("consolidate"), Text::tr("sum several agencies' reports of one year (汇总)"));
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("year"), Text::tr("every report of this year"), QStringLiteral("year")});
    parser.addOption({QStringLiteral("reports"), Text::tr("these reports only, by number"), QStringLiteral("1,2,3")});
    parser.addOption({QStringLiteral("title"), Text::tr("the name the summary goes under"), QStringLiteral("name")});
    parser.addOption({QStringLiteral("include-unsigned"),
                      Text::tr("sum the reports not signed off (or whose signature does not hold) too; by default they are left out and listed")});
    parser.addOption(outputOption(Text::tr("the file to write: .xlsx or .csv (tables and members), .pdf, .html or .odt")));
    parser.process(arguments);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.isSet(QStringLiteral("output"))) {
        err << Text::tr("usage: nianbao consolidate --db FILE (--year YEAR | --reports 1,2,3) [--include-unsigned] -o OUT.xlsx") << Qt::endl;
        return Unreadable;
    }
    // The summary's name is printed as a title: one line of visible text, like an agency's name.
    if (const QString problem = limits::oneLineProblem(parser.value(QStringLiteral("title"))); !problem.isEmpty()) {
        err << Text::tr("--title: the name %1").arg(problem) << Qt::endl;
        return Unreadable;
    }
    const auto store = openStore(parser, false, true);
    if (!store)
        return Unreadable;
    QString error;
    const QVector<int> ids = chosenReports(parser, *store, &error);
    if (ids.isEmpty()) {
        err << error << Qt::endl;
        return Unreadable;
    }
    const std::optional<Consolidation> summed =
        consolidateStored(*store, ids, parser.value(QStringLiteral("title")), &error, parser.isSet(QStringLiteral("include-unsigned")));
    if (!summed || !exportConsolidationFile(*summed, parser.value(QStringLiteral("output")), &error)) {
        err << error << Qt::endl;
        return Unreadable;
    }
    int flagged = 0;
    for (const ConsolidationMember &member : summed->members()) {
        if (!member.isFlagged())
            continue;
        ++flagged;
        err << Text::tr("%1 (report %2): %n error(s), %3", nullptr, member.errors)
                   .arg(visibleText(member.report.agency().name))
                   .arg(member.reportId)
                   .arg(member.isSigned() ? Text::tr("signed off") : Text::tr("not signed off"))
            << Qt::endl;
    }
    // The reports left out, one line each: which, its state, why (names escaped: one line is one report).
    for (const LeftOutReport &left : summed->leftOut()) {
        err << Text::tr("left out: %1 (report %2, %3): %4").arg(visibleText(left.agency)).arg(left.reportId).arg(left.state, left.reason)
            << Qt::endl;
    }
    out << Text::tr("%n report(s) of %1 consolidated", nullptr, int(summed->members().size())).arg(summed->total().year()) << Qt::endl;
    if (!summed->leftOut().isEmpty()) {
        out << Text::tr("%n report(s) left out: not signed off with a valid, trusted signature (--include-unsigned sums them too)", nullptr,
                        int(summed->leftOut().size()))
            << Qt::endl;
    }
    // Like check: 1 when the summary rests on reports that have errors or are not signed off, or when
    // reports chosen were left out of it.
    return flagged == 0 && summed->leftOut().isEmpty() ? Ok : HasErrors;
}

} // namespace nb::cli
