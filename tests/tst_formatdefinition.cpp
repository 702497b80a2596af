#include "formatdefinition.h"
#include "formatregistry.h"

#include <QtTest>

using namespace nb;

// The two national formats as loaded from resources/formats: structure, labels, keys and totals as
// FORMAT.md gives them, and the loader's refusal of broken format files.
class TestFormatDefinition : public QObject
{
    Q_OBJECT

private slots:
    void valueCells_data();
    void valueCells();
    void labelsVerbatim_data();
    void labelsVerbatim();
    void sectionsInOrder();
    void keysAreStableAcrossFormats();
    void cellKinds();
    void totals();
    void dependentTotals();
    void formatForYear();
    void brokenFormatRefused_data();
    void brokenFormatRefused();
};

static int inputCells(const FormatDefinition &format, const QString &sectionId)
{
    int count = 0;
    for (int i = 0; i < format.cellCount(); ++i)
        count += format.cell(i).table->sectionId == sectionId ? 1 : 0;
    return count;
}

void TestFormatDefinition::valueCells_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("section");
    QTest::addColumn<int>("cells");
    QTest::addColumn<int>("rows"); // data rows of the section's last table

    QTest::newRow("2019 二") << "2019" << "s2" << 22 << 1;
    QTest::newRow("2021 二") << "2021" << "s2" << 10 << 1;
    QTest::newRow("2019 三") << "2019" << "s3" << 161 << 23;
    QTest::newRow("2021 三") << "2021" << "s3" << 175 << 25;
    QTest::newRow("2019 四") << "2019" << "s4" << 15 << 1;
    QTest::newRow("2021 四") << "2021" << "s4" << 15 << 1;
}

void TestFormatDefinition::valueCells()
{
    QFETCH(QString, format);
    QFETCH(QString, section);
    QFETCH(int, cells);
    QFETCH(int, rows);
    const auto def = FormatRegistry::builtin().format(format);
    QVERIFY(def);
    QCOMPARE(inputCells(*def, section), cells);
    const TableDef *last = def->table(def->section(section)->tableIds.last());
    QCOMPARE(last->leafRows.size(), rows);
}

void TestFormatDefinition::labelsVerbatim_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("caption");

    QTest::newRow("2019 一") << "2019" << "s2_1.normative.published" << "规范性文件" << "本年新公开数量" << "第二十条第（一）项";
    QTest::newRow("2021 一") << "2021" << "s2_1.normative.in_force" << "行政规范性文件" << "现行有效件数" << "第二十条第（一）项";
    QTest::newRow("2019 五") << "2019" << "s2_5.other_services.change" << "其他对外管理服务事项" << "本年增/减" << "第二十条第（五）项";
    QTest::newRow("2019 九") << "2019" << "s2_9.procurement.amount" << "政府集中采购" << "采购总金额" << "第二十条第（九）项";
    QTest::newRow("2021 八") << "2021" << "s2_8.fees.amount" << "行政事业性收费" << "本年收费金额（单位：万元）" << "第二十条第（八）项";
    QTest::newRow("三 first") << "2021" << "s3.new.natural" << "一、本年新收政府信息公开申请数量" << "自然人" << "";
    QTest::newRow("三 partial") << "2019" << "s3.partial.legal" << "（二）部分公开（区分处理的，只计这一情形，不计其他情形）" << "法律服务机构" << "";
    QTest::newRow("三 三安全") << "2021" << "s3.refused_security.research" << "3.危及“三安全一稳定”" << "科研机构" << "";
    QTest::newRow("三 2019 其他处理") << "2019" << "s3.other.other" << "（六）其他处理" << "其他" << "";
    QTest::newRow("三 2021 其他处理 2") << "2021" << "s3.other_unpaid.total"
                                         << "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请" << "总计" << "";
    QTest::newRow("三 carry out") << "2021" << "s3.carry_out.nonprofit" << "四、结转下年度继续办理" << "社会公益组织" << "";
    QTest::newRow("四") << "2021" << "s4.cases.after_review_pending" << "" << "尚未审结" << "";
}

void TestFormatDefinition::labelsVerbatim()
{
    QFETCH(QString, format);
    QFETCH(QString, key);
    QFETCH(QString, row);
    QFETCH(QString, column);
    QFETCH(QString, caption);
    const auto def = FormatRegistry::builtin().format(format);
    const int index = def->indexOf(key);
    QVERIFY2(index >= 0, qPrintable(key));
    const CellDef &cell = def->cell(index);
    QCOMPARE(cell.key, key);
    QCOMPARE(cell.row->label.zh, row);
    QCOMPARE(cell.column->label.zh, column);
    QCOMPARE(cell.table->caption.zh, caption);
    QVERIFY(!cell.column->label.en.isEmpty());
}

void TestFormatDefinition::sectionsInOrder()
{
    for (const QString &id : FormatRegistry::builtin().ids()) {
        const auto def = FormatRegistry::builtin().format(id);
        QStringList headings;
        for (const SectionDef &section : def->sections())
            headings << section.heading.zh;
        QCOMPARE(headings, (QStringList{QStringLiteral("一、总体情况"), QStringLiteral("二、主动公开政府信息情况"),
                                        QStringLiteral("三、收到和处理政府信息公开申请情况"),
                                        QStringLiteral("四、政府信息公开行政复议、行政诉讼情况"),
                                        QStringLiteral("五、存在的主要问题及改进情况"), QStringLiteral("六、其他需要报告的事项")}));
        const TableDef *s3 = def->table(QStringLiteral("s3"));
        QCOMPARE(s3->corner.zh, QStringLiteral("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"));
        QCOMPARE(s3->columns.label.zh, QStringLiteral("申请人情况"));
        QCOMPARE(s3->leafColumns.size(), 7);
        // 法人或其他组织 is a group header with five columns and no subtotal of its own.
        const HeaderNode *org = s3->columns.find(QStringLiteral("org"));
        QCOMPARE(org->children.size(), size_t(5));
        QVERIFY(!org->isLeaf());
        // The two-level header of section 四: 行政诉讼 spans two groups of five.
        const TableDef *s4 = def->table(QStringLiteral("s4"));
        QCOMPARE(s4->columns.depth(), 3);
        QCOMPARE(s4->columns.find(QStringLiteral("litigation"))->label.zh, QStringLiteral("行政诉讼"));
    }
}

void TestFormatDefinition::keysAreStableAcrossFormats()
{
    // A key means the same thing in both formats wherever both have the cell: what carry-forward
    // from a 2020 report to a 2021 report relies on. Sections 三 and 四 are worded identically.
    const auto f2019 = FormatRegistry::builtin().format(QStringLiteral("2019"));
    const auto f2021 = FormatRegistry::builtin().format(QStringLiteral("2021"));
    int shared = 0;
    QStringList sharedInSection2;
    for (int i = 0; i < f2019->cellCount(); ++i) {
        const CellDef &old = f2019->cell(i);
        const int j = f2021->indexOf(old.key);
        if (j < 0)
            continue;
        if (old.table->sectionId == QLatin1String("s2")) {
            sharedInSection2 << old.key;
            continue;
        }
        ++shared;
        QCOMPARE(f2021->cell(j).row->label.zh, old.row->label.zh);
        QCOMPARE(f2021->cell(j).column->label.zh, old.column->label.zh);
    }
    QCOMPARE(shared, 22 * 7 + 15); // all of 三 but （六）其他处理's row, and all of 四
    // In 二 only the decisions keep their key: 2019's 处理决定数量 is 2021's 本年处理决定数量.
    QCOMPARE(sharedInSection2, (QStringList{QStringLiteral("s2_5.licensing.decisions"), QStringLiteral("s2_6.penalty.decisions"),
                                            QStringLiteral("s2_6.coercion.decisions")}));
}

void TestFormatDefinition::cellKinds()
{
    const auto f2019 = FormatRegistry::builtin().format(QStringLiteral("2019"));
    QCOMPARE(f2019->cell(f2019->indexOf(QStringLiteral("s2_5.licensing.change"))).kind, ValueKind::Change);
    QCOMPARE(f2019->cell(f2019->indexOf(QStringLiteral("s2_5.licensing.prev_items"))).kind, ValueKind::Count);
    const CellDef &procurement = f2019->cell(f2019->indexOf(QStringLiteral("s2_9.procurement.amount")));
    QCOMPARE(procurement.kind, ValueKind::Amount);
    QCOMPARE(procurement.units, (QStringList{QStringLiteral("元"), QStringLiteral("万元")}));
    const auto f2021 = FormatRegistry::builtin().format(QStringLiteral("2021"));
    QCOMPARE(f2021->cell(f2021->indexOf(QStringLiteral("s2_8.fees.amount"))).units, QStringList{QStringLiteral("万元")});
    QVERIFY(f2021->cell(f2021->indexOf(QStringLiteral("s2_1.regulations.issued"))).notApplicableAllowed);
    QVERIFY(!f2021->cell(f2021->indexOf(QStringLiteral("s2_1.normative.issued"))).notApplicableAllowed);
    QVERIFY(!f2021->cell(f2021->indexOf(QStringLiteral("s3.new.natural"))).notApplicableAllowed);
}

void TestFormatDefinition::totals()
{
    const auto def = FormatRegistry::builtin().format(QStringLiteral("2021"));
    auto partsOf = [&](const char *key) {
        QStringList keys;
        for (int part : def->cell(def->indexOf(QLatin1String(key))).parts)
            keys << def->cell(part).key;
        return keys;
    };
    QCOMPARE(partsOf("s3.new.total"),
             (QStringList{QStringLiteral("s3.new.natural"), QStringLiteral("s3.new.business"), QStringLiteral("s3.new.research"),
                          QStringLiteral("s3.new.nonprofit"), QStringLiteral("s3.new.legal"), QStringLiteral("s3.new.other")}));
    const QStringList results = partsOf("s3.results_total.natural");
    QCOMPARE(results.size(), 21); // （一）（二）, 8 + 3 + 5 sub-items, 3 sub-items of （六）: group labels have no cells
    QVERIFY(!results.contains(QStringLiteral("s3.results_total.natural")));
    QVERIFY(results.contains(QStringLiteral("s3.other_misc.natural")));
    QCOMPARE(partsOf("s4.cases.direct_total"),
             (QStringList{QStringLiteral("s4.cases.direct_upheld"), QStringLiteral("s4.cases.direct_corrected"),
                          QStringLiteral("s4.cases.direct_other"), QStringLiteral("s4.cases.direct_pending")}));
    QVERIFY(partsOf("s3.new.natural").isEmpty());
    QVERIFY(partsOf("s2_1.normative.in_force").isEmpty()); // 现行有效件数 is typed, not computed
    QCOMPARE(def->computedCells().size(), 25 + 6 + 3); // 总计 column, （七）总计 row less the shared cell, 四's totals

    const auto f2019 = FormatRegistry::builtin().format(QStringLiteral("2019"));
    QCOMPARE(f2019->cell(f2019->indexOf(QStringLiteral("s3.results_total.legal"))).parts.size(), 19);
}

void TestFormatDefinition::dependentTotals()
{
    const auto def = FormatRegistry::builtin().format(QStringLiteral("2021"));
    QStringList keys;
    for (int total : def->dependentTotals(def->indexOf(QStringLiteral("s3.granted.natural"))))
        keys << def->cell(total).key;
    // The row total, the column total, and the grand total after the column total it reads.
    QCOMPARE(keys.size(), 3);
    QVERIFY(keys.contains(QStringLiteral("s3.granted.total")));
    QVERIFY(keys.indexOf(QStringLiteral("s3.results_total.natural")) < keys.indexOf(QStringLiteral("s3.results_total.total")));
    QVERIFY(def->dependentTotals(def->indexOf(QStringLiteral("s2_1.normative.issued"))).isEmpty());
}

void TestFormatDefinition::formatForYear()
{
    const FormatRegistry &formats = FormatRegistry::builtin();
    QCOMPARE(formats.formatForYear(2019)->id(), QStringLiteral("2019"));
    QCOMPARE(formats.formatForYear(2020)->id(), QStringLiteral("2019"));
    QCOMPARE(formats.formatForYear(2021)->id(), QStringLiteral("2021"));
    QCOMPARE(formats.formatForYear(2026)->id(), QStringLiteral("2021"));
    QCOMPARE(formats.formatForYear(2015)->id(), QStringLiteral("2019"));
}

void TestFormatDefinition::brokenFormatRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("why");

    const QByteArray table = R"({"id":"t","rows":{"id":"rows","children":[{"id":"a","label":"A"}]},
        "columns":{"id":"columns","children":[{"id":"x","label":"X"},{"id":"sum","label":"S","sumOf":"%SUM%"}]}})";
    auto format = [&](const QByteArray &rules, const QByteArray &sumOf = "*") {
        return QByteArray(R"({"id":"test","sections":[{"id":"s","kind":"tables","tables":["t"]}],"tables":[)")
               + QByteArray(table).replace("%SUM%", sumOf) + "],\"rules\":[" + rules + "]}";
    };
    QTest::newRow("not json") << QByteArray("{") << "JSON";
    QTest::newRow("no id") << QByteArray("{}") << "id";
    QTest::newRow("unknown table in section") << QByteArray(R"({"id":"x","sections":[{"id":"s","tables":["nope"]}]})") << "nope";
    QTest::newRow("unknown sum group") << format("", "nothing") << "nothing";
    QTest::newRow("unknown cell in rule") << format(R"({"id":"R","severity":"error","expr":"t.a.y = 0"})") << "t.a.y";
    QTest::newRow("no comparison") << format(R"({"id":"R","severity":"error","expr":"t.a.x + 1"})") << "=";
    QTest::newRow("bad severity") << format(R"({"id":"R","severity":"fatal","expr":"t.a.x = 0"})") << "fatal";
    QTest::newRow("bad binding") << format(R"({"id":"R","severity":"error","each":{"c":"cells:t"},"expr":"t.a.$c = 0"})") << "cells:t";
    QTest::newRow("trailing text") << format(R"({"id":"R","severity":"error","expr":"t.a.x = 0 0"})") << "position";
}

void TestFormatDefinition::brokenFormatRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, why);
    QString error;
    QVERIFY(!FormatDefinition::fromJson(json, &error));
    QVERIFY2(error.contains(why), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestFormatDefinition)
#include "tst_formatdefinition.moc"
