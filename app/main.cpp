#include "cli/commandline.h"
#include "mainwindow.h"
#include "reportjson.h"
#include "reportstore.h"
#include "serveraddress.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>

// --user NAME: a clerk of the file signs in; a name the file does not know joins it as a clerk. A
// supervisor cannot be signed in this way (the password is asked in the dialog).
static bool signInAsClerk(nb::MainWindow &window, const QString &name)
{
    return window.signIn(name, QString()) || window.join(nb::User{name, nb::Role::Clerk}, QString(), std::nullopt);
}

// A report file named on the command line (a double-click on a *.nianbao.json in the file manager, the
// desktop entry passes its path) rather than a database: a .json name, or JSON inside whatever the name
// (a database starts with "SQLite format 3").
static bool isReportFile(const QString &path)
{
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray head = file.read(64);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    return head.trimmed().startsWith('{');
}

// Adds the report file to the open database and opens it. The same agency and year already there is
// opened instead and nothing is added (a second double-click must not make a copy; the store refuses
// duplicates anyway). What happened is said in a message box, or on stderr when no box may block.
static void openReportFile(nb::MainWindow &window, const QString &file, bool quiet)
{
    const QString name = QFileInfo(file).fileName();
    QString message;
    bool failed = false;
    const nb::ReportReadResult read = nb::ReportJson::readFile(file);
    if (!read.report) {
        message = QObject::tr("The report file cannot be read: %1").arg(read.error); // the error names the file
        failed = true;
    } else if (const auto existing = window.store()->findReport(read.report->agency().name, read.report->year())) {
        failed = !window.openReport(*existing);
        message = failed ? window.lastError()
                         : QObject::tr("The %1 report of %2 is already in this database (number %3): it is opened, and %4 was not "
                                       "added again. To replace it, delete the report first.")
                               .arg(read.report->year()).arg(read.report->agency().name).arg(*existing).arg(name);
    } else if (!window.importReportFile(file)) {
        message = window.lastError();
        failed = true;
    } else {
        const auto added = window.store()->findReport(read.report->agency().name, read.report->year());
        failed = !added || !window.openReport(*added);
        message = failed ? window.lastError()
                         : QObject::tr("%1 was added to the database %2 as report number %3 and opened.")
                               .arg(name, QDir::toNativeSeparators(window.store()->path()))
                               .arg(*added);
    }
    if (quiet)
        std::fprintf(stderr, "%s\n", qUtf8Printable(message));
    else if (failed)
        QMessageBox::warning(&window, QObject::tr("Nianbao"), message);
    else
        QMessageBox::information(&window, QObject::tr("Nianbao"), message);
}

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Nianbao"));
    QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NIANBAO_VERSION));
    // The desktop entry's name (cmake/packaging.cmake): Wayland shells find the icon and menu entry by it.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.nianbao.Nianbao"));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (nb::cli::isCommandLine(arguments)) {
        if (!nb::cli::needsFonts(arguments)) {
            QCoreApplication app(argc, argv);
            return nb::cli::run(QCoreApplication::arguments());
        }
        // Export lays out text but never shows a window: no display is needed.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return nb::cli::run(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    // The language first, so that the parser's own messages (an unknown option) are in it too.
    const QString language = nb::cli::languageArgument(arguments);
    nb::installTranslations(&app, nb::languageFromName(language.isEmpty() ? QSettings().value(QStringLiteral("language")).toString() : language));
    QCommandLineParser parser;
    nb::cli::addApplicationOptions(parser);
    // For the start-up benchmark: leave as soon as the window has been painted once.
    QCommandLineOption quitWhenShown(QStringLiteral("quit-when-shown"));
    quitWhenShown.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitWhenShown);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("the report database, or a report file (.json) to add to it and open"));
    parser.process(app);

    // The file named on the command line (created when new, as an editor would), else the last file
    // used if it is still there, else the default file in the app data folder (created on first start).
    // A report file named there goes into that same database (--db, else the last, else the default).
    QString path = parser.value(QStringLiteral("db"));
    QString reportFile;
    const QString named = parser.positionalArguments().value(0);
    if (!named.isEmpty() && isReportFile(named))
        reportFile = named;
    else if (path.isEmpty())
        path = named;
    if (path.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("lastFile")).toString();
        path = QFileInfo::exists(last) || nb::ServerAddress::isServerAddress(last) ? last : nb::ReportStore::defaultPath();
    }

    nb::MainWindow window;
    window.show();
    // A refused file is left as it was; the window stays open with New and Open at hand.
    if (!window.openDatabase(path, true)) {
        QMessageBox::warning(&window, QObject::tr("Nianbao"), window.lastError());
    } else if (!parser.isSet(quitWhenShown)
               && !(parser.isSet(QStringLiteral("user")) && signInAsClerk(window, parser.value(QStringLiteral("user"))))
               && !window.hasSignedIn()) {
        // Who is working is asked once per file and remembered (a supervisor gives the password each time).
        window.askWhoIsWorking();
    }
    if (window.store() && parser.isSet(QStringLiteral("report")) && !window.openReport(parser.value(QStringLiteral("report")).toInt()))
        QMessageBox::warning(&window, QObject::tr("Nianbao"), window.lastError());
    if (window.store() && !reportFile.isEmpty())
        openReportFile(window, reportFile, parser.isSet(quitWhenShown));
    if (parser.isSet(quitWhenShown)) {
        window.repaint();
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    }
    return app.exec();
}
