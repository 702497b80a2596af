// ReportStore: review — users, the state trail, acknowledged warnings, comments. Reading and writing
// the report itself is in reportstorerecords.cpp.
#include "reportstore.h"

#include "parallelrun.h"
#include "passwordhash.h"
#include "signature.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <thread>

namespace nb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportStore)
};

QDateTime timeOf(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// A row of SELECT transitionColumns.
const QLatin1String transitionColumns("id, revision, at, who, from_state, to_state, reason, digest, public_key, signature");

Transition transitionFrom(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toInt(), timeOf(query.value(2)), query.value(3).toString(),
            stateFromId(query.value(4).toString()).value_or(ReportState::Draft),
            stateFromId(query.value(5).toString()).value_or(ReportState::Draft), query.value(6).toString(),
            query.value(7).toByteArray(), QByteArray::fromBase64(query.value(8).toString().toLatin1()),
            QByteArray::fromBase64(query.value(9).toString().toLatin1()), query.value(2).toString()};
}

} // namespace

QVector<User> ReportStore::users(QString *error) const
{
    QVector<User> list;
    QSqlQuery query(m_db);
    if (!execSql(query, QStringLiteral("SELECT name, role FROM users ORDER BY name"), {}, error))
        return list;
    while (query.next())
        list.append({query.value(0).toString(), roleFromId(query.value(1).toString()).value_or(Role::Clerk)});
    return list;
}

bool ReportStore::addUser(const User &user, const QString &password,
                          const std::optional<std::pair<QString, QString>> &vouch, QString *error)
{
    if (refuseWrite(error))
        return false;
    const QString name = user.name.trimmed();
    if (name.isEmpty()) {
        *error = Text::tr("a user needs a name");
        return false;
    }
    if (user.role == Role::Supervisor && password.size() < 6) {
        *error = Text::tr("a supervisor's password needs at least 6 characters");
        return false;
    }
    WriteTransaction transaction(m_db, error);
    if (!transaction.isOpen())
        return false;
    QSqlQuery query(m_db);
    if (user.role == Role::Supervisor) {
        if (!execSql(query, QStringLiteral("SELECT count(*) FROM users WHERE role = 'supervisor'"), {}, error) || !query.next())
            return false;
        const bool firstSupervisor = query.value(0).toInt() == 0;
        query.finish();
        bool vouched = false;
        if (vouch && checkPassword(vouch->first, vouch->second)) {
            for (const User &existing : users()) {
                if (existing.name == vouch->first && existing.role == Role::Supervisor)
                    vouched = true;
            }
        }
        if (!firstSupervisor && !vouched) {
            *error = Text::tr("only an existing supervisor, with their password, can add another supervisor");
            return false;
        }
    }
    const QVariant stored = user.role == Role::Supervisor ? QVariant(hashPassword(password)) : QVariant();
    QVariant publicKey, sealedKey;
    if (user.role == Role::Supervisor) {
        const KeyPair pair = Signing::generate();
        publicKey = QString::fromLatin1(pair.publicKey.toBase64());
        sealedKey = Signing::seal(pair.secretKey, password);
    }
    if (!execSql(query, QStringLiteral("SELECT 1 FROM users WHERE name = ?"), {name}, error))
        return false;
    if (query.next()) {
        *error = Text::tr("there is already a user named “%1”").arg(name);
        return false;
    }
    query.finish();
    return execSql(query,
                   QStringLiteral("INSERT INTO users (name, role, password, created_at, public_key, sealed_key) VALUES (?, ?, ?, ?, ?, ?)"),
                   {name, roleId(user.role), stored, now(), publicKey, sealedKey}, error)
           && transaction.commit(error);
}

bool ReportStore::checkPassword(const QString &name, const QString &password) const
{
    QSqlQuery query(m_db);
    if (!execSql(query, QStringLiteral("SELECT password FROM users WHERE name = ?"), {name}, nullptr) || !query.next()
        || query.value(0).isNull())
        return false;
    return verifyPassword(password, query.value(0).toString());
}

std::optional<KeyPair> ReportStore::signingKey(const QString &name, const QString &password, QString *error)
{
    QSqlQuery query(m_db);
    if (!execSql(query, QStringLiteral("SELECT role, public_key, sealed_key FROM users WHERE name = ?"), {name}, error))
        return std::nullopt;
    if (!query.next() || query.value(0).toString() != roleId(Role::Supervisor) || !checkPassword(name, password)) {
        *error = Text::tr("the password of %1 is not right").arg(name);
        return std::nullopt;
    }
    KeyPair pair;
    if (query.value(1).isNull() || query.value(2).isNull()) {
        // A supervisor from before signatures: their key pair is made on first use, with the password just checked.
        query.finish();
        if (refuseWrite(error))
            return std::nullopt;
        pair = Signing::generate();
        if (!exec(QStringLiteral("UPDATE users SET public_key = ?, sealed_key = ? WHERE name = ? AND public_key IS NULL"),
                  {QString::fromLatin1(pair.publicKey.toBase64()), Signing::seal(pair.secretKey, password), name}, error))
            return std::nullopt;
        return pair;
    }
    pair.publicKey = QByteArray::fromBase64(query.value(1).toString().toLatin1());
    const std::optional<QByteArray> secret = Signing::unseal(query.value(2).toString(), password, error);
    if (!secret)
        return std::nullopt;
    pair.secretKey = *secret;
    // An Ed25519 private key carries its public half: a public key swapped in the file is caught here.
    if (pair.secretKey.right(32) != pair.publicKey) {
        *error = Text::tr("the signing key of %1 in this file does not match their public key").arg(name);
        return std::nullopt;
    }
    return pair;
}

TrustList ReportStore::trustList() const
{
    TrustList list = TrustList::standard();
    if (m_server) {
        QSqlQuery query(m_db);
        if (execSql(query, QStringLiteral("SELECT fingerprint, name FROM trusted_keys"), {}, nullptr)) {
            while (query.next())
                list.add(query.value(0).toString(), query.value(1).toString());
        }
    }
    return list;
}

bool ReportStore::trustOnServer(const QByteArray &publicKey, const QString &name, const QString &who, QString *error)
{
    if (!m_server)
        return true;
    return exec(QStringLiteral("INSERT INTO trusted_keys (fingerprint, name, public_key, added_by, added_at) VALUES (?, ?, ?, ?, ?) "
                               "ON CONFLICT DO NOTHING"),
                {keyFingerprint(publicKey, true), name, QString::fromLatin1(publicKey.toBase64()), who, now()}, error);
}

SignOffCheck ReportStore::checkSignOff(int reportId, QString *error) const
{
    const std::optional<ReviewStatus> status = reviewStatus(reportId, error);
    if (!status || status->state != ReportState::Signed)
        return {};
    return nb::checkSignOff(reportId, status->revision, status->signOff, loadReport(reportId, error), trustList());
}

bool ReportStore::checkSignOffs(QVector<ReportSummary> &reports, QString *error, const QHash<int, Report> *loaded) const
{
    QVector<int> signedIds;
    for (const ReportSummary &summary : reports) {
        if (summary.state == stateId(ReportState::Signed))
            signedIds << summary.id;
    }
    if (signedIds.isEmpty())
        return true;
    const std::optional<QHash<int, SignOffCheck>> checks = signOffChecks(signedIds, loaded, error);
    if (!checks)
        return false;
    for (ReportSummary &summary : reports) {
        if (summary.state == stateId(ReportState::Signed))
            summary.state = checks->value(summary.id).stateIdFor(summary.state);
    }
    return true;
}

std::optional<ReportStore::SignOffRecords> ReportStore::signOffRecords(const QVector<int> &signedIds, QString *error) const
{
    SignOffRecords records;
    if (signedIds.isEmpty())
        return records;
    // The last sign-off of each, in one query (as reviewStatus() picks it), not two queries per report.
    QStringList in;
    for (int id : signedIds)
        in << QString::number(id);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!execSql(query,
                 QStringLiteral("SELECT %1, report_id FROM transitions WHERE to_state = 'signed' AND report_id IN (%2) ORDER BY id")
                     .arg(transitionColumns, in.join(QLatin1Char(','))),
                 {}, error))
        return std::nullopt;
    while (query.next())
        records.signOffs.insert(query.value(10).toInt(), transitionFrom(query));
    if (!execSql(query, QStringLiteral("SELECT id, revision FROM reports WHERE id IN (%1)").arg(in.join(QLatin1Char(','))), {}, error))
        return std::nullopt;
    while (query.next())
        records.revisions.insert(query.value(0).toInt(), query.value(1).toInt());
    records.trust = trustList();
    return records;
}

std::optional<QHash<int, SignOffCheck>> ReportStore::signOffChecks(const QVector<int> &signedIds, const QHash<int, Report> *loaded,
                                                                   QString *error) const
{
    QHash<int, SignOffCheck> checks;
    if (signedIds.isEmpty())
        return checks;
    std::optional<QHash<int, Report>> read;
    if (!loaded) {
        read = loadReports(signedIds, error);
        if (!read)
            return std::nullopt;
        loaded = &*read;
    }
    const std::optional<SignOffRecords> records = signOffRecords(signedIds, error);
    if (!records)
        return std::nullopt;
    // Each check digests its report and verifies a signature, independent of the others: a list of
    // thousands shares them out between the processor's cores (they only read).
    QVector<SignOffCheck> results(signedIds.size());
    ParallelRun(signedIds.size(), [&](qsizetype i) {
        const int id = signedIds.at(i);
        const auto signOff = records->signOffs.constFind(id);
        const auto report = loaded->constFind(id);
        results[i] = nb::checkSignOff(id, records->revisions.value(id), signOff != records->signOffs.cend() ? &*signOff : nullptr,
                                      report != loaded->cend() ? &*report : nullptr, records->trust);
    }, signedIds.size() < 64 ? 0 : QThread::idealThreadCount() - 1).join();
    for (qsizetype i = 0; i < signedIds.size(); ++i)
        checks.insert(signedIds.at(i), results.at(i));
    return checks;
}

std::optional<ReviewStatus> ReportStore::reviewStatus(int reportId, QString *error) const
{
    QSqlQuery query(m_db);
    if (!execSql(query, QStringLiteral("SELECT state, revision FROM reports WHERE id = ?"), {reportId}, error))
        return std::nullopt;
    if (!query.next()) {
        if (error)
            *error = Text::tr("there is no report number %1 in this database").arg(reportId);
        return std::nullopt;
    }
    ReviewStatus status;
    status.state = stateFromId(query.value(0).toString()).value_or(ReportState::Draft);
    status.revision = query.value(1).toInt();
    if (status.state == ReportState::Signed) {
        const QVector<Transition> trail = transitions(reportId, error);
        for (auto it = trail.rbegin(); it != trail.rend(); ++it) {
            if (it->to == ReportState::Signed) {
                status.signOff = *it;
                break;
            }
        }
    }
    return status;
}

QVector<Transition> ReportStore::transitions(int reportId, QString *error) const
{
    QVector<Transition> list;
    QSqlQuery query(m_db);
    if (!execSql(query,
                 QStringLiteral("SELECT %1 FROM transitions WHERE report_id = ? ORDER BY id").arg(transitionColumns),
                 {reportId}, error))
        return list;
    while (query.next())
        list.append(transitionFrom(query));
    return list;
}

bool ReportStore::recordTransition(int reportId, const ReviewStep &step, const QString &who, const QString &reason,
                                   const QByteArray &digest, QString *error, const std::optional<Seal> &seal)
{
    if (refuseWrite(error))
        return false;
    // The report's own lock (sqlutil.h): a save to this report waits for the step or is refused after it.
    WriteTransaction transaction(m_db, reportId, error);
    if (!transaction.isOpen())
        return false;
    const std::optional<ReviewStatus> status = reviewStatus(reportId, error);
    if (!status)
        return false;
    if (status->state != step.from) {
        *error = Text::tr("the report was moved to “%1” elsewhere in the meantime").arg(stateName(status->state));
        return false;
    }
    const int revision = status->revision + (step.newRevision ? 1 : 0);
    if (seal && seal->revision != revision) {
        *error = Text::tr("the report was moved to “%1” elsewhere in the meantime").arg(stateName(status->state));
        return false;
    }
    const QString stamp = seal ? seal->at : now();
    // A new revision carries the accepted warnings of the last one, each with its 说明, who and when: a
    // warning still there with the same rule, cells and numbers stays accepted; one whose numbers changed
    // reads differently (the message is part of the match) and asks for a new 说明.
    if (step.newRevision
        && !exec(QStringLiteral("INSERT INTO acknowledgements (report_id, revision, finding, message, who, at, note) "
                                "SELECT report_id, ?, finding, message, who, at, note FROM acknowledgements "
                                "WHERE report_id = ? AND revision = ? ON CONFLICT DO NOTHING"),
                 {revision, reportId, status->revision}, error))
        return false;
    return exec(QStringLiteral("UPDATE reports SET state = ?, revision = ?, updated_at = ? WHERE id = ?"),
                {stateId(step.to), revision, stamp, reportId}, error)
           && exec(QStringLiteral("INSERT INTO transitions (report_id, revision, at, who, from_state, to_state, reason, digest, "
                                  "public_key, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {reportId, revision, stamp, who, stateId(step.from), stateId(step.to), textOf(reason),
                    digest.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(digest)),
                    seal ? QVariant(QString::fromLatin1(seal->publicKey.toBase64())) : QVariant(),
                    seal ? QVariant(QString::fromLatin1(seal->signature.toBase64())) : QVariant()},
                   error)
           && transaction.commit(error);
}

QVector<Acknowledgement> ReportStore::acknowledgements(int reportId, int revision, QString *error) const
{
    QVector<Acknowledgement> list;
    QSqlQuery query(m_db);
    if (!execSql(query,
                 QStringLiteral("SELECT finding, message, who, at, note FROM acknowledgements WHERE report_id = ? AND revision = ? "
                                "ORDER BY at"),
                 {reportId, revision}, error))
        return list;
    while (query.next())
        list.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), timeOf(query.value(3)),
                     query.value(4).toString()});
    return list;
}

bool ReportStore::acknowledge(int reportId, int revision, const QString &finding, const QString &message,
                              const QString &who, const QString &note, QString *error)
{
    if (refuseWrite(error))
        return false;
    return exec(QStringLiteral("INSERT INTO acknowledgements (report_id, revision, finding, message, who, at, note) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                {reportId, revision, finding, message, who, now(), note}, error);
}

QVector<Comment> ReportStore::comments(int reportId, QString *error) const
{
    QVector<Comment> list;
    QSqlQuery query(m_db);
    if (!execSql(query,
                 QStringLiteral("SELECT id, target, author, at, text, resolved_by, resolved_at, verify, answer FROM comments "
                                "WHERE report_id = ? ORDER BY id"),
                 {reportId}, error))
        return list;
    while (query.next()) {
        Comment comment{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                        timeOf(query.value(3)), query.value(4).toString(), query.value(5).toString(), timeOf(query.value(6)),
                        query.value(7).toInt() != 0, query.value(8).toString()};
        list.append(comment);
    }
    return list;
}

std::optional<qint64> ReportStore::addComment(int reportId, const QString &target, const QString &author,
                                              const QString &text, bool verify, QString *error)
{
    if (refuseWrite(error))
        return std::nullopt;
    QSqlQuery query(m_db);
    if (!execSql(query,
                 QStringLiteral("INSERT INTO comments (report_id, target, author, at, text, verify) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                 {reportId, target, author, now(), text, verify ? 1 : 0}, error)
        || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

bool ReportStore::resolveComment(qint64 commentId, const QString &who, const QString &answer, QString *error)
{
    if (refuseWrite(error))
        return false;
    return exec(QStringLiteral("UPDATE comments SET resolved_by = ?, resolved_at = ?, answer = ? WHERE id = ? AND resolved_by IS NULL"),
                {who, now(), answer.isEmpty() ? QVariant() : QVariant(answer), commentId}, error);
}

} // namespace nb
