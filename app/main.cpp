#include "cli/commandline.h"
#include "translations.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Nianbao"));
    QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NIANBAO_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (nb::cli::isCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        return nb::cli::run(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    nb::installTranslations(&app, nb::languageFromName(QString()));
    nb::MainWindow window;
    window.show();
    return app.exec();
}
