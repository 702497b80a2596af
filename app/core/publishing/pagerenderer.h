#pragma once

#include <QtGlobal>

class QPagedPaintDevice;
class QTextDocument;

namespace nb {

struct PublishOptions;

// Paints a published document onto a paged device (a PDF writer or a printer), page by page, with
// the page number at the foot and, for a report not signed off, 草稿 across every page. The document
// is laid out for the device's page: A4 portrait with the margins of a government document.
bool renderPages(QTextDocument &document, QPagedPaintDevice &device, const PublishOptions &options);

// Sets the paragraphs' first-line indents, given in points by the builder (two characters), in the
// pixels of a layout at this resolution: a block's indent is in layout units, which are the device's
// pixels for a page, and 96-dpi pixels for Qt's ODF writer.
void setParagraphIndents(QTextDocument &document, qreal dotsPerInch);

} // namespace nb
