#include "storedconsolidation.h"

#include "reportstore.h"
#include "validator.h"

#include <QCoreApplication>
#include <QHash>

namespace nb {

std::optional<Consolidation> consolidateStored(const ReportStore &store, const QVector<int> &reportIds, const QString &title,
                                               QString *error)
{
    // Every report and last year's of each, in two batches: a few queries, not a few per report.
    QHash<int, ReportSummary> summaries;
    QHash<std::pair<QString, int>, int> byAgencyYear;
    // A member counts as signed off only when its signature holds and its key is trusted.
    QVector<ReportSummary> listed = store.reports(error);
    if (!store.checkSignOffs(listed, error))
        return std::nullopt;
    for (const ReportSummary &summary : listed) {
        summaries.insert(summary.id, summary);
        byAgencyYear.insert({summary.agency, summary.year}, summary.id);
    }
    QVector<int> previousIds;
    for (int id : reportIds) {
        const ReportSummary summary = summaries.value(id);
        if (const int previous = byAgencyYear.value({summary.agency, summary.year - 1}))
            previousIds << previous;
    }
    std::optional<QHash<int, Report>> reports = store.loadReports(reportIds, error);
    const std::optional<QHash<int, Report>> previous = reports ? store.loadReports(previousIds, error) : std::nullopt;
    if (!reports || !previous)
        return std::nullopt;
    QVector<ConsolidationMember> members;
    members.reserve(reportIds.size());
    for (int id : reportIds) {
        const auto it = reports->find(id);
        if (it == reports->end()) {
            *error = QCoreApplication::translate("ReportStore", "there is no report number %1 in this database").arg(id);
            return std::nullopt;
        }
        const ReportSummary &summary = summaries[id];
        const auto last = previous->constFind(byAgencyYear.value({summary.agency, summary.year - 1}));
        Validator validator(*it, last != previous->cend() ? &*last : nullptr);
        validator.validateAll();
        members.append({id, std::move(*it), summary.state, validator.errorCount(), validator.warningCount()});
    }
    return Consolidation::of(std::move(members), title, error);
}

} // namespace nb
