#include "rulecompiler.h"

#include "formatdefinition.h"

#include <QCoreApplication>
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
