#pragma once

#include "pagedwords.h"

#include <QByteArray>
#include <QImage>

namespace nb {

// The words of a PDF with their boxes (Poppler). A PDF without a text layer (a scan) gives no words
// and says so in error.
PagedWords pdfWords(const QByteArray &pdf, QString *error);
// A PDF read by geometry: its words through sourceFromWords().
PublishedSource sourceFromPdf(const QByteArray &pdf);
// One page drawn at the given resolution, for showing the clerk where a figure was read; null when
// the page cannot be drawn.
QImage renderPdfPage(const QByteArray &pdf, int page, double dpi);

} // namespace nb
