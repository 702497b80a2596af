#pragma once

#include "publishedsource.h"

namespace nb {

// What a .docx holds is read once unpacked no further than this: a report is a few hundred kilobytes of
// XML, and a zip bomb (a small file that unpacks to gigabytes) must end in a message, not in swap.
constexpr qint64 DocxUnpackedLimit = 64 * 1024 * 1024;

// A Word document's body (word/document.xml) as the reader's lines: a paragraph a line (a line break in
// it starts another), a table cell by cell in reading order — a cell merged across columns (gridSpan)
// or down rows (vMerge) once, at its first row and column, as a web page's table reads — with a blank
// cell as a line of a space; tables inside a layout table's cells are walked into. Deleted text, the
// fallback copy of a text box, headers and footers (where a draft mark stands) are not read.
PublishedSource sourceFromDocx(const QByteArray &bytes, const QString &fileName);

} // namespace nb
