#include "rulecompiler.h"

#include "formatdefinition.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <numeric>

namespace nb {

namespace {

// The messages of this file, under one translation context that lupdate sees too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RuleCompiler)
};

LocalizedText textFrom(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return {object.value(QLatin1String("zh")).toString(), object.value(QLatin1String("en")).toString()};
}

struct Binding
{
    QString variable;
    QStringList values;
    const TableDef *table = nullptr; // where the values are rows or columns; null for a plain list
    bool columns = false;
};

// A recursive-descent reader of one bound expression.
class ExpressionReader
{
public:
    ExpressionReader(const FormatDefinition &format, const QString &text) : m_format(format), m_text(text) {}

    bool read(RuleInstance *instance, QString *error)
    {
        if (!readSide(&instance->lhs, instance) || !readComparison(&instance->comparison)
            || !readSide(&instance->rhs, instance) || !atEnd()) {
            *error = Text::tr("cannot read rule expression “%1” at position %2: %3").arg(m_text).arg(m_pos).arg(m_problem);
            return false;
        }
        return true;
    }

    // One side of an expression alone: the alternatives of a narrative rule.
    bool readSum(QVector<RuleTerm> *terms, RuleInstance *instance, QString *error)
    {
        if (!readSide(terms, instance) || !atEnd()) {
            *error = Text::tr("cannot read rule expression “%1” at position %2: %3").arg(m_text).arg(m_pos).arg(m_problem);
            return false;
        }
        return true;
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool atEnd()
    {
        skipSpace();
        if (m_pos != m_text.size())
            m_problem = Text::tr("unexpected text");
        return m_pos == m_text.size();
    }
    bool accept(QLatin1String token)
    {
        skipSpace();
        if (QStringView(m_text).mid(m_pos).startsWith(token)) {
            m_pos += int(token.size());
            return true;
        }
        return false;
    }
    QString word()
    {
        skipSpace();
        const int start = m_pos;
        while (m_pos < m_text.size()
               && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == QLatin1Char('_')
                   || m_text.at(m_pos) == QLatin1Char('.') || m_text.at(m_pos) == QLatin1Char('*')))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }

    bool readComparison(RuleInstance::Comparison *comparison)
    {
        if (accept(QLatin1String("<=")))
            *comparison = RuleInstance::Comparison::LessOrEqual;
        else if (accept(QLatin1String(">=")))
            *comparison = RuleInstance::Comparison::GreaterOrEqual;
        else if (accept(QLatin1String("=")))
            *comparison = RuleInstance::Comparison::Equal;
        else {
            m_problem = Text::tr("expected =, <= or >=");
            return false;
        }
        return true;
    }

    bool readSide(QVector<RuleTerm> *terms, RuleInstance *instance)
    {
        int sign = 1;
        for (;;) {
            RuleTerm term;
            term.sign = sign;
            if (!readTerm(&term, instance))
                return false;
            terms->append(term);
            if (accept(QLatin1String("+")))
                sign = 1;
            else if (accept(QLatin1String("-")))
                sign = -1;
            else
                return true;
        }
    }

    bool readTerm(RuleTerm *term, RuleInstance *instance)
    {
        if (accept(QLatin1String("sum("))) {
            term->source = RuleTerm::Source::Cells;
            if (!expandSum(word(), &term->cells))
                return false;
            instance->cells += term->cells;
            return closeParen();
        }
        if (accept(QLatin1String("prev("))) {
            term->source = RuleTerm::Source::PreviousYear;
            const QString key = word();
            if (m_format.indexOf(key) < 0) {
                m_problem = Text::tr("unknown cell %1").arg(key);
                return false;
            }
            term->previousKeys << key;
            instance->needsPreviousYear = true;
            return closeParen();
        }
        const QString token = word();
        if (token == QLatin1String("year")) {
            term->source = RuleTerm::Source::ReportYear;
            return true;
        }
        bool isNumber = false;
        const qint64 constant = token.toLongLong(&isNumber);
        if (isNumber) {
            term->source = RuleTerm::Source::Constant;
            term->constant = constant;
            return true;
        }
        const int index = m_format.indexOf(token);
        if (index < 0) {
            m_problem = Text::tr("unknown cell %1").arg(token);
            return false;
        }
        term->cells << index;
        instance->cells << index;
        return true;
    }

    bool closeParen()
    {
        if (accept(QLatin1String(")")))
            return true;
        m_problem = Text::tr("expected )");
        return false;
    }

    // "table.row.column" where row or column may be a group id or "*": the input leaves under it.
    bool expandSum(const QString &pattern, QVector<int> *cells)
    {
        const QStringList parts = pattern.split(QLatin1Char('.'));
        const TableDef *table = parts.size() == 3 ? m_format.table(parts.at(0)) : nullptr;
        if (!table) {
            m_problem = Text::tr("sum() needs table.row.column, got %1").arg(pattern);
            return false;
        }
        auto leavesOf = [](const HeaderNode &root, const QString &id) -> QVector<const HeaderNode *> {
            if (id == QLatin1String("*"))
                return root.inputLeaves();
            const HeaderNode *node = root.find(id);
            if (!node)
                return {};
            return node->isLeaf() ? QVector<const HeaderNode *>{node} : node->inputLeaves();
        };
        const QVector<const HeaderNode *> rows = leavesOf(table->rows, parts.at(1));
        const QVector<const HeaderNode *> columns = leavesOf(table->columns, parts.at(2));
        if (rows.isEmpty() || columns.isEmpty()) {
            m_problem = Text::tr("sum() over an unknown group: %1").arg(pattern);
            return false;
        }
        for (const HeaderNode *row : rows) {
            for (const HeaderNode *column : columns)
                cells->append(table->cellIndex(int(table->leafRows.indexOf(row)), int(table->leafColumns.indexOf(column))));
        }
        return true;
    }

    const FormatDefinition &m_format;
    const QString m_text;
    int m_pos = 0;
    QString m_problem;
};

bool readBindings(const FormatDefinition &format, const QJsonObject &each, QVector<Binding> *bindings, QString *error)
{
    for (auto it = each.begin(); it != each.end(); ++it) {
        Binding binding;
        binding.variable = it.key();
        if (it.value().isArray()) {
            for (const QJsonValue &value : it.value().toArray())
                binding.values << value.toString();
        } else {
            const QStringList spec = it.value().toString().split(QLatin1Char(':'));
            binding.table = spec.size() == 2 ? format.table(spec.at(1)) : nullptr;
            binding.columns = spec.value(0) == QLatin1String("columns");
            if (!binding.table || (!binding.columns && spec.value(0) != QLatin1String("rows"))) {
                *error = Text::tr("cannot read “each” binding %1").arg(it.value().toString());
                return false;
            }
            for (const HeaderNode *leaf : binding.columns ? binding.table->leafColumns : binding.table->leafRows)
                binding.values << leaf->id;
        }
        bindings->append(binding);
    }
    return true;
}

// The words a message uses for a bound value: the row or column label, found where the binding says,
// else in the table that the value names ("s2_5.licensing") or that the expression reads first.
LocalizedText labelFor(const FormatDefinition &format, const Binding &binding, const QString &value,
                       const RuleInstance &instance)
{
    const HeaderNode *node = nullptr;
    if (binding.table) {
        node = (binding.columns ? binding.table->columns : binding.table->rows).find(value);
    } else if (value.contains(QLatin1Char('.'))) {
        if (const TableDef *table = format.table(value.section(QLatin1Char('.'), 0, 0)))
            node = table->rows.find(value.section(QLatin1Char('.'), 1));
    } else if (!instance.cells.isEmpty()) {
        const TableDef *table = format.cell(instance.cells.first()).table;
        node = table->rows.find(value);
        if (!node)
            node = table->columns.find(value);
    }
    if (!node)
        return {value, value};
    return {node->messageLabel(Language::Chinese), node->messageLabel(Language::English)};
}

// R11: one instance per figure the narratives may quote; each reads the cells of its alternatives.
bool compileNarrativeRule(const FormatDefinition &format, const QJsonObject &rule, const RuleInstance &prototype,
                          std::vector<RuleInstance> *instances, QString *error)
{
    for (const QJsonValue &value : rule.value(QLatin1String("figures")).toArray()) {
        const QJsonObject figure = value.toObject();
        RuleInstance instance = prototype;
        instance.kind = RuleInstance::Kind::Narrative;
        for (const QJsonValue &part : rule.value(QLatin1String("parts")).toArray())
            instance.narrativeParts << part.toString();
        const QString pattern = figure.value(QLatin1String("pattern")).toString();
        instance.narrativePattern = QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
        if (!instance.narrativePattern.isValid() || instance.narrativePattern.captureCount() < 1) {
            *error = Text::tr("rule %1: the pattern “%2” is not a regular expression with a group").arg(prototype.ruleId, pattern);
            return false;
        }
        for (const QJsonValue &alternative : figure.value(QLatin1String("alternatives")).toArray()) {
            QVector<RuleTerm> terms;
            if (!ExpressionReader(format, alternative.toString()).readSum(&terms, &instance, error))
                return false;
            instance.alternatives << terms;
        }
        if (instance.narrativeParts.isEmpty() || instance.alternatives.isEmpty()) {
            *error = Text::tr("rule %1 names no narrative part or no alternative").arg(prototype.ruleId);
            return false;
        }
        instance.placeholders.insert(QStringLiteral("name"), textFrom(figure.value(QLatin1String("name"))));
        instances->push_back(instance);
    }
    return true;
}

// The tables a reviewer's rule names: a list of ids, or "*" for every table of the format.
bool tablesOf(const FormatDefinition &format, const QJsonValue &value, const QString &ruleId, QVector<const TableDef *> *tables,
              QString *error)
{
    if (value.toString() == QLatin1String("*")) {
        *tables = format.tables();
        return true;
    }
    for (const QJsonValue &id : value.toArray()) {
        const TableDef *table = format.table(id.toString());
        if (!table) {
            *error = Text::tr("rule %1 names an unknown table %2").arg(ruleId, id.toString());
            return false;
        }
        *tables << table;
    }
    if (tables->isEmpty()) {
        *error = Text::tr("rule %1 names no table").arg(ruleId);
        return false;
    }
    return true;
}

QVector<int> inputCellsOf(const TableDef &table)
{
    QVector<int> cells;
    for (int r = 0; r < table.leafRows.size(); ++r) {
        for (int c = 0; c < table.leafColumns.size(); ++c) {
            if (table.leafRows[r]->isComputed() || table.leafColumns[c]->isComputed())
                continue;
            cells << table.cellIndex(r, c);
        }
    }
    return cells;
}

// The reviewer's checks (issue 16): their numbers come from the rule's data, never from code, so an
// office can tighten a threshold by editing the format file. Returns false with *error on bad data.
bool compileReviewerRule(const FormatDefinition &format, const QJsonObject &rule, const QString &kind, RuleInstance prototype,
                         std::vector<RuleInstance> *instances, QString *error)
{
    const QString id = prototype.ruleId;
    auto number = [&](const char *name, qint64 *out) {
        const QJsonValue value = rule.value(QLatin1String(name));
        if (!value.isDouble() || value.toDouble() < 0) {
            *error = Text::tr("rule %1 needs a non-negative number “%2”").arg(id, QLatin1String(name));
            return false;
        }
        *out = qint64(value.toDouble());
        return true;
    };
    auto parts = [&](const QJsonArray &list, QStringList *out) {
        for (const QJsonValue &part : list) {
            const QString name = part.toString();
            const SectionDef *section = format.section(name);
            if (name != QLatin1String("intro") && (!section || section->kind != SectionDef::Kind::Narrative)) {
                *error = Text::tr("rule %1 names %2, which is not a narrative part").arg(id, name);
                return false;
            }
            *out << name;
        }
        if (out->isEmpty()) {
            *error = Text::tr("rule %1 names no narrative part").arg(id);
            return false;
        }
        return true;
    };
    prototype.atSubmission = rule.value(QLatin1String("atSubmission")).toBool();
    qint64 value = 0;

    if (kind == QLatin1String("yearOverYear")) {
        prototype.kind = RuleInstance::Kind::YearOverYear;
        prototype.needsPreviousYear = true;
        QVector<const TableDef *> tables;
        if (!tablesOf(format, rule.value(QLatin1String("tables")), id, &tables, error) || !number("ratio", &prototype.ratio)
            || !number("floor", &prototype.floor) || !number("zeroFloor", &prototype.zeroFloor))
            return false;
        if (prototype.ratio < 2) {
            *error = Text::tr("rule %1: a ratio under 2 would flag ordinary years").arg(id);
            return false;
        }
        // Rows or columns left out: figures carried from last year's report (上年结转, 上一年项目数量) are
        // R6's and R7's business, not a jump.
        QStringList except;
        for (const QJsonValue &id : rule.value(QLatin1String("except")).toArray())
            except << id.toString();
        for (const TableDef *table : std::as_const(tables)) {
            for (int cell : inputCellsOf(*table)) {
                // A change (增/减) is signed and may swing freely; counts and amounts are compared.
                const CellDef &def = format.cell(cell);
                if (def.kind == ValueKind::Change || except.contains(def.row->id) || except.contains(def.column->id))
                    continue;
                RuleInstance instance = prototype;
                instance.domainCell = cell;
                instance.cells << cell;
                instances->push_back(instance);
            }
        }
        return true;
    }
    if (kind == QLatin1String("tableUnchanged") || kind == QLatin1String("blank")) {
        const bool unchanged = kind == QLatin1String("tableUnchanged");
        prototype.kind = unchanged ? RuleInstance::Kind::TableUnchanged : RuleInstance::Kind::Blank;
        prototype.needsPreviousYear = unchanged;
        QVector<const TableDef *> tables;
        if (!tablesOf(format, rule.value(QLatin1String("tables")), id, &tables, error))
            return false;
        if (unchanged) {
            if (!number("minimum", &value))
                return false;
            prototype.minimum = int(value);
        }
        for (const TableDef *table : std::as_const(tables)) {
            RuleInstance instance = prototype;
            instance.table = table->id;
            instance.cells = inputCellsOf(*table);
            instances->push_back(instance);
        }
        return true;
    }
    if (kind == QLatin1String("similarity") || kind == QLatin1String("minimumLength")) {
        const bool similarity = kind == QLatin1String("similarity");
        prototype.kind = similarity ? RuleInstance::Kind::Similarity : RuleInstance::Kind::MinimumLength;
        prototype.needsPreviousYear = similarity;
        QStringList names;
        QHash<QString, int> minimums;
        if (similarity) {
            if (!parts(rule.value(QLatin1String("parts")).toArray(), &names) || !number("minimum", &value))
                return false;
            prototype.minimum = int(value);
        } else {
            // Each part its own minimum: 一 says a year's work, 六 may rightly be one sentence.
            const QJsonObject object = rule.value(QLatin1String("minimums")).toObject();
            QJsonArray keys;
            for (auto it = object.begin(); it != object.end(); ++it) {
                keys.append(it.key());
                if (!it.value().isDouble() || it.value().toInt() < 1) {
                    *error = Text::tr("rule %1: the minimum of %2 must be a positive number").arg(id, it.key());
                    return false;
                }
                minimums.insert(it.key(), it.value().toInt());
            }
            if (!parts(keys, &names))
                return false;
        }
        if (similarity) {
            qint64 threshold = 0;
            qint64 shingle = 0;
            if (!number("threshold", &threshold) || !number("shingle", &shingle))
                return false;
            if (threshold < 1 || threshold > 100 || shingle < 1) {
                *error = Text::tr("rule %1: threshold is a percentage (1–100) and shingle at least 1").arg(id);
                return false;
            }
            prototype.threshold = int(threshold);
            prototype.shingle = int(shingle);
        }
        for (const QString &name : std::as_const(names)) {
            RuleInstance instance = prototype;
            instance.narrativeParts = {name};
            if (!similarity)
                instance.minimum = minimums.value(name);
            instances->push_back(instance);
        }
        return true;
    }
    if (kind == QLatin1String("deadline")) {
        prototype.kind = RuleInstance::Kind::Deadline;
        const QJsonObject deadlines = rule.value(QLatin1String("deadlines")).toObject();
        for (auto it = deadlines.begin(); it != deadlines.end(); ++it) {
            // "MM-DD" of the year after the report's; read in a leap year so that 02-29 is allowed.
            const QJsonObject deadline = it.value().toObject();
            const QString day = deadline.value(QLatin1String("date")).toString();
            const QDate date = QDate::fromString(QStringLiteral("2024-") + day, Qt::ISODate);
            if (!date.isValid()) {
                *error = Text::tr("rule %1: the deadline of %2 is not MM-DD: “%3”").arg(id, it.key(), day);
                return false;
            }
            prototype.deadlines.insert(it.key(), {date.month(), date.day()});
            prototype.kindNames.insert(it.key(), textFrom(deadline.value(QLatin1String("name"))));
        }
        prototype.defaultKind = rule.value(QLatin1String("defaultKind")).toString();
        if (!prototype.deadlines.contains(prototype.defaultKind)) {
            *error = Text::tr("rule %1: the default agency kind “%2” has no deadline").arg(id, prototype.defaultKind);
            return false;
        }
        for (const QString &check : {QStringLiteral("dateLate"), QStringLiteral("signOffLate"), QStringLiteral("backDated")}) {
            if (!prototype.messages.contains(check)) {
                *error = Text::tr("rule %1 has no message “%2”").arg(id, check);
                return false;
            }
            RuleInstance instance = prototype;
            instance.check = check;
            instances->push_back(instance);
        }
        return true;
    }
    *error = Text::tr("rule %1 has an unknown kind “%2”").arg(id, kind);
    return false;
}

} // namespace

bool compileRules(const FormatDefinition &format, const QJsonArray &rules, std::vector<RuleInstance> *instances,
                  QString *error)
{
    for (const QJsonValue &value : rules) {
        const QJsonObject rule = value.toObject();
        RuleInstance prototype;
        prototype.ruleId = rule.value(QLatin1String("id")).toString();
        const QString severity = rule.value(QLatin1String("severity")).toString();
        if (prototype.ruleId.isEmpty() || (severity != QLatin1String("error") && severity != QLatin1String("warning"))) {
            *error = Text::tr("a rule has no id or an unknown severity “%1”").arg(severity);
            return false;
        }
        prototype.severity = severity == QLatin1String("error") ? Severity::Error : Severity::Warning;

        const QJsonObject messages = rule.value(QLatin1String("messages")).toObject();
        for (auto it = messages.begin(); it != messages.end(); ++it)
            prototype.messages.insert(it.key(), textFrom(it.value()));
        if (rule.contains(QLatin1String("message")))
            prototype.messages.insert(QString(), textFrom(rule.value(QLatin1String("message"))));

        if (rule.value(QLatin1String("kind")).toString() == QLatin1String("domain")) {
            prototype.kind = RuleInstance::Kind::Domain;
            for (int cell = 0; cell < format.cellCount(); ++cell) {
                RuleInstance instance = prototype;
                instance.domainCell = cell;
                instance.cells << cell;
                instances->push_back(instance);
            }
            continue;
        }

        if (rule.value(QLatin1String("kind")).toString() == QLatin1String("narrative")) {
            if (!compileNarrativeRule(format, rule, prototype, instances, error))
                return false;
            continue;
        }

        const QString kind = rule.value(QLatin1String("kind")).toString();
        if (!kind.isEmpty()) {
            if (!compileReviewerRule(format, rule, kind, prototype, instances, error))
                return false;
            continue;
        }

        QVector<Binding> bindings;
        if (!readBindings(format, rule.value(QLatin1String("each")).toObject(), &bindings, error))
            return false;
        // Every combination of the bound values, as an odometer over the bindings.
        QVector<int> at(bindings.size(), 0);
        for (;;) {
            QString expression = rule.value(QLatin1String("expr")).toString();
            // Longer names first, so that $c never eats the start of $col.
            QVector<int> order(bindings.size());
            std::iota(order.begin(), order.end(), 0);
            std::sort(order.begin(), order.end(), [&](int a, int b) {
                return bindings[a].variable.size() > bindings[b].variable.size();
            });
            for (int b : std::as_const(order))
                expression.replace(QLatin1Char('$') + bindings[b].variable, bindings[b].values.value(at[b]));

            RuleInstance instance = prototype;
            if (!ExpressionReader(format, expression).read(&instance, error))
                return false;
            for (int b = 0; b < bindings.size(); ++b)
                instance.placeholders.insert(bindings[b].variable,
                                             labelFor(format, bindings[b], bindings[b].values.value(at[b]), instance));
            instances->push_back(instance);

            int b = 0;
            while (b < bindings.size() && ++at[b] == bindings[b].values.size()) {
                at[b] = 0;
                ++b;
            }
            if (b == bindings.size())
                break;
        }
    }
    return true;
}

} // namespace nb
