#pragma once

#include "publishedsource.h"

namespace nb {

// The lines of a web page, read in one pass over the markup (time and memory linear in its length,
// however deep it nests): paragraphs and other blocks as lines (<br> starts another, an empty <p> is a
// separator), a table's cells in reading order with a cell spanning rows or columns (rowspan, colspan)
// once, at its first row and column, blank cells as space lines, tables inside a layout table's cells
// walked into. Head, script and style are not read; character references are decoded.
QVector<SourceLine> linesOfHtml(const QString &html);

} // namespace nb
