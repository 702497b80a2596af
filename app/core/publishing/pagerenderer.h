#pragma once

class QPagedPaintDevice;
class QTextDocument;

namespace nb {

struct PublishOptions;

// Paints a published document onto a paged device (a PDF writer or a printer), page by page, with
// the page number at the foot and, for a report not signed off, 草稿 across every page. The document
// is laid out for the device's page: A4 portrait with the margins of a government document.
bool renderPages(QTextDocument &document, QPagedPaintDevice &device, const PublishOptions &options);

} // namespace nb
