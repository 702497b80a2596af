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
    BenchOutput bench;
    QTextStream &out = bench.text();
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

    out << QStringLiteral("rule instances in the 2019 format: %1\n").arg(report.format().ruleInstances().size());
    bench.timing("validation.full", QStringLiteral("full re-validation of the report (1000 runs)"), full, QStringLiteral("µs"));
    bench.timing("validation.edit", QStringLiteral("one edit + incremental check (1000 edits)"), incremental, QStringLiteral("µs"));
    return 0;
}
