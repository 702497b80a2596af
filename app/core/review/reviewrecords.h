#pragma once

#include "reviewflow.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace nb {

// A person known to a report file. Supervisors have a password (stored only as a PBKDF2 hash).
struct User
{
    QString name;
    Role role = Role::Clerk;
};

// One move through review. digest: on a sign-off, what was signed (reportDigest()); publicKey and
// signature: the supervisor's Ed25519 signature of it (signature.h), empty in files signed before them.
struct Transition
{
    qint64 id = 0;
    int revision = 0;
    QDateTime at;
    QString who;
    ReportState from = ReportState::Draft;
    ReportState to = ReportState::Draft;
    QString reason;
    QByteArray digest;
    QByteArray publicKey;
    QByteArray signature;
    QString atText; // the time exactly as stored: what the signature covers
};

// Where a report stands: its state, its revision (reopening starts the next) and, when signed, the
// sign-off that put it there.
struct ReviewStatus
{
    ReportState state = ReportState::Draft;
    int revision = 1;
    std::optional<Transition> signOff;
};

// A warning accepted by name. finding identifies the warning (rule and cells); message is the warning
// as it was read, numbers included.
struct Acknowledgement
{
    QString finding;
    QString message;
    QString who;
    QDateTime at;
    QString note; // the clerk's 说明: why the warning stands (schema 7; empty for older acknowledgements)
};

// A supervisor's remark on a cell (target = cell key) or a section (target = section id).
struct Comment
{
    qint64 id = 0;
    QString target;
    QString author;
    QDateTime at;
    QString text;
    QString resolvedBy;
    QDateTime resolvedAt;
    bool verify = false; // a 待核实 flag: sign-off waits until it is answered
    QString answer;      // the clerk's answer to a flag


    bool isResolved() const { return !resolvedBy.isEmpty(); }
};

} // namespace nb
