#include "reportsheet.h"

#include "formatregistry.h"
#include "inputlimits.h"
#include "labelmatch.h"
#include "tablelayout.h"
#include "valueparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace nb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportSheet)
};

const QString AgencyLabel = QStringLiteral("机关");
const QString YearLabel = QStringLiteral("年度");
const QString FormatLabel = QStringLiteral("格式");

QString tableTitle(const FormatDefinition &format, const TableDef &table)
{
    return table.caption.zh.isEmpty() ? format.section(table.sectionId)->heading.zh : table.caption.zh;
}

// The grid of one table's headers as text, without the unit notes: what a sheet's header rows must read.
QVector<QStringList> headerTexts(const TableLayout &layout)
{
    QVector<QStringList> rows(layout.firstValueRow(), QStringList());
    for (QStringList &row : rows) {
        for (int c = 0; c < layout.columnCount(); ++c)
            row << QString();
    }
    for (const TableLayout::HeaderCell &header : layout.headerCells()) {
        if (header.row < layout.firstValueRow())
            rows[header.row][header.column] = normalizeLabel(header.text.zh);
    }
    return rows;
}

// The label a value row is found by: the innermost label printed on that row.
QString rowLabel(const TableLayout &layout, int row)
{
    for (int column = layout.firstValueColumn() - 1; column >= 0; --column) {
        if (const TableLayout::HeaderCell *header = layout.headerAt(row, column))
            return header->text.zh;
    }
    return {};
}

QString field(const QStringList &row, int column)
{
    return column < row.size() ? row.at(column).trimmed() : QString();
}

// The last non-empty field among the first n: the innermost label of a sheet row.
QString lastLabel(const QStringList &row, int n)
{
    for (int column = std::min(n, int(row.size())) - 1; column >= 0; --column) {
        if (!row.at(column).trimmed().isEmpty())
            return row.at(column).trimmed();
    }
    return {};
}

QString where(int line, int column)
{
    return Text::tr("line %1, column %2").arg(line + 1).arg(column + 1);
}

} // namespace

QVector<SheetRow> reportSheet(const Report &report)
{
    const FormatDefinition &format = report.format();
    QVector<SheetRow> sheet;
    sheet.append({{AgencyLabel}, {report.agency().name}});
    sheet.append({{YearLabel}, {QString::number(report.year())}});
    sheet.append({{FormatLabel}, {format.id()}});
    for (const TableDef *table : format.tables()) {
        sheet.append(SheetRow());
        SheetCell title{tableTitle(format, *table)};
        title.header = true;
        sheet.append({title});
        const TableLayout layout(*table);
        const int top = int(sheet.size());
        for (int row = 0; row < layout.rowCount(); ++row)
            sheet.append(SheetRow(layout.columnCount()));
        for (const TableLayout::HeaderCell &header : layout.headerCells()) {
            sheet[top + header.row][header.column] = {header.text.zh + amountUnitNote(report, layout, header), -1, header.rows,
                                                       header.columns, true};
        }
        for (int row = layout.firstValueRow(); row < layout.rowCount(); ++row) {
            for (int column = layout.firstValueColumn(); column < layout.columnCount(); ++column) {
                const int cell = layout.cellAt(row, column);
                sheet[top + row][column] = {report.displayText(cell), cell};
            }
        }
    }
    return sheet;
}

SheetImport readReportSheet(const QVector<QStringList> &rows)
{
    SheetImport result;
    QHash<QString, QString> meta;
    for (const QStringList &row : rows) {
        const QString key = field(row, 0);
        if ((key == AgencyLabel || key == YearLabel || key == FormatLabel) && !meta.contains(key))
            meta.insert(key, field(row, 1));
    }
    const QString agency = meta.value(AgencyLabel);
    bool yearOk = false;
    const int year = meta.value(YearLabel).toInt(&yearOk);
    if (agency.isEmpty() || !yearOk) {
        result.error = Text::tr("the sheet does not say whose report it is: the lines “机关” and “年度” at its top are missing or empty");
        return result;
    }
    if (!limits::isPlausibleYear(year)) {
        result.error = Text::tr("“年度”: %1").arg(limits::implausibleYear(year));
        return result;
    }
    if (const QString problem = limits::oneLineProblem(agency); !problem.isEmpty()) {
        result.error = Text::tr("“机关”: the agency name %1").arg(problem);
        return result;
    }
    const FormatRegistry &registry = FormatRegistry::builtin();
    std::shared_ptr<const FormatDefinition> format = registry.format(meta.value(FormatLabel));
    if (!format)
        format = registry.formatForYear(year);
    if (!format) {
        result.error = Text::tr("no format of this version covers the year %1").arg(year);
        return result;
    }
    Report report(format);
    report.setAgency({agency, {}, {}, {}, {}, {}, {}, {}});
    report.setYear(year);

    QHash<QString, int> titleLines;
    for (int line = 0; line < rows.size(); ++line) {
        const QString first = normalizeLabel(field(rows.at(line), 0));
        if (!first.isEmpty() && !titleLines.contains(first))
            titleLines.insert(first, line);
    }
    static const QRegularExpression unitNote(QStringLiteral("（([^（）]+)）$"));
    for (const TableDef *table : format->tables()) {
        const QString title = tableTitle(*format, *table);
        const auto titleAt = titleLines.constFind(normalizeLabel(title));
        if (titleAt == titleLines.cend()) {
            result.notes << Text::tr("the table “%1” is not in the sheet: its cells stay blank").arg(title);
            continue;
        }
        const TableLayout layout(*table);
        const int top = *titleAt + 1;
        // The headers as laid out, the units an amount header names noted on the way.
        const QVector<QStringList> expected = headerTexts(layout);
        QHash<int, QString> unitOfColumn;
        bool headersMatch = top + layout.firstValueRow() <= rows.size();
        for (int r = 0; headersMatch && r < layout.firstValueRow(); ++r) {
            for (int c = 0; c < layout.columnCount(); ++c) {
                QString text = field(rows.at(top + r), c);
                const QRegularExpressionMatch unit = unitNote.match(text);
                if (unit.hasMatch() && normalizeLabel(text) != expected[r][c]) {
                    unitOfColumn.insert(c, unit.captured(1));
                    text.truncate(unit.capturedStart());
                }
                if (normalizeLabel(text) != expected[r][c]) {
                    result.notes << Text::tr("%1: the header reads “%2” where the format has “%3”; the table “%4” was not read")
                                        .arg(where(top + r, c), text, expected[r][c], title);
                    headersMatch = false;
                    break;
                }
            }
        }
        if (!headersMatch)
            continue;
        // The table's rows end at the next blank line.
        int end = top + layout.firstValueRow();
        while (end < rows.size() && !lastLabel(rows.at(end), int(rows.at(end).size())).isEmpty())
            ++end;
        QHash<QString, int> lineOfRow;
        for (int line = top + layout.firstValueRow(); line < end; ++line) {
            const QString label = normalizeLabel(lastLabel(rows.at(line), layout.firstValueColumn()));
            if (lineOfRow.contains(label))
                result.notes << Text::tr("%1: the row “%2” appears a second time; only its first line was read").arg(where(line, 0), label);
            else
                lineOfRow.insert(label, line);
        }
        QVector<std::pair<int, CellValue>> declaredTotals;
        for (int row = layout.firstValueRow(); row < layout.rowCount(); ++row) {
            const QString label = rowLabel(layout, row);
            const auto lineAt = lineOfRow.constFind(normalizeLabel(label));
            if (lineAt == lineOfRow.cend()) {
                result.notes << Text::tr("the row “%1” of “%2” is not in the sheet: its cells stay blank").arg(label, title);
                continue;
            }
            for (int column = layout.firstValueColumn(); column < layout.columnCount(); ++column) {
                const int cell = layout.cellAt(row, column);
                const QString text = field(rows.at(*lineAt), column);
                if (text.isEmpty())
                    continue;
                const CellDef &def = format->cell(cell);
                const QString unit = unitOfColumn.value(column);
                if (!unit.isEmpty() && def.units.contains(unit))
                    report.setUnit(cell, unit);
                const ParsedValue parsed = parseCellText(text, def, report.unit(cell));
                if (!parsed.ok) {
                    result.notes << Text::tr("%1 (%2): “%3” was not read: %4")
                                        .arg(where(*lineAt, column), format->cellLabel(cell, Language::Chinese), text, parsed.error);
                    continue;
                }
                if (def.isComputed()) {
                    declaredTotals.append({cell, parsed.value});
                } else {
                    report.setValue(cell, parsed.value);
                    ++result.cellsRead;
                }
            }
        }
        // A total that agrees with its parts stays computed; one that does not is kept as written, so
        // the rules show the difference instead of the sheet's figure disappearing.
        for (const auto &[cell, value] : declaredTotals) {
            if (value.numberOrZero() != report.number(cell) || value.isNotApplicable()) {
                report.setValue(cell, value);
                ++result.cellsRead;
            }
        }
    }
    result.report = std::move(report);
    return result;
}

} // namespace nb
