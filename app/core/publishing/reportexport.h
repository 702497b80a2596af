#pragma once

#include "publisheddocument.h"

#include <QString>

namespace nb {

class Report;

enum class ExportFormat { Pdf, Html, Odt };

// The format a file name asks for: .html/.htm, .odt, else PDF.
ExportFormat exportFormatOf(const QString &path);

// Writes the published report to a file, whole or not at all (QSaveFile): PDF (A4, fonts embedded,
// title and author set), one self-contained HTML file with real tables, or ODT for LibreOffice/WPS.
bool exportReport(const Report &report, ExportFormat format, const QString &path, const PublishOptions &options,
                  QString *error);

} // namespace nb
