#pragma once

#include "publishedreader.h"
#include "report.h"

#include <QStringList>

// What a published file read back got wrong, cell by cell, against the report it was made from: the
// value of every input cell, the number of every cell, the unit of every amount. A blank prints as the
// report prints its zeros ("0" when zeros are printed) and so reads back as that 0; with blankZeros a
// 0 printed blank reads as blank, and a total of 0 is then computed from its parts.
inline QStringList readBackMismatches(const nb::Report &got, const nb::Report &want, bool blankZeros)
{
    using namespace nb;
    QStringList out;
    const FormatDefinition &format = want.format();
    if (got.format().id() != format.id())
        return {QStringLiteral("format %1, expected %2").arg(got.format().id(), format.id())};
    for (int i = 0; i < format.cellCount(); ++i) {
        const CellDef &cell = format.cell(i);
        if (blankZeros && cell.isComputed() && want.number(i) == 0)
            continue;
        const bool byValue = !cell.isComputed() && !(blankZeros && want.number(i) == 0);
        const CellValue printed = !blankZeros && want.value(i).isBlank() ? CellValue::number(0) : want.value(i);
        if ((byValue && got.value(i) != printed) || got.number(i) != want.number(i)
            || (cell.kind == ValueKind::Amount && !want.value(i).isBlank() && got.unit(i) != want.unit(i)))
            out << QStringLiteral("%1: %2 %3, expected %4 %5").arg(cell.key, got.displayText(i), got.unit(i), want.displayText(i), want.unit(i));
    }
    return out;
}

// Every note of an import, one a line: what a failing check prints.
inline QString importNotesText(const nb::PublishedImport &read)
{
    QStringList lines;
    for (const nb::ImportNote &note : read.notes)
        lines << QStringLiteral("%1 %2 %3 | %4").arg(nb::importNoteKindName(note.kind), note.where, note.message, note.context);
    return lines.join(QLatin1Char('\n'));
}
