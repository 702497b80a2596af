#include "checkcommand.h"

#include "commandline.h"
#include "reportjson.h"
#include "translations.h"
#include "validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace nb::cli {

namespace {

// The messages of this file, under one translation context that lupdate sees too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

} // namespace

int runCheck(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.clearPositionalArguments();
    parser.addPositionalArgument(QStringLiteral("check"), Text::tr("check a report file"));
    parser.addPositionalArgument(QStringLiteral("report"), Text::tr("the report, as a Nianbao JSON file"));
    parser.addOption({QStringLiteral("previous"), Text::tr("last year's report, for the cross-year rules R6, R7 and R9"),
                      QStringLiteral("file")});
    parser.process(arguments);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const Language language = languageFromName(parser.value(QStringLiteral("lang")));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        err << Text::tr("usage: nianbao check REPORT.json [--previous LAST_YEAR.json]") << Qt::endl;
        return Unreadable;
    }
    const ReportReadResult read = ReportJson::readFile(positional.at(1));
    if (!read.report) {
        err << Text::tr("cannot read the report: %1").arg(read.error) << Qt::endl;
        return Unreadable;
    }
    std::optional<Report> previous;
    if (parser.isSet(QStringLiteral("previous"))) {
        ReportReadResult last = ReportJson::readFile(parser.value(QStringLiteral("previous")));
        if (!last.report) {
            err << Text::tr("cannot read last year's report: %1").arg(last.error) << Qt::endl;
            return Unreadable;
        }
        previous = std::move(last.report);
    }

    const QVector<Finding> findings = Validator::check(*read.report, previous ? &*previous : nullptr);
    return printFindings(out, *read.report, findings, language) > 0 ? HasErrors : Ok;
}

int printFindings(QTextStream &out, const Report &report, const QVector<Finding> &findings, Language language)
{
    int errors = 0;
    for (const Finding &finding : findings) {
        const bool isError = finding.severity == Severity::Error;
        errors += isError ? 1 : 0;
        QStringList keys;
        for (int cell : finding.cells)
            keys << report.format().cell(cell).key;
        // Easy to read and to grep.
        out << (isError ? Text::tr("error") : Text::tr("warning")) << '\t' << finding.ruleId << '\t' << keys.join(QLatin1Char(','))
            << '\t' << finding.message.in(language) << '\n';
    }
    out << Text::tr("%1 errors, %2 warnings").arg(errors).arg(findings.size() - errors) << Qt::endl;
    return errors;
}

} // namespace nb::cli
