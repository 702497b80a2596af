#include "exportcommand.h"

#include "commandline.h"
#include "reportexport.h"
#include "reportjson.h"
#include "reportreview.h"
#include "reportstore.h"
#include "storecommands.h"
#include "validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace nb::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

} // namespace

int runExport(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.clearPositionalArguments();
    parser.addPositionalArgument(QStringLiteral("export"), Text::tr("write the published report"));
    parser.addPositionalArgument(QStringLiteral("report"), Text::tr("the report, as a Nianbao JSON file (or use --db and --report)"));
    parser.addOption(dbOption());
    parser.addOption(reportOption());
    parser.addOption({QStringLiteral("pdf"), Text::tr("write a PDF"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("html"), Text::tr("write one self-contained HTML file"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("odt"), Text::tr("write an OpenDocument text file"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("docx"), Text::tr("write a Word document (.docx)"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("zeros-blank"), Text::tr("print zeros as empty cells (whatever the report's setting)")});
    parser.process(arguments);
    QTextStream err(stderr);

    std::optional<Report> report;
    std::optional<PublishOptions> reviewed; // from the database's review: signed, or a draft
    QString error;
    if (parser.isSet(QStringLiteral("db"))) {
        const auto store = openStore(parser, false, true); // says itself what went wrong
        if (!store)
            return Unreadable;
        const int id = parser.value(QStringLiteral("report")).toInt();
        report = store->loadReport(id, &error);
        if (report) {
            const ReportReview review(*store, id);
            reviewed = review.publishOptions(*report);
            // Marked signed, but the signature does not hold here: a draft, with 草稿 and no 签发人.
            if (review.signOffCheck().verdict == SignOffCheck::Verdict::Untrusted)
                err << Text::tr("warning: the signer is not trusted (%1); the report is exported as a draft")
                           .arg(review.signOffCheck().problem)
                    << Qt::endl;
            else if (review.isTampered())
                err << Text::tr("warning: signature invalid (%1); the report is exported as a draft")
                           .arg(review.signOffCheck().problem)
                    << Qt::endl;
        }
    } else if (parser.positionalArguments().size() == 2) {
        ReportReadResult read = ReportJson::readFile(parser.positionalArguments().at(1));
        report = std::move(read.report);
        error = read.error;
    } else {
        error = Text::tr("usage: nianbao export REPORT.json --pdf OUT.pdf [--html OUT.html] [--odt OUT.odt] [--docx OUT.docx]");
    }
    if (!report) {
        err << Text::tr("cannot read the report: %1").arg(error) << Qt::endl;
        return Unreadable;
    }
    const std::pair<const char *, ExportFormat> outputs[] = {
        {"pdf", ExportFormat::Pdf}, {"html", ExportFormat::Html}, {"odt", ExportFormat::Odt}, {"docx", ExportFormat::Docx}};
    PublishOptions options = reviewed ? *reviewed : PublishOptions::of(*report);
    options.zerosBlank = options.zerosBlank || parser.isSet(QStringLiteral("zeros-blank"));
    int written = 0;
    for (const auto &[option, format] : outputs) {
        if (!parser.isSet(QLatin1String(option)))
            continue;
        if (!exportReport(*report, format, parser.value(QLatin1String(option)), options, &error)) {
            err << error << Qt::endl;
            return Unreadable;
        }
        ++written;
    }
    if (written == 0) {
        err << Text::tr("name at least one output: --pdf, --html, --odt or --docx") << Qt::endl;
        return Unreadable;
    }
    const QVector<Finding> findings = Validator::check(*report);
    const bool errors = std::any_of(findings.begin(), findings.end(), [](const Finding &f) { return f.severity == Severity::Error; });
    if (errors)
        err << Text::tr("the report has errors; run nianbao check for the list") << Qt::endl;
    return errors ? HasErrors : Ok;
}

} // namespace nb::cli
