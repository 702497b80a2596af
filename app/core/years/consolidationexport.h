#pragma once

#include <QString>

namespace nb {

class Consolidation;

// Writes a consolidation to a file of the kind its name asks for: .xlsx or .csv — the summed tables and
// one line per member (tableexchange); .pdf, .html or .odt — the summed report as published.
bool exportConsolidationFile(const Consolidation &consolidation, const QString &path, QString *error);

} // namespace nb
