#include "publishedreader_p.h"

#include "labelmatch.h"
#include "translations.h"
#include "validator.h"

namespace nb {

namespace published {

bool isValueText(const QString &text)
{
    return isFigureText(text);
}

Reader::Reader(const QVector<SourceLine> &lines, const QString &fileName, const FormatRegistry &registry)
    : m_lines(lines)
    , m_fileName(fileName)
    , m_registry(registry)
    , m_consumed(lines.size(), false)
{
    m_normalized.reserve(lines.size());
    for (const SourceLine &line : lines)
        m_normalized << normalizeLabel(line.text);
}

PublishedImport Reader::read()
{
    readTitle();
    if (!chooseFormat())
        return std::move(m_result);
    m_report.emplace(m_format);
    m_report->setYear(m_year);
    splitRowsOnOneLine();
    findHeadings();
    readTables();
    readNarratives();
    noteStrayText();
    m_result.report = std::move(m_report);
    return std::move(m_result);
}

// The text around a line, as the notes show it.
QString Reader::context(int line, int before, int after) const
{
    QStringList parts;
    for (int i = std::max(0, line - before); i <= std::min(size() - 1, line + after); ++i) {
        if (!isEmpty(i))
            parts << (i == line ? QStringLiteral("【%1】").arg(m_lines[i].text.left(40)) : m_lines[i].text.left(40));
    }
    return parts.join(QStringLiteral(" | "));
}

void Reader::note(ImportNote::Kind kind, const QString &where, const QString &message, int line)
{
    ImportNote n;
    n.kind = kind;
    n.where = where;
    n.message = message;
    if (line >= 0 && line < size()) {
        n.context = context(line);
        n.line = m_lines[line].number;
        n.page = m_lines[line].page;
        n.box = m_lines[line].box;
    }
    m_result.notes << n;
}

// The normalized text of lines i … i+extra joined (a label broken over lines), or empty when
// the run crosses an empty line.
QString Reader::joined(int i, int extra) const
{
    QString text;
    for (int k = i; k <= i + extra; ++k) {
        if (k >= size() || m_lines[k].separator || (k > i && m_lines[k].text.isEmpty()))
            return {};
        text += m_normalized[k];
    }
    return text;
}

} // namespace published

using published::Reader;
using published::Text;

QString importNoteKindName(ImportNote::Kind kind)
{
    switch (kind) {
    case ImportNote::Kind::NotFound:
        return Text::tr("not found");
    case ImportNote::Kind::Ambiguous:
        return Text::tr("not placed");
    case ImportNote::Kind::Unreadable:
        return Text::tr("unreadable");
    case ImportNote::Kind::Duplicate:
        return Text::tr("duplicate");
    case ImportNote::Kind::ExtraRow:
        return Text::tr("extra row");
    case ImportNote::Kind::StrayText:
        return Text::tr("stray text");
    case ImportNote::Kind::MissingDetail:
        return Text::tr("missing detail");
    case ImportNote::Kind::DamagedLabel:
        return Text::tr("damaged label");
    }
    return {};
}

QString narrativePartName(const FormatDefinition &format, const QString &part)
{
    const SectionDef *section = format.section(part);
    return section ? section->heading.in(currentLanguage()) : Text::tr("introduction");
}

QStringList PublishedImport::narrativeNames() const
{
    QStringList names;
    for (const QString &part : narratives)
        names << narrativePartName(report->format(), part);
    return names;
}

int PublishedImport::cellsLeftEmpty() const
{
    return int(std::count_if(notes.begin(), notes.end(), [](const ImportNote &note) { return note.leavesCellsEmpty(); }));
}

PublishedImport readPublishedReport(const PublishedSource &source, const FormatRegistry &registry)
{
    if (!source.error.isEmpty()) {
        PublishedImport result;
        result.error = source.error;
        return result;
    }
    PublishedImport result = Reader(source.lines, source.fileName, registry).read();
    result.pages = source.pages;
    result.pdf = source.pdf;
    return result;
}

PublishedImport importPublishedFile(const QString &path)
{
    return readPublishedReport(readPublishedSource(path));
}

QVector<Finding> findingsOfRead(const PublishedImport &read, int *unchecked)
{
    QVector<Finding> findings;
    int left = 0;
    if (read.report) {
        // The rule instances that read an unread cell (the finding's own cell list names only the
        // cells with figures, not the empty ones).
        QSet<int> concerned;
        for (int cell : read.unreadCells) {
            for (int instance : read.report->format().instancesReading(cell))
                concerned.insert(instance);
        }
        for (const Finding &finding : Validator::check(*read.report)) {
            // R10 compares the year with the format: with no year found, it would report year 0.
            const bool aboutUnread = concerned.contains(finding.instance)
                || std::any_of(finding.cells.begin(), finding.cells.end(), [&](int cell) { return read.unreadCells.contains(cell); })
                || (read.report->year() <= 0 && finding.ruleId == QLatin1String("R10"));
            if (aboutUnread)
                ++left;
            else
                findings << finding;
        }
    }
    if (unchecked)
        *unchecked = left;
    return findings;
}

} // namespace nb
