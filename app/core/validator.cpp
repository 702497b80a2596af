#include "validator.h"

#include "clampedsum.h"
#include "report.h"
#include "valuedomain.h"
#include "valueparser.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace nb {

namespace {

// Replaces every {name} in a message template by its value; unknown names stay visible.
QString fill(const QString &pattern, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(pattern.size() + 32);
    int i = 0;
    while (i < pattern.size()) {
        const int open = pattern.indexOf(QLatin1Char('{'), i);
        const int close = open < 0 ? -1 : pattern.indexOf(QLatin1Char('}'), open);
        if (close < 0) {
            out += QStringView(pattern).mid(i);
            break;
        }
        out += QStringView(pattern).mid(i, open - i);
        const QString name = pattern.mid(open + 1, close - open - 1);
        out += values.contains(name) ? values.value(name) : pattern.mid(open, close - open + 1);
        i = close + 1;
    }
    return out;
}

LocalizedText fillBoth(const LocalizedText &pattern, QHash<QString, QString> values,
                       const QHash<QString, LocalizedText> &localized)
{
    LocalizedText result;
    for (auto it = localized.begin(); it != localized.end(); ++it)
        values.insert(it.key(), it.value().zh);
    result.zh = fill(pattern.zh, values);
    for (auto it = localized.begin(); it != localized.end(); ++it)
        values.insert(it.key(), it.value().in(Language::English));
    result.en = fill(pattern.in(Language::English), values);
    return result;
}

} // namespace

bool Finding::operator==(const Finding &other) const
{
    return ruleId == other.ruleId && severity == other.severity && cells == other.cells && message.zh == other.message.zh
           && message.en == other.message.en && instance == other.instance && part == other.part;
}

Validator::Validator(const Report &report, const Report *previousYear)
    : m_report(report)
    , m_previous(previousYear)
{
}

void Validator::setPreviousYear(const Report *previousYear)
{
    m_previous = previousYear;
}

void Validator::validateAll()
{
    m_findings.clear();
    const int count = int(m_report.format().ruleInstances().size());
    for (int i = 0; i < count; ++i) {
        Finding finding;
        if (evaluate(i, &finding))
            m_findings.insert(i, finding);
    }
}

void Validator::countAll()
{
    m_messages = false;
    validateAll();
    m_messages = true;
}

bool Validator::update(int instance)
{
    Finding finding;
    const bool found = evaluate(instance, &finding);
    const auto it = m_findings.find(instance);
    if (!found) {
        if (it == m_findings.end())
            return false;
        m_findings.erase(it);
        return true;
    }
    if (it != m_findings.end() && *it == finding)
        return false;
    m_findings.insert(instance, finding);
    return true;
}

QVector<int> Validator::revalidate(const QVector<int> &changedCells)
{
    const FormatDefinition &format = m_report.format();
    QSet<int> seen;
    QVector<int> changed;
    for (int cell : changedCells) {
        for (int instance : format.instancesReading(cell)) {
            if (seen.contains(instance))
                continue;
            seen.insert(instance);
            if (update(instance))
                changed << instance;
        }
    }
    return changed;
}

QVector<int> Validator::revalidateNarrative(const QString &part)
{
    QVector<int> changed;
    const std::vector<RuleInstance> &instances = m_report.format().ruleInstances();
    for (int i = 0; i < int(instances.size()); ++i) {
        if (instances[size_t(i)].narrativeParts.contains(part) && update(i))
            changed << i;
    }
    return changed;
}

QVector<Finding> Validator::findings() const
{
    return m_findings.values().toVector();
}

const Finding *Validator::findingOf(int instance) const
{
    const auto it = m_findings.find(instance);
    return it == m_findings.end() ? nullptr : &*it;
}

int Validator::errorCount() const
{
    return int(std::count_if(m_findings.begin(), m_findings.end(),
                             [](const Finding &f) { return f.severity == Severity::Error; }));
}

int Validator::warningCount() const
{
    return int(m_findings.size()) - errorCount();
}

QVector<Finding> Validator::check(const Report &report, const Report *previousYear)
{
    Validator validator(report, previousYear);
    validator.validateAll();
    return validator.findings();
}

std::optional<qint64> Validator::valueThatSatisfies(int instance) const
{
    const RuleInstance &rule = m_report.format().ruleInstances()[size_t(instance)];
    if (rule.kind != RuleInstance::Kind::Comparison || rule.comparison != RuleInstance::Comparison::Equal
        || rule.lhs.size() != 1 || rule.lhs.first().source != RuleTerm::Source::Cells || rule.lhs.first().cells.size() != 1
        || m_report.format().cell(rule.lhs.first().cells.first()).isComputed() || (rule.needsPreviousYear && !m_previous))
        return std::nullopt;
    qint64 sum = 0;
    for (const RuleTerm &term : rule.rhs) {
        qint64 value = 0;
        if (!termValue(term, &value))
            return std::nullopt;
        sum = addSigned(sum, term.sign, value);
    }
    return rule.lhs.first().sign < 0 ? negateClamped(sum) : sum;
}

bool Validator::evaluate(int index, Finding *finding) const
{
    const FormatDefinition &format = m_report.format();
    const RuleInstance &rule = format.ruleInstances()[size_t(index)];
    finding->ruleId = rule.ruleId;
    finding->severity = rule.severity;
    finding->instance = index;

    if (rule.kind == RuleInstance::Kind::Domain) {
        const CellDef &cell = format.cell(rule.domainCell);
        const DomainProblem problem = domainProblem(m_report.value(cell.index), cell);
        if (problem == DomainProblem::None)
            return false;
        finding->cells = {cell.index};
        if (!m_messages)
            return true;
        const qint64 limit = maximumFor(cell.kind);
        const QHash<QString, QString> values{
            {QStringLiteral("v"), formatCellValue(m_report.value(cell.index), cell.kind)},
            {QStringLiteral("max"), cell.kind == ValueKind::Amount ? formatAmount(limit) : QString::number(limit)}};
        const QHash<QString, LocalizedText> labels{
            {QStringLiteral("cell"), {format.cellLabel(cell.index, Language::Chinese), format.cellLabel(cell.index, Language::English)}}};
        finding->message = fillBoth(rule.messages.value(domainProblemKey(problem)), values, labels);
        return true;
    }

    if ((rule.needsPreviousYear && !m_previous) || (rule.atSubmission && !m_submission))
        return false;
    if (rule.kind != RuleInstance::Kind::Comparison && rule.kind != RuleInstance::Kind::Narrative)
        return evaluateReviewer(rule, finding);
    if (rule.kind == RuleInstance::Kind::Narrative)
        return evaluateNarrative(rule, finding);

    // The sides first: most rules hold, and the texts for a message are only made when one does not.
    qint64 sides[2] = {0, 0};
    for (int side = 0; side < 2; ++side) {
        for (const RuleTerm &term : side == 0 ? rule.lhs : rule.rhs) {
            qint64 value = 0;
            if (!termValue(term, &value))
                return false;
            sides[side] = addSigned(sides[side], term.sign, value);
        }
    }
    const qint64 lhs = sides[0];
    const qint64 rhs = sides[1];
    bool holds = false;
    switch (rule.comparison) {
    case RuleInstance::Comparison::Equal:
        holds = lhs == rhs;
        break;
    case RuleInstance::Comparison::LessOrEqual:
        holds = lhs <= rhs;
        break;
    case RuleInstance::Comparison::GreaterOrEqual:
        holds = lhs >= rhs;
        break;
    }
    if (holds)
        return false;

    // The cells a reader needs to look at: every cell named on its own, and the parts of a sum that
    // contribute to it (a sum over twenty blank rows names none of them).
    finding->cells.clear();
    for (int side = 0; side < 2; ++side) {
        for (const RuleTerm &term : side == 0 ? rule.lhs : rule.rhs) {
            for (int cell : term.cells) {
                if ((term.cells.size() == 1 || m_report.number(cell) != 0) && !finding->cells.contains(cell))
                    finding->cells << cell;
            }
        }
    }
    if (!m_messages)
        return true;
    QHash<QString, QString> values;
    int n = 0;
    for (int side = 0; side < 2; ++side) {
        for (const RuleTerm &term : side == 0 ? rule.lhs : rule.rhs) {
            qint64 value = 0;
            termValue(term, &value); // read above: it applies
            values.insert(QString::number(++n), QString::number(value));
        }
    }
    values.insert(QStringLiteral("L"), QString::number(lhs));
    values.insert(QStringLiteral("R"), QString::number(rhs));
    values.insert(QStringLiteral("D"), QString::number(lhs > rhs ? addSigned(lhs, -1, rhs) : addSigned(rhs, -1, lhs)));
    finding->message = fillBoth(rule.messages.value(QString()), values, rule.placeholders);
    return true;
}

// A term's value; false where the rule does not apply: a single cell marked not applicable, or a cell
// that last year's report does not have.
bool Validator::termValue(const RuleTerm &term, qint64 *value) const
{
    *value = 0;
    switch (term.source) {
    case RuleTerm::Source::Constant:
        *value = term.constant;
        return true;
    case RuleTerm::Source::ReportYear:
        *value = m_report.year();
        return true;
    case RuleTerm::Source::Cells:
        if (term.cells.size() == 1 && m_report.value(term.cells.first()).isNotApplicable())
            return false;
        for (int cell : term.cells)
            *value = addClamped(*value, m_report.number(cell));
        return true;
    case RuleTerm::Source::PreviousYear:
        for (const QString &key : term.previousKeys) {
            const int cell = m_previous->format().indexOf(key);
            if (cell < 0 || m_previous->value(cell).isNotApplicable())
                return false;
            *value = addClamped(*value, m_previous->number(cell));
        }
        return true;
    }
    return false;
}

int Validator::previousCell(int cell) const
{
    // Last year's report in the same format (the usual case): the same index, no lookup by key.
    const FormatDefinition &format = m_report.format();
    return &m_previous->format() == &format ? cell : m_previous->format().indexOf(format.cell(cell).key);
}

// The first figure quoted in the narratives that equals none of the rule's alternatives. A report may
// say "受理…46件" for new requests, new plus carried over, or the results total: any of them is right.
bool Validator::evaluateNarrative(const RuleInstance &rule, Finding *finding) const
{
    QVector<qint64> expected;
    for (const QVector<RuleTerm> &alternative : rule.alternatives) {
        qint64 sum = 0;
        for (const RuleTerm &term : alternative) {
            qint64 value = 0;
            if (!termValue(term, &value))
                return false;
            sum = addSigned(sum, term.sign, value);
        }
        if (!expected.contains(sum))
            expected << sum;
    }
    const FormatDefinition &format = m_report.format();
    for (const QString &part : rule.narrativeParts) {
        QRegularExpressionMatchIterator it = rule.narrativePattern.globalMatch(m_report.narrative(part));
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            bool isNumber = false;
            const qint64 figure = foldNumberText(match.capturedView(1)).toLongLong(&isNumber);
            if (!isNumber || expected.contains(figure))
                continue;
            finding->cells.clear();
            for (const RuleTerm &term : rule.alternatives.first())
                finding->cells += term.cells;
            finding->part = part;
            QStringList numbers;
            for (qint64 value : std::as_const(expected))
                numbers << QString::number(value);
            const SectionDef *section = format.section(part);
            const LocalizedText where = section ? section->heading
                                                : LocalizedText{QStringLiteral("开头段落"), QStringLiteral("The introduction")};
            const QHash<QString, QString> values{{QStringLiteral("quote"), match.captured(0)},
                                                 {QStringLiteral("n"), QString::number(figure)},
                                                 {QStringLiteral("expected"), numbers.join(QStringLiteral(" / "))}};
            QHash<QString, LocalizedText> labels = rule.placeholders;
            labels.insert(QStringLiteral("part"), where);
            if (m_messages)
                finding->message = fillBoth(rule.messages.value(QString()), values, labels);
            return true;
        }
    }
    return false;
}

namespace {

QString tableLabel(const FormatDefinition &format, const TableDef &table, Language language)
{
    const SectionDef *section = format.section(table.sectionId);
    QString label = section ? section->heading.in(language) : table.id;
    if (!table.caption.zh.isEmpty())
        label += QLatin1Char(' ') + table.caption.in(language);
    return label;
}

LocalizedText partLabel(const FormatDefinition &format, const QString &part)
{
    const SectionDef *section = format.section(part);
    return section ? section->heading : LocalizedText{QStringLiteral("开头段落"), QStringLiteral("The introduction")};
}

// Characters that count as text: not whitespace.
int textLength(const QString &text)
{
    return int(std::count_if(text.begin(), text.end(), [](QChar c) { return !c.isSpace(); }));
}

QSet<QString> shinglesOf(const QString &text, int size)
{
    QString folded;
    folded.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace())
            continue;
        // A figure with its separators (“4,298”, “12.5”) is one “#”.
        const bool separator = (c == QLatin1Char('.') || c == QLatin1Char(',') || c == QChar(0xFF0C))
                               && folded.endsWith(QLatin1Char('#')) && i + 1 < text.size() && text.at(i + 1).isDigit();
        if (c.isDigit() || separator) {
            if (!folded.endsWith(QLatin1Char('#')))
                folded += QLatin1Char('#');
            continue;
        }
        folded += c;
    }
    QSet<QString> shingles;
    for (int i = 0; i + size <= folded.size(); ++i)
        shingles.insert(folded.mid(i, size));
    if (shingles.isEmpty() && !folded.isEmpty())
        shingles.insert(folded);
    return shingles;
}

} // namespace

int Validator::similarity(const QString &a, const QString &b, int shingle)
{
    const QSet<QString> left = shinglesOf(a, shingle);
    const QSet<QString> right = shinglesOf(b, shingle);
    if (left.isEmpty() && right.isEmpty())
        return 100;
    qint64 common = 0;
    for (const QString &piece : left)
        common += right.contains(piece) ? 1 : 0;
    const qint64 all = left.size() + right.size() - common;
    return int(common * 100 / all);
}

// The reviewer's checks (issue 16). Each reads its numbers from the rule, and its message names them.
bool Validator::evaluateReviewer(const RuleInstance &rule, Finding *finding) const
{
    const FormatDefinition &format = m_report.format();
    QHash<QString, QString> values;
    QHash<QString, LocalizedText> labels;
    QString message;
    finding->cells.clear();

    switch (rule.kind) {
    case RuleInstance::Kind::YearOverYear: {
        const CellDef &cell = format.cell(rule.domainCell);
        const int before = previousCell(cell.index);
        if (before < 0 || m_report.value(cell.index).isNotApplicable() || m_previous->value(before).isNotApplicable()
            || m_report.value(cell.index).isBlank() || m_previous->value(before).isBlank())
            return false;
        const qint64 now = m_report.number(cell.index);
        const qint64 then = m_previous->number(before);
        if (std::max(now, then) < rule.floor)
            return false;
        if (now == 0 && then >= rule.zeroFloor)
            message = QStringLiteral("zeroed");
        else if (then > 0 && now > rule.ratio * then)
            message = QStringLiteral("up");
        else if (now > 0 && now * rule.ratio < then)
            message = QStringLiteral("down");
        else
            return false;
        finding->cells = {cell.index};
        if (!m_messages)
            return true; // countAll(): the counts only
        const bool amount = cell.kind == ValueKind::Amount;
        values.insert(QStringLiteral("v"), amount ? formatAmount(now) : QString::number(now));
        values.insert(QStringLiteral("prev"), amount ? formatAmount(then) : QString::number(then));
        values.insert(QStringLiteral("ratio"), QString::number(rule.ratio));
        const double times = now > then ? double(now) / double(then) : double(then) / double(std::max<qint64>(now, 1));
        values.insert(QStringLiteral("times"), now == 0 ? QString() : QString::number(times, 'f', 1));
        labels.insert(QStringLiteral("cell"), {format.cellLabel(cell.index, Language::Chinese), format.cellLabel(cell.index, Language::English)});
        break;
    }
    case RuleInstance::Kind::TableUnchanged: {
        int nonZero = 0;
        for (int cell : rule.cells) {
            const int before = previousCell(cell);
            if (before < 0 || !(m_report.value(cell) == m_previous->value(before)))
                return false;
            nonZero += m_report.number(cell) != 0 ? 1 : 0;
        }
        if (nonZero < rule.minimum)
            return false;
        finding->cells = rule.cells;
        if (!m_messages)
            return true;
        values.insert(QStringLiteral("n"), QString::number(rule.cells.size()));
        values.insert(QStringLiteral("nonzero"), QString::number(nonZero));
        const TableDef &table = *format.table(rule.table);
        labels.insert(QStringLiteral("table"), {tableLabel(format, table, Language::Chinese), tableLabel(format, table, Language::English)});
        break;
    }
    case RuleInstance::Kind::Blank: {
        QVector<int> blank;
        for (int cell : rule.cells) {
            if (m_report.value(cell).isBlank())
                blank << cell;
        }
        if (blank.isEmpty())
            return false;
        finding->cells = blank;
        if (!m_messages)
            return true;
        values.insert(QStringLiteral("n"), QString::number(blank.size()));
        const TableDef &table = *format.table(rule.table);
        labels.insert(QStringLiteral("table"), {tableLabel(format, table, Language::Chinese), tableLabel(format, table, Language::English)});
        labels.insert(QStringLiteral("first"), {format.cellLabel(blank.first(), Language::Chinese), format.cellLabel(blank.first(), Language::English)});
        break;
    }
    case RuleInstance::Kind::MinimumLength: {
        const QString part = rule.narrativeParts.first();
        const int length = textLength(m_report.narrative(part));
        if (length >= rule.minimum)
            return false;
        if (!m_messages)
            return true;
        values.insert(QStringLiteral("n"), QString::number(length));
        values.insert(QStringLiteral("minimum"), QString::number(rule.minimum));
        labels.insert(QStringLiteral("part"), partLabel(format, part));
        break;
    }
    case RuleInstance::Kind::Similarity: {
        const QString part = rule.narrativeParts.first();
        const QString now = m_report.narrative(part);
        const QString then = m_previous->narrative(part);
        if (textLength(now) < rule.minimum || textLength(then) < rule.minimum)
            return false;
        const int percent = similarity(now, then, rule.shingle);
        if (percent < rule.threshold)
            return false;
        if (!m_messages)
            return true;
        values.insert(QStringLiteral("percent"), QString::number(percent));
        values.insert(QStringLiteral("threshold"), QString::number(rule.threshold));
        labels.insert(QStringLiteral("part"), partLabel(format, part));
        break;
    }
    case RuleInstance::Kind::Deadline: {
        const QString kind = rule.deadlines.contains(m_report.agencyKind()) ? m_report.agencyKind() : rule.defaultKind;
        const QPair<int, int> day = rule.deadlines.value(kind);
        const QDate deadline(m_report.year() + 1, day.first, day.second);
        const QDate dated = m_report.date();
        QDate late;
        if (rule.check == QLatin1String("dateLate") && dated.isValid() && dated > deadline)
            late = dated;
        else if (rule.check == QLatin1String("signOffLate") && m_signedOn.isValid() && m_signedOn > deadline)
            late = m_signedOn;
        else if (!(rule.check == QLatin1String("backDated") && dated.isValid() && m_signedOn.isValid() && dated < m_signedOn))
            return false;
        if (!m_messages)
            return true;
        values.insert(QStringLiteral("date"), dated.toString(Qt::ISODate));
        values.insert(QStringLiteral("signed"), m_signedOn.toString(Qt::ISODate));
        values.insert(QStringLiteral("deadline"), deadline.toString(Qt::ISODate));
        values.insert(QStringLiteral("days"), late.isValid() ? QString::number(deadline.daysTo(late)) : QString::number(dated.daysTo(m_signedOn)));
        labels.insert(QStringLiteral("kind"), rule.kindNames.value(kind));
        message = rule.check;
        break;
    }
    default:
        return false;
    }
    if (m_messages)
        finding->message = fillBoth(rule.messages.value(message), values, labels);
    return true;
}

} // namespace nb
