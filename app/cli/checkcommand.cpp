#include "checkcommand.h"

#include "commandline.h"
#include "csv.h"
#include "reportjson.h"
#include "translations.h"
#include "validator.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

namespace {

// One finding as the machine-readable outputs give it.
struct Row
{
    QString severity;
    QString rule;
    QStringList cells;
    QString message;
};

QVector<Row> rowsOf(const Report &report, const QVector<Finding> &findings, Language language)
{
    QVector<Row> rows;
    for (const Finding &finding : findings) {
        Row row{finding.severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning"), finding.ruleId, {},
                finding.message.in(language)};
        for (int cell : finding.cells)
            row.cells << report.format().cell(cell).key;
        rows << row;
    }
    return rows;
}

} // namespace

int runCheck(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.clearPositionalArguments();
    parser.addPositionalArgument(QStringLiteral("check"), Text::tr("check a report file"));
    parser.addPositionalArgument(QStringLiteral("report"), Text::tr("the report, as a Nianbao JSON file (several for a batch)"),
                                 QStringLiteral("REPORT.json..."));
    parser.addOption({QStringLiteral("previous"),
                      Text::tr("last year's report, for the cross-year rules (R6, R7, R9) and the plausibility checks R12–R14 "
                               "(one report only)"),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("format"), Text::tr("output: text (one finding a line), json or csv"), QStringLiteral("text|json|csv"),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("submission"), Text::tr("also the checks made at submission (blank cells R16, empty sections R15)")});
    parser.addOption({QStringLiteral("signed"), Text::tr("the sign-off date, for the timeliness rule R17"), QStringLiteral("YYYY-MM-DD")});
    parser.process(arguments);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const Language language = languageFromName(parser.value(QStringLiteral("lang")));
    const QStringList files = parser.positionalArguments().mid(1);
    const QString outputFormat = parser.value(QStringLiteral("format"));
    if (files.isEmpty()) {
        err << Text::tr("usage: nianbao check REPORT.json... [--previous LAST_YEAR.json] [--format text|json|csv]") << Qt::endl;
        return Unreadable;
    }
    if (outputFormat != QLatin1String("text") && outputFormat != QLatin1String("json") && outputFormat != QLatin1String("csv")) {
        err << Text::tr("unknown output format “%1”: use text, json or csv").arg(outputFormat) << Qt::endl;
        return Unreadable;
    }
    if (parser.isSet(QStringLiteral("previous")) && files.size() > 1) {
        err << Text::tr("--previous goes with one report; check several reports without it") << Qt::endl;
        return Unreadable;
    }
    QDate signedOn;
    if (parser.isSet(QStringLiteral("signed"))) {
        signedOn = QDate::fromString(parser.value(QStringLiteral("signed")), Qt::ISODate);
        if (!signedOn.isValid()) {
            err << Text::tr("--signed expects a date as YYYY-MM-DD, found “%1”").arg(parser.value(QStringLiteral("signed"))) << Qt::endl;
            return Unreadable;
        }
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

    // A batch goes on past a file it cannot read: the office wants the other results, and the exit
    // code still says something was wrong.
    int result = Ok;
    QJsonArray reports;
    QVector<QStringList> csv{{QStringLiteral("file"), QStringLiteral("severity"), QStringLiteral("rule"), QStringLiteral("cells"),
                              QStringLiteral("message")}};
    for (const QString &file : files) {
        const ReportReadResult read = ReportJson::readFile(file);
        if (!read.report) {
            err << (files.size() > 1 ? file + QStringLiteral(": ") : QString()) << Text::tr("cannot read the report: %1").arg(read.error)
                << Qt::endl;
            result = Unreadable;
            if (outputFormat == QLatin1String("json"))
                reports.append(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("unreadable"), read.error}});
            else if (outputFormat == QLatin1String("csv"))
                csv << QStringList{file, QStringLiteral("unreadable"), QString(), QString(), read.error};
            continue;
        }
        Validator validator(*read.report, previous ? &*previous : nullptr);
        validator.setSubmission(parser.isSet(QStringLiteral("submission")));
        validator.setSignOffDate(signedOn);
        validator.validateAll();
        const QVector<Finding> findings = validator.findings();
        if (validator.errorCount() > 0 && result == Ok)
            result = HasErrors;
        if (outputFormat == QLatin1String("text")) {
            if (files.size() > 1)
                out << QStringLiteral("== ") << file << '\n';
            printFindings(out, *read.report, findings, language);
            continue;
        }
        const QVector<Row> rows = rowsOf(*read.report, findings, language);
        if (outputFormat == QLatin1String("csv")) {
            for (const Row &row : rows)
                csv << QStringList{file, row.severity, row.rule, row.cells.join(QLatin1Char(',')), row.message};
            continue;
        }
        QJsonArray list;
        for (const Row &row : rows)
            list.append(QJsonObject{{QStringLiteral("severity"), row.severity},
                                    {QStringLiteral("rule"), row.rule},
                                    {QStringLiteral("cells"), QJsonArray::fromStringList(row.cells)},
                                    {QStringLiteral("message"), row.message}});
        reports.append(QJsonObject{{QStringLiteral("file"), file},
                                   {QStringLiteral("agency"), read.report->agency().name},
                                   {QStringLiteral("year"), read.report->year()},
                                   {QStringLiteral("format"), read.report->format().id()},
                                   {QStringLiteral("errors"), validator.errorCount()},
                                   {QStringLiteral("warnings"), validator.warningCount()},
                                   {QStringLiteral("findings"), list}});
    }
    out.flush();
    QFile stdoutFile;
    if (outputFormat == QLatin1String("json")) {
        stdoutFile.open(stdout, QIODevice::WriteOnly);
        stdoutFile.write(QJsonDocument(reports).toJson(QJsonDocument::Indented));
    } else if (outputFormat == QLatin1String("csv")) {
        stdoutFile.open(stdout, QIODevice::WriteOnly);
        stdoutFile.write(writeCsv(csv));
    }
    return result;
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
