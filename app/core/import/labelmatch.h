#pragma once

#include <QString>
#include <QVector>

namespace nb {

// Published reports print the official labels with small differences: spaces and line breaks inside
// them, full-width or half-width brackets and digits, 〔"〕 for “”, "1、" or "1．" for "1.", and typos
// (“三类内容事务信息”, “构造关系”), a year in brackets in a header (“本年(2023)制发件数”).
// normalizeLabel() removes what never matters; LabelMatcher
// then finds a label exactly, or within a small edit distance when exactly one label is that close.
QString normalizeLabel(QStringView text);

// A figure as published: a number with an optional sign, separators, decimals and unit, a
// not-applicable mark, or nothing. Anything else is text (a label, a sentence).
bool isFigureText(const QString &text);

// Levenshtein distance, giving up (returning limit + 1) once it exceeds limit.
int editDistance(QStringView a, QStringView b, int limit);

class LabelMatcher
{
public:
    struct Match
    {
        int id = -1;
        bool exact = false;
    };

    void add(const QString &label, int id);
    // The label that normalized text matches: exact, else the one label within the typo allowance
    // for its length; none when nothing or more than one label is that close.
    Match match(const QString &normalized) const;
    bool isEmpty() const { return m_labels.isEmpty(); }

private:
    struct Entry
    {
        QString normalized;
        int id;
    };
    QVector<Entry> m_labels;
};

} // namespace nb
