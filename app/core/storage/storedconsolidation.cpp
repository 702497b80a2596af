#include "storedconsolidation.h"

#include "reportstore.h"
#include "reviewflow.h"
#include "validator.h"

#include <QCoreApplication>
#include <QHash>

#include <thread>

namespace nb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Consolidation)
};

// Each member checked against its own rules and last year's report. The checks are independent: the
// members are shared out between two threads (the validators read, never write, the reports).
void validateMembers(QVector<ConsolidationMember> &members, const QHash<int, int> &previousOf, const QHash<int, Report> &previous)
{
    const auto validateRange = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            ConsolidationMember &member = members[i];
            const auto last = previous.constFind(previousOf.value(member.reportId));
            Validator validator(member.report, last != previous.cend() ? &*last : nullptr);
            validator.countAll(); // only the counts are kept
            member.errors = validator.errorCount();
            member.warnings = validator.warningCount();
        }
    };
    const qsizetype half = members.size() / 2;
    if (members.size() < 200) { // a thread costs more than a city's few checks
        validateRange(0, members.size());
        return;
    }
    std::thread other(validateRange, half, members.size());
    validateRange(0, half);
    other.join();
}

} // namespace

std::optional<Consolidation> consolidateStored(const ReportStore &store, const QVector<int> &reportIds, const QString &title,
                                               QString *error, bool includeUnsigned)
{
    // Only the chosen reports are read (a province's database has a hundred thousand): who they are,
    // then the signed ones' sign-offs verified against the reports as loaded once, then last year's.
    const QVector<ReportSummary> found = store.reportSummaries(reportIds, error);
    if (found.isEmpty() && !reportIds.isEmpty() && !error->isEmpty())
        return std::nullopt;
    QHash<int, ReportSummary> summaries;
    for (const ReportSummary &summary : found)
        summaries.insert(summary.id, summary);
    QVector<int> toLoad;
    QVector<int> claimedSigned;
    for (int id : reportIds) {
        const auto it = summaries.constFind(id);
        if (it == summaries.cend()) {
            *error = QCoreApplication::translate("ReportStore", "there is no report number %1 in this database").arg(id);
            return std::nullopt;
        }
        const bool claims = it->state == stateId(ReportState::Signed);
        if (claims)
            claimedSigned << id;
        if (claims || includeUnsigned)
            toLoad << id;
    }
    std::optional<QHash<int, Report>> reports = store.loadReports(toLoad, error);
    if (!reports)
        return std::nullopt;
    const std::optional<QHash<int, SignOffCheck>> checks = store.signOffChecks(claimedSigned, &*reports, error);
    if (!checks)
        return std::nullopt;

    QVector<ConsolidationMember> members;
    QVector<LeftOutReport> leftOut;
    members.reserve(toLoad.size());
    for (int id : reportIds) {
        const ReportSummary &summary = summaries[id];
        const auto check = checks->constFind(id);
        const QString state = check != checks->cend() ? check->stateIdFor(summary.state) : summary.state;
        const bool holds = check != checks->cend() && check->holds();
        if (!holds && !includeUnsigned) {
            leftOut.append({id, summary.agency, state, check != checks->cend() ? check->problem : Text::tr("not signed off")});
            continue;
        }
        const auto it = reports->find(id);
        if (it == reports->end()) {
            *error = QCoreApplication::translate("ReportStore", "there is no report number %1 in this database").arg(id);
            return std::nullopt;
        }
        members.append({id, std::move(*it), state, 0, 0});
    }
    if (members.isEmpty() && !leftOut.isEmpty()) {
        *error = Text::tr("none of the %n report(s) chosen is signed off with a valid signature by a trusted supervisor; "
                          "include the reports not signed off to sum them anyway",
                          nullptr, int(leftOut.size()));
        return std::nullopt;
    }
    QVector<int> memberIds;
    memberIds.reserve(members.size());
    for (const ConsolidationMember &member : std::as_const(members))
        memberIds << member.reportId;
    const QHash<int, int> previousOf = store.previousYearReports(memberIds, error);
    const std::optional<QHash<int, Report>> previous = store.loadReports(previousOf.values(), error);
    if (!previous)
        return std::nullopt;
    validateMembers(members, previousOf, *previous);
    std::optional<Consolidation> summed = Consolidation::of(std::move(members), title, error);
    if (summed)
        summed->setLeftOut(std::move(leftOut));
    return summed;
}

} // namespace nb
