#pragma once

#include "finding.h"

#include <QDate>
#include <QMap>
#include <QVector>

#include <optional>

namespace nb {

class Report;

// Evaluates a report's rules and keeps the findings. validateAll() checks everything; revalidate()
// checks only the rule instances that read the cells an edit changed (Report::setValue says which), so
// a keystroke costs a few instances, not the whole format.
//
// Cross-year rules (R6, R7, R9) read the previous year's report when one is given and are skipped
// otherwise. Both reports must outlive the validator.
class Validator
{
public:
    explicit Validator(const Report &report, const Report *previousYear = nullptr);

    void setPreviousYear(const Report *previousYear);
    const Report *previousYear() const { return m_previous; }
    // At submission the rules marked "atSubmission" (blank cells, R16) are checked too; while the clerk
    // types they would only be noise.
    void setSubmission(bool submission) { m_submission = submission; }
    // When the supervisor signed (the latest sign-off), for the timeliness rule R17; invalid: not signed.
    void setSignOffDate(const QDate &date) { m_signedOn = date; }
    void validateAll();
    // validateAll without the findings' messages (left empty): for errorCount()/warningCount() of
    // thousands of reports (汇总), where building the texts cost more than the checks.
    void countAll();
    // Returns the instances whose finding appeared, changed or went away.
    QVector<int> revalidate(const QVector<int> &changedCells);
    // The same after a narrative part ("intro", "s1") changed: the narrative rules (R11) that read it.
    QVector<int> revalidateNarrative(const QString &part);

    QVector<Finding> findings() const;       // in the order of the format's rules
    const Finding *findingOf(int instance) const;
    int errorCount() const;
    int warningCount() const;

    static QVector<Finding> check(const Report &report, const Report *previousYear = nullptr);
    // How alike two texts are, in per cent: the Jaccard index of their sets of `shingle`-character
    // pieces, whitespace left out and every run of digits read as one “#” (a copy with this year's
    // figures typed in is still a copy). Linear in the texts' length.
    static int similarity(const QString &a, const QString &b, int shingle);

    // For an equality whose left side is one input cell (R6, R7, R9 are): the value that cell needs for
    // the rule to hold, from the other terms as they are now. nullopt for any other shape, or when a term
    // cannot be read (not applicable, a key last year's format does not have).
    std::optional<qint64> valueThatSatisfies(int instance) const;

private:
    bool evaluate(int instance, Finding *finding) const;
    bool evaluateNarrative(const RuleInstance &rule, Finding *finding) const;
    bool termValue(const RuleTerm &term, qint64 *value) const;
    // The cell of last year's report with this year's cell's key, or -1.
    int previousCell(int cell) const;
    bool update(int instance);
    bool evaluateReviewer(const RuleInstance &rule, Finding *finding) const;

    const Report &m_report;
    const Report *m_previous = nullptr;
    QMap<int, Finding> m_findings;
    bool m_submission = false;
    bool m_messages = true; // false only inside countAll()
    QDate m_signedOn;
};

} // namespace nb
