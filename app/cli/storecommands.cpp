#include "storecommands.h"

#include "commandline.h"
#include "reportjson.h"
#include "reportstore.h"
#include "signature.h"
#include "systemuser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <termios.h>
#include <unistd.h>

namespace nb::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StoreCommands)
};

} // namespace

QCommandLineOption dbOption()
{
    return {QStringLiteral("db"), Text::tr("the report database: a SQLite file, or postgresql://user@host/database"), QStringLiteral("file")};
}

QCommandLineOption reportOption()
{
    return {QStringLiteral("report"), Text::tr("the report's number, as `list` prints it"), QStringLiteral("number")};
}

QCommandLineOption outputOption(const QString &what)
{
    return {{QStringLiteral("o"), QStringLiteral("output")}, what, QStringLiteral("file")};
}

namespace {

// A server's password from the terminal, not echoed; empty when there is no terminal to ask.
QString askPassword(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return {};
    QTextStream err(stderr);
    err << prompt << ' ' << Qt::flush;
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    QTextStream in(stdin);
    const QString password = in.readLine();
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    err << Qt::endl;
    return password;
}

} // namespace

std::unique_ptr<ReportStore> openStore(const QCommandLineParser &parser, bool create, bool readOnly)
{
    QTextStream err(stderr);
    if (!parser.isSet(QStringLiteral("db"))) {
        err << Text::tr("--db FILE is required") << Qt::endl;
        return nullptr;
    }
    ReportStore::Options options;
    options.create = create;
    options.readOnly = readOnly;
    ReportStore::OpenResult opened = ReportStore::open(parser.value(QStringLiteral("db")), options);
    if (opened.problem == ReportStore::Problem::NeedsPassword) {
        options.password = askPassword(opened.error + QLatin1Char(' ') + Text::tr("Password:"));
        if (!options.password.isEmpty())
            opened = ReportStore::open(parser.value(QStringLiteral("db")), options);
    }
    if (!opened.store)
        err << opened.error << Qt::endl;
    else if (!opened.backupPath.isEmpty())
        err << Text::tr("The database was upgraded; the previous version is kept as %1").arg(opened.backupPath) << Qt::endl;
    return std::move(opened.store);
}

std::optional<int> addToStore(const QCommandLineParser &parser, const Report &report)
{
    const auto store = openStore(parser, true, false);
    if (!store)
        return std::nullopt;
    QString error;
    const auto id = store->addReport(report, systemUserName(), &error);
    if (!id)
        QTextStream(stderr) << Text::tr("cannot add the report: %1").arg(error) << Qt::endl;
    return id;
}

int runImport(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.clearPositionalArguments();
    parser.addPositionalArgument(QStringLiteral("import"), Text::tr("add a report to a database"));
    parser.addPositionalArgument(QStringLiteral("report"), Text::tr("the report, as a Nianbao JSON file"));
    parser.addOption(dbOption());
    parser.process(arguments);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 2) {
        err << Text::tr("usage: nianbao import REPORT.json --db FILE") << Qt::endl;
        return Unreadable;
    }
    const ReportReadResult read = ReportJson::readFile(parser.positionalArguments().at(1));
    if (!read.report) {
        err << Text::tr("cannot read the report: %1").arg(read.error) << Qt::endl;
        return Unreadable;
    }
    const auto id = addToStore(parser, *read.report);
    if (!id)
        return Unreadable;
    out << *id << Qt::endl;
    return Ok;
}

int runExportJson(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.clearPositionalArguments();
    parser.addPositionalArgument(QStringLiteral("export-json"), Text::tr("write a report from a database as JSON"));
    parser.addOption(dbOption());
    parser.addOption(reportOption());
    parser.addOption(outputOption(Text::tr("the file to write (standard output when absent)")));
    parser.process(arguments);
    QTextStream err(stderr);
    bool numeric = false;
    const int id = parser.value(QStringLiteral("report")).toInt(&numeric);
    if (!numeric) {
        err << Text::tr("usage: nianbao export-json --db FILE --report NUMBER [--output OUT.json]") << Qt::endl;
        return Unreadable;
    }
    const auto store = openStore(parser, false, true);
    if (!store)
        return Unreadable;
    QString error;
    const auto report = store->loadReport(id, &error);
    if (!report) {
        err << error << Qt::endl;
        return Unreadable;
    }
    const QByteArray json = ReportJson::write(*report);
    if (!parser.isSet(QStringLiteral("output"))) {
        QFile out;
        return out.open(stdout, QIODevice::WriteOnly) && out.write(json) == json.size() ? Ok : Unreadable;
    }
    // Written whole or not at all.
    QSaveFile file(parser.value(QStringLiteral("output")));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        err << Text::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()) << Qt::endl;
        return Unreadable;
    }
    return Ok;
}

// A name edited into the file may hold tabs, line breaks or direction overrides: shown as \t, \n,
// \u202e, so that no name forges a column or a line of its own.
QString visibleText(const QString &text)
{
    QString shown;
    for (const QChar c : text) {
        if (c == QLatin1Char('\\'))
            shown += QStringLiteral("\\\\");
        else if (c == QLatin1Char('\t'))
            shown += QStringLiteral("\\t");
        else if (c == QLatin1Char('\n'))
            shown += QStringLiteral("\\n");
        else if (c == QLatin1Char('\r'))
            shown += QStringLiteral("\\r");
        else if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c.category() == QChar::Separator_Line
                 || c.category() == QChar::Separator_Paragraph)
            shown += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    return shown;
}

int runList(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.clearPositionalArguments();
    parser.addPositionalArgument(QStringLiteral("list"), Text::tr("print the reports in a database"));
    parser.addOption(dbOption());
    parser.process(arguments);
    const auto store = openStore(parser, false, true);
    if (!store)
        return Unreadable;
    QString error;
    QVector<ReportSummary> reports = store->reports(&error);
    // "signed" only where the signature holds: the state column alone is whatever the file says.
    if (error.isEmpty())
        store->checkSignOffs(reports, &error);
    if (!error.isEmpty()) {
        QTextStream(stderr) << error << Qt::endl;
        return Unreadable;
    }
    QTextStream out(stdout);
    // Tab-separated: number, agency, year, format, state, last change (UTC).
    for (const ReportSummary &report : reports) {
        out << report.id << '\t' << visibleText(report.agency) << '\t' << report.year << '\t' << report.formatId << '\t' << report.state
            << '\t' << report.updated.toString(Qt::ISODate) << '\n';
    }
    out.flush();
    return Ok;
}

int runVerify(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.clearPositionalArguments();
    parser.addPositionalArgument(QStringLiteral("verify"), Text::tr("check a report's sign-off"));
    parser.addOption(dbOption());
    parser.addOption(reportOption());
    parser.process(arguments);
    QTextStream err(stderr);
    bool numeric = false;
    const int id = parser.value(QStringLiteral("report")).toInt(&numeric);
    if (!numeric) {
        err << Text::tr("usage: nianbao verify --db FILE --report NUMBER [--trust LIST]") << Qt::endl;
        return Unreadable;
    }
    const auto store = openStore(parser, false, true);
    if (!store)
        return Unreadable;
    QString error;
    const std::optional<ReviewStatus> status = store->reviewStatus(id, &error);
    const std::optional<Report> report = status ? store->loadReport(id, &error) : std::nullopt;
    if (!status || !report) {
        err << error << Qt::endl;
        return Unreadable;
    }
    QTextStream out(stdout);
    out << Text::tr("report %1: %2 %3, revision %4, state in the file: %5")
               .arg(id)
               .arg(report->agency().name)
               .arg(report->year())
               .arg(status->revision)
               .arg(stateId(status->state))
        << Qt::endl;
    if (status->state != ReportState::Signed) {
        out << Text::tr("not signed off") << Qt::endl;
        return HasErrors;
    }
    const SignOffCheck check = store->checkSignOff(id, &error);
    if (status->signOff) {
        const Transition &signOff = *status->signOff;
        out << Text::tr("signed off by: %1").arg(signOff.who) << Qt::endl
            << Text::tr("at: %1").arg(signOff.atText) << Qt::endl
            << Text::tr("report digest (SHA-256): %1").arg(QString::fromLatin1(signOff.digest)) << Qt::endl
            << Text::tr("key fingerprint: %1").arg(check.fingerprint.isEmpty() ? Text::tr("none") : check.fingerprint) << Qt::endl;
    }
    switch (check.verdict) {
    case SignOffCheck::Verdict::Valid:
        out << Text::tr("signature valid; the key is trusted as %1").arg(check.trustedAs) << Qt::endl;
        return Ok;
    case SignOffCheck::Verdict::Untrusted:
        out << Text::tr("signature valid, but the signer is not trusted: %1").arg(check.problem) << Qt::endl;
        return HasErrors;
    default:
        out << Text::tr("signature invalid: %1").arg(check.problem) << Qt::endl;
        return HasErrors;
    }
}

} // namespace nb::cli
