// 汇总: reports of one year summed cell by cell, with every member's share.
#include "consolidation.h"
#include "reportbuilder.h"

#include <QTest>

using namespace nb;

class TestConsolidation : public QObject
{
    Q_OBJECT

private slots:
    void sumsEveryCell_data();
    void sumsEveryCell();
    void amountsInDifferentUnits();
    void notApplicableOnlyWhenEveryMemberSaysSo();
    void flagsUnsignedAndErroneousMembers();
    void refusesMixedYears();
    void hugeFiguresStopAtTheLimit();
};

static QVector<ConsolidationMember> threeMembers(const QString &formatId)
{
    QVector<ConsolidationMember> members;
    for (int i = 0; i < 3; ++i) {
        Report report = fullReport(formatId);
        report.setAgency({QStringLiteral("第%1局").arg(i + 1), {}, {}, {}, {}, {}, {}, {}});
        clearTotals(report);
        // Each member different: every input cell shifted by the member's number, a few left blank.
        for (int cell = 0; cell < report.format().cellCount(); ++cell) {
            const CellDef &def = report.format().cell(cell);
            if (!report.value(cell).isNumber())
                continue;
            if ((cell + i) % 5 == 0)
                report.setValue(cell, CellValue());
            else
                report.setValue(cell, CellValue::number(report.value(cell).numberOrZero() + i * (def.kind == ValueKind::Amount ? 10000 : 1)));
        }
        members.append({i + 1, report, i == 0 ? QStringLiteral("signed") : QStringLiteral("draft"), 0, 0});
    }
    return members;
}

void TestConsolidation::sumsEveryCell_data()
{
    QTest::addColumn<QString>("formatId");
    QTest::newRow("2019 format") << QStringLiteral("2019");
    QTest::newRow("2021 format") << QStringLiteral("2021");
}

void TestConsolidation::sumsEveryCell()
{
    QFETCH(QString, formatId);
    const QVector<ConsolidationMember> members = threeMembers(formatId);
    QString error;
    const std::optional<Consolidation> summed = Consolidation::of(members, QStringLiteral("某市汇总"), &error);
    QVERIFY2(summed, qPrintable(error));
    const Report &total = summed->total();
    QCOMPARE(total.agency().name, QStringLiteral("某市汇总"));
    // Without a title the total goes under the number of agencies.
    QCOMPARE(Consolidation::of(members, QString(), &error)->total().agency().name,
             QCoreApplication::translate("Consolidation", "%n agencies", nullptr, 3));
    QCOMPARE(total.year(), members.first().report.year());
    const FormatDefinition &format = total.format();
    int checked = 0;
    for (int cell = 0; cell < format.cellCount(); ++cell) {
        qint64 expected = 0;
        for (const ConsolidationMember &member : members)
            expected += member.report.number(cell); // fullReport gives every amount in one unit
        QCOMPARE(total.number(cell), expected);
        // The drill-down adds up to the total, member by member in order.
        const QVector<Consolidation::Share> shares = summed->shares(cell);
        QCOMPARE(shares.size(), 3);
        qint64 sum = 0;
        for (int m = 0; m < 3; ++m) {
            QCOMPARE(shares[m].member, m);
            QCOMPARE(shares[m].value, members[m].report.value(cell));
            sum += shares[m].number;
        }
        QCOMPARE(sum, total.number(cell));
        ++checked;
    }
    QCOMPARE(checked, format.cellCount());
}

void TestConsolidation::amountsInDifferentUnits()
{
    // 采购总金额: one agency in 元, one in 万元 — summed in 元, exactly.
    Report inYuan = reportFrom(QStringLiteral("2019"), 2020, QStringLiteral("2_9.procurement.amount=251000"));
    inYuan.setUnit(inYuan.format().indexOf(QStringLiteral("s2_9.procurement.amount")), QStringLiteral("元"));
    Report inWan = reportFrom(QStringLiteral("2019"), 2020, QStringLiteral("2_9.procurement.amount=3"));
    const int cell = inWan.format().indexOf(QStringLiteral("s2_9.procurement.amount"));
    inWan.setUnit(cell, QStringLiteral("万元"));
    QString error;
    const auto summed = Consolidation::of({{1, inWan, QStringLiteral("signed"), 0, 0}, {2, inYuan, QStringLiteral("signed"), 0, 0}},
                                          QStringLiteral("汇总"), &error);
    QVERIFY2(summed, qPrintable(error));
    QCOMPARE(summed->total().unit(cell), QStringLiteral("元"));
    QCOMPARE(summed->total().displayText(cell), QStringLiteral("281000"));
    QCOMPARE(summed->shares(cell).at(0).number, 30000 * AmountScale);

    // All in 万元: stays in 万元.
    const auto same = Consolidation::of({{1, inWan, QStringLiteral("signed"), 0, 0}, {2, inWan, QStringLiteral("signed"), 0, 0}},
                                        QStringLiteral("汇总"), &error);
    QCOMPARE(same->total().unit(cell), QStringLiteral("万元"));
    QCOMPARE(same->total().displayText(cell), QStringLiteral("6"));
}

void TestConsolidation::notApplicableOnlyWhenEveryMemberSaysSo()
{
    const Report na = reportFrom(QStringLiteral("2021"), 2022, QStringLiteral("2_1.regulations.issued=/"));
    const Report two = reportFrom(QStringLiteral("2021"), 2022, QStringLiteral("2_1.regulations.issued=2"));
    const int cell = na.format().indexOf(QStringLiteral("s2_1.regulations.issued"));
    QString error;
    QVERIFY(Consolidation::of({{1, na, {}}, {2, na, {}}}, QStringLiteral("汇总"), &error)->total().value(cell).isNotApplicable());
    QCOMPARE(Consolidation::of({{1, na, {}}, {2, two, {}}}, QStringLiteral("汇总"), &error)->total().value(cell), CellValue::number(2));
    QVERIFY(Consolidation::of({{1, blankReport(QStringLiteral("2021"), 2022, QStringLiteral("甲")), {}}}, QStringLiteral("汇总"), &error)
                ->total().value(cell).isBlank());
}

void TestConsolidation::flagsUnsignedAndErroneousMembers()
{
    const Report report = blankReport(QStringLiteral("2021"), 2022, QStringLiteral("甲"));
    QVERIFY(!ConsolidationMember({1, report, QStringLiteral("signed"), 0, 3}).isFlagged()); // warnings do not flag
    QVERIFY(ConsolidationMember({1, report, QStringLiteral("signed"), 1, 0}).isFlagged());
    QVERIFY(ConsolidationMember({1, report, QStringLiteral("submitted"), 0, 0}).isFlagged());
}

void TestConsolidation::refusesMixedYears()
{
    QString error;
    QVERIFY(!Consolidation::of({}, QStringLiteral("汇总"), &error));
    QVERIFY(!error.isEmpty());
    const auto mixed = Consolidation::of({{1, blankReport(QStringLiteral("2021"), 2022, QStringLiteral("甲")), {}},
                                          {2, blankReport(QStringLiteral("2021"), 2023, QStringLiteral("乙")), {}}},
                                         QStringLiteral("汇总"), &error);
    QVERIFY(!mixed);
    QVERIFY2(error.contains(QStringLiteral("乙")) && error.contains(QStringLiteral("2023")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestConsolidation)
// A database edited by hand may hold any 64-bit figure (the checks call it too large): a total or a 汇总
// of such figures stops at the largest or smallest value, never wraps round to the other sign.
void TestConsolidation::hugeFiguresStopAtTheLimit()
{
    constexpr qint64 most = std::numeric_limits<qint64>::max();
    constexpr qint64 least = std::numeric_limits<qint64>::min();
    Report report = fullReport(QStringLiteral("2021"));
    clearTotals(report);
    const FormatDefinition &format = report.format();
    int total = -1;
    int input = -1;
    for (int cell = 0; cell < format.cellCount(); ++cell) {
        if (total < 0 && format.cell(cell).isComputed() && format.cell(cell).parts.size() >= 2)
            total = cell;
        if (input < 0 && !format.cell(cell).isComputed())
            input = cell;
    }
    QVERIFY(total >= 0 && input >= 0);
    for (int part : format.cell(total).parts)
        report.setValue(part, CellValue::number(most));
    QCOMPARE(report.number(total), most);
    for (int part : format.cell(total).parts)
        report.setValue(part, CellValue::number(least));
    QCOMPARE(report.number(total), least);

    report.setValue(input, CellValue::number(most));
    QVector<ConsolidationMember> members;
    for (int i = 0; i < 3; ++i)
        members.append({i + 1, report, QStringLiteral("signed"), 0, 0});
    QString error;
    const std::optional<Consolidation> summed = Consolidation::of(members, QStringLiteral("某市汇总"), &error);
    QVERIFY2(summed, qPrintable(error));
    QCOMPARE(summed->total().number(input), most);
}

#include "tst_consolidation.moc"
