#pragma once

#include "consolidation.h"

#include <QVector>

#include <optional>

namespace nb {

class ReportStore;

// 汇总 of reports in a database: each loaded, checked afresh against its own rules and last year's
// report (so that the flags are true now, not as of the last edit), then summed. Only the reports
// signed off with a signature that holds and a trusted key are summed unless includeUnsigned; the
// others are listed in the result's leftOut() with the reason. None left to sum: nullopt, and why.
std::optional<Consolidation> consolidateStored(const ReportStore &store, const QVector<int> &reportIds, const QString &title,
                                               QString *error, bool includeUnsigned = false);

} // namespace nb
