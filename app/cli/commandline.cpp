#include "commandline.h"

#include "checkcommand.h"
#include "exportcommand.h"
#include "importpublishedcommand.h"
#include "storecommands.h"
#include "tablecommands.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace nb::cli {

namespace {

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(QCommandLineParser &parser, const QStringList &arguments);
};

const Command commands[] = {
    {"check", QT_TRANSLATE_NOOP("CommandLine", "check a report file against the rules of its format"), &runCheck},
    {"export", QT_TRANSLATE_NOOP("CommandLine", "write the published report as PDF, HTML or ODT"), &runExport},
    {"import", QT_TRANSLATE_NOOP("CommandLine", "add a report file to a database"), &runImport},
    {"import-published", QT_TRANSLATE_NOOP("CommandLine", "read a published report (PDF, HTML or text) and check it"), &runImportPublished},
    {"check-published", QT_TRANSLATE_NOOP("CommandLine", "check every published report in a folder"), &runCheckPublished},
    {"export-json", QT_TRANSLATE_NOOP("CommandLine", "write a report from a database as a JSON file"), &runExportJson},
    {"list", QT_TRANSLATE_NOOP("CommandLine", "print the reports in a database"), &runList},
    {"export-tables", QT_TRANSLATE_NOOP("CommandLine", "write a report's tables from a database as Excel or CSV"), &runExportTables},
    {"import-tables", QT_TRANSLATE_NOOP("CommandLine", "add a report to a database from a filled CSV sheet"), &runImportTables},
    {"consolidate", QT_TRANSLATE_NOOP("CommandLine", "sum reports of one year (汇总) to Excel, CSV, PDF or HTML"), &runConsolidate},
};

} // namespace

bool isCommandLine(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    for (const Command &command : commands) {
        if (first == QLatin1String(command.name))
            return true;
    }
    static const QStringList informational{QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("--help-all"),
                                           QStringLiteral("--version"), QStringLiteral("-v")};
    return informational.contains(first);
}

bool needsFonts(const QStringList &arguments)
{
    // Export (and a consolidation's PDF) lays out pages; reading HTML parses it with QTextDocument.
    return arguments.value(1) == QLatin1String("export") || arguments.value(1) == QLatin1String("import-published")
           || arguments.value(1) == QLatin1String("check-published")
           || arguments.value(1) == QLatin1String("consolidate");
}

int run(const QStringList &arguments)
{
    // The language must be set before any text is produced, so before the parser runs.
    QString language;
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang"))
            language = arguments.value(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            language = arguments.at(i).mid(7);
    }
    installTranslations(QCoreApplication::instance(), languageFromName(language));

    QCommandLineParser parser;
    QString description = QCoreApplication::translate("CommandLine",
                                                      "Nianbao prepares the annual government information disclosure report.\n"
                                                      "Without a command it starts the application.\n\nCommands:");
    for (const Command &command : commands)
        description += QStringLiteral("\n  %1  %2").arg(QLatin1String(command.name), -17).arg(QCoreApplication::translate("CommandLine", command.summary));
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("lang"), QCoreApplication::translate("CommandLine", "language of messages: zh or en"),
                      QStringLiteral("language")});
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("CommandLine", "the command to run"));

    const QString name = arguments.value(1);
    for (const Command &command : commands) {
        if (name == QLatin1String(command.name))
            return command.run(parser, arguments);
    }
    parser.process(arguments); // --help and --version print and exit here
    return Ok;
}

} // namespace nb::cli
