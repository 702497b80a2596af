// Cost of publishing the reference report: building and writing the PDF in-process, the whole
// `nianbao export` process, and — for scale — LibreOffice converting our own ODT of the same report
// to PDF (`libreoffice --headless --convert-to pdf`). Prints milliseconds and the ratio.
#include "benchstats.h"
#include "reportexport.h"
#include "reportjson.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QTextStream>

using namespace nb;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    BenchOutput bench;
    QTextStream &out = bench.text();
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
    const double exportPeakRss = BenchOutput::childrenPeakRssMb(); // before LibreOffice runs as a child
    // LibreOffice's first start builds its profile; that run is not counted.
    QVector<double> office;
    const QString libreoffice = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    if (!libreoffice.isEmpty()) {
        const QString odt = dir.filePath(QStringLiteral("r.odt"));
        exportReport(*read.report, ExportFormat::Odt, odt, {}, &error);
        const QString profile = QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(dir.filePath(QStringLiteral("lo"))).toString();
        for (int i = 0; i < 6; ++i) {
            QProcess convert;
            QElapsedTimer timer;
            timer.start();
            convert.start(libreoffice, {profile, QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                                        QStringLiteral("--outdir"), dir.path(), odt});
            convert.waitForFinished(180000);
            if (i > 0)
                office << timer.nsecsElapsed() / 1e6;
        }
    }
    bench.timing("export.pdf", QStringLiteral("PDF export in-process (30 runs)"), inProcess);
    bench.timing("export.process", QStringLiteral("nianbao export --pdf, whole process (10 runs)"), process);
    bench.value("export.rss", QStringLiteral("peak RSS of the nianbao export process"), exportPeakRss, QStringLiteral("MB"));
    if (office.isEmpty()) {
        out << "libreoffice not found: no comparison (install libreoffice-writer-nogui)\n";
        return 0;
    }
    bench.timing("export.libreoffice", QStringLiteral("libreoffice --convert-to pdf of our ODT (5 runs)"), office);
    const double officeMedian = Stats::of(office).median;
    bench.value("export.ratio", QStringLiteral("LibreOffice ÷ in-process export (medians)"), officeMedian / Stats::of(inProcess).median, QStringLiteral("×"));
    bench.value("export.processratio", QStringLiteral("LibreOffice ÷ nianbao export process (medians)"), officeMedian / Stats::of(process).median, QStringLiteral("×"));
    return 0;
}
