#pragma once

#include "localizedtext.h"

#include <QHash>
#include <QPair>
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
    // YearOverYear, TableUnchanged, Similarity, MinimumLength, Blank and Deadline are the reviewer's
    // checks of issue 16 (README “Plausibility checks”): each reads its thresholds from the format file.
    enum class Kind { Comparison, Domain, Narrative, YearOverYear, TableUnchanged, Similarity, MinimumLength, Blank, Deadline };
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
    // The reviewer's checks. table: TableUnchanged and Blank (cells = its input cells); domainCell is the
    // cell a YearOverYear instance compares; narrativeParts holds the one part of Similarity and
    // MinimumLength. The numbers are the format file's: ratio and floor (YearOverYear: a figure over
    // ratio× or under 1/ratio of last year's, when the larger is at least floor; zeroFloor: last year's
    // figure from which a zero is suspicious), threshold (Similarity, per cent), shingle (characters),
    // minimum (MinimumLength, characters; Similarity: shorter texts are not compared; TableUnchanged:
    // non-zero figures needed).
    QString table;
    qint64 ratio = 0;
    qint64 floor = 0;
    qint64 zeroFloor = 0;
    int threshold = 0;
    int shingle = 0;
    int minimum = 0;
    bool atSubmission = false; // only checked when the report is submitted (Validator::setSubmission)
    // Deadline: agency kind ("department", "government") → month and day of the year after the report's.
    QHash<QString, QPair<int, int>> deadlines;
    QString defaultKind; // the kind assumed while the agency's details do not say
    QHash<QString, LocalizedText> kindNames;
    QString check; // Deadline: the problem this instance looks for (dateLate, signOffLate, backDated)
    QHash<QString, LocalizedText> messages; // "" for comparisons; problem name for domain rules
    QHash<QString, LocalizedText> placeholders; // bound variable → its label, for messages
};

} // namespace nb
