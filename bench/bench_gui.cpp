// What the clerk feels: a keystroke that commits a cell, until the totals, the cell marks and the
// findings panel are painted, in the real main window (offscreen) at two screen sizes; and a cold
// start of the whole app process to a shown window with a report open. Prints milliseconds.
//
// Options (every one bounded, for a quick run or a profile):
//   --edits N        keystrokes per window size (default 1000)
//   --starts N       cold starts of the app (default 10; 0 skips them)
//   --sizes WxH,...  window sizes (default 1366x768,1920x1080)
#include "benchstats.h"
#include "mainwindow.h"
#include "reportdocument.h"
#include "reporteditor.h"
#include "reportjson.h"
#include "reportstore.h"
#include "reporttablemodel.h"
#include "reporttableview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <ctime>

using namespace nb;

namespace {

// Keystrokes into section 三 of the report, at one window size: a digit typed over a cell and Enter, as
// the clerk does it. The clock stops when the event queue is drained — the totals, cell marks,
// findings panel and section states updated and the window's backing store repainted.
double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Also the processor time of each keystroke (all threads): on a machine shared with other work it
// says what the keystroke costs, where the elapsed time also counts the waits for the processor.
QVector<double> typeInto(const QString &path, int id, QSize size, int edits, QVector<double> *cpu, QString *error)
{
    MainWindow window;
    window.resize(size);
    window.show();
    if (!window.openDatabase(path, false) || !window.openReport(id)) {
        *error = window.lastError();
        return {};
    }
    window.editor()->showSection(QStringLiteral("s3"));
    ReportTableView *view = window.editor()->tableView(QStringLiteral("s3"));
    QApplication::processEvents();

    const TableDef &table = view->reportModel()->table();
    QRandomGenerator random(5);
    QVector<double> keystrokes;
    while (keystrokes.size() < edits) {
        const int cell = table.cellIndex(int(random.bounded(table.leafRows.size() - 1)), int(random.bounded(6)));
        if (window.document()->format().cell(cell).isComputed())
            continue;
        view->showCell(cell);
        QApplication::processEvents(); // the scroll to the cell is the clerk's move, not the keystroke's
        const char digit = char('0' + random.bounded(10));
        QElapsedTimer timer;
        const double cpuStart = cpuMs();
        timer.start();
        QTest::keyClick(view, digit);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QApplication::processEvents();
        keystrokes << timer.nsecsElapsed() / 1e6;
        *cpu << cpuMs() - cpuStart;
    }
    return keystrokes;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("edits"), QStringLiteral("keystrokes per window size"), QStringLiteral("n"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("starts"), QStringLiteral("cold starts of the app"), QStringLiteral("n"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("window sizes"), QStringLiteral("WxH,..."), QStringLiteral("1366x768,1920x1080")});
    parser.process(app);
    const int edits = std::clamp(parser.value(QStringLiteral("edits")).toInt(), 1, 100000);
    const int startCount = std::clamp(parser.value(QStringLiteral("starts")).toInt(), 0, 1000);

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
    QVector<double> startsCpu; // the app's own processor time (getrusage of the children, before and after)
    for (int i = 0; i < startCount; ++i) {
        const auto childrenCpuMs = [] {
            rusage usage{};
            getrusage(RUSAGE_CHILDREN, &usage);
            return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
        };
        const double cpuBefore = childrenCpuMs();
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(NIANBAO_EXECUTABLE), {path, QStringLiteral("--report"), QString::number(id), QStringLiteral("--quit-when-shown")});
        process.waitForFinished(30000);
        starts << timer.nsecsElapsed() / 1e6;
        startsCpu << childrenCpuMs() - cpuBefore;
    }
    const double appPeakRss = BenchOutput::childrenPeakRssMb(); // only the app has run as a child so far

    struct Row
    {
        QSize size;
        QVector<double> samples;
        QVector<double> cpu;
    };
    QVector<Row> rows;
    for (const QString &text : parser.value(QStringLiteral("sizes")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList wh = text.split(QLatin1Char('x'));
        const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
        if (wh.size() != 2 || size.width() < 400 || size.height() < 300) {
            out << "not a window size: " << text << Qt::endl;
            return 2;
        }
        QString error;
        Row row{size, {}, {}};
        row.samples = typeInto(path, id, size, edits, &row.cpu, &error);
        rows.append(row);
        if (rows.last().samples.isEmpty()) {
            out << error << Qt::endl;
            return 2;
        }
    }

    for (const Row &row : std::as_const(rows)) {
        // The first size keeps the id of earlier runs ("gui.keystroke"); others are named by their size.
        const QByteArray id = &row == &rows.first() ? QByteArray("gui.keystroke")
                                                    : QByteArray("gui.keystroke.") + QByteArray::number(row.size.width()) + 'x' + QByteArray::number(row.size.height());
        bench.timing(id.constData(), QStringLiteral("keystroke+Enter → painted, %1×%2 (%3 edits)").arg(row.size.width()).arg(row.size.height()).arg(row.samples.size()),
                     row.samples);
        bench.timing((id + ".cpu").constData(), QStringLiteral("… its processor time, %1×%2").arg(row.size.width()).arg(row.size.height()), row.cpu);
    }
    if (!starts.isEmpty()) {
        bench.timing("gui.coldstart", QStringLiteral("cold start to shown window, report open (%1 runs)").arg(starts.size()), starts);
        bench.timing("gui.coldstart.cpu", QStringLiteral("… the app's processor time"), startsCpu);
        bench.value("gui.rss", QStringLiteral("peak RSS of the app, window shown, report open"), appPeakRss, QStringLiteral("MB"));
    }
    return 0;
}
