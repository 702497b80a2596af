#pragma once

#include "finding.h"
#include "publisheddocument.h"
#include "reviewrecords.h"
#include "signature.h"

#include <QObject>
#include <QVector>

namespace nb {

class FormatDefinition;
class Report;
class ReportDocument;
class ReportStore;

// The review of one stored report: its state, sign-off, acknowledged warnings and comments, and every
// move through the flow (reviewflow.h), checked here — role, state, reason, password, errors, warnings
// — and recorded by the store. The store locks the figures of a report that is not editable; this
// class decides nothing about widgets.
class ReportReview : public QObject
{
    Q_OBJECT

public:
    ReportReview(ReportStore &store, int reportId, QObject *parent = nullptr);

    bool reload(QString *error = nullptr);
    const ReviewStatus &status() const { return m_status; }
    // Marked signed, but the sign-off does not hold: no signature, a broken one, a report changed since
    // (edited by hand in the database), or a key no trust list here knows.
    bool isTampered() const { return m_status.state == ReportState::Signed && !m_check.holds(); }
    // The verdict on the sign-off (NotSigned unless the report is marked signed).
    const SignOffCheck &signOffCheck() const { return m_check; }
    // Why the report cannot be edited now, empty when it can.
    QString lockReason() const;
    // Draft mark, or the signatory when the sign-off holds; a tampered report is never published as signed.
    PublishOptions publishOptions(const Report &report) const;

    // The warnings of the report not yet acknowledged in this revision (errors are never acknowledged:
    // they are fixed).
    QVector<Finding> unacknowledged(const QVector<Finding> &findings, const FormatDefinition &format) const;
    const QVector<Acknowledgement> &acknowledgements() const { return m_acknowledgements; }
    // A warning that stays is accepted with a short 说明 (note, at least two characters): the supervisor
    // reads why beside the cell, and the history keeps it.
    bool acknowledge(const Finding &warning, const FormatDefinition &format, const User &user, const QString &note, QString *error);
    // The findings a submission or sign-off is judged by: the document's, plus the checks made only then
    // (blank cells, empty sections) and, at sign-off, the timeliness of today's sign-off.
    static QVector<Finding> findingsAt(const ReportDocument &document, bool signingOff, const QDate &today);

    struct Outcome
    {
        bool done = false;
        QString reason; // why not, for the user
    };
    // Moves the report one step. The document supplies the findings; what is signed is what is stored.
    // A sign-off may give the date under the report (its 落款): stored before the report is signed.
    Outcome perform(ReviewAction action, const User &user, const QString &reason, const QString &password,
                    const ReportDocument &document, const QDate &reportDate = QDate());

    const QVector<Comment> &comments() const { return m_comments; }
    QVector<Comment> openCommentsOn(const QString &target) const;
    // Supervisors comment; anyone resolves (the clerk answers by fixing, the supervisor confirms).
    // verify: a 待核实 flag, which blocks sign-off until the clerk answers it.
    Outcome addComment(const QString &target, const User &user, const QString &text, bool verify = false);
    // Answering a 待核实 flag needs an answer; a plain comment may be resolved without one.
    Outcome resolveComment(qint64 id, const User &user, const QString &answer = QString());
    int openFlags() const;

    // The identity of a warning across edits: its rule and its cells, by key.
    static QString findingKey(const Finding &finding, const FormatDefinition &format);

signals:
    void changed();

private:
    ReportStore &m_store;
    int m_reportId;
    ReviewStatus m_status;
    SignOffCheck m_check;
    QVector<Acknowledgement> m_acknowledgements;
    QVector<Comment> m_comments;
};

} // namespace nb
