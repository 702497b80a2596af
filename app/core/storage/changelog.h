#pragma once

#include "cellvalue.h"

#include <QString>
#include <QVariant>

namespace nb {

// What a change-log row records. Stored by name (the names never change: old files keep them).
enum class ChangeKind { Cell, Narrative, Heading, Unit, Details, Report, Unknown };

QString changeKindName(ChangeKind kind);
// Unknown for a name this version does not know (a newer version's row): shown, never acted on.
ChangeKind changeKindFromName(const QString &name);

// The change log's form of a cell value, written by the store and read back by whoever replays or
// shows the log; the one place that knows it: null for blank, "/" for not applicable, the stored integer
// (amounts in ten-thousandths of their unit) otherwise.
QVariant changeLogValue(const CellValue &value);
CellValue cellValueFromChangeLog(const QString &text);

} // namespace nb
