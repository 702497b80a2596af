// A city's database: 500 agencies × 10 years (2019–2028, both formats), every report filled in. Measures
// what the report browser and 汇总 cost on it: opening the database and showing the list, beginning a
// report from last year's, and consolidating the 500 reports of one year (each loaded and checked
// against last year's, as the app does). Prints milliseconds.
//
//   bench_manyreports                        a SQLite file in a temporary folder
//   bench_manyreports postgresql://u@h/db    an empty database on a server (PGPASSFILE for the password)
//   bench_manyreports --agencies N           fewer agencies, for a quick look
#include "benchstats.h"
#include "carryforward.h"
#include "formatregistry.h"
#include "reportlistpage.h"
#include "reportstore.h"
#include "storedconsolidation.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace nb;

namespace {

// Every input cell filled, different per agency and year; last year's 结转 carried, so the
// cross-year rules hold as in a real database.
Report filledReport(const QString &agency, int year, int seed)
{
    Report report(FormatRegistry::builtin().formatForYear(year));
    report.setYear(year);
    report.setAgency({agency, QStringLiteral("办公室"), QStringLiteral("某路1号"), {}, {}, {}, {}, {}});
    const FormatDefinition &format = report.format();
    for (int i = 0; i < format.cellCount(); ++i) {
        const CellDef &cell = format.cell(i);
        if (cell.isComputed())
            continue;
        const qint64 n = (i * 7 + seed * 13 + year) % 40;
        report.setValue(i, CellValue::number(cell.kind == ValueKind::Amount ? n * AmountScale : cell.kind == ValueKind::Change ? n % 3 - 1 : n));
    }
    return report;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    BenchOutput bench;
    QTextStream &out = bench.text();
    QStringList args = app.arguments().mid(1);
    int agencies = 500;
    if (const int at = int(args.indexOf(QStringLiteral("--agencies"))); at >= 0) {
        agencies = args.value(at + 1).toInt();
        args.remove(at, 2);
    }
    const int firstYear = 2019;
    const int years = 10;
    QTemporaryDir dir;
    const QString location = args.isEmpty() ? dir.filePath(QStringLiteral("city.sqlite")) : args.first();
    ReportStore::Options options;
    options.create = true;
    ReportStore::OpenResult opened = ReportStore::open(location, options);
    if (!opened.store) {
        out << opened.error << Qt::endl;
        return 2;
    }
    if (!opened.store->reports().isEmpty()) {
        out << "the database must be empty" << Qt::endl;
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    QString error;
    for (int a = 0; a < agencies; ++a) {
        for (int y = 0; y < years; ++y) {
            if (!opened.store->addReport(filledReport(QStringLiteral("第%1号机关").arg(a + 1, 3, 10, QLatin1Char('0')), firstYear + y, a),
                                         QStringLiteral("bench"), &error)) {
                out << error << Qt::endl;
                return 1;
            }
        }
    }
    const double filling = msSince(timer);
    opened.store.reset();

    // Opening the browser: the database opened and every report listed in the list page.
    QVector<double> browser;
    std::unique_ptr<ReportStore> store;
    for (int run = 0; run < 10; ++run) {
        store.reset();
        timer.restart();
        store = ReportStore::open(location, {}).store;
        ReportListPage page;
        page.setReports(store->reports());
        browser << msSince(timer);
    }

    // The next year's report from this year's, for 20 agencies.
    const QVector<ReportSummary> all = store->reports();
    QVector<double> carried;
    QVector<int> lastYear;
    for (const ReportSummary &summary : all) {
        if (summary.year == firstYear + years - 1 && lastYear.size() < 20)
            lastYear << summary.id;
    }
    for (int id : lastYear) {
        timer.restart();
        const std::optional<Report> last = store->loadReport(id, &error);
        const NewYearReport created = beginFromLastYear(*last, last->year() + 1, FormatRegistry::builtin().formatForYear(last->year() + 1));
        if (!store->addReport(created.report, QStringLiteral("bench"), &error)) {
            out << error << Qt::endl;
            return 1;
        }
        carried << msSince(timer);
    }

    // 汇总 of every report of 2024.
    QVector<int> ofYear;
    for (const ReportSummary &summary : all) {
        if (summary.year == 2024)
            ofYear << summary.id;
    }
    QVector<double> consolidation;
    for (int run = 0; run < 5; ++run) {
        timer.restart();
        const std::optional<Consolidation> summed = consolidateStored(*store, ofYear, QStringLiteral("全市"), &error);
        consolidation << msSince(timer);
        if (!summed) {
            out << error << Qt::endl;
            return 1;
        }
    }

    out << (store->isServer() ? "PostgreSQL " : "SQLite ") << agencies << " agencies x " << years << " years = " << all.size()
        << " reports (filled in " << qRound(filling / 1000) << " s)" << Qt::endl;
    bench.timing("many.browser", QStringLiteral("open the browser: open + list %1 reports (10 runs)").arg(all.size()), browser);
    bench.timing("many.nextyear", QStringLiteral("next year's report from last year's (%1 agencies)").arg(carried.size()), carried);
    bench.timing("many.consolidate", QStringLiteral("consolidate the %1 reports of 2024 (5 runs)").arg(ofYear.size()), consolidation);
    return 0;
}
