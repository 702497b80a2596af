#include "labelmatch.h"

#include "valueparser.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace nb {

QString normalizeLabel(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII
            u = char16_t(u - 0xFF01 + 0x21);
        switch (u) {
        case 0x3000: case 0x00A0: case 0xFEFF: case 0x200B: case 0x2028: case 0x2029:
        // Quotes come as “”, "", 〔〕, 「」 or not at all.
        case 0x201C: case 0x201D: case 0x2018: case 0x2019: case '"': case '\'':
        case 0x3014: case 0x3015: case 0x300C: case 0x300D: case 0x300E: case 0x300F:
            continue;
        case 0x3001: // 、 numbers items like "1." does
            u = '.';
            break;
        default:
            break;
        }
        const QChar folded(u);
        if (folded.isSpace())
            continue;
        out += folded;
    }
    // A header that names the year (“本年(2023)制发件数”) is the format's header.
    if (out.contains(QLatin1Char('('))) {
        static const QRegularExpression year(QStringLiteral("\\((?:19|20)\\d\\d(?:年|年度)?\\)"));
        out.remove(year);
    }
    return out;
}

bool isFigureText(const QString &text)
{
    static const QRegularExpression value(QStringLiteral("^(?:[+-]?\\d[\\d,]*(?:\\.\\d+)?\\s*(?:万元|元|件|条|个|项|宗|起)?|[/\\-—–])$"));
    const QString folded = foldNumberText(text);
    return folded.isEmpty() || value.match(folded).hasMatch();
}

int editDistance(QStringView a, QStringView b, int limit)
{
    if (std::abs(int(a.size()) - int(b.size())) > limit)
        return limit + 1;
    std::vector<int> previous(size_t(b.size()) + 1);
    std::vector<int> current(previous.size());
    for (size_t j = 0; j < previous.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int best = current[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[size_t(j - 1)] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[size_t(j)] = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, substitution});
            best = std::min(best, current[size_t(j)]);
        }
        if (best > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return previous.back();
}

void LabelMatcher::add(const QString &label, int id)
{
    const QString normalized = normalizeLabel(label);
    if (!normalized.isEmpty())
        m_labels.append({normalized, id});
}

LabelMatcher::Match LabelMatcher::match(const QString &normalized) const
{
    if (normalized.isEmpty())
        return {};
    for (const Entry &entry : m_labels) {
        if (entry.normalized == normalized)
            return {entry.id, true};
    }
    // One typo in a short label, two in a long one; labels under four characters must be exact (规章,
    // 其他, 总计 are a letter away from many words).
    Match found;
    int foundDistance = 0;
    bool tie = false;
    for (const Entry &entry : m_labels) {
        if (entry.normalized.size() < 4)
            continue;
        const int allowance = entry.normalized.size() > 10 ? 2 : 1;
        const int distance = editDistance(normalized, entry.normalized, allowance);
        if (distance > allowance)
            continue;
        if (found.id >= 0 && found.id != entry.id) {
            if (distance == foundDistance)
                tie = true;
            if (distance >= foundDistance)
                continue;
        }
        found = {entry.id, false};
        foundDistance = distance;
        tie = false;
    }
    return tie ? Match{} : found;
}

} // namespace nb
