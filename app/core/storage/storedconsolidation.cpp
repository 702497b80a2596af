#include "storedconsolidation.h"

#include "parallelrun.h"
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

} // namespace

std::optional<Consolidation> consolidateStored(const ReportStore &store, const QVector<int> &reportIds, const QString &title,
                                               QString *error, bool includeUnsigned)
{
    // Only the chosen reports are read (a province's database has a hundred thousand): who they are,
    // their sign-offs, the reports, last year's; then each one's sign-off verified against it as read
    // now and, if it is summed, its rules checked against it and last year's report.
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

    // The signatures first: Ed25519 (~60 µs each) needs only the sign-off records, so the other cores
    // verify them while this thread reads the reports.
    const std::optional<ReportStore::SignOffRecords> records = store.signOffRecords(claimedSigned, error);
    if (!records)
        return std::nullopt;
    std::vector<char> signatureHolds(size_t(claimedSigned.size()), 0);
    ParallelRun verifying(claimedSigned.size(), [&](qsizetype i) {
        const int id = claimedSigned.at(i);
        const auto signOff = records->signOffs.constFind(id);
        signatureHolds[size_t(i)] = signOff != records->signOffs.cend() && signOffSignatureHolds(id, *signOff);
    });

    // Last year's reports of all of them (the members are among them), for the cross-year rules —
    // whole: the rule that a table was copied from last year's reads nearly every cell of it. Read on a
    // connection of their own in another thread while this one reads this year's (SQLite and libpq
    // each keep a core busy); where that connection cannot be had, afterwards on this one.
    const QHash<int, int> previousOf = store.previousYearReports(toLoad, error);
    const QVector<int> previousIds = previousOf.values();
    std::optional<QHash<int, Report>> previous;
    QString previousError;
    std::thread lastYear([&] { previous = store.loadReportsOnOwnConnection(previousIds, &previousError); });
    std::optional<QHash<int, Report>> reports = store.loadReports(toLoad, error);
    lastYear.join();
    if (!reports)
        return std::nullopt;
    if (!previous)
        previous = store.loadReports(previousIds, error);
    if (!previous)
        return std::nullopt;
    verifying.join();

    // Each report: its sign-off checked (the digest of the report as read), and if it is to be summed
    // its rules (only the counts are kept) — independent of each other, on every core.
    QHash<int, qsizetype> signedIndex;
    for (qsizetype i = 0; i < claimedSigned.size(); ++i)
        signedIndex.insert(claimedSigned.at(i), i);
    QHash<int, qsizetype> loadIndex;
    for (qsizetype i = toLoad.size() - 1; i >= 0; --i)
        loadIndex.insert(toLoad.at(i), i);
    std::vector<std::optional<SignOffCheck>> checks(size_t(toLoad.size()));
    std::vector<std::pair<int, int>> counts(size_t(toLoad.size()));
    ParallelRun checking(toLoad.size(), [&](qsizetype i) {
        const int id = toLoad.at(i);
        if (loadIndex.value(id) != i)
            return; // the same report chosen twice: done once
        const auto report = reports->constFind(id);
        const Report *loaded = report != reports->cend() ? &*report : nullptr;
        if (const auto at = signedIndex.constFind(id); at != signedIndex.cend()) {
            const auto signOff = records->signOffs.constFind(id);
            checks[size_t(i)] = checkSignOff(id, records->revisions.value(id), signOff != records->signOffs.cend() ? &*signOff : nullptr,
                                             loaded, records->trust, signatureHolds[size_t(*at)] != 0);
        }
        if (!loaded || (!includeUnsigned && !(checks[size_t(i)] && checks[size_t(i)]->holds())))
            return;
        const auto last = previous->constFind(previousOf.value(id));
        Validator validator(*loaded, last != previous->cend() ? &*last : nullptr);
        validator.countAll(); // only the counts are kept
        counts[size_t(i)] = {validator.errorCount(), validator.warningCount()};
    });
    checking.join();

    QVector<ConsolidationMember> members;
    QVector<LeftOutReport> leftOut;
    members.reserve(toLoad.size());
    for (int id : reportIds) {
        const ReportSummary &summary = summaries[id];
        const qsizetype at = loadIndex.value(id, -1);
        const std::optional<SignOffCheck> *check = at >= 0 && checks[size_t(at)] ? &checks[size_t(at)] : nullptr;
        const QString state = check ? (*check)->stateIdFor(summary.state) : summary.state;
        const bool holds = check && (*check)->holds();
        if (!holds && !includeUnsigned) {
            leftOut.append({id, summary.agency, state, check ? (*check)->problem : Text::tr("not signed off")});
            continue;
        }
        const auto it = reports->find(id);
        if (it == reports->end()) {
            *error = QCoreApplication::translate("ReportStore", "there is no report number %1 in this database").arg(id);
            return std::nullopt;
        }
        members.append({id, std::move(*it), state, counts[size_t(at)].first, counts[size_t(at)].second});
    }
    if (members.isEmpty() && !leftOut.isEmpty()) {
        *error = Text::tr("none of the %n report(s) chosen is signed off with a valid signature by a trusted supervisor; "
                          "include the reports not signed off to sum them anyway",
                          nullptr, int(leftOut.size()));
        return std::nullopt;
    }
    std::optional<Consolidation> summed = Consolidation::of(std::move(members), title, error);
    if (summed)
        summed->setLeftOut(std::move(leftOut));
    return summed;
}

} // namespace nb
