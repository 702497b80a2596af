#include "storedconsolidation.h"

#include "reportstore.h"
#include "validator.h"

#include <QHash>

namespace nb {

std::optional<Consolidation> consolidateStored(const ReportStore &store, const QVector<int> &reportIds, const QString &title,
                                               QString *error)
{
    QHash<int, QString> states;
    for (const ReportSummary &summary : store.reports(error))
        states.insert(summary.id, summary.state);
    QVector<ConsolidationMember> members;
    members.reserve(reportIds.size());
    for (int id : reportIds) {
        std::optional<Report> report = store.loadReport(id, error);
        if (!report)
            return std::nullopt;
        std::optional<Report> previous;
        if (const auto previousId = store.findReport(report->agency().name, report->year() - 1))
            previous = store.loadReport(*previousId, error);
        Validator validator(*report, previous ? &*previous : nullptr);
        validator.validateAll();
        members.append({id, std::move(*report), states.value(id), validator.errorCount(), validator.warningCount()});
    }
    return Consolidation::of(std::move(members), title, error);
}

} // namespace nb
