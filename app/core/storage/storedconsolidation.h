#pragma once

#include "consolidation.h"

#include <QVector>

#include <optional>

namespace nb {

class ReportStore;

// 汇总 of reports in a database: each loaded, checked afresh against its own rules and last year's
// report (so that the flags are true now, not as of the last edit), then summed.
std::optional<Consolidation> consolidateStored(const ReportStore &store, const QVector<int> &reportIds, const QString &title,
                                               QString *error);

} // namespace nb
