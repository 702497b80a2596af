#include "publishedreader_p.h"

#include "labelmatch.h"
#include "valueparser.h"

namespace nb::published {

// A table's rows: the labels found in its zone, each row's figures read from the lines after its
// label up to the next label; the units its headers state apply to their columns.
void Reader::readTable(const TableDef &table, int from, int to)
{
    const QVector<Hit> hits = findLabels(table, from, to);

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
        const int segmentEnd = h + 1 < hits.size() ? hits[h + 1].start : to;
        if (hit.kind == Hit::Kind::Row && !hit.node->isLeaf() && readUndividedGroup(table, hits, h, segmentEnd, headerUnits, &seen)) {
            tableFound = true;
            continue;
        }
        if (hit.kind != Hit::Kind::Row || !hit.node->isLeaf())
            continue;
        tableFound = true;
        if (seen.contains(hit.node)) {
            note(ImportNote::Kind::Duplicate, table.id,
                 Text::tr("The row “%1” appears a second time; the first was used").arg(hit.node->label.zh), hit.start);
            continue;
        }
        seen.insert(hit.node);
        // Labels printed one after the other, without figures between them: a block of figures after
        // the last of them is theirs, not its.
        m_afterBareLabel = false;
        if (h > 0 && hits[h - 1].kind == Hit::Kind::Row) {
            m_afterBareLabel = true;
            for (int k = hits[h - 1].end + 1; k < hit.start && m_afterBareLabel; ++k)
                m_afterBareLabel = m_lines[k].separator || m_lines[k].text.isEmpty() || !isValueText(m_lines[k].text);
        }
        readRow(table, hit.node, hit.end + 1, segmentEnd, headerUnits);
        m_afterBareLabel = false;
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
        for (const HeaderNode *row : table.leafRows)
            markUnread(table, row);
        return;
    }
    for (const HeaderNode *row : table.leafRows) {
        if (!seen.contains(row)) {
            note(ImportNote::Kind::NotFound, table.id,
                 Text::tr("%1: the row “%2” was not found; its cells are left empty").arg(tableName(table), row->label.zh), -1);
            markUnread(table, row);
        }
    }
}

// The cells of a row the reader could not read: the format's rules about them are not checked on what
// was read (findingsOfRead), since an empty cell there is the reader's gap, not the report's error.
void Reader::markUnread(const TableDef &table, const HeaderNode *row)
{
    const int rowIndex = int(table.leafRows.indexOf(row));
    for (int column = 0; rowIndex >= 0 && column < table.leafColumns.size(); ++column)
        m_result.unreadCells.insert(table.cellIndex(rowIndex, column));
}

// A row whose figures cannot be placed: said why, its figures taken (they belong to no other row), its
// cells left empty and unread.
void Reader::leaveRowEmpty(const TableDef &table, const HeaderNode *row, const QVector<int> &figures, const QString &message, int line)
{
    note(ImportNote::Kind::Ambiguous, table.id, message, line);
    for (int figure : figures)
        m_consumed[figure] = true;
    markUnread(table, row);
}

// A group printed as one row with its own figures and none of its parts: the 2021 format's （六）其他处理
// as the 2019 format had it, undivided. Its figures are the sum of its parts, so they are placed under
// the part for everything else (“3.其他”) and the other parts are left empty and listed: the totals stay
// right and the clerk is told to divide the row. Any other group with figures of its own is not read so.
bool Reader::readUndividedGroup(const TableDef &table, const QVector<Hit> &hits, int h, int segmentEnd,
                                const QHash<const HeaderNode *, QString> &headerUnits, QSet<const HeaderNode *> *seen)
{
    const HeaderNode *group = hits[h].node;
    const HeaderNode *rest = group->children.empty() ? nullptr : &group->children.back();
    if (!rest || !rest->isLeaf() || !normalizeLabel(rest->label.zh).endsWith(QStringLiteral("其他")))
        return false;
    for (const Hit &other : hits) {
        for (const HeaderNode *node = other.node; other.kind == Hit::Kind::Row && node; node = node->parent) {
            if (node->parent == group)
                return false; // the parts are printed: the group's own figures are not its row
        }
    }
    int first = hits[h].end + 1;
    while (first < segmentEnd && (m_lines[first].separator || m_consumed[first]))
        ++first;
    if (first >= segmentEnd || m_lines[first].text.isEmpty() || !isValueText(m_lines[first].text))
        return false;
    for (const HeaderNode &part : group->children)
        seen->insert(&part);
    readRow(table, rest, hits[h].end + 1, segmentEnd, headerUnits);
    QStringList parts;
    for (const HeaderNode &part : group->children) {
        if (&part != rest)
            parts << part.label.zh;
    }
    note(ImportNote::Kind::NotFound, table.id,
         Text::tr("%1: “%2” is printed as one row, not divided into its parts; its figures were put under “%3”, and “%4” are left empty — divide the row if the report's figures allow")
             .arg(tableName(table), group->label.zh, rest->label.zh, parts.join(QStringLiteral("”、“"))),
         hits[h].start);
    return true;
}

// The figures of one row: the lines after its label up to the next label. Blank cells are lines of
// spaces; a line of text ends the row (the rest is an added row or stray text).
void Reader::readRow(const TableDef &table, const HeaderNode *row, int from, int to,
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
        if (m_runTogether.contains(from - 1)) {
            note(ImportNote::Kind::Ambiguous, table.id,
                 Text::tr("%1: the figures are run together (“%2”) and can be cut into %3 cells in more than one way, or in none that adds up; the row is left empty")
                     .arg(rowName, m_runTogether.value(from - 1))
                     .arg(columns),
                 from - 1);
            markUnread(table, row);
            return;
        }
        note(ImportNote::Kind::NotFound, table.id, Text::tr("%1: no figures follow the label; the row is left empty").arg(rowName),
             from - 1);
        markUnread(table, row);
        return;
    }
    // Two rows' worth of figures or more after the last of labels printed one after the other: the
    // labels were printed first and the figures after them in a block (the text order some PDFs give).
    // Which row each belongs to cannot be told from the text, so none is placed.
    if (m_afterBareLabel && columns > 0 && nonBlank.size() >= 2 * columns) {
        leaveRowEmpty(table, row, figures,
                      Text::tr("%1: %2 figures follow the label, for %3 columns: the labels and the figures were printed apart (labels first, figures after them), so which row each belongs to cannot be told; not placed. Read the PDF itself, or its text from “pdftotext -layout”")
                          .arg(rowName)
                          .arg(nonBlank.size())
                          .arg(columns),
                      nonBlank.first());
        return;
    }
    bool leftOver = false;
    if (figures.size() >= columns) {
        placed = figures.mid(0, columns);
        for (int k = columns; k < figures.size(); ++k) {
            if (m_lines[figures[k]].text.isEmpty())
                continue;
            leftOver = true;
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
        markUnread(table, row);
    } else {
        QStringList values;
        for (int line : std::as_const(nonBlank))
            values << m_lines[line].text;
        leaveRowEmpty(table, row, figures,
                      Text::tr("%1: %2 figure(s) (%3) for %4 columns; which column each belongs to cannot be told, so the row is left empty")
                          .arg(rowName)
                          .arg(nonBlank.size())
                          .arg(values.join(QStringLiteral("、")))
                          .arg(columns),
                      nonBlank.first());
        return;
    }
    for (int line : std::as_const(figures))
        m_consumed[line] = true;
    for (int column = 0; column < placed.size(); ++column)
        fillCell(table.cellIndex(rowIndex, column), placed[column], headerUnits.value(table.leafColumns[column]));
    // A figure left over means the row's figures may sit in the wrong columns (a blank cell read where
    // the report has none): its cells are kept for the clerk to check, but no rule is checked on them —
    // a finding there would be about the reader's misplacement, not the report (桃江 2020's false R8).
    if (leftOver)
        markUnread(table, row);
}

void Reader::fillCell(int cellIndex, int line, const QString &headerUnit)
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
        m_result.unreadCells.insert(cellIndex);
        return;
    }
    if (!unit.isEmpty())
        m_report->setUnit(cellIndex, unit);
    m_report->setValue(cellIndex, parsed.value);
    m_result.cells << ImportedCell{cellIndex, text, m_lines[line].number, m_lines[line].page, m_lines[line].box};
}

// Rows the national format does not have (provinces add some): a line of text followed by
// figures. They are listed, never added into the official rows.
void Reader::keepAsideExtraRows(const TableDef &table, int from, int to)
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

} // namespace nb::published
