#include "publishedreader.h"

#include "introcontacts.h"
#include "labelmatch.h"
#include "translations.h"
#include "valueparser.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace nb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PublishedReader)
};

const QString sectionNumerals = QStringLiteral("一二三四五六");

bool isValueText(const QString &text)
{
    return isFigureText(text);
}

// Where a label was found: lines [start, end] of the source.
struct Hit
{
    enum class Kind { Row, Header };
    Kind kind = Kind::Row;
    const HeaderNode *node = nullptr; // the row, or the column for a header
    int start = 0;
    int end = 0;
    QString unit; // a header's unit in brackets (“采购总金额（万元）”)
};

class Reader
{
public:
    Reader(const QVector<SourceLine> &lines, const QString &fileName, const FormatRegistry &registry)
        : m_lines(lines)
        , m_fileName(fileName)
        , m_registry(registry)
        , m_consumed(lines.size(), false)
    {
        m_normalized.reserve(lines.size());
        for (const SourceLine &line : lines)
            m_normalized << normalizeLabel(line.text);
    }

    PublishedImport read()
    {
        readTitle();
        if (!chooseFormat())
            return std::move(m_result);
        m_report.emplace(m_format);
        m_report->setYear(m_year);
        findHeadings();
        readTables();
        readNarratives();
        noteStrayText();
        m_result.report = std::move(m_report);
        return std::move(m_result);
    }

private:
    int size() const { return int(m_lines.size()); }
    bool isEmpty(int i) const { return m_lines[i].separator || m_lines[i].text.isEmpty(); }

    // The text around a line, as the notes show it.
    QString context(int line, int before = 2, int after = 2) const
    {
        QStringList parts;
        for (int i = std::max(0, line - before); i <= std::min(size() - 1, line + after); ++i) {
            if (!isEmpty(i))
                parts << (i == line ? QStringLiteral("【%1】").arg(m_lines[i].text.left(40)) : m_lines[i].text.left(40));
        }
        return parts.join(QStringLiteral(" | "));
    }

    void note(ImportNote::Kind kind, const QString &where, const QString &message, int line)
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
    QString joined(int i, int extra) const
    {
        QString text;
        for (int k = i; k <= i + extra; ++k) {
            if (k >= size() || m_lines[k].separator || (k > i && m_lines[k].text.isEmpty()))
                return {};
            text += m_normalized[k];
        }
        return text;
    }

    // The title: “<agency><year>年政府信息公开工作年度报告”, often broken over two lines. A web page
    // may have a breadcrumb just before it: of the ways to join lines, the shortest agency wins.
    void readTitle()
    {
        static const QRegularExpression title(QStringLiteral("^([^<>|]{2,40}?)(\\d{4})年度?(?:政府)?信息公开(?:工作)?年度?报告"));
        int seen = 0;
        for (int i = 0; i < size() && seen < 15; ++i) {
            if (isEmpty(i))
                continue;
            ++seen;
            for (int extra = 0; extra < 3; ++extra) {
                const QRegularExpressionMatch match = title.match(joined(i, extra));
                if (match.hasMatch() && (m_titleEnd < 0 || match.captured(1).size() < m_agency.name.size())) {
                    m_agency.name = match.captured(1);
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
        note(ImportNote::Kind::MissingDetail, QString(), Text::tr("The title (“…年政府信息公开工作年度报告”) was not found"), -1);
    }

    // Without a title the agency may be in the opening sentence (“本报告由××局根据《条例》…编制”:
    // the office that compiled it belongs to the agency), else in the file name.
    void agencyFromElsewhere()
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
    bool chooseFormat()
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

    // The labels of the format's top-level rows, normalized: a line that is one of them (“三、本年度办理结果”)
    // is a row, not a section heading.
    QSet<QString> topRowLabels() const
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
    void findHeadings()
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

    int heading(const QString &sectionId) const
    {
        for (size_t s = 0; s < m_format->sections().size() && s < 6; ++s) {
            if (m_format->sections()[s].id == sectionId)
                return m_heading[s];
        }
        return -1;
    }

    // The first line after `from` that is one of the table's labels.
    int firstLabelOf(const QVector<const TableDef *> &tables, int from, int to) const
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

    QVector<const TableDef *> tablesOf(const SectionDef &section) const
    {
        QVector<const TableDef *> tables;
        for (const QString &id : section.tableIds)
            tables << m_format->table(id);
        return tables;
    }

    // Each table section spans from its heading (or its first label) to the next section's start.
    void readTables()
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
                for (const TableDef *table : tablesOf(*tableSections[t]))
                    note(ImportNote::Kind::NotFound, table->id, Text::tr("Table %1 was not found: its cells are left empty").arg(tableName(*table)), -1);
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

    QString tableName(const TableDef &table) const
    {
        const SectionDef *section = m_format->section(table.sectionId);
        const QString heading = section ? section->heading.zh.section(QStringLiteral("、"), 0, 0) + QStringLiteral("、") : QString();
        return table.caption.zh.isEmpty() ? (section ? section->heading.zh : table.id) : heading + table.caption.zh;
    }

    // A section's tables: each from its caption to the next caption, or the whole section.
    void readSection(const SectionDef &section, int start, int end)
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

    void readTable(const TableDef &table, int from, int to)
    {
        // Every label of the table: rows (groups too, they end the row before them) and headers.
        QVector<const HeaderNode *> rowNodes;
        LabelMatcher rows;
        std::function<void(const HeaderNode &)> addRow = [&](const HeaderNode &node) {
            for (const HeaderNode &child : node.children) {
                rows.add(child.label.zh, int(rowNodes.size()));
                if (!child.shortLabel.isEmpty())
                    rows.add(child.shortLabel, int(rowNodes.size()));
                rowNodes << &child;
                addRow(child);
            }
        };
        addRow(table.rows);
        QVector<const HeaderNode *> columnNodes;
        LabelMatcher headers;
        std::function<void(const HeaderNode &)> addColumn = [&](const HeaderNode &node) {
            headers.add(node.label.zh, int(columnNodes.size()));
            columnNodes << &node;
            for (const HeaderNode &child : node.children)
                addColumn(child);
        };
        addColumn(table.columns);
        headers.add(table.corner.zh, int(columnNodes.size()));
        columnNodes << nullptr;
        static const QRegularExpression unitSuffix(QStringLiteral("\\((?:单位:)?(万元|元)\\)$"));

        QVector<Hit> hits;
        for (int i = from; i < to; ++i) {
            if (isEmpty(i) || m_consumed[i] || isValueText(m_lines[i].text))
                continue;
            Hit hit;
            bool found = false;
            for (int pass = 0; pass < 2 && !found; ++pass) {
                for (int extra = 0; extra < 3 && !found; ++extra) {
                    if (pass == 1 && extra > 1)
                        break;
                    QString text = joined(i, extra);
                    if (text.isEmpty())
                        break;
                    LabelMatcher::Match row = rows.match(text);
                    if (row.id >= 0 && (row.exact || pass == 1)) {
                        hit = {Hit::Kind::Row, rowNodes[row.id], i, i + extra, {}};
                        found = true;
                        break;
                    }
                    QString unit;
                    LabelMatcher::Match header = headers.match(text);
                    if (header.id < 0 || !(header.exact || pass == 1)) {
                        const QRegularExpressionMatch withUnit = unitSuffix.match(text);
                        if (withUnit.hasMatch()) {
                            unit = withUnit.captured(1);
                            header = headers.match(text.left(withUnit.capturedStart()));
                        }
                    }
                    if (header.id >= 0 && (header.exact || pass == 1)) {
                        hit = {Hit::Kind::Header, columnNodes[header.id], i, i + extra, unit};
                        found = true;
                    }
                }
            }
            if (!found)
                continue;
            for (int k = hit.start; k <= hit.end; ++k)
                m_consumed[k] = true;
            hits << hit;
            i = hit.end;
        }

        QHash<const HeaderNode *, QString> headerUnits;
        int lastHeaderEnd = from - 1;
        bool anyRow = false;
        for (const Hit &hit : std::as_const(hits)) {
            if (hit.kind == Hit::Kind::Header) {
                if (!anyRow)
                    lastHeaderEnd = hit.end;
                if (hit.node && !hit.unit.isEmpty())
                    headerUnits.insert(hit.node, hit.unit);
            } else {
                anyRow = true;
            }
        }

        QSet<const HeaderNode *> seen;
        bool tableFound = false;
        for (int h = 0; h < hits.size(); ++h) {
            const Hit &hit = hits[h];
            if (hit.kind != Hit::Kind::Row || !hit.node->isLeaf())
                continue;
            tableFound = true;
            const int segmentEnd = h + 1 < hits.size() ? hits[h + 1].start : to;
            if (seen.contains(hit.node)) {
                note(ImportNote::Kind::Duplicate, table.id,
                     Text::tr("The row “%1” appears a second time; the first was used").arg(hit.node->label.zh), hit.start);
                continue;
            }
            seen.insert(hit.node);
            readRow(table, hit.node, hit.end + 1, segmentEnd, headerUnits);
        }
        // A table whose only row has no label of its own (section 四): its figures follow the headers.
        if (table.leafRows.size() == 1 && table.leafRows.first()->label.zh.isEmpty() && lastHeaderEnd >= from) {
            tableFound = true;
            int end = to;
            for (const Hit &hit : std::as_const(hits)) {
                if (hit.start > lastHeaderEnd) {
                    end = hit.start;
                    break;
                }
            }
            // A header laid out over several lines (a PDF) leaves words the format does not have
            // (“结 果”, “维持”) between the last header found and the figures: they are passed over.
            int first = lastHeaderEnd + 1;
            while (first < end && (m_lines[first].separator || m_consumed[first] || !isValueText(m_lines[first].text)))
                ++first;
            seen.insert(table.leafRows.first());
            readRow(table, table.leafRows.first(), first < end ? first : lastHeaderEnd + 1, end, headerUnits);
        }
        if (!tableFound) {
            note(ImportNote::Kind::NotFound, table.id, Text::tr("Table %1 was not found: its cells are left empty").arg(tableName(table)), from);
            return;
        }
        for (const HeaderNode *row : table.leafRows) {
            if (!seen.contains(row))
                note(ImportNote::Kind::NotFound, table.id,
                     Text::tr("%1: the row “%2” was not found; its cells are left empty").arg(tableName(table), row->label.zh), -1);
        }
    }

    // The figures of one row: the lines after its label up to the next label. Blank cells are lines of
    // spaces; a line of text ends the row (the rest is an added row or stray text).
    void readRow(const TableDef &table, const HeaderNode *row, int from, int to,
                 const QHash<const HeaderNode *, QString> &headerUnits)
    {
        QVector<int> figures;
        int i = from;
        for (; i < to; ++i) {
            if (m_lines[i].separator || m_consumed[i])
                continue;
            if (!isValueText(m_lines[i].text))
                break;
            figures << i;
        }
        keepAsideExtraRows(table, i, to);

        const int columns = int(table.leafColumns.size());
        const int rowIndex = int(table.leafRows.indexOf(row));
        for (int k = 0; k < figures.size() && figures.size() > columns;) {
            if (m_lines[figures[k]].optional)
                figures.remove(k);
            else
                ++k;
        }
        QVector<int> nonBlank;
        for (int line : std::as_const(figures)) {
            if (!m_lines[line].text.isEmpty())
                nonBlank << line;
        }
        const QString rowName = row->label.zh.isEmpty() ? tableName(table) : QStringLiteral("%1 %2").arg(tableName(table), row->label.zh);
        QVector<int> placed;
        if (figures.isEmpty()) {
            note(ImportNote::Kind::NotFound, table.id, Text::tr("%1: no figures follow the label; the row is left empty").arg(rowName),
                 from - 1);
            return;
        }
        if (figures.size() >= columns) {
            placed = figures.mid(0, columns);
            for (int k = columns; k < figures.size(); ++k) {
                if (!m_lines[figures[k]].text.isEmpty())
                    note(ImportNote::Kind::Ambiguous, table.id,
                         Text::tr("%1: the figure “%2” comes after the last column and was not placed").arg(rowName, m_lines[figures[k]].text),
                         figures[k]);
            }
        } else if (nonBlank.size() == columns) {
            placed = nonBlank;
        } else if (nonBlank.isEmpty()) {
            // Fewer blank cells than columns: the row may be cut short; blank or not, it is unknown.
            note(ImportNote::Kind::Ambiguous, table.id,
                 Text::tr("%1: only %2 of %3 cells were found, all blank; the row is left empty").arg(rowName).arg(figures.size()).arg(columns),
                 figures.first());
        } else {
            QStringList values;
            for (int line : std::as_const(nonBlank))
                values << m_lines[line].text;
            note(ImportNote::Kind::Ambiguous, table.id,
                 Text::tr("%1: %2 figure(s) (%3) for %4 columns; which column each belongs to cannot be told, so the row is left empty")
                     .arg(rowName)
                     .arg(nonBlank.size())
                     .arg(values.join(QStringLiteral("、")))
                     .arg(columns),
                 nonBlank.first());
            for (int line : std::as_const(figures))
                m_consumed[line] = true;
            return;
        }
        for (int line : std::as_const(figures))
            m_consumed[line] = true;
        for (int column = 0; column < placed.size(); ++column)
            fillCell(table.cellIndex(rowIndex, column), placed[column], headerUnits.value(table.leafColumns[column]));
    }

    void fillCell(int cellIndex, int line, const QString &headerUnit)
    {
        const QString text = m_lines[line].text;
        if (text.isEmpty())
            return;
        const CellDef &cell = m_format->cell(cellIndex);
        QString unit;
        if (cell.kind == ValueKind::Amount) {
            const QString folded = foldNumberText(text);
            for (const QString &candidate : cell.units) {
                if (folded.endsWith(candidate) && candidate.size() > unit.size())
                    unit = candidate;
            }
            if (unit.isEmpty() && cell.units.contains(headerUnit))
                unit = headerUnit;
            if (unit.isEmpty() && !cell.units.isEmpty()) {
                unit = cell.units.first();
                if (cell.units.size() > 1 && folded.toDouble() != 0 && !folded.contains(QStringLiteral("元")))
                    note(ImportNote::Kind::Unreadable, cell.key,
                         Text::tr("%1: the report states no unit for %2; it was taken as %3, the format's first unit — check it")
                             .arg(m_format->cellLabel(cellIndex, Language::Chinese), text, unit),
                         line);
            }
        }
        const ParsedValue parsed = parseCellText(text, cell, unit);
        if (!parsed.ok) {
            note(ImportNote::Kind::Unreadable, cell.key,
                 Text::tr("%1: “%2” cannot be read (%3); the cell is left empty").arg(m_format->cellLabel(cellIndex, Language::Chinese), text, parsed.error),
                 line);
            return;
        }
        if (!unit.isEmpty())
            m_report->setUnit(cellIndex, unit);
        m_report->setValue(cellIndex, parsed.value);
        m_result.cells << ImportedCell{cellIndex, text, m_lines[line].number, m_lines[line].page, m_lines[line].box};
    }

    // Rows the national format does not have (provinces add some): a line of text followed by
    // figures. They are listed, never added into the official rows.
    void keepAsideExtraRows(const TableDef &table, int from, int to)
    {
        int i = from;
        while (i < to) {
            if (isEmpty(i) || m_consumed[i] || isValueText(m_lines[i].text)) {
                ++i;
                continue;
            }
            const int label = i;
            QStringList values;
            int next = i + 1;
            for (; next < to; ++next) {
                if (m_lines[next].separator || m_consumed[next])
                    continue;
                if (!isValueText(m_lines[next].text))
                    break;
                if (!m_lines[next].text.isEmpty())
                    values << m_lines[next].text;
            }
            if (!values.isEmpty()) {
                for (int k = label; k < next; ++k)
                    m_consumed[k] = true;
                note(ImportNote::Kind::ExtraRow, table.id,
                     Text::tr("%1: the row “%2” (%3) is not in the national format; kept aside, not added to any cell")
                         .arg(tableName(table), m_lines[label].text, values.join(QStringLiteral("、"))),
                     label);
            }
            i = next;
        }
    }

    QString textOf(int from, int to) const
    {
        QStringList paragraphs;
        for (int i = std::max(0, from); i < std::min(to, size()); ++i) {
            if (!isEmpty(i) && !m_consumed[i])
                paragraphs << m_lines[i].text;
        }
        return paragraphs.join(QLatin1Char('\n'));
    }

    void setNarrative(const QString &part, int from, int to)
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
    void readNarratives()
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
    void noteStrayText()
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

    const QVector<SourceLine> &m_lines;
    const QString m_fileName;
    const FormatRegistry &m_registry;
    QStringList m_normalized;
    QVector<bool> m_consumed;
    PublishedImport m_result;
    std::shared_ptr<const FormatDefinition> m_format;
    std::optional<Report> m_report;
    Agency m_agency;
    int m_year = 0;
    int m_titleEnd = -1;
    int m_heading[6] = {-1, -1, -1, -1, -1, -1};
    int m_tablesStart = 0;
    int m_tablesEnd = 0;
    int m_signatureEnd = -1;
};

} // namespace

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

} // namespace nb
