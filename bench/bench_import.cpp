// Reading published reports: a 10-page PDF (our exporter's PDF of the reference report with long
// narratives, so the tables sit among pages of text as in real reports) and the real Huaian PDF, read
// by geometry the whole way (Poppler's words, the rebuilt lines, the reader). Prints milliseconds.
#include "benchstats.h"
#include "pdfsource.h"
#include "publishedreader.h"
#include "reportexport.h"
#include "reportjson.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

using namespace nb;

namespace {

QVector<double> timeReading(const QString &path, int runs, int *pages, int *cells)
{
    QVector<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const PublishedImport read = importPublishedFile(path);
        samples << timer.nsecsElapsed() / 1e6;
        *pages = read.pages;
        *cells = int(read.cells.size());
    }
    return samples;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    BenchOutput bench;
    QTemporaryDir dir;
    ReportReadResult file = ReportJson::readFile(QStringLiteral(NIANBAO_TEST_DATA "/wenzhou-eeb-2019.json"));
    if (!file.report)
        return 2;
    Report report = *file.report;
    // Long narratives, as real reports have them, to make ten pages.
    for (const char *part : {"s1", "s5"}) {
        QString text = report.narrative(QLatin1String(part));
        for (int i = 0; i < 12; ++i)
            text += QLatin1Char('\n') + report.narrative(QLatin1String(part));
        report.setNarrative(QLatin1String(part), text);
    }
    const QString pdf = dir.filePath(QStringLiteral("ten.pdf"));
    QString error;
    if (!exportReport(report, ExportFormat::Pdf, pdf, PublishOptions::of(report), &error)) {
        bench.text() << error << Qt::endl;
        return 2;
    }
    int pages = 0;
    int cells = 0;
    importPublishedFile(pdf); // Poppler's fonts and caches once
    const QVector<double> ten = timeReading(pdf, 20, &pages, &cells);
    bench.timing("import.pdf10", QStringLiteral("read a %1-page PDF (%2 cells)").arg(pages).arg(cells), ten);
    const QString huaian = QStringLiteral(NIANBAO_SHARED_DIR "/reference/huaian-2024-report.pdf");
    if (QFile::exists(huaian)) {
        const QVector<double> real = timeReading(huaian, 20, &pages, &cells);
        bench.timing("import.huaian", QStringLiteral("read the Huaian PDF (%1 pages, %2 cells)").arg(pages).arg(cells), real);
    }
    return pages > 0 ? 0 : 1;
}
