#pragma once

#include "publisheddocument.h"

#include <QString>

namespace nb {

class Report;

enum class ExportFormat { Pdf, Html, Odt, Docx };

// The format a file name asks for: .html/.htm, .odt, .docx, else PDF.
ExportFormat exportFormatOf(const QString &path);

// Writes the published report to a file, whole or not at all (QSaveFile): PDF (A4, fonts embedded,
// title and author set), one self-contained HTML file with real tables, ODT for LibreOffice/WPS, or a Word .docx.
bool exportReport(const Report &report, ExportFormat format, const QString &path, const PublishOptions &options,
                  QString *error);

} // namespace nb
