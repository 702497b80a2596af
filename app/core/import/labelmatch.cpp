#include "labelmatch.h"

#include "valueparser.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace nb {

namespace {

// Reports published in traditional characters (a Hong Kong-style mirror, a converted page): the
// traditional forms of the characters the format's labels and captions use, each to its simplified
// form. Only those characters: the labels are matched, the text around them is left as printed.
char16_t simplifiedOf(char16_t u)
{
    static const QHash<char16_t, char16_t> simplified = [] {
        const QString traditional = QStringLiteral("萬與業個為舉於會體關寫決況減創製辦務動區協單縣發號後國處復複實審對屬應廢開強當總執護報據數無機權條構沒點現監確穩簽類係糾級納組織經結繼續維繳罰範獲補規視計認議許訟設訪評訴試詢說請負責購費轉過還這進適採門問項題額內著隻臺");
        const QString simple = QStringLiteral("万与业个为举于会体关写决况减创制办务动区协单县发号后国处复复实审对属应废开强当总执护报据数无机权条构没点现监确稳签类系纠级纳组织经结继续维缴罚范获补规视计认议许讼设访评诉试询说请负责购费转过还这进适采门问项题额内着只台");
        QHash<char16_t, char16_t> map;
        for (int i = 0; i < traditional.size(); ++i)
            map.insert(traditional.at(i).unicode(), simple.at(i).unicode());
        return map;
    }();
    return u < 0x4E00 ? u : simplified.value(u, u);
}

} // namespace

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
        const QChar folded(simplifiedOf(u));
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
