#include "importpublishedcommand.h"

#include "checkcommand.h"
#include "commandline.h"
#include "inputlimits.h"
#include "publishedreader.h"
#include "reportjson.h"
#include "storecommands.h"
#include "translations.h"
#include "validator.h"

#include "csv.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
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
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("the report as published: PDF, web page (HTML) or text"));
    parser.addOption({QStringLiteral("json"), Text::tr("save what was read as a Nianbao JSON file"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("agency"), Text::tr("the agency, when the report does not name it (or names it differently)"), QStringLiteral("name")});
    parser.addOption(dbOption());
    parser.process(arguments);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const Language language = languageFromName(parser.value(QStringLiteral("lang")));
    if (parser.positionalArguments().size() != 2) {
        err << Text::tr("usage: nianbao import-published FILE [--agency NAME] [--json OUT.json] [--db FILE]") << Qt::endl;
        return Unreadable;
    }
    // Refused before a byte is read: a file no published report comes near in size.
    const QString input = parser.positionalArguments().at(1);
    // A .docx is zipped: its limit is the PDF's (what it unpacks to is capped by the reader).
    const bool pdf = input.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) || input.endsWith(QLatin1String(".docx"), Qt::CaseInsensitive);
    if (const QString tooBig = limits::fileSizeProblem(input, pdf ? limits::MaxPdfFileBytes : limits::MaxTextFileBytes); !tooBig.isEmpty()) {
        err << Text::tr("cannot read the report: %1").arg(tooBig) << Qt::endl;
        return Unreadable;
    }
    PublishedImport read = importPublishedFile(input);
    if (!read.report) {
        err << Text::tr("cannot read the report: %1").arg(read.error) << Qt::endl;
        return Unreadable;
    }
    if (parser.isSet(QStringLiteral("agency"))) {
        Agency agency = read.report->agency();
        agency.name = parser.value(QStringLiteral("agency"));
        read.report->setAgency(agency);
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
    // Where: the line of a text file, “p.4” for the page of a PDF.
    const auto where = [](int line, int page) { return page >= 0 ? QStringLiteral("p.%1").arg(page + 1) : QString::number(line); };
    for (const ImportedCell &cell : read.cells)
        out << Text::tr("filled") << '\t' << report.format().cell(cell.cell).key << '\t' << where(cell.line, cell.page) << '\t' << cell.text << '\n';
    for (const ImportNote &note : read.notes)
        out << importNoteKindName(note.kind) << '\t' << note.where << '\t' << where(note.line, note.page) << '\t' << note.message << '\t' << note.context << '\n';
    out << Text::tr("%n cell(s) or row(s) could not be placed", nullptr, read.cellsLeftEmpty()) << '\n';
    int unchecked = 0;
    const int errors = printFindings(out, report, findingsOfRead(read, &unchecked), language);
    if (unchecked > 0)
        out << Text::tr("%n finding(s) of the format's rules not checked: they concern cells that could not be read", nullptr, unchecked) << '\n';

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

int runCheckPublished(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.clearPositionalArguments();
    parser.addPositionalArgument(QStringLiteral("check-published"), Text::tr("check every published report in a folder"));
    parser.addPositionalArgument(QStringLiteral("dir"), Text::tr("the folder: PDF, HTML and text files"));
    parser.addOption({QStringLiteral("csv"), Text::tr("also write the table as CSV"), QStringLiteral("file")});
    parser.process(arguments);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 2) {
        err << Text::tr("usage: nianbao check-published DIR [--csv OUT.csv]") << Qt::endl;
        return Unreadable;
    }
    const QDir dir(parser.positionalArguments().at(1));
    if (!dir.exists()) {
        err << Text::tr("%1 is not a folder").arg(dir.path()) << Qt::endl;
        return Unreadable;
    }
    const QStringList files = dir.entryList({QStringLiteral("*.pdf"), QStringLiteral("*.html"), QStringLiteral("*.htm"), QStringLiteral("*.txt"),
                                             QStringLiteral("*.docx"), QStringLiteral("*.doc"), QStringLiteral("*.wps")},
                                            QDir::Files, QDir::Name | QDir::IgnoreCase);
    QVector<QStringList> rows{{Text::tr("file"), Text::tr("agency"), Text::tr("year"), Text::tr("format"), Text::tr("cells read"),
                               Text::tr("errors"), Text::tr("warnings"), Text::tr("unplaced"), Text::tr("remark")}};
    bool anyFinding = false;
    for (const QString &name : files) {
        const PublishedImport read = importPublishedFile(dir.filePath(name));
        if (!read.report) {
            rows << QStringList{name, QString(), QString(), QString(), QString(), QString(), QString(), QString(), read.error};
            anyFinding = true;
            continue;
        }
        int errors = 0;
        int warnings = 0;
        int unchecked = 0;
        for (const Finding &finding : findingsOfRead(read, &unchecked))
            ++(finding.severity == Severity::Error ? errors : warnings);
        anyFinding = anyFinding || errors > 0 || read.cellsLeftEmpty() > 0;
        rows << QStringList{name,
                            read.report->agency().name,
                            read.report->year() > 0 ? QString::number(read.report->year()) : QString(),
                            read.report->format().id(),
                            QString::number(read.cells.size()),
                            QString::number(errors),
                            QString::number(warnings),
                            QString::number(read.cellsLeftEmpty()),
                            unchecked > 0 ? Text::tr("%n rule finding(s) not checked (cells not read)", nullptr, unchecked) : QString()};
    }
    // A table a person reads in a terminal: columns padded to their widest cell (a Chinese character
    // is two columns wide there).
    const auto width = [](const QString &text) {
        int w = 0;
        for (QChar c : text)
            w += c.unicode() >= 0x2E80 ? 2 : 1;
        return w;
    };
    QVector<int> widths(rows.first().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (int c = 0; c < row.size() - 1; ++c)
            widths[c] = std::max(widths[c], width(row[c]));
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (int c = 0; c < row.size(); ++c)
            line += row[c] + (c + 1 < row.size() ? QString(widths[c] - width(row[c]) + 2, QLatin1Char(' ')) : QString());
        out << line.trimmed() << '\n';
    }
    out << Text::tr("%n report(s) read", nullptr, int(files.size())) << Qt::endl;
    if (parser.isSet(QStringLiteral("csv"))) {
        QSaveFile file(parser.value(QStringLiteral("csv")));
        if (!file.open(QIODevice::WriteOnly) || file.write(writeCsv(rows)) < 0 || !file.commit()) {
            err << Text::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()) << Qt::endl;
            return Unreadable;
        }
    }
    return anyFinding ? HasErrors : Ok;
}

} // namespace nb::cli
