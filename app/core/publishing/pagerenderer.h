#pragma once

#include "pagecomposer.h"

class QPagedPaintDevice;
class QTextDocument;

namespace nb {

class Report;
struct PublishOptions;

// Sets the device's page — A4 portrait with the margins of a government document — and lays the
// published report's blocks out on it.
ComposedPages layOutPages(const QVector<PublishedBlock> &blocks, QPagedPaintDevice &device);

// Paints the published report onto a paged device (a PDF writer or a printer), page by page, with the
// page number at the foot and, for a report not signed off, 草稿 across every page.
bool renderPages(const Report &report, QPagedPaintDevice &device, const PublishOptions &options);

// Sets the paragraphs' first-line indents, given in points by the builder (two characters), in the
// pixels of a layout at this resolution: a block's indent is in layout units, which are 96-dpi pixels
// for Qt's ODF writer.
void setParagraphIndents(QTextDocument &document, qreal dotsPerInch);

} // namespace nb
