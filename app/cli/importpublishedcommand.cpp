#include "importpublishedcommand.h"

#include "checkcommand.h"
#include "commandline.h"
#include "inputlimits.h"
#include "publishedreader.h"
#include "reportjson.h"
#include "storecommands.h"
#include "translations.h"
#include "validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

namespace nb::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportPublishedCommand)
};

} // namespace

int runImportPublished(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.clearPositionalArguments();
    parser.addPositionalArgument(QStringLiteral("import-published"), Text::tr("read a published report"));
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("the report as text (extracted from PDF or Word) or HTML"));
    parser.addOption({QStringLiteral("json"), Text::tr("save what was read as a Nianbao JSON file"), QStringLiteral("file")});
    parser.addOption(dbOption());
    parser.process(arguments);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const Language language = languageFromName(parser.value(QStringLiteral("lang")));
    if (parser.positionalArguments().size() != 2) {
        err << Text::tr("usage: nianbao import-published FILE [--json OUT.json] [--db FILE]") << Qt::endl;
        return Unreadable;
    }
    // Refused before a byte is read: a file no published report comes near in size.
    const QString input = parser.positionalArguments().at(1);
    const bool pdf = input.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (const QString tooBig = limits::fileSizeProblem(input, pdf ? limits::MaxPdfFileBytes : limits::MaxTextFileBytes); !tooBig.isEmpty()) {
        err << Text::tr("cannot read the report: %1").arg(tooBig) << Qt::endl;
        return Unreadable;
    }
    const PublishedImport read = importPublishedFile(input);
    if (!read.report) {
        err << Text::tr("cannot read the report: %1").arg(read.error) << Qt::endl;
        return Unreadable;
    }
    const Report &report = *read.report;
    out << Text::tr("Format: %1").arg(read.formatReason) << '\n'
        << Text::tr("Agency: %1  Year: %2  Date: %3")
               .arg(report.agency().name.isEmpty() ? Text::tr("(not found)") : report.agency().name)
               .arg(report.year())
               .arg(report.date().isValid() ? report.date().toString(Qt::ISODate) : Text::tr("(not found)"))
        << '\n'
        << Text::tr("%n cell(s) filled; narratives: %1", nullptr, int(read.cells.size()))
               .arg(read.narratives.isEmpty() ? Text::tr("none") : read.narrativeNames().join(QStringLiteral("; ")))
        << '\n';
    // Every cell filled, then every note, a line each and tab-separated like the findings: kind, cell
    // or table, line, what was printed or what is wrong, the text around it.
    for (const ImportedCell &cell : read.cells)
        out << Text::tr("filled") << '\t' << report.format().cell(cell.cell).key << '\t' << cell.line << '\t' << cell.text << '\n';
    for (const ImportNote &note : read.notes)
        out << importNoteKindName(note.kind) << '\t' << note.where << '\t' << note.line << '\t' << note.message << '\t' << note.context << '\n';
    out << Text::tr("%n cell(s) or row(s) could not be placed", nullptr, read.cellsLeftEmpty()) << '\n';
    const int errors = printFindings(out, report, Validator::check(report), language);

    if (parser.isSet(QStringLiteral("json"))) {
        QSaveFile file(parser.value(QStringLiteral("json")));
        if (!file.open(QIODevice::WriteOnly) || file.write(ReportJson::write(report)) < 0 || !file.commit()) {
            err << Text::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()) << Qt::endl;
            return Unreadable;
        }
    }
    if (parser.isSet(QStringLiteral("db"))) {
        const auto id = addToStore(parser, report);
        if (!id)
            return Unreadable;
        out << Text::tr("Added as report %1").arg(*id) << Qt::endl;
    }
    return errors > 0 || read.cellsLeftEmpty() > 0 ? HasErrors : Ok;
}

} // namespace nb::cli
