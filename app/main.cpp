#include "cli/commandline.h"
#include "mainwindow.h"
#include "reportstore.h"
#include "serveraddress.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

// --user NAME: a clerk of the file signs in; a name the file does not know joins it as a clerk. A
// supervisor cannot be signed in this way (the password is asked in the dialog).
static bool signInAsClerk(nb::MainWindow &window, const QString &name)
{
    return window.signIn(name, QString()) || window.join(nb::User{name, nb::Role::Clerk}, QString(), std::nullopt);
}

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Nianbao"));
    QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NIANBAO_VERSION));

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
    parser.process(app);

    // The file named on the command line (created when new, as an editor would), else the last file
    // used if it is still there, else the default file in the app data folder (created on first start).
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        path = parser.positionalArguments().value(0);
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
    if (parser.isSet(quitWhenShown)) {
        window.repaint();
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    }
    return app.exec();
}
