#include "commandline.h"

#include "checkcommand.h"
#include "exportcommand.h"
#include "importpublishedcommand.h"
#include "storecommands.h"
#include "tablecommands.h"
#include "signature.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <vector>

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
    {"export", QT_TRANSLATE_NOOP("CommandLine", "write the published report as PDF, HTML, ODT or Word (.docx)"), &runExport},
    {"import", QT_TRANSLATE_NOOP("CommandLine", "add a report file to a database"), &runImport},
    {"import-published", QT_TRANSLATE_NOOP("CommandLine", "read a published report (PDF, HTML or text) and check it"), &runImportPublished},
    {"check-published", QT_TRANSLATE_NOOP("CommandLine", "check every published report in a folder"), &runCheckPublished},
    {"export-json", QT_TRANSLATE_NOOP("CommandLine", "write a report from a database as a JSON file"), &runExportJson},
    {"list", QT_TRANSLATE_NOOP("CommandLine", "print the reports in a database"), &runList},
    {"verify", QT_TRANSLATE_NOOP("CommandLine", "say who signed a report, with which key, and whether it holds"), &runVerify},
    {"export-tables", QT_TRANSLATE_NOOP("CommandLine", "write a report's tables from a database as Excel or CSV"), &runExportTables},
    {"import-tables", QT_TRANSLATE_NOOP("CommandLine", "add a report to a database from a filled CSV sheet"), &runImportTables},
    {"consolidate", QT_TRANSLATE_NOOP("CommandLine", "sum reports of one year (汇总) to Excel, CSV, PDF or HTML"), &runConsolidate},
};

// A bare lower-case word that is no file here: a command, perhaps mistyped (“exprot”). Taken as a
// database name it would start the window and create a database of that name.
bool looksLikeCommand(const QString &word)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z][a-z0-9-]*$"));
    return shape.match(word).hasMatch() && !QFileInfo::exists(word);
}

// Edits (insert, delete, replace, swap two neighbours) from one word to the other.
int distance(const QString &a, const QString &b)
{
    const int n = int(a.size());
    const int m = int(b.size());
    std::vector<std::vector<int>> d(size_t(n + 1), std::vector<int>(size_t(m + 1)));
    for (int i = 0; i <= n; ++i)
        d[size_t(i)][0] = i;
    for (int j = 0; j <= m; ++j)
        d[0][size_t(j)] = j;
    for (int i = 1; i <= n; ++i) {
        for (int j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int best = std::min({d[size_t(i - 1)][size_t(j)] + 1, d[size_t(i)][size_t(j - 1)] + 1, d[size_t(i - 1)][size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                best = std::min(best, d[size_t(i - 2)][size_t(j - 2)] + 1);
            d[size_t(i)][size_t(j)] = best;
        }
    }
    return d[size_t(n)][size_t(m)];
}

int unknownCommand(const QString &name)
{
    QString closest;
    int best = 3; // further than two edits is not a typo of it
    for (const Command &command : commands) {
        const int d = distance(name, QLatin1String(command.name));
        if (d < best) {
            best = d;
            closest = QLatin1String(command.name);
        }
    }
    QTextStream err(stderr);
    err << QCoreApplication::translate("CommandLine", "nianbao: unknown command “%1”.").arg(name);
    if (!closest.isEmpty())
        err << QLatin1Char(' ') << QCoreApplication::translate("CommandLine", "Did you mean “%1”?").arg(closest);
    err << QLatin1Char('\n') << QCoreApplication::translate("CommandLine", "“nianbao --help” lists the commands.") << QLatin1Char('\n');
    return Unreadable;
}

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
    return informational.contains(first) || looksLikeCommand(first);
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
    installTranslations(QCoreApplication::instance(), languageFromName(languageArgument(arguments)));
    // Trust lists besides this computer's own (a consolidating office's): they count for every command.
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--trust"))
            TrustList::addFile(arguments.value(i + 1));
        else if (arguments.at(i).startsWith(QLatin1String("--trust=")))
            TrustList::addFile(arguments.at(i).mid(8));
    }

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
    parser.addOption({QStringLiteral("trust"),
                      QCoreApplication::translate("CommandLine", "also trust the supervisors' keys listed in this file (one \"fingerprint name\" a line)"),
                      QStringLiteral("file")});
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("CommandLine", "the command to run"));

    const QString name = arguments.value(1);
    for (const Command &command : commands) {
        if (name == QLatin1String(command.name))
            return command.run(parser, arguments);
    }
    if (looksLikeCommand(name))
        return unknownCommand(name);
    // --help describes the application's own options too (they are not any command's).
    addApplicationOptions(parser, false);
    parser.process(arguments); // --help and --version print and exit here
    return Ok;
}

QString languageArgument(const QStringList &arguments)
{
    QString language;
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang"))
            language = arguments.value(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            language = arguments.at(i).mid(7);
    }
    return language;
}

void addApplicationOptions(QCommandLineParser &parser, bool withLanguage)
{
    if (withLanguage)
        parser.addOption({QStringLiteral("lang"), QCoreApplication::translate("CommandLine", "language of messages: zh or en"), QStringLiteral("language")});
    parser.addOption({QStringLiteral("db"), QCoreApplication::translate("CommandLine", "the report database to open (a file, or postgresql://user@host/database)"), QCoreApplication::translate("CommandLine", "file")});
    parser.addOption({QStringLiteral("report"), QCoreApplication::translate("CommandLine", "the report to open, by its number in the list"), QCoreApplication::translate("CommandLine", "number")});
    parser.addOption({QStringLiteral("user"), QCoreApplication::translate("CommandLine", "who is working (a clerk of the file; a supervisor is asked for the password)"), QCoreApplication::translate("CommandLine", "name")});
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("CommandLine", "the report database to open (the same as --db)"), QStringLiteral("[file]"));
}

} // namespace nb::cli
