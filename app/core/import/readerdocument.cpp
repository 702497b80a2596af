#include "publishedreader_p.h"

#include "labelmatch.h"

#include <QRegularExpression>

#include <functional>

namespace nb::published {

namespace {

// An opening sentence in the title's words carries its lead-in before the agency: “根据《中华人民共和国
// 政府信息公开条例》要求，特编制湛江市人民政府地方志办公室2023年…年度报告”, “…规定，现公布区统计局…”.
// The lead-in cites the law, never names the agency, so it is cut.
QString withoutLeadIn(const QString &name)
{
    static const QRegularExpression leadIn(
        QStringLiteral("^(?:根据|依据|按照)[^，,。]{0,60}?(?:规定|要求)[，,、]?(?:特编制|现公布|特公布|现编制|编制|公布|发布)?"));
    QString rest = name;
    rest.remove(leadIn);
    return rest.isEmpty() ? name : rest;
}

} // namespace

// The title: “<agency><year>年政府信息公开工作年度报告”, often broken over two lines. A web page
// may have a breadcrumb just before it: of the ways to join lines, the shortest agency wins.
void Reader::readTitle()
{
    static const QRegularExpression title(QStringLiteral("^([^<>|]{2,40}?)(\\d{4})年度?(?:政府)?信息公开(?:工作)?年度?报告"));
    int seen = 0;
    for (int i = 0; i < size() && seen < 15; ++i) {
        if (isEmpty(i))
            continue;
        ++seen;
        for (int extra = 0; extra < 3; ++extra) {
            const QRegularExpressionMatch match = title.match(joined(i, extra));
            const QString agency = withoutLeadIn(match.captured(1));
            if (match.hasMatch() && (m_titleEnd < 0 || agency.size() < m_agency.name.size())) {
                m_agency.name = agency;
                m_year = match.captured(2).toInt();
                m_titleEnd = i + extra;
            }
        }
    }
    if (m_titleEnd >= 0)
        return;
    // No title: the year of the statistical period, if the introduction gives it.
    static const QRegularExpression period(QStringLiteral("(\\d{4})年(?:度|1月1日)"));
    for (int i = 0; i < std::min(size(), 40); ++i) {
        const QRegularExpressionMatch match = period.match(m_normalized[i]);
        if (match.hasMatch()) {
            m_year = match.captured(1).toInt();
            break;
        }
    }
    // Else the period's end, as the figures are stated (“截止2020年12月31日”, “截至2023年12月31日”): the
    // report is about the year that ends there. Any other date (a meeting, last year's comparison) is
    // not taken.
    static const QRegularExpression periodEnd(QStringLiteral("截[止至](\\d{4})年12月31日"));
    for (int i = 0; m_year == 0 && i < std::min(size(), 40); ++i) {
        const QRegularExpressionMatch match = periodEnd.match(m_normalized[i]);
        if (match.hasMatch())
            m_year = match.captured(1).toInt();
    }
    note(ImportNote::Kind::MissingDetail, QString(), Text::tr("The title (“…年政府信息公开工作年度报告”) was not found"), -1);
}

// Without a title the agency may be in the opening sentence (“本报告由××局根据《条例》…编制”:
// the office that compiled it belongs to the agency), else in the file name.
void Reader::agencyFromElsewhere()
{
    if (!m_agency.name.isEmpty())
        return;
    static const QRegularExpression compiledBy(QStringLiteral("本(?:年度)?报告由(.{2,30}?)(?:办公室|办公厅)?(?:根据|依据|按照|编制)"));
    const QRegularExpressionMatch match = compiledBy.match(m_report->narrative(QStringLiteral("intro")).left(200).remove(QLatin1Char('\n')));
    if (match.hasMatch()) {
        m_agency.name = match.captured(1);
        return;
    }
    static const QRegularExpression title(QStringLiteral("^(.{2,40}?)(\\d{4})年度?(?:政府)?信息公开"));
    const QRegularExpressionMatch name = title.match(normalizeLabel(m_fileName));
    if (name.hasMatch()) {
        m_agency.name = name.captured(1);
        if (m_year == 0)
            m_report->setYear(name.captured(2).toInt());
    }
}

// The format version whose own labels the text has most of: labels that only one version has
// (“本年新制作数量” or “现行有效件数”) decide; without any, the year does (R10).
bool Reader::chooseFormat()
{
    QSet<QString> present;
    for (int i = 0; i < size(); ++i) {
        for (int extra = 0; extra < 3; ++extra) {
            const QString text = joined(i, extra);
            if (!text.isEmpty())
                present.insert(text);
        }
    }
    QHash<QString, QSet<QString>> labelsOf;
    for (const QString &id : m_registry.ids()) {
        const auto format = m_registry.format(id);
        for (const TableDef *table : format->tables()) {
            labelsOf[id].insert(normalizeLabel(table->caption.zh));
            for (const HeaderNode *root : {&table->rows, &table->columns}) {
                std::function<void(const HeaderNode &)> add = [&](const HeaderNode &node) {
                    labelsOf[id].insert(normalizeLabel(node.label.zh));
                    for (const HeaderNode &child : node.children)
                        add(child);
                };
                add(*root);
            }
        }
    }
    QString best;
    int bestScore = 0;
    bool tie = false;
    QStringList bestExamples;
    for (const QString &id : m_registry.ids()) {
        QStringList found;
        for (const QString &label : labelsOf.value(id)) {
            bool own = !label.isEmpty();
            for (auto other = labelsOf.begin(); own && other != labelsOf.end(); ++other)
                own = other.key() == id || !other.value().contains(label);
            if (own && present.contains(label))
                found << label;
        }
        if (found.size() > bestScore) {
            best = id;
            bestScore = int(found.size());
            bestExamples = found;
            tie = false;
        } else if (found.size() == bestScore && bestScore > 0) {
            tie = true;
        }
    }
    if (bestScore > 0 && !tie) {
        m_format = m_registry.format(best);
        std::sort(bestExamples.begin(), bestExamples.end());
        m_result.formatReason = Text::tr("%1: %n label(s) only this version has, such as “%2”", nullptr, bestScore)
                                    .arg(m_format->name().zh, bestExamples.first());
        return true;
    }
    if (m_year > 0) {
        m_format = m_registry.formatForYear(m_year);
        m_result.formatReason = Text::tr("%1: no table label tells the version, so the year %2 decides").arg(m_format->name().zh).arg(m_year);
        return true;
    }
    m_result.error = Text::tr("This does not look like an annual report: neither its title nor any table label of the national format was found.");
    return false;
}

} // namespace nb::published
