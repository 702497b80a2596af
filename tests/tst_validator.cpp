#include "reportbuilder.h"
#include "validator.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace nb;

// Live validation: totals follow their parts, and re-checking only what an edit touched gives exactly
// the findings of a full check.
class TestValidator : public QObject
{
    Q_OBJECT

private slots:
    void totalsFollowParts();
    void declaredTotalWinsUntilCleared();
    void revalidateReportsWhatChanged();
    void incrementalEqualsFull_data();
    void incrementalEqualsFull();
    void previousYearSwitchesCrossYearRules();
    void editsReadFewInstances();
};

void TestValidator::totalsFollowParts()
{
    Report report = reportFrom(QStringLiteral("2021"), 2021, QStringLiteral("3.granted.natural=2; 3.granted.legal=3; 3.refused_secret.natural=1"));
    const FormatDefinition &f = report.format();
    QCOMPARE(report.number(f.indexOf(QStringLiteral("s3.granted.total"))), 5);
    QCOMPARE(report.number(f.indexOf(QStringLiteral("s3.results_total.natural"))), 3);
    QCOMPARE(report.number(f.indexOf(QStringLiteral("s3.results_total.total"))), 6);
    const QVector<int> changed = report.setValue(f.indexOf(QStringLiteral("s3.granted.legal")), CellValue::number(4));
    QCOMPARE(changed.first(), f.indexOf(QStringLiteral("s3.granted.legal")));
    QVERIFY(changed.contains(f.indexOf(QStringLiteral("s3.results_total.total"))));
    QCOMPARE(report.number(f.indexOf(QStringLiteral("s3.results_total.total"))), 7);
    QVERIFY(report.value(f.indexOf(QStringLiteral("s3.results_total.total"))).isBlank()); // computed, not stored
}

void TestValidator::declaredTotalWinsUntilCleared()
{
    Report report = reportFrom(QStringLiteral("2021"), 2021, QStringLiteral("3.granted.natural=2; 3.granted.total=9"));
    const int total = report.format().indexOf(QStringLiteral("s3.granted.total"));
    QCOMPARE(report.number(total), 9);
    report.setValue(total, CellValue());
    QCOMPARE(report.number(total), 2);
}

void TestValidator::revalidateReportsWhatChanged()
{
    Report report = reportFrom(QStringLiteral("2021"), 2021, QString());
    Validator validator(report);
    validator.validateAll();
    QCOMPARE(validator.findings().size(), 0);

    const int cell = report.format().indexOf(QStringLiteral("s3.new.natural"));
    QVector<int> changed = validator.revalidate(report.setValue(cell, CellValue::number(1)));
    QCOMPARE(changed.size(), 2); // R1 for 自然人 and R1 for 总计
    for (int instance : changed)
        QCOMPARE(validator.findingOf(instance)->ruleId, QStringLiteral("R1"));
    QCOMPARE(validator.errorCount(), 2);

    // The same value again changes nothing, and nothing is reported.
    QVERIFY(validator.revalidate(report.setValue(cell, CellValue::number(1))).isEmpty());
    // A different imbalance changes the message of both findings.
    QCOMPARE(validator.revalidate(report.setValue(cell, CellValue::number(2))).size(), 2);
    // Balancing it clears them.
    changed = validator.revalidate(report.setValue(cell, CellValue()));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(validator.findings().size(), 0);
}

void TestValidator::incrementalEqualsFull_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("2019") << "2019";
    QTest::newRow("2021") << "2021";
}

void TestValidator::incrementalEqualsFull()
{
    QFETCH(QString, format);
    Report report = reportFrom(format, 2021, QString());
    const Report previous = reportFrom(format, 2020, QStringLiteral("3.carry_out.natural=3"));
    Validator validator(report, &previous);
    validator.validateAll();
    QRandomGenerator random(20191231); // fixed: a failure must be reproducible
    for (int edit = 0; edit < 600; ++edit) {
        const int cell = int(random.bounded(report.format().cellCount()));
        CellValue value;
        switch (random.bounded(6)) {
        case 0:
            break; // blank
        case 1:
            value = CellValue::notApplicable();
            break;
        case 2:
            value = CellValue::number(-qint64(random.bounded(5)));
            break;
        default:
            value = CellValue::number(random.bounded(20));
        }
        validator.revalidate(report.setValue(cell, value));
        const QVector<Finding> full = Validator::check(report, &previous);
        QCOMPARE(validator.findings().size(), full.size());
        QVERIFY2(validator.findings() == full, qPrintable(QStringLiteral("after edit %1 of %2").arg(edit).arg(report.format().cell(cell).key)));
        // A stored report is loaded by setStoredValue + recomputeNumbers (once, not per cell): the same
        // numbers as the cell-by-cell edits, and countAll (汇总) the same counts as the full check.
        Report bulk(report.formatPointer());
        bulk.setYear(report.year());
        for (int i = 0; i < report.format().cellCount(); ++i)
            bulk.setStoredValue(i, report.value(i));
        bulk.recomputeNumbers();
        for (int i = 0; i < report.format().cellCount(); ++i)
            QVERIFY2(bulk.number(i) == report.number(i), qPrintable(QStringLiteral("after edit %1, cell %2").arg(edit).arg(report.format().cell(i).key)));
        Validator counting(bulk, &previous);
        counting.countAll();
        QCOMPARE(counting.errorCount(), validator.errorCount());
        QCOMPARE(counting.warningCount(), validator.warningCount());
    }
    QVERIFY(validator.errorCount() > 0); // the random edits did break rules
}

void TestValidator::previousYearSwitchesCrossYearRules()
{
    const Report report = reportFrom(QStringLiteral("2021"), 2022, QStringLiteral("3.carried_in.natural=1; 3.granted.natural=1"));
    const Report previous = reportFrom(QStringLiteral("2021"), 2021, QStringLiteral("3.carry_out.natural=4; 3.new.natural=4"));
    Validator validator(report);
    validator.validateAll();
    QCOMPARE(validator.warningCount(), 0);
    validator.setPreviousYear(&previous);
    validator.validateAll();
    QCOMPARE(validator.warningCount(), 2); // R6 for 自然人 and for 总计
    QVERIFY(!validator.findings().first().message.zh.isEmpty());
    validator.countAll(); // the counts without the messages' texts (汇总)
    QCOMPARE(validator.warningCount(), 2);
    QCOMPARE(validator.errorCount(), 0);
    QVERIFY(validator.findings().first().message.zh.isEmpty());
    validator.validateAll(); // and the texts come back with the next full check
    QVERIFY(!validator.findings().first().message.zh.isEmpty());
}

void TestValidator::editsReadFewInstances()
{
    // Incremental means few: a section 三 cell is read by its column's R1 and R3, its row's R2, R5,
    // and through the totals it feeds, by the 总计 column's and the 总计 row's rules; and by the
    // reviewer's checks of its own cell (R12) and of its table (R13, R16).
    const auto format = FormatRegistry::builtin().format(QStringLiteral("2021"));
    const int cell = format->indexOf(QStringLiteral("s3.granted.natural"));
    QSet<int> instances;
    for (int c : QVector<int>{cell} + format->dependentTotals(cell)) {
        for (int i : format->instancesReading(c))
            instances.insert(i);
    }
    QVERIFY2(instances.size() <= 15, qPrintable(QString::number(instances.size())));
    QVERIFY(instances.size() < int(format->ruleInstances().size()) / 10);
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
