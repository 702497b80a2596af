#pragma once

#include "localizedtext.h"

#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVector>

namespace nb {

enum class Severity { Error, Warning };

// One addend of a rule expression after its variables were bound and its sums expanded.
struct RuleTerm
{
    enum class Source { Cells, PreviousYear, ReportYear, Constant };
    Source source = Source::Cells;
    int sign = 1;
    QVector<int> cells;      // Cells: indices in this year's format, added up
    QStringList previousKeys; // PreviousYear: keys in last year's report, added up
    qint64 constant = 0;
};

// A rule of the format's data, bound to concrete cells: R1 for the 自然人 column is one instance.
struct RuleInstance
{
    enum class Kind { Comparison, Domain, Narrative };
    enum class Comparison { Equal, LessOrEqual, GreaterOrEqual };

    QString ruleId;
    Severity severity = Severity::Error;
    Kind kind = Kind::Comparison;
    Comparison comparison = Comparison::Equal;
    QVector<RuleTerm> lhs;
    QVector<RuleTerm> rhs;
    QVector<int> cells;   // every cell of this year it reads, in the order of the expression
    bool needsPreviousYear = false;
    // Domain rules (R5) check one cell's stored value against its kind. Messages for each problem.
    int domainCell = -1;
    // Narrative rules (R11): every figure the pattern finds in these narrative parts must equal one of
    // the alternatives (a report may quote new requests, or new plus carried over, or the results total).
    QStringList narrativeParts;
    QRegularExpression narrativePattern; // group 1 is the figure
    QVector<QVector<RuleTerm>> alternatives;
    QHash<QString, LocalizedText> messages; // "" for comparisons; problem name for domain rules
    QHash<QString, LocalizedText> placeholders; // bound variable → its label, for messages
};

} // namespace nb
