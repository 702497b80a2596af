// ReportStore: review — users, the state trail, acknowledged warnings, comments. Reading and writing
// the report itself is in reportstorerecords.cpp.
#include "reportstore.h"

#include "passwordhash.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

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
    if (!execSql(query, QStringLiteral("SELECT 1 FROM users WHERE name = ?"), {name}, error))
        return false;
    if (query.next()) {
        *error = Text::tr("there is already a user named “%1”").arg(name);
        return false;
    }
    query.finish();
    return execSql(query, QStringLiteral("INSERT INTO users (name, role, password, created_at) VALUES (?, ?, ?, ?)"),
                   {name, roleId(user.role), stored, now()}, error)
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
                 QStringLiteral("SELECT id, revision, at, who, from_state, to_state, reason, digest FROM transitions "
                                "WHERE report_id = ? ORDER BY id"),
                 {reportId}, error))
        return list;
    while (query.next()) {
        list.append({query.value(0).toLongLong(), query.value(1).toInt(), timeOf(query.value(2)), query.value(3).toString(),
                     stateFromId(query.value(4).toString()).value_or(ReportState::Draft),
                     stateFromId(query.value(5).toString()).value_or(ReportState::Draft), query.value(6).toString(),
                     query.value(7).toByteArray()});
    }
    return list;
}

bool ReportStore::recordTransition(int reportId, const ReviewStep &step, const QString &who, const QString &reason,
                                   const QByteArray &digest, QString *error)
{
    if (refuseWrite(error))
        return false;
    WriteTransaction transaction(m_db, error);
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
    const QString stamp = now();
    return exec(QStringLiteral("UPDATE reports SET state = ?, revision = ?, updated_at = ? WHERE id = ?"),
                {stateId(step.to), revision, stamp, reportId}, error)
           && exec(QStringLiteral("INSERT INTO transitions (report_id, revision, at, who, from_state, to_state, reason, digest) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                   {reportId, revision, stamp, who, stateId(step.from), stateId(step.to), textOf(reason),
                    digest.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(digest))},
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
