#include "publishedreader_p.h"

#include "labelmatch.h"

namespace nb::published {

namespace {

const QString sectionNumerals = QStringLiteral("一二三四五六");

} // namespace

// The labels of the format's top-level rows, normalized: a line that is one of them (“三、本年度办理结果”)
// is a row, not a section heading.
QSet<QString> Reader::topRowLabels() const
{
    QSet<QString> labels;
    for (const TableDef *table : m_format->tables()) {
        for (const HeaderNode &row : table->rows.children)
            labels.insert(normalizeLabel(row.label.zh));
    }
    return labels;
}

// Section headings, in order. A table section's official heading is searched for first; any
// heading may be the agency's own wording, so a short line starting “三、” after the previous
// heading counts too.
void Reader::findHeadings()
{
    const QSet<QString> rowLabels = topRowLabels();
    int from = m_titleEnd + 1;
    for (size_t s = 0; s < m_format->sections().size() && s < 6; ++s) {
        const SectionDef &section = m_format->sections()[s];
        const QString official = normalizeLabel(section.heading.zh);
        const QString numeral = QString(sectionNumerals.at(int(s))) + QLatin1Char('.');
        int found = -1;
        for (int i = from; i < size() && found < 0; ++i) {
            if (!isEmpty(i) && editDistance(m_normalized[i], official, 2) <= 2)
                found = i;
        }
        for (int i = from; i < size() && found < 0; ++i) {
            if (!isEmpty(i) && m_normalized[i].startsWith(numeral) && m_normalized[i].size() <= 40 && !rowLabels.contains(m_normalized[i]))
                found = i;
        }
        m_heading[s] = found;
        if (found >= 0) {
            from = found + 1;
            m_consumed[found] = true;
            if (normalizeLabel(m_lines[found].text) != official)
                m_report->setHeading(section.id, m_lines[found].text);
        }
    }
}

int Reader::heading(const QString &sectionId) const
{
    for (size_t s = 0; s < m_format->sections().size() && s < 6; ++s) {
        if (m_format->sections()[s].id == sectionId)
            return m_heading[s];
    }
    return -1;
}

// The first line after `from` that is one of the table's labels.
int Reader::firstLabelOf(const QVector<const TableDef *> &tables, int from, int to) const
{
    for (int i = std::max(0, from); i < to; ++i) {
        if (isEmpty(i))
            continue;
        for (const TableDef *table : tables) {
            if (normalizeLabel(table->caption.zh) == m_normalized[i])
                return i;
            for (const HeaderNode *row : table->leafRows) {
                if (!row->label.zh.isEmpty() && normalizeLabel(row->label.zh) == m_normalized[i])
                    return i;
            }
            for (const HeaderNode *column : table->leafColumns) {
                if (normalizeLabel(column->label.zh) == m_normalized[i] && m_normalized[i].size() >= 4)
                    return i;
            }
        }
    }
    return -1;
}

QVector<const TableDef *> Reader::tablesOf(const SectionDef &section) const
{
    QVector<const TableDef *> tables;
    for (const QString &id : section.tableIds)
        tables << m_format->table(id);
    return tables;
}

// Each table section spans from its heading (or its first label) to the next section's start.
void Reader::readTables()
{
    QVector<const SectionDef *> tableSections;
    for (const SectionDef &section : m_format->sections()) {
        if (section.kind == SectionDef::Kind::Tables)
            tableSections << &section;
    }
    QVector<int> starts;
    int from = m_titleEnd + 1;
    for (const SectionDef *section : std::as_const(tableSections)) {
        int start = heading(section->id);
        if (start < 0)
            start = firstLabelOf(tablesOf(*section), from, size());
        starts << start;
        if (start >= 0)
            from = start + 1;
    }
    // The zone of the last table section ends where the next narrative heading is, else at the end.
    int afterTables = size();
    for (size_t s = 0; s < m_format->sections().size() && s < 6; ++s) {
        if (m_heading[s] >= 0 && m_format->sections()[s].kind == SectionDef::Kind::Narrative && m_heading[s] > from) {
            afterTables = m_heading[s];
            break;
        }
    }
    m_tablesStart = size();
    m_tablesEnd = 0;
    for (int t = 0; t < tableSections.size(); ++t) {
        if (starts[t] < 0) {
            for (const TableDef *table : tablesOf(*tableSections[t])) {
                note(ImportNote::Kind::NotFound, table->id, Text::tr("Table %1 was not found: its cells are left empty").arg(tableName(*table)), -1);
                for (const HeaderNode *row : table->leafRows)
                    markUnread(*table, row);
            }
            continue;
        }
        int end = afterTables;
        for (int next = t + 1; next < tableSections.size(); ++next) {
            if (starts[next] > starts[t]) {
                end = starts[next];
                break;
            }
        }
        m_tablesStart = std::min(m_tablesStart, starts[t]);
        m_tablesEnd = std::max(m_tablesEnd, end);
        readSection(*tableSections[t], starts[t], end);
    }
}

QString Reader::tableName(const TableDef &table) const
{
    const SectionDef *section = m_format->section(table.sectionId);
    const QString heading = section ? section->heading.zh.section(QStringLiteral("、"), 0, 0) + QStringLiteral("、") : QString();
    return table.caption.zh.isEmpty() ? (section ? section->heading.zh : table.id) : heading + table.caption.zh;
}

// A section's tables: each from its caption to the next caption, or the whole section.
void Reader::readSection(const SectionDef &section, int start, int end)
{
    const QVector<const TableDef *> tables = tablesOf(section);
    QVector<int> captions;
    for (const TableDef *table : tables) {
        int at = -1;
        const QString caption = normalizeLabel(table->caption.zh);
        for (int i = start; i < end && at < 0 && !caption.isEmpty(); ++i) {
            if (m_normalized[i] == caption)
                at = i;
        }
        captions << at;
    }
    for (int t = 0; t < tables.size(); ++t) {
        int from = start;
        int to = end;
        if (captions[t] >= 0) {
            from = captions[t];
            m_consumed[from] = true;
            for (int other : std::as_const(captions)) {
                if (other > from && other < to)
                    to = other;
            }
        }
        readTable(*tables[t], from, to);
    }
}

} // namespace nb::published
