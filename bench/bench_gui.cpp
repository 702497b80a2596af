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
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    int id = 0;
    {
        ReportReadResult read = ReportJson::readFile(QStringLiteral(NIANBAO_TEST_DATA "/wenzhou-eeb-2019.json"));
        auto opened = ReportStore::open(path, {true, false, false});
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
    for (int i = 0; i < 1000; ++i) {
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

    const Stats s = Stats::of(starts);
    const Stats k = Stats::of(keystrokes);
    out << QStringLiteral("%1 %2 %3 %4\n").arg(QStringLiteral("milliseconds"), -52).arg(QStringLiteral("median"), 8).arg(QStringLiteral("p99"), 8).arg(QStringLiteral("max"), 8);
    out << QStringLiteral("%1 %2 %3 %4\n").arg(QStringLiteral("keystroke+Enter → totals, findings (%1 edits)").arg(keystrokes.size()), -52).arg(k.median, 8, 'f', 2).arg(k.p99, 8, 'f', 2).arg(k.max, 8, 'f', 2);
    out << QStringLiteral("%1 %2 %3 %4\n").arg(QStringLiteral("cold start to shown window, report open (10 runs)"), -52).arg(s.median, 8, 'f', 1).arg(s.p99, 8, 'f', 1).arg(s.max, 8, 'f', 1);
    return 0;
}
