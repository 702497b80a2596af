#pragma once

#include "cellvalue.h"

#include <QString>

namespace nb {

struct CellDef;

// What may be stored in a cell of a given kind (rule R5). Shared by the typed-text parser, which
// refuses such values, and by the validator, which reports them in files read from elsewhere.
enum class DomainProblem { None, Negative, TooLarge, NotApplicable };

DomainProblem domainProblem(const CellValue &value, const CellDef &cell);
qint64 maximumFor(ValueKind kind);
// The key of the R5 message for a problem in the format data ("negative", "tooLarge", ...).
QString domainProblemKey(DomainProblem problem);

} // namespace nb
