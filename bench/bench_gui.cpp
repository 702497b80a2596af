// What the clerk feels: a keystroke that commits a cell, until the totals and the findings panel show
// the result, in the real main window (offscreen); and a cold start of the whole app process to a
// shown window with a report open. Prints milliseconds.
#include "benchstats.h"
#include "mainwindow.h"
#include "reportdocument.h"
#include "reporteditor.h"
#include "reportjson.h"
#include "reportstore.h"
#include "reporttablemodel.h"
#include "reporttableview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace nb;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    BenchOutput bench;
    QTextStream &out = bench.text();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    int id = 0;
    {
        ReportReadResult read = ReportJson::readFile(QStringLiteral(NIANBAO_TEST_DATA "/wenzhou-eeb-2019.json"));
        ReportStore::Options options;
        options.create = true;
        auto opened = ReportStore::open(path, options);
        QString error;
        id = *opened.store->addReport(*read.report, QStringLiteral("bench"), &error);
    }

    // Cold starts: the app process from exec to its first painted window with the report open.
    QVector<double> starts;
    for (int i = 0; i < 10; ++i) {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(NIANBAO_EXECUTABLE), {path, QStringLiteral("--report"), QString::number(id), QStringLiteral("--quit-when-shown")});
        process.waitForFinished(30000);
        starts << timer.nsecsElapsed() / 1e6;
    }
    const double appPeakRss = BenchOutput::childrenPeakRssMb(); // only the app has run as a child so far

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    if (!window.openDatabase(path, false) || !window.openReport(id)) {
        out << window.lastError() << Qt::endl;
        return 2;
    }
    window.editor()->showSection(QStringLiteral("s3"));
    ReportTableView *view = window.editor()->tableView(QStringLiteral("s3"));
    QApplication::processEvents();

    // Each edit: a digit typed over a section 三 cell and Enter, as the clerk does it; the clock stops
    // when the event queue is drained, i.e. totals, cell marks, findings panel and section states are
    // all updated.
    const TableDef &table = view->reportModel()->table();
    QRandomGenerator random(5);
    QVector<double> keystrokes;
    while (keystrokes.size() < 1000) {
        const int cell = table.cellIndex(int(random.bounded(table.leafRows.size() - 1)), int(random.bounded(6)));
        if (window.document()->format().cell(cell).isComputed())
            continue;
        view->showCell(cell);
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(view, char('0' + random.bounded(10)));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QApplication::processEvents();
        keystrokes << timer.nsecsElapsed() / 1e6;
    }

    bench.timing("gui.keystroke", QStringLiteral("keystroke+Enter → totals, findings (%1 edits)").arg(keystrokes.size()), keystrokes);
    bench.timing("gui.coldstart", QStringLiteral("cold start to shown window, report open (10 runs)"), starts);
    bench.value("gui.rss", QStringLiteral("peak RSS of the app, window shown, report open"), appPeakRss, QStringLiteral("MB"));
    return 0;
}
