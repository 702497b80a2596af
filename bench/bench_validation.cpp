// Cost of checking a report: a full validation of the reference report, and one incremental
// re-validation after a single-cell edit (what each keystroke pays). Prints microseconds.
#include "benchstats.h"
#include "reportjson.h"
#include "validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

using namespace nb;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    ReportReadResult read = ReportJson::readFile(QStringLiteral(NIANBAO_TEST_DATA "/wenzhou-eeb-2019.json"));
    if (!read.report) {
        out << read.error << Qt::endl;
        return 2;
    }
    Report report = std::move(*read.report);
    Validator validator(report);

    QVector<double> full;
    for (int i = 0; i < 1000; ++i) {
        QElapsedTimer timer;
        timer.start();
        validator.validateAll();
        full << timer.nsecsElapsed() / 1000.0;
    }

    // Edits land on section 三, the table whose cells feed the most rules and totals.
    const TableDef *s3 = report.format().table(QStringLiteral("s3"));
    QRandomGenerator random(7);
    QVector<double> incremental;
    for (int i = 0; i < 1000; ++i) {
        const int cell = s3->cellIndex(int(random.bounded(s3->leafRows.size())), int(random.bounded(s3->leafColumns.size() - 1)));
        const CellValue value = CellValue::number(random.bounded(100));
        QElapsedTimer timer;
        timer.start();
        validator.revalidate(report.setValue(cell, value));
        incremental << timer.nsecsElapsed() / 1000.0;
    }

    const Stats f = Stats::of(full);
    const Stats n = Stats::of(incremental);
    out << QStringLiteral("rule instances in the 2019 format: %1\n").arg(report.format().ruleInstances().size());
    out << QStringLiteral("%1 %2 %3 %4\n").arg(QStringLiteral("microseconds"), -34).arg(QStringLiteral("median"), 9).arg(QStringLiteral("p99"), 9).arg(QStringLiteral("max"), 9);
    out << QStringLiteral("%1 %2 %3 %4\n").arg(QStringLiteral("full validation (1000 runs)"), -34).arg(f.median, 9, 'f', 1).arg(f.p99, 9, 'f', 1).arg(f.max, 9, 'f', 1);
    out << QStringLiteral("%1 %2 %3 %4\n").arg(QStringLiteral("edit + incremental (1000 edits)"), -34).arg(n.median, 9, 'f', 1).arg(n.p99, 9, 'f', 1).arg(n.max, 9, 'f', 1);
    return 0;
}
