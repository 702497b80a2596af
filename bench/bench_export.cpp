// Cost of publishing the reference report (../shared/reference/huaian-2024-report.json): building and
// writing the PDF in-process, the whole `nianbao export` process, and — for scale — LibreOffice
// converting our own .docx of the same report to PDF (`soffice --headless --convert-to pdf`) in the
// same run. Prints milliseconds and the ratio; without soffice that row is skipped, with a message.
//
// Options (bounded, for a quick run or a profile):
//   --runs N         in-process exports (default 30)
//   --processes N    whole `nianbao export` processes (default 10)
//   --office N       LibreOffice conversions counted (default 5; one more, uncounted, builds its profile)
#include "benchstats.h"
#include "reportexport.h"
#include "reportjson.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QTextStream>

#include <ctime>

using namespace nb;

namespace {

double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("runs"), QStringLiteral("in-process exports"), QStringLiteral("n"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("processes"), QStringLiteral("nianbao export processes"), QStringLiteral("n"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("office"), QStringLiteral("LibreOffice conversions"), QStringLiteral("n"), QStringLiteral("5")});
    parser.process(app);
    const int runs = std::clamp(parser.value(QStringLiteral("runs")).toInt(), 1, 10000);
    const int processes = std::clamp(parser.value(QStringLiteral("processes")).toInt(), 0, 1000);
    const int officeRuns = std::clamp(parser.value(QStringLiteral("office")).toInt(), 0, 100);

    BenchOutput bench;
    QTextStream &out = bench.text();
    QTemporaryDir dir;
    const QString json = QStringLiteral(NIANBAO_SHARED_DIR "/reference/huaian-2024-report.json");
    ReportReadResult read = ReportJson::readFile(json);
    if (!read.report) {
        out << "cannot read the reference report " << QFileInfo(json).absoluteFilePath() << ": " << read.error << Qt::endl;
        return 2;
    }

    QString error;
    if (!exportReport(*read.report, ExportFormat::Pdf, dir.filePath(QStringLiteral("warm.pdf")), {}, &error)) { // fonts loaded once
        out << error << Qt::endl;
        return 2;
    }
    // Also the processor time of each export: on a machine shared with other work it says what the
    // export costs, where the elapsed time also counts the waits for the processor.
    QVector<double> inProcess;
    QVector<double> cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpuStart = cpuMs();
        timer.start();
        exportReport(*read.report, ExportFormat::Pdf, dir.filePath(QStringLiteral("r.pdf")), {}, &error);
        inProcess << timer.nsecsElapsed() / 1e6;
        cpu << cpuMs() - cpuStart;
    }
    QVector<double> process;
    for (int i = 0; i < processes; ++i) {
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
    QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        soffice = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    if (!soffice.isEmpty() && officeRuns > 0) {
        const QString docx = dir.filePath(QStringLiteral("r.docx"));
        if (!exportReport(*read.report, ExportFormat::Docx, docx, {}, &error)) {
            out << error << Qt::endl;
            return 2;
        }
        const QString profile = QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(dir.filePath(QStringLiteral("lo"))).toString();
        for (int i = 0; i <= officeRuns; ++i) {
            QProcess convert;
            QElapsedTimer timer;
            timer.start();
            convert.start(soffice, {profile, QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                                    QStringLiteral("--outdir"), dir.filePath(QStringLiteral("office")), docx});
            convert.waitForFinished(180000);
            if (i > 0)
                office << timer.nsecsElapsed() / 1e6;
        }
        if (!QFileInfo::exists(dir.filePath(QStringLiteral("office/r.pdf")))) {
            out << "soffice made no PDF: no comparison\n";
            office.clear();
        }
    }
    bench.timing("export.pdf", QStringLiteral("PDF export of the reference report, in-process (%1 runs)").arg(inProcess.size()), inProcess);
    bench.timing("export.pdf.cpu", QStringLiteral("… its processor time"), cpu);
    if (!process.isEmpty()) {
        bench.timing("export.process", QStringLiteral("nianbao export --pdf, whole process (%1 runs)").arg(process.size()), process);
        bench.value("export.rss", QStringLiteral("peak RSS of the nianbao export process"), exportPeakRss, QStringLiteral("MB"));
    }
    if (office.isEmpty()) {
        if (soffice.isEmpty())
            out << "soffice (LibreOffice) not found: no comparison (install libreoffice-writer-nogui)\n";
        return 0;
    }
    bench.timing("export.libreoffice", QStringLiteral("soffice --convert-to pdf of our .docx (%1 runs)").arg(office.size()), office);
    const double officeMedian = Stats::of(office).median;
    bench.value("export.ratio", QStringLiteral("LibreOffice ÷ in-process export (medians)"), officeMedian / Stats::of(inProcess).median, QStringLiteral("×"));
    if (!process.isEmpty())
        bench.value("export.processratio", QStringLiteral("LibreOffice ÷ nianbao export process (medians)"), officeMedian / Stats::of(process).median, QStringLiteral("×"));
    return 0;
}
