#include "publishedreader_p.h"

#include "introcontacts.h"
#include "labelmatch.h"

#include <QRegularExpression>

namespace nb::published {

QString Reader::textOf(int from, int to) const
{
    QStringList paragraphs;
    for (int i = std::max(0, from); i < std::min(to, size()); ++i) {
        if (!isEmpty(i) && !m_consumed[i])
            paragraphs << m_lines[i].text;
    }
    return paragraphs.join(QLatin1Char('\n'));
}

void Reader::setNarrative(const QString &part, int from, int to)
{
    if (from < 0 || to <= from)
        return;
    const QString text = textOf(from, to);
    if (text.isEmpty())
        return;
    m_report->setNarrative(part, text);
    m_result.narratives << part;
    for (int i = from; i < to; ++i)
        m_consumed[i] = true;
}

// The narratives between the headings, the signature (agency and date) after 六, and the contact
// details of the introduction.
void Reader::readNarratives()
{
    static const QRegularExpression date(QStringLiteral("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日"));
    const int h1 = heading(QStringLiteral("s1"));
    const int h5 = heading(QStringLiteral("s5"));
    const int h6 = heading(QStringLiteral("s6"));
    const int lastHeading = std::max({h5, h6, m_tablesEnd - 1, m_titleEnd});
    int signature = -1;
    int dateLine = -1;
    const QString agency = normalizeLabel(m_agency.name);
    for (int i = lastHeading + 1; i < size() && dateLine < 0; ++i) {
        if (isEmpty(i))
            continue;
        if (signature < 0 && !agency.isEmpty() && m_normalized[i] == agency)
            signature = i;
        else if (m_normalized[i].size() <= 24 && date.match(m_normalized[i]).hasMatch())
            dateLine = i;
    }
    if (dateLine >= 0) {
        const QRegularExpressionMatch match = date.match(m_normalized[dateLine]);
        const QDate parsed(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
        if (parsed.isValid())
            m_report->setDate(parsed);
        m_consumed[dateLine] = true;
        if (signature < 0)
            signature = dateLine;
    }
    if (signature >= 0)
        m_consumed[signature] = true;
    m_signatureEnd = std::max(signature, dateLine);

    const int end = signature >= 0 ? signature : size();
    const int tablesStart = m_tablesStart < size() ? m_tablesStart : end;
    setNarrative(QStringLiteral("intro"), m_titleEnd + 1, h1 >= 0 ? h1 : tablesStart);
    if (h1 >= 0)
        setNarrative(QStringLiteral("s1"), h1 + 1, tablesStart);
    if (h5 >= 0)
        setNarrative(QStringLiteral("s5"), h5 + 1, h6 > h5 ? h6 : end);
    if (h6 >= 0)
        setNarrative(QStringLiteral("s6"), h6 + 1, end);
    readContactsFromIntro(m_report->narrative(QStringLiteral("intro")), &m_agency);
    agencyFromElsewhere();
    if (m_agency.name.isEmpty())
        note(ImportNote::Kind::MissingDetail, QString(), Text::tr("The agency was not found (neither in a title, the opening sentence nor the file name)"), -1);
    if (!m_report->date().isValid())
        note(ImportNote::Kind::MissingDetail, QString(), Text::tr("The date of the report (“××××年×月×日” after the last section) was not found"), -1);
    m_report->setAgency(m_agency);
}

// Whatever text is left: boxes between the tables, text after the signature. Listed by run, so
// the clerk can copy it where it belongs.
void Reader::noteStrayText()
{
    int i = m_titleEnd + 1;
    while (i < size()) {
        if (isEmpty(i) || m_consumed[i]) {
            ++i;
            continue;
        }
        const int start = i;
        QStringList run;
        while (i < size() && !m_lines[i].separator && !m_consumed[i]) {
            if (!m_lines[i].text.isEmpty())
                run << m_lines[i].text;
            ++i;
        }
        if (run.isEmpty())
            continue;
        const bool figure = run.size() == 1 && isValueText(run.first());
        ImportNote n;
        n.kind = figure ? ImportNote::Kind::Ambiguous : ImportNote::Kind::StrayText;
        n.message = figure ? Text::tr("The figure “%1” belongs to no row that was found; not placed").arg(run.first())
                   : start > m_signatureEnd && m_signatureEnd >= 0
                       ? Text::tr("Text after the signature, not placed in any section")
                       : Text::tr("Text outside the sections' narratives, not placed");
        n.context = figure ? context(start) : run.join(QString());
        n.line = m_lines[start].number;
        n.page = m_lines[start].page;
        n.box = m_lines[start].box;
        m_result.notes << n;
    }
}

} // namespace nb::published
