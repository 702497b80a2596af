#pragma once

#include "cellvalue.h"

#include <QString>
#include <QStringView>

namespace nb {

struct CellDef;

struct ParsedValue
{
    bool ok = false;
    CellValue value;
    QString error; // why the text was refused, in the UI language; empty when ok
};

// The one place where typed or pasted text becomes a cell value, for every input path (forms, paste,
// CSV, imported report text). Accepts what Chinese input methods and published reports produce:
// full-width digits and signs (１２３, ＋１), thousands separators, surrounding spaces including the
// ideographic space U+3000, "+1"/"-1" in signed cells, "/" or "-" for not applicable where the cell
// allows it, and for amounts a trailing unit equal to the cell's ("251000元"). Anything else is
// refused with the reason; nothing half-read is ever returned.
ParsedValue parseCellText(QStringView text, const CellDef &cell, const QString &unit = QString());

// Full-width to ASCII, dashes to '-', spaces trimmed (U+3000 too), zero-width characters dropped.
QString foldNumberText(QStringView text);

} // namespace nb
