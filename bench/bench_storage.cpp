// Cost of storage: one autosaved edit (its own transaction, synced to disk, with its change-log row),
// the checkpoint an editing session leaves for the clerk's next pause, and loading a full report. Prints
// milliseconds. Runs on a file in a temporary folder on the same disk as the system's temp directory;
// pass a folder to measure another disk.
#include "benchstats.h"
#include "reportjson.h"
#include "reportstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

using namespace nb;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    BenchOutput bench;
    QTextStream &out = bench.text();
    QTemporaryDir dir(app.arguments().size() > 1 ? app.arguments().at(1) + QStringLiteral("/bench-XXXXXX")
                                                 : QDir::tempPath() + QStringLiteral("/bench-XXXXXX"));
    ReportReadResult read = ReportJson::readFile(QStringLiteral(NIANBAO_TEST_DATA "/wenzhou-eeb-2019.json"));
    ReportStore::Options options;
    options.create = true;
    options.editingLock = true;
    ReportStore::OpenResult opened = ReportStore::open(dir.filePath(QStringLiteral("bench.sqlite")), options);
    if (!read.report || !opened.store) {
        out << read.error << opened.error << Qt::endl;
        return 2;
    }
    ReportStore &store = *opened.store;
    QString error;
    const int id = *store.addReport(*read.report, QStringLiteral("bench"), &error);

    // Edits on random cells of section 三, each from the value the editor last saw.
    Report report = *read.report;
    const TableDef *s3 = report.format().table(QStringLiteral("s3"));
    QRandomGenerator random(11);
    QVector<double> saves;
    for (int i = 0; i < 1000; ++i) {
        const int cell = s3->cellIndex(int(random.bounded(s3->leafRows.size())), int(random.bounded(s3->leafColumns.size() - 1)));
        const CellValue value = CellValue::number(random.bounded(100));
        QElapsedTimer timer;
        timer.start();
        const SaveResult saved = store.saveCell(id, report.format().cell(cell).key, report.value(cell), value, QStringLiteral("bench"));
        saves << timer.nsecsElapsed() / 1e6;
        if (!saved.saved()) {
            out << saved.error << Qt::endl;
            return 1;
        }
        report.setValue(cell, value);
    }

    // What the edits above left for the pause after them: the log copied back into the file.
    QElapsedTimer checkpointTimer;
    checkpointTimer.start();
    const int pages = store.checkpoint();
    const double checkpointMs = checkpointTimer.nsecsElapsed() / 1e6;

    QVector<double> loads;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto loaded = store.loadReport(id, &error);
        loads << timer.nsecsElapsed() / 1e6;
        if (!loaded || *loaded != report) {
            out << "loaded report differs from the edited one" << Qt::endl;
            return 1;
        }
    }

    bench.timing("storage.autosave", QStringLiteral("autosave of one edit, synced (1000 edits)"), saves);
    bench.timing("storage.load", QStringLiteral("load of a full report (200 loads)"), loads);
    bench.value("storage.checkpoint", QStringLiteral("checkpoint when the clerk pauses (%1 pages)").arg(pages), checkpointMs, QStringLiteral("ms"));
    return 0;
}
