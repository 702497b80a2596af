// Cost of publishing the reference report: building and writing the PDF in-process, and the whole
// `nianbao export` process. Prints milliseconds.
#include "benchstats.h"
#include "reportexport.h"
#include "reportjson.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace nb;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString json = QStringLiteral(NIANBAO_TEST_DATA "/wenzhou-eeb-2019.json");
    ReportReadResult read = ReportJson::readFile(json);
    if (!read.report)
        return 2;

    QString error;
    exportReport(*read.report, ExportFormat::Pdf, dir.filePath(QStringLiteral("warm.pdf")), {}, &error); // fonts loaded once
    QVector<double> inProcess;
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer timer;
        timer.start();
        exportReport(*read.report, ExportFormat::Pdf, dir.filePath(QStringLiteral("r.pdf")), {}, &error);
        inProcess << timer.nsecsElapsed() / 1e6;
    }
    QVector<double> process;
    for (int i = 0; i < 10; ++i) {
        QProcess nianbao;
        QElapsedTimer timer;
        timer.start();
        nianbao.start(QStringLiteral(NIANBAO_EXECUTABLE), {QStringLiteral("export"), json, QStringLiteral("--pdf"), dir.filePath(QStringLiteral("p.pdf"))});
        nianbao.waitForFinished(60000);
        process << timer.nsecsElapsed() / 1e6;
    }
    const Stats a = Stats::of(inProcess);
    const Stats b = Stats::of(process);
    out << QStringLiteral("%1 %2 %3 %4\n").arg(QStringLiteral("milliseconds"), -44).arg(QStringLiteral("median"), 8).arg(QStringLiteral("p99"), 8).arg(QStringLiteral("max"), 8);
    out << QStringLiteral("%1 %2 %3 %4\n").arg(QStringLiteral("PDF export in-process (30 runs)"), -44).arg(a.median, 8, 'f', 1).arg(a.p99, 8, 'f', 1).arg(a.max, 8, 'f', 1);
    out << QStringLiteral("%1 %2 %3 %4\n").arg(QStringLiteral("nianbao export --pdf, whole process (10)"), -44).arg(b.median, 8, 'f', 1).arg(b.p99, 8, 'f', 1).arg(b.max, 8, 'f', 1);
    return 0;
}
