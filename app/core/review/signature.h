#pragma once

#include "reviewrecords.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace nb {

class Report;

// A supervisor's sign-off as an Ed25519 signature (libsodium). The key pair is made when the supervisor
// joins (or on their first sign-off); the private key is kept only sealed under a key derived from their
// password (Argon2id), so whoever has the file but not the password cannot sign.
struct KeyPair
{
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 64 bytes
};

namespace Signing {

KeyPair generate();
// "argon2id$<opslimit>$<memlimit>$<salt>$<nonce>$<sealed key>", base64 fields.
QString seal(const QByteArray &secretKey, const QString &password);
// The private key, or nothing with the reason: a wrong password, a damaged record, or derivation parameters
// outside the range this program writes (a forged cheap set would make guessing passwords fast).
std::optional<QByteArray> unseal(const QString &sealed, const QString &password, QString *error);

// What is signed: the report's digest and which report, revision, signer, key and time it is.
QByteArray message(const QByteArray &digest, int reportId, int revision, const QString &signer,
                   const QByteArray &publicKey, const QString &at);
QByteArray sign(const QByteArray &message, const QByteArray &secretKey);
bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey);

} // namespace Signing

// A public key's fingerprint as people compare it: the first 128 bits of its SHA-256, in 8 groups of 4
// hex digits ("3f2a 9c01 …"). compact: without the spaces, as the trust list stores it.
QString keyFingerprint(const QByteArray &publicKey, bool compact = false);

// The supervisors' keys this computer trusts, kept outside any report file: one line per key,
// "<fingerprint> <name>" (spaces in the fingerprint allowed only in groups of 4; '#' starts a comment).
// The local list lives in the user's config folder; a consolidating office's list can be added (--trust);
// on a server, the table trusted_keys (which a clerk's role cannot write) adds to it.
class TrustList
{
public:
    static QString localPath();
    // The local list, plus the files given with addFile() in this process (the command line's --trust).
    static TrustList standard();
    static void addFile(const QString &path);

    bool load(const QString &path, QString *error);
    void add(const QString &fingerprint, const QString &name) { m_names.insert(fingerprint, name); }
    // The name the key is trusted as, or nothing.
    std::optional<QString> nameOf(const QByteArray &publicKey) const;
    bool isEmpty() const { return m_names.isEmpty(); }
    // Adds a key to the local list (once).
    static bool trustLocally(const QByteArray &publicKey, const QString &name, QString *error);

private:
    QHash<QString, QString> m_names; // compact fingerprint → name
};

// The verdict on a report's sign-off, as every window and command shows it.
struct SignOffCheck
{
    enum class Verdict {
        NotSigned, // the report does not claim to be signed
        Valid,     // signed, the signature holds, the key is trusted
        Untrusted, // the signature holds, but the key is in no trust list
        Invalid,   // claimed signed: no sign-off, no signature, a signature that does not hold, or a changed report
    };
    Verdict verdict = Verdict::NotSigned;
    QString signer;
    QDateTime at;
    QString fingerprint; // of the key in the sign-off, empty when there is none
    QString trustedAs;   // the name in the trust list
    QString problem;     // Invalid / Untrusted: why, for the user

    bool holds() const { return verdict == Verdict::Valid; }
    // "signed", "signature-invalid", "signature-untrusted", or the state id as it was.
    QString stateIdFor(const QString &storedState) const;
};

// Checks the sign-off of a report that claims to be signed (state signed). revision and report: as stored
// now (a sign-off of an earlier revision does not sign a report reopened since).
SignOffCheck checkSignOff(int reportId, int revision, const std::optional<Transition> &signOff,
                          const std::optional<Report> &report, const TrustList &trust);
// The same with the report by pointer (null: there is none) and, when already known, whether the
// signature holds over what the sign-off says it signs (signOffSignatureHolds).
SignOffCheck checkSignOff(int reportId, int revision, const Transition *signOff, const Report *report, const TrustList &trust,
                          std::optional<bool> signatureHolds = std::nullopt);
// Whether the sign-off's signature holds over its own record (digest, report, revision, signer, key,
// time) — no report needed. The costly part of a check (Ed25519, ~60 µs): a 汇总 runs thousands of them
// on other threads while it reads the reports.
bool signOffSignatureHolds(int reportId, const Transition &signOff);

} // namespace nb
