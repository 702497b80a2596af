#include "reportreview.h"

#include "formatdefinition.h"
#include "reportdigest.h"
#include "reportdocument.h"
#include "reportstore.h"
#include "sqlutil.h"
#include "validator.h"

#include <QCoreApplication>

namespace nb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportReview)
};

} // namespace

ReportReview::ReportReview(ReportStore &store, int reportId, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_reportId(reportId)
{
    reload();
}

bool ReportReview::reload(QString *error)
{
    const std::optional<ReviewStatus> status = m_store.reviewStatus(m_reportId, error);
    if (!status)
        return false;
    m_status = *status;
    m_check = {};
    if (m_status.state == ReportState::Signed) {
        m_check = checkSignOff(m_reportId, m_status.revision, m_status.signOff, m_store.loadReport(m_reportId, nullptr), m_store.trustList());
    }
    m_acknowledgements = m_store.acknowledgements(m_reportId, m_status.revision, error);
    m_comments = m_store.comments(m_reportId, error);
    emit changed();
    return true;
}

QString ReportReview::lockReason() const
{
    if (ReviewFlow::isEditable(m_status.state))
        return QString();
    if (m_status.state == ReportState::Signed && m_check.verdict == SignOffCheck::Verdict::Untrusted)
        return Text::tr("the report is marked signed, but the signer is not trusted (%1); a supervisor can reopen it")
            .arg(m_check.problem);
    if (m_status.state == ReportState::Signed && !m_check.holds())
        return Text::tr("signature invalid: %1; a supervisor can reopen it").arg(m_check.problem);
    if (m_status.state == ReportState::Signed)
        return Text::tr("the report is signed off by %1 (key %2) and locked; a supervisor can reopen it")
            .arg(m_check.signer, m_check.fingerprint);
    return Text::tr("the report is under review; it can be changed when the supervisor returns it");
}

PublishOptions ReportReview::publishOptions(const Report &report) const
{
    PublishOptions options = PublishOptions::of(report);
    if (m_status.signOff && m_check.holds()) {
        options.draft = false;
        options.signedBy = m_status.signOff->who;
        options.signedAt = m_status.signOff->at;
        options.signerFingerprint = m_check.fingerprint;
        options.signedRevision = m_status.signOff->revision;
    }
    return options;
}

QString ReportReview::findingKey(const Finding &finding, const FormatDefinition &format)
{
    QStringList keys;
    for (int cell : finding.cells)
        keys << format.cell(cell).key;
    return finding.ruleId + QLatin1Char(':') + keys.join(QLatin1Char(','));
}

QVector<Finding> ReportReview::unacknowledged(const QVector<Finding> &findings, const FormatDefinition &format) const
{
    QVector<Finding> open;
    for (const Finding &finding : findings) {
        if (finding.severity != Severity::Warning)
            continue;
        const QString key = findingKey(finding, format);
        const bool seen = std::any_of(m_acknowledgements.begin(), m_acknowledgements.end(), [&](const Acknowledgement &a) {
            return a.finding == key && a.message == finding.message.zh;
        });
        if (!seen)
            open << finding;
    }
    return open;
}

bool ReportReview::acknowledge(const Finding &warning, const FormatDefinition &format, const User &user, const QString &note,
                               QString *error)
{
    if (note.trimmed().size() < 2) {
        *error = Text::tr("say in a few words why the warning stands (a note)");
        return false;
    }
    if (!m_store.acknowledge(m_reportId, m_status.revision, findingKey(warning, format), warning.message.zh, user.name,
                             note.trimmed(), error))
        return false;
    return reload(error);
}

ReportReview::Outcome ReportReview::perform(ReviewAction action, const User &user, const QString &reason,
                                            const QString &password, const ReportDocument &document,
                                            const QDate &reportDate)
{
    Outcome outcome;
    if (!reload(&outcome.reason))
        return outcome;
    const ReviewFlow::Check check = ReviewFlow::check(action, m_status.state, user.role);
    if (!check.step) {
        outcome.reason = check.refusal;
        return outcome;
    }
    const ReviewStep &step = *check.step;
    if (step.needsReason && reason.trimmed().isEmpty()) {
        outcome.reason = Text::tr("say why the report is to %1").arg(actionName(action));
        return outcome;
    }
    if (step.needsPassword && !m_store.checkPassword(user.name, password)) {
        outcome.reason = Text::tr("the password of %1 is not right").arg(user.name);
        return outcome;
    }
    QByteArray digest;
    if (step.to == ReportState::Signed && openFlags() > 0) {
        outcome.reason = Text::tr("%n cell(s) flagged to verify not yet answered", nullptr, openFlags());
        return outcome;
    }
    if (step.needsClean) {
        const QVector<Finding> findings = findingsAt(document, step.to == ReportState::Signed, QDate::currentDate());
        const auto errors = std::count_if(findings.begin(), findings.end(),
                                          [](const Finding &f) { return f.severity == Severity::Error; });
        if (errors > 0) {
            outcome.reason = Text::tr("the report has %n error(s); they must be fixed first", nullptr, int(errors));
            return outcome;
        }
        const auto open = unacknowledged(findings, document.format()).size();
        if (open > 0) {
            outcome.reason = Text::tr("%n warning(s) not yet acknowledged: each needs a short note", nullptr, int(open));
            return outcome;
        }
    }
    std::optional<ReportStore::Seal> seal;
    if (step.to == ReportState::Signed) {
        // What is signed is what the file holds, not what a window shows.
        std::optional<Report> stored = m_store.loadReport(m_reportId, &outcome.reason);
        if (!stored)
            return outcome;
        if (reportDate.isValid() && reportDate != stored->date()) {
            if (!m_store.saveSignOffDate(m_reportId, reportDate, user.name, &outcome.reason))
                return outcome;
            stored->setDate(reportDate);
        }
        digest = reportDigest(*stored);
        const std::optional<KeyPair> key = m_store.signingKey(user.name, password, &outcome.reason);
        if (!key)
            return outcome;
        seal = ReportStore::Seal{now(), m_status.revision, key->publicKey, {}};
        seal->signature = Signing::sign(Signing::message(digest, m_reportId, seal->revision, user.name, key->publicKey, seal->at),
                                        key->secretKey);
        // The supervisor signs on this computer: their key is trusted here (and on the server, where only
        // their role may add it).
        if (!TrustList::trustLocally(key->publicKey, user.name, &outcome.reason)
            || !m_store.trustOnServer(key->publicKey, user.name, user.name, &outcome.reason))
            return outcome;
    }
    if (!m_store.recordTransition(m_reportId, step, user.name, reason.trimmed(), digest, &outcome.reason, seal))
        return outcome;
    outcome.done = reload(&outcome.reason);
    return outcome;
}

QVector<Comment> ReportReview::openCommentsOn(const QString &target) const
{
    QVector<Comment> open;
    for (const Comment &comment : m_comments) {
        if (comment.target == target && !comment.isResolved())
            open << comment;
    }
    return open;
}

QVector<Finding> ReportReview::findingsAt(const ReportDocument &document, bool signingOff, const QDate &today)
{
    Validator validator(document.report(), document.validator().previousYear());
    validator.setSubmission(true);
    if (signingOff)
        validator.setSignOffDate(today);
    validator.validateAll();
    return validator.findings();
}

int ReportReview::openFlags() const
{
    return int(std::count_if(m_comments.begin(), m_comments.end(), [](const Comment &c) { return c.verify && !c.isResolved(); }));
}

ReportReview::Outcome ReportReview::addComment(const QString &target, const User &user, const QString &text, bool verify)
{
    Outcome outcome;
    if (user.role != Role::Supervisor) {
        outcome.reason = Text::tr("only a supervisor comments on a report");
        return outcome;
    }
    if (text.trimmed().isEmpty()) {
        outcome.reason = Text::tr("the comment is empty");
        return outcome;
    }
    outcome.done = m_store.addComment(m_reportId, target, user.name, text.trimmed(), verify, &outcome.reason).has_value()
                   && reload(&outcome.reason);
    return outcome;
}

ReportReview::Outcome ReportReview::resolveComment(qint64 id, const User &user, const QString &answer)
{
    Outcome outcome;
    const auto comment = std::find_if(m_comments.begin(), m_comments.end(), [id](const Comment &c) { return c.id == id; });
    if (comment != m_comments.end() && comment->verify && answer.trimmed().isEmpty()) {
        outcome.reason = Text::tr("a cell flagged to verify is answered with what was checked");
        return outcome;
    }
    outcome.done = m_store.resolveComment(id, user.name, answer.trimmed(), &outcome.reason) && reload(&outcome.reason);
    return outcome;
}

} // namespace nb
