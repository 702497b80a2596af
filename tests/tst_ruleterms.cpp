#include "formatregistry.h"
#include "report.h"
#include "rulecompiler.h"
#include "validator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

#include <functional>
#include <limits>
#include <optional>

using namespace nb;

// Every term of every rule matters, proven from the data: each term of each rule is removed, then
// negated, the changed rule is compiled in-process, and a report is searched on which the original and
// the changed rule disagree. A term whose removal no report can notice is dead weight or a typo that
// weakens the rule; either way the test names it. The rules themselves are pinned as the national format
// writes them, so a term dropped from the data (and its message edited to match) fails too. And every
// message placeholder resolves, for every rule instance.
class TestRuleTerms : public QObject
{
    Q_OBJECT

private slots:
    void everyTermMatters_data();
    void everyTermMatters();
    void deadTermsAreFound_data();
    void deadTermsAreFound();
    void rulesAsTheFormatWritesThem_data();
    void rulesAsTheFormatWritesThem();
    void everyPlaceholderResolves_data();
    void everyPlaceholderResolves();
    void domainPlaceholdersResolve_data();
    void domainPlaceholdersResolve();
    void narrativePlaceholdersResolve_data();
    void narrativePlaceholdersResolve();
    void everyNarrativeTermMatters_data();
    void everyNarrativeTermMatters();
};

namespace {

QJsonArray rulesOf(const QString &formatId)
{
    QFile file(QStringLiteral(":/formats/format-%1.json").arg(formatId));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("rules")).toArray();
}

// One addend of an expression as written: its sign and its text ("sum(s3.results.$c)").
struct WrittenTerm
{
    int sign = 1;
    QString text;
};

struct WrittenExpression
{
    QVector<WrittenTerm> sides[2];
    QString comparison;

    QString toString() const
    {
        QStringList out;
        for (int side = 0; side < 2; ++side) {
            QString text;
            for (const WrittenTerm &term : sides[side]) {
                if (text.isEmpty())
                    text = term.sign < 0 ? QStringLiteral("0 - ") + term.text : term.text;
                else
                    text += (term.sign < 0 ? QStringLiteral(" - ") : QStringLiteral(" + ")) + term.text;
            }
            out << (text.isEmpty() ? QStringLiteral("0") : text);
        }
        return out.join(QLatin1Char(' ') + comparison + QLatin1Char(' '));
    }
};

// Splits "a + sum(b) = c - prev(d)" at the top level; the compiler reads the pieces back.
std::optional<WrittenExpression> splitExpression(const QString &expression)
{
    WrittenExpression out;
    int side = 0;
    int depth = 0;
    int sign = 1;
    QString current;
    auto flush = [&] {
        if (!current.trimmed().isEmpty())
            out.sides[side].append({sign, current.trimmed()});
        current.clear();
    };
    for (int i = 0; i < expression.size(); ++i) {
        const QChar c = expression.at(i);
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            --depth;
        if (depth == 0 && (c == QLatin1Char('+') || c == QLatin1Char('-'))) {
            flush();
            sign = c == QLatin1Char('+') ? 1 : -1;
            continue;
        }
        if (depth == 0 && (c == QLatin1Char('=') || c == QLatin1Char('<') || c == QLatin1Char('>'))) {
            if (side == 1)
                return std::nullopt;
            flush();
            out.comparison = c;
            if (c != QLatin1Char('=')) {
                if (i + 1 >= expression.size() || expression.at(i + 1) != QLatin1Char('='))
                    return std::nullopt;
                out.comparison += QLatin1Char('=');
                ++i;
            }
            side = 1;
            sign = 1;
            continue;
        }
        current += c;
    }
    flush();
    if (side != 1 || out.sides[0].isEmpty() || out.sides[1].isEmpty())
        return std::nullopt;
    return out;
}

// The value of one term, or nullopt where the validator skips the rule (a single cell not applicable).
std::optional<qint64> termValue(const RuleTerm &term, const Report &report, const Report &previous)
{
    qint64 value = 0;
    switch (term.source) {
    case RuleTerm::Source::Constant:
        return term.constant;
    case RuleTerm::Source::ReportYear:
        return report.year();
    case RuleTerm::Source::Cells:
        for (int cell : term.cells)
            value += report.number(cell);
        return value;
    case RuleTerm::Source::PreviousYear:
        for (const QString &key : term.previousKeys)
            value += previous.number(previous.format().indexOf(key));
        return value;
    }
    return std::nullopt;
}

// Whether a comparison instance holds on these reports (the arithmetic of Validator::evaluate).
bool holds(const RuleInstance &rule, const Report &report, const Report &previous)
{
    qint64 sides[2] = {0, 0};
    for (int side = 0; side < 2; ++side) {
        for (const RuleTerm &term : side == 0 ? rule.lhs : rule.rhs)
            sides[side] += term.sign * termValue(term, report, previous).value_or(0);
    }
    switch (rule.comparison) {
    case RuleInstance::Comparison::Equal:
        return sides[0] == sides[1];
    case RuleInstance::Comparison::LessOrEqual:
        return sides[0] <= sides[1];
    case RuleInstance::Comparison::GreaterOrEqual:
        return sides[0] >= sides[1];
    }
    return false;
}

// A cell a witness may set: in this year's report or last year's.
struct Variable
{
    bool previous = false;
    int cell = -1;
};

// The cells an instance reads, with the input cells under its totals (a total may be typed too).
QVector<Variable> variablesOf(const RuleInstance &rule, const FormatDefinition &format)
{
    QVector<Variable> out;
    auto add = [&out](bool previous, int cell) {
        for (const Variable &v : std::as_const(out)) {
            if (v.previous == previous && v.cell == cell)
                return;
        }
        out.append({previous, cell});
    };
    std::function<void(bool, int)> addWithParts = [&](bool previous, int cell) {
        add(previous, cell);
        for (int part : format.cell(cell).parts)
            addWithParts(previous, part);
    };
    for (const QVector<RuleTerm> *side : {&rule.lhs, &rule.rhs}) {
        for (const RuleTerm &term : *side) {
            for (int cell : term.cells)
                addWithParts(false, cell);
            for (const QString &key : term.previousKeys)
                addWithParts(true, format.indexOf(key));
        }
    }
    return out;
}

bool readsYear(const RuleInstance &rule)
{
    for (const QVector<RuleTerm> *side : {&rule.lhs, &rule.rhs}) {
        for (const RuleTerm &term : *side) {
            if (term.source == RuleTerm::Source::ReportYear)
                return true;
        }
    }
    return false;
}

// Reports built from a few cells set to 1: none, each alone, each pair (linear rules with unit
// coefficients always have a witness among these), in the years that matter when the rule reads the
// year. Calls found(report, previous, description) until it returns true.
bool searchReports(const RuleInstance &rule, const std::shared_ptr<const FormatDefinition> &format,
                   const std::function<bool(const Report &, const Report &)> &found, QString *witness)
{
    const QVector<Variable> variables = variablesOf(rule, *format);
    const QVector<int> years = readsYear(rule) ? QVector<int>{2019, 2020, 2021, 2024} : QVector<int>{format->firstYear()};
    Report report(format);
    Report previous(format);
    auto set = [&](const Variable &v, const CellValue &value) { (v.previous ? previous : report).setValue(v.cell, value); };
    auto describe = [&](const QVector<int> &chosen) {
        QStringList parts{QStringLiteral("year %1").arg(report.year())};
        for (int i : chosen)
            parts << (variables[i].previous ? QStringLiteral("prev(%1)=1") : QStringLiteral("%1=1")).arg(format->cell(variables[i].cell).key);
        return parts.join(QStringLiteral(", "));
    };
    for (int year : years) {
        report.setYear(year);
        previous.setYear(year - 1);
        if (found(report, previous)) {
            *witness = describe({});
            return true;
        }
        for (int a = 0; a < variables.size(); ++a) {
            set(variables[a], CellValue::number(1));
            if (found(report, previous)) {
                *witness = describe({a});
                return true;
            }
            for (int b = a + 1; b < variables.size(); ++b) {
                set(variables[b], CellValue::number(1));
                const bool hit = found(report, previous);
                set(variables[b], CellValue());
                if (hit) {
                    *witness = describe({a, b});
                    return true;
                }
            }
            set(variables[a], CellValue());
        }
    }
    return false;
}

// A sentence as reports write it that quotes figure (7 of it), for R11's pattern; empty if none does.
QString sentenceFor(const RuleInstance &rule, int figure = 7)
{
    const QStringList sentences{QStringLiteral("本年度共受理政府信息公开申请%1件。"), QStringLiteral("全年发生行政复议案件%1件。"),
                                QStringLiteral("全年发生行政诉讼案件%1起。")};
    for (const QString &candidate : sentences) {
        if (rule.narrativePattern.match(candidate.arg(figure)).hasMatch())
            return candidate.arg(figure);
    }
    return QString();
}

std::vector<RuleInstance> compiled(const FormatDefinition &format, const QJsonObject &rule, QString *error)
{
    std::vector<RuleInstance> instances;
    if (!compileRules(format, QJsonArray{rule}, &instances, error))
        instances.clear();
    return instances;
}

} // namespace

void TestRuleTerms::everyTermMatters_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("rule");  // index in the format's rules
    QTest::addColumn<int>("term");  // index among the written terms, lhs first
    QTest::addColumn<bool>("negate"); // false: the term is removed

    for (const QString &formatId : FormatRegistry::builtin().ids()) {
        const QJsonArray rules = rulesOf(formatId);
        QVERIFY2(!rules.isEmpty(), qPrintable(formatId));
        for (int r = 0; r < rules.size(); ++r) {
            const QJsonObject rule = rules.at(r).toObject();
            if (!rule.contains(QLatin1String("expr")))
                continue; // R5 (domain) and R11 (narrative) have no expression
            const auto written = splitExpression(rule.value(QLatin1String("expr")).toString());
            QVERIFY2(written, qPrintable(rule.value(QLatin1String("expr")).toString()));
            const int terms = int(written->sides[0].size() + written->sides[1].size());
            for (int t = 0; t < terms; ++t) {
                for (bool negate : {false, true}) {
                    QTest::addRow("%s %s term %d %s", qPrintable(formatId), qPrintable(rule.value(QLatin1String("id")).toString()),
                                  t + 1, negate ? "negated" : "removed")
                        << formatId << r << t << negate;
                }
            }
        }
    }
}

// Removes (or negates) one written term of a rule, compiles both in-process and looks, instance by
// instance, for a report on which they disagree. Empty when every instance has one; else why not.
static QString termMatters(const std::shared_ptr<const FormatDefinition> &definition, const QJsonObject &original, int term, bool negate)
{
    auto written = splitExpression(original.value(QLatin1String("expr")).toString());
    if (!written)
        return QStringLiteral("cannot split the expression");
    const int lhsTerms = int(written->sides[0].size());
    QVector<WrittenTerm> &side = written->sides[term < lhsTerms ? 0 : 1];
    const int at = term < lhsTerms ? term : term - lhsTerms;
    const QString termText = side.at(at).text;
    if (negate)
        side[at].sign = -side[at].sign;
    else
        side.removeAt(at);
    QJsonObject changed = original;
    changed.insert(QLatin1String("expr"), written->toString());

    QString error;
    const std::vector<RuleInstance> before = compiled(*definition, original, &error);
    if (before.empty())
        return error;
    const std::vector<RuleInstance> after = compiled(*definition, changed, &error);
    if (after.size() != before.size())
        return QStringLiteral("the changed rule does not compile alike: %1").arg(error);
    // Every instance (every binding of the rule's variables) must notice the change.
    for (size_t i = 0; i < before.size(); ++i) {
        QString witness;
        const bool disagree = searchReports(before[i], definition, [&](const Report &report, const Report &previous) {
            return holds(before[i], report, previous) != holds(after[i], report, previous);
        }, &witness);
        if (!disagree)
            return QStringLiteral("%1 instance %2: with “%3” %4 (%5), no report tells the rules apart")
                .arg(original.value(QLatin1String("id")).toString()).arg(i + 1).arg(termText)
                .arg(negate ? QStringLiteral("negated") : QStringLiteral("removed"), written->toString());
    }
    return QString();
}

void TestRuleTerms::everyTermMatters()
{
    QFETCH(QString, format);
    QFETCH(int, rule);
    QFETCH(int, term);
    QFETCH(bool, negate);
    const auto definition = FormatRegistry::builtin().format(format);
    QVERIFY(definition);
    const QString why = termMatters(definition, rulesOf(format).at(rule).toObject(), term, negate);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestRuleTerms::deadTermsAreFound_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<int>("term");
    QTest::addColumn<bool>("negate");
    // Terms no report can notice: the search must come back empty-handed, or it proves nothing above.
    QTest::newRow("adding zero, removed") << "s3.new.natural = s3.granted.natural + 0" << 2 << false;
    QTest::newRow("subtracting zero, negated") << "s3.new.natural = s3.granted.natural - 0" << 2 << true;
}

void TestRuleTerms::deadTermsAreFound()
{
    QFETCH(QString, expression);
    QFETCH(int, term);
    QFETCH(bool, negate);
    const auto definition = FormatRegistry::builtin().format(QStringLiteral("2021"));
    QJsonObject rule{{QStringLiteral("id"), QStringLiteral("T1")}, {QStringLiteral("severity"), QStringLiteral("error")},
                     {QStringLiteral("expr"), expression}};
    QVERIFY(!termMatters(definition, rule, term, negate).isEmpty());
    // …and a live term of the same rule is found to matter.
    QCOMPARE(termMatters(definition, rule, 0, false), QString());
}

void TestRuleTerms::rulesAsTheFormatWritesThem_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("expression");

    // Written out from FORMAT.md by hand (not read from the format files): what each rule says.
    const char *const r1 = "s3.new.$c + s3.carried_in.$c = sum(s3.results.$c) + s3.carry_out.$c";
    const char *const r2 = "s3.$r.total = sum(s3.$r.*)";
    const char *const r3 = "s3.results_total.$c = sum(s3.results.$c)";
    const char *const r4 = "s4.cases.$g_total = s4.cases.$g_upheld + s4.cases.$g_corrected + s4.cases.$g_other + s4.cases.$g_pending";
    const char *const r6 = "s3.carried_in.$c = prev(s3.carry_out.$c)";
    for (const char *format : {"2019", "2021"}) {
        QTest::addRow("%s R1", format) << format << "R1" << "error" << r1;
        QTest::addRow("%s R2", format) << format << "R2" << "error" << r2;
        QTest::addRow("%s R3", format) << format << "R3" << "error" << r3;
        QTest::addRow("%s R4", format) << format << "R4" << "error" << r4;
        QTest::addRow("%s R6", format) << format << "R6" << "warning" << r6;
    }
    QTest::newRow("2019 R7") << "2019" << "R7" << "warning" << "$x.prev_items = prev($x.prev_items) + prev($x.change)";
    QTest::newRow("2019 R8") << "2019" << "R8" << "warning" << "s2_1.$r.published <= s2_1.$r.public_total";
    QTest::newRow("2021 R9") << "2021" << "R9" << "warning"
                             << "s2_1.$r.in_force = prev(s2_1.$r.in_force) + s2_1.$r.issued - s2_1.$r.repealed";
    QTest::newRow("2019 R10") << "2019" << "R10" << "warning" << "year <= 2020";
    QTest::newRow("2021 R10") << "2021" << "R10" << "warning" << "year >= 2021";
}

void TestRuleTerms::rulesAsTheFormatWritesThem()
{
    QFETCH(QString, format);
    QFETCH(QString, ruleId);
    QFETCH(QString, severity);
    QFETCH(QString, expression);

    int found = 0;
    for (const QJsonValue &value : rulesOf(format)) {
        const QJsonObject rule = value.toObject();
        if (rule.value(QLatin1String("id")).toString() != ruleId)
            continue;
        ++found;
        // Spacing is free; terms, signs and comparison are not.
        const QString written = rule.value(QLatin1String("expr")).toString().simplified();
        QCOMPARE(written, expression);
        QCOMPARE(rule.value(QLatin1String("severity")).toString(), severity);
    }
    QCOMPARE(found, 1);
}

void TestRuleTerms::everyPlaceholderResolves_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("instance");
    for (const QString &formatId : FormatRegistry::builtin().ids()) {
        const auto definition = FormatRegistry::builtin().format(formatId);
        const std::vector<RuleInstance> &instances = definition->ruleInstances();
        for (int i = 0; i < int(instances.size()); ++i) {
            if (instances[size_t(i)].kind == RuleInstance::Kind::Comparison)
                QTest::addRow("%s %s #%d", qPrintable(formatId), qPrintable(instances[size_t(i)].ruleId), i) << formatId << i;
        }
    }
}

// Each comparison instance made to fail on a report; the validator's message then has no “{…}” left, in
// either language, and shows the numbers.
void TestRuleTerms::everyPlaceholderResolves()
{
    QFETCH(QString, format);
    QFETCH(int, instance);
    const auto definition = FormatRegistry::builtin().format(format);
    const RuleInstance &rule = definition->ruleInstances()[size_t(instance)];

    QString witness;
    std::optional<Finding> finding;
    const bool failed = searchReports(rule, definition, [&](const Report &report, const Report &previous) {
        if (holds(rule, report, previous))
            return false;
        Validator validator(report, &previous);
        validator.validateAll();
        if (const Finding *f = validator.findingOf(instance))
            finding = *f;
        return true;
    }, &witness);
    QVERIFY2(failed, "no report makes this rule fail");
    // The validator agrees with the arithmetic here on the empty report too (so this test's own
    // evaluation of the rules is the validator's: an operator changed in either shows).
    {
        const Report empty = [&] { Report r(definition); r.setYear(definition->firstYear()); return r; }();
        const Report previous = [&] { Report r(definition); r.setYear(definition->firstYear() - 1); return r; }();
        Validator validator(empty, &previous);
        validator.validateAll();
        QCOMPARE(validator.findingOf(instance) == nullptr, holds(rule, empty, previous));
    }
    QVERIFY2(finding, qPrintable(QStringLiteral("the rule fails on %1 but the validator reports nothing").arg(witness)));
    static const QRegularExpression placeholder(QStringLiteral("\\{[^}]*\\}"));
    for (const QString &message : {finding->message.zh, finding->message.en}) {
        QVERIFY2(!message.isEmpty(), qPrintable(witness));
        QVERIFY2(!message.contains(placeholder), qPrintable(QStringLiteral("%1 (on %2)").arg(message, witness)));
    }
}

void TestRuleTerms::domainPlaceholdersResolve_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("problem");
    for (const QString &formatId : FormatRegistry::builtin().ids()) {
        for (const char *problem : {"negative", "tooLarge", "notApplicable"})
            QTest::addRow("%s %s", qPrintable(formatId), problem) << formatId << problem;
    }
}

// R5 on every cell where the problem can occur: the message names the cell and the value.
void TestRuleTerms::domainPlaceholdersResolve()
{
    QFETCH(QString, format);
    QFETCH(QString, problem);
    const auto definition = FormatRegistry::builtin().format(format);
    static const QRegularExpression placeholder(QStringLiteral("\\{[^}]*\\}"));
    int checked = 0;
    for (int cell = 0; cell < definition->cellCount(); ++cell) {
        const CellDef &def = definition->cell(cell);
        CellValue bad;
        if (problem == QLatin1String("negative") && def.kind != ValueKind::Change)
            bad = CellValue::number(-1);
        else if (problem == QLatin1String("tooLarge"))
            bad = CellValue::number(std::numeric_limits<qint64>::max() / 4);
        else if (problem == QLatin1String("notApplicable") && !def.notApplicableAllowed)
            bad = CellValue::notApplicable();
        else
            continue;
        Report report(definition);
        report.setYear(definition->firstYear());
        report.setValue(cell, bad);
        bool seen = false;
        for (const Finding &finding : Validator::check(report)) {
            if (finding.ruleId != QLatin1String("R5") || finding.cells.value(0) != cell)
                continue;
            seen = true;
            for (const QString &message : {finding.message.zh, finding.message.en})
                QVERIFY2(!message.isEmpty() && !message.contains(placeholder), qPrintable(message));
        }
        QVERIFY2(seen, qPrintable(def.key));
        ++checked;
    }
    QVERIFY(checked > 0);
}

void TestRuleTerms::narrativePlaceholdersResolve_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("instance");
    for (const QString &formatId : FormatRegistry::builtin().ids()) {
        const std::vector<RuleInstance> &instances = FormatRegistry::builtin().format(formatId)->ruleInstances();
        for (int i = 0; i < int(instances.size()); ++i) {
            if (instances[size_t(i)].kind == RuleInstance::Kind::Narrative)
                QTest::addRow("%s %s #%d", qPrintable(formatId), qPrintable(instances[size_t(i)].ruleId), i) << formatId << i;
        }
    }
}

// R11: each figure a narrative may quote, quoted wrong (7 where the empty tables give 0), in every part
// the rule reads; the message names the part, the quote, the figure and what the tables give.
void TestRuleTerms::narrativePlaceholdersResolve()
{
    QFETCH(QString, format);
    QFETCH(int, instance);
    const auto definition = FormatRegistry::builtin().format(format);
    const RuleInstance &rule = definition->ruleInstances()[size_t(instance)];
    // A sentence as reports write it; the figure's own pattern picks the one it reads.
    const QString sentence = sentenceFor(rule);
    QVERIFY2(!sentence.isEmpty(), qPrintable(QStringLiteral("no sentence here quotes the figure %1").arg(rule.placeholders.value(QStringLiteral("name")).zh)));
    static const QRegularExpression placeholder(QStringLiteral("\\{[^}]*\\}"));
    for (const QString &part : rule.narrativeParts) {
        Report report(definition);
        report.setYear(definition->firstYear());
        report.setNarrative(part, sentence);
        Validator validator(report, &report);
        validator.validateAll();
        const Finding *finding = validator.findingOf(instance);
        QVERIFY2(finding, qPrintable(part));
        for (const QString &message : {finding->message.zh, finding->message.en}) {
            QVERIFY2(!message.contains(placeholder), qPrintable(message));
            QVERIFY2(message.contains(QLatin1Char('7')) && message.contains(QLatin1Char('0')), qPrintable(message));
        }
    }
}

void TestRuleTerms::everyNarrativeTermMatters_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("rule");
    QTest::addColumn<int>("figure");
    QTest::addColumn<int>("alternative");
    QTest::addColumn<int>("term");
    for (const QString &formatId : FormatRegistry::builtin().ids()) {
        const QJsonArray rules = rulesOf(formatId);
        for (int r = 0; r < rules.size(); ++r) {
            const QJsonArray figures = rules.at(r).toObject().value(QLatin1String("figures")).toArray();
            for (int f = 0; f < figures.size(); ++f) {
                const QJsonArray alternatives = figures.at(f).toObject().value(QLatin1String("alternatives")).toArray();
                for (int a = 0; a < alternatives.size(); ++a) {
                    const QStringList terms = alternatives.at(a).toString().split(QLatin1Char('+'));
                    for (int t = 0; terms.size() > 1 && t < terms.size(); ++t)
                        QTest::addRow("%s %s figure %d alternative %d term %d", qPrintable(formatId),
                                      qPrintable(rules.at(r).toObject().value(QLatin1String("id")).toString()), f + 1, a + 1, t + 1)
                            << formatId << r << f << a << t;
                }
            }
        }
    }
}

// R11's alternatives add cells up too (new plus carried over): a term dropped from one is noticed. The
// format is rebuilt from its changed data (FormatDefinition::fromJson) and both are asked about the same
// report: the cells of the alternative set to 1 and the narrative quoting 1 to 4.
void TestRuleTerms::everyNarrativeTermMatters()
{
    QFETCH(QString, format);
    QFETCH(int, rule);
    QFETCH(int, figure);
    QFETCH(int, alternative);
    QFETCH(int, term);
    QFile file(QStringLiteral(":/formats/format-%1.json").arg(format));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray rules = root.value(QLatin1String("rules")).toArray();
    QJsonObject ruleJson = rules.at(rule).toObject();
    QJsonArray figures = ruleJson.value(QLatin1String("figures")).toArray();
    QJsonObject figureJson = figures.at(figure).toObject();
    QJsonArray alternatives = figureJson.value(QLatin1String("alternatives")).toArray();
    QStringList terms = alternatives.at(alternative).toString().split(QLatin1Char('+'));
    const QString dropped = terms.takeAt(term).trimmed();
    alternatives[alternative] = terms.join(QLatin1Char('+')).trimmed();
    figureJson.insert(QLatin1String("alternatives"), alternatives);
    figures[figure] = figureJson;
    ruleJson.insert(QLatin1String("figures"), figures);
    rules[rule] = ruleJson;
    root.insert(QLatin1String("rules"), rules);
    QString error;
    const auto changed = FormatDefinition::fromJson(QJsonDocument(root).toJson(), &error);
    QVERIFY2(changed, qPrintable(error));
    const auto original = FormatRegistry::builtin().format(format);

    // The instance of this figure: narrative instances are compiled in the order of their figures.
    int instance = -1;
    int seen = 0;
    for (int i = 0; i < int(original->ruleInstances().size()); ++i) {
        if (original->ruleInstances()[size_t(i)].kind == RuleInstance::Kind::Narrative && seen++ == figure)
            instance = i;
    }
    QVERIFY(instance >= 0);
    QCOMPARE(changed->ruleInstances()[size_t(instance)].kind, RuleInstance::Kind::Narrative);
    const int cell = original->indexOf(dropped);
    QVERIFY2(cell >= 0, qPrintable(dropped));
    const RuleInstance &narrative = original->ruleInstances()[size_t(instance)];
    for (int quoted = 1; quoted <= 4; ++quoted) {
        Report before(original);
        Report after(changed);
        for (Report *report : {&before, &after}) {
            report->setYear(original->firstYear());
            // Every cell of the original alternative at 1: the dropped one is then the difference.
            for (const QString &key : terms + QStringList{dropped})
                report->setValue(report->format().indexOf(key.trimmed()), CellValue::number(1));
            report->setNarrative(narrative.narrativeParts.first(), sentenceFor(narrative, quoted));
        }
        Validator a(before, &before);
        Validator b(after, &after);
        a.validateAll();
        b.validateAll();
        if ((a.findingOf(instance) == nullptr) != (b.findingOf(instance) == nullptr))
            return; // the reports tell the alternatives apart
    }
    QFAIL(qPrintable(QStringLiteral("with %1 dropped, no quote tells the alternatives apart").arg(dropped)));
}

QTEST_GUILESS_MAIN(TestRuleTerms)
#include "tst_ruleterms.moc"
