#pragma once

#include "cellvalue.h"
#include "changelog.h"
#include "report.h"
#include "reviewrecords.h"
#include "signature.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

class QLockFile;

namespace nb {

class PreparedStatements;
class TrustList;
struct SignOffCheck;
struct BoardRow;

struct ReportSummary
{
    int id = 0;
    QString agency;
    int year = 0;
    QString formatId;
    QString state;
    QDateTime updated;
    int errors = -1;   // as of the report's last check; -1: not checked yet
    int warnings = -1;
};

// What the report list asks for (ReportStore::reportPage): a search and an order, both the database's.
struct ReportQuery
{
    enum class Sort { Agency, Year, Format, State, Errors, Warnings, Updated };
    // Part of the agency's name (any case), or the year when it is one; empty: every report.
    QString search;
    // Stored states (draft, signed, ...) the search also matches: the caller matches their shown names.
    QStringList states;
    Sort sort = Sort::Agency; // then by agency and year
    bool descending = false;
};

struct ChangeLogEntry
{
    qint64 id = 0;
    int reportId = 0;
    QDateTime at;
    QString who;
    ChangeKind what = ChangeKind::Unknown;
    QString target; // the cell key, section id, ...
    QString oldValue;
    QString newValue;
};

// The outcome of one autosaved edit. Conflict: the stored value was no longer the one the editor
// started from (someone else changed it); nothing was written and current holds what is stored now.
struct SaveResult
{
    enum class Status { Saved, Conflict, Failed };
    Status status = Status::Failed;
    QString error;
    CellValue currentValue;
    QString currentText;
    QString currentBy; // Conflict: who wrote what is stored now

    bool saved() const { return status == Status::Saved; }
};

// One report database: a SQLite file, or a shared PostgreSQL server (the same schema and code; the
// location is a path or postgresql://user@host/db). Many agencies' reports over many years. Every edit
// is its own short transaction, committed before the call returns, together with its change-log row;
// an edit made from a stale value is refused (optimistic versioning: the stored value must still be
// the one the editor started from), so two people never silently overwrite each other.
//
// Opening never changes a file that is not ours: its header is read first (SqliteFileProbe), and an
// empty, foreign, truncated, damaged or newer file is refused with the reason. An older schema is
// backed up beside the file, then migrated.
class ReportStore
{
public:
    // Written into every Nianbao database's header (PRAGMA application_id): "NBAO".
    static constexpr quint32 ApplicationId = 0x4E42414F;

    struct Options
    {
        bool create = false;      // create the file when it does not exist (a server's database is its administrator's to create)
        bool readOnly = false;
        bool editingLock = false; // an interactive session: a second one on the same file opens read-only (a server is shared by design)
        QString password;         // a server's, when PGPASSFILE has none; never stored
    };

    enum class Problem { None, Missing, Unreadable, Empty, NotSqlite, Truncated, Foreign, Newer, Damaged, Failed, NeedsPassword };

    struct OpenResult
    {
        std::unique_ptr<ReportStore> store;
        Problem problem = Problem::None;
        QString error;     // for the user: what is wrong with the file, and that it was left as it was
        QString lockedBy;  // set when another session is editing the file and this one is read-only
        QString backupPath; // set when an older schema was migrated after this backup was written
    };

    static OpenResult open(const QString &path, const Options &options);
    // The platform's app data folder, created if needed: where the app keeps its file by default.
    static QString defaultPath();

    ~ReportStore();
    ReportStore(const ReportStore &) = delete;
    ReportStore &operator=(const ReportStore &) = delete;

    // The file's absolute path, or the server's address (without a password).
    const QString &path() const { return m_path; }
    bool isServer() const { return m_server; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;

    // What reports() gives as the agency of a report whose agency row is missing (a hand-edited file).
    static QString missingAgencyName();
    // Every report, by agency and year. A window lists a page at a time instead (reportPage).
    QVector<ReportSummary> reports(QString *error = nullptr) const;
    // The report list read by the database a page at a time (reportlisting.cpp): limit rows from offset
    // of those the query matches, in its order (limit -1: all); and how many it matches, counting a
    // search's matches no further than atMost (-1: all).
    QVector<ReportSummary> reportPage(const ReportQuery &query, int offset, int limit, QString *error = nullptr) const;
    int countReports(const ReportQuery &query, QString *error = nullptr, int atMost = -1) const;
    // Reports whose agency row is missing (a hand edit of the file): on no page, listed after them.
    QVector<ReportSummary> orphanReports(QString *error = nullptr) const;
    // The reports of a year, by agency; these reports (missing ids left out), in no order.
    QVector<ReportSummary> reportsOfYear(int year, QString *error = nullptr) const;
    QVector<ReportSummary> reportSummaries(const QVector<int> &ids, QString *error = nullptr) const;
    // Last year's report of the same agency, for each of these reports that has one (id → its id).
    QHash<int, int> previousYearReports(const QVector<int> &ids, QString *error = nullptr) const;
    // The latest changed first.
    QVector<ReportSummary> recentReports(int limit, QString *error = nullptr) const;
    // The agencies that have a report, by name.
    QStringList agencyNames(QString *error = nullptr) const;
    std::optional<int> findReport(const QString &agency, int year) const;
    // Stores a whole report (an import, a new report) in one transaction; returns its id.
    std::optional<int> addReport(const Report &report, const QString &who, QString *error);
    std::optional<Report> loadReport(int id, QString *error) const;
    // Many reports in three queries whatever their number (a consolidation of hundreds on a server
    // would otherwise wait for a round trip per query per report). Missing ids are left out.
    std::optional<QHash<int, Report>> loadReports(const QVector<int> &ids, QString *error) const;
    // The same on a connection of its own, opened and closed in the calling thread: a 汇总 reads last
    // year's reports in another thread while this connection reads this year's.
    std::optional<QHash<int, Report>> loadReportsOnOwnConnection(const QVector<int> &ids, QString *error) const;
    bool deleteReport(int id, QString *error);

    // Autosave of one cell: writes value if the stored value is still expected.
    SaveResult saveCell(int reportId, const QString &cellKey, const CellValue &expected, const CellValue &value,
                        const QString &who);
    // Autosave of a narrative ("narrative"), a heading ("heading") or an amount unit ("unit").
    SaveResult saveText(int reportId, const QString &kind, const QString &part, const QString &expected,
                        const QString &text, const QString &who);

    // The report's contact details, date and publishing setting (the agency's name is its identity
    // and stays).
    bool saveDetails(int reportId, const Agency &agency, const QDate &date, bool zerosBlank, const QString &who,
                     QString *error);
    // The date under the report (its 落款), set as it is signed off: only a report submitted for review
    // takes it here, whose other details are locked; a signed report's date is part of what was signed.
    bool saveSignOffDate(int reportId, const QDate &date, const QString &who, QString *error);

    // The report's error and warning counts after a check, for lists that must not load every report.
    bool saveFindingCounts(int reportId, int errors, int warnings, QString *error);

    // An editing session (Options::editingLock) copies the SQLite write-ahead log back into the file
    // itself, when the clerk pauses: otherwise SQLite does it on whichever commit crosses 1 000 pages,
    // and that keystroke waits for the copy and its sync. Returns how many of the log's pages are in
    // the file now; cheap when all were already. Does nothing on a server or a read-only file.
    int checkpoint();

    // Entries after sinceId, oldest first: what other sessions changed since this one last looked.
    QVector<ChangeLogEntry> changeLog(int reportId, QString *error = nullptr, qint64 sinceId = 0) const;

    // Review (reviewstore.cpp). The people of this file: a supervisor needs a password; adding a
    // supervisor when there is one already needs an existing supervisor's name and password (vouch),
    // so a clerk cannot make themself a signatory.
    QVector<User> users(QString *error = nullptr) const;
    bool addUser(const User &user, const QString &password, const std::optional<std::pair<QString, QString>> &vouch,
                 QString *error);
    // True when name is a user of this file with a password and password is it.
    bool checkPassword(const QString &name, const QString &password) const;

    // Sign-offs as signatures (signature.h). The supervisor's key pair, made now if they have none yet
    // (files from before signatures): checks the password, opens the sealed private key with it, and
    // returns the public key and the private key. Never stores the private key unsealed.
    std::optional<KeyPair> signingKey(const QString &name, const QString &password, QString *error);
    // The keys trusted here: the local list and any added with --trust, and on a server its table
    // trusted_keys (a clerk's role cannot write it).
    TrustList trustList() const;
    // Adds a supervisor's key to the server's trusted_keys (nothing on a SQLite file: a clerk could write it).
    bool trustOnServer(const QByteArray &publicKey, const QString &name, const QString &who, QString *error);
    // The sign-off of each report listed as signed, checked: its state becomes "signed" only when the
    // signature holds and its key is trusted, else "signature-invalid" or "signature-untrusted".
    // loaded: the reports when the caller has them already (a consolidation), else they are read.
    bool checkSignOffs(QVector<ReportSummary> &reports, QString *error = nullptr, const QHash<int, Report> *loaded = nullptr) const;
    // What the checks of these reports' sign-offs read besides the reports: each one's last sign-off
    // (none: no row), its revision now, and the keys trusted here.
    struct SignOffRecords
    {
        QHash<int, Transition> signOffs;
        QHash<int, int> revisions;
        TrustList trust;
    };
    std::optional<SignOffRecords> signOffRecords(const QVector<int> &signedIds, QString *error) const;
    // The checks themselves, for the reports of these ids that claim to be signed (id → check).
    std::optional<QHash<int, SignOffCheck>> signOffChecks(const QVector<int> &signedIds, const QHash<int, Report> *loaded,
                                                          QString *error) const;
    SignOffCheck checkSignOff(int reportId, QString *error = nullptr) const;

    std::optional<ReviewStatus> reviewStatus(int reportId, QString *error = nullptr) const;
    QVector<Transition> transitions(int reportId, QString *error = nullptr) const;
    // Moves the report as step says, if it is still in step.from (another session may have moved
    // it): one transaction with its trail row. digest is stored with a sign-off.
    // A sign-off carries its signature: seal.at is the time it signed (stored as is), seal.revision the
    // revision it signed (refused if the report moved on).
    struct Seal
    {
        QString at;
        int revision = 0;
        QByteArray publicKey;
        QByteArray signature;
    };
    bool recordTransition(int reportId, const ReviewStep &step, const QString &who, const QString &reason,
                          const QByteArray &digest, QString *error, const std::optional<Seal> &seal = std::nullopt);

    QVector<Acknowledgement> acknowledgements(int reportId, int revision, QString *error = nullptr) const;
    bool acknowledge(int reportId, int revision, const QString &finding, const QString &message, const QString &who,
                     const QString &note, QString *error);

    QVector<Comment> comments(int reportId, QString *error = nullptr) const;
    std::optional<qint64> addComment(int reportId, const QString &target, const QString &author, const QString &text,
                                     bool verify, QString *error);
    bool resolveComment(qint64 commentId, const QString &who, const QString &answer, QString *error);

    // The collecting office's board (boardstore.cpp): every agency, with its report of the year if any.
    QVector<BoardRow> boardRows(int year, QString *error = nullptr) const;
    // An agency's kind (department, government; "" not said), for its statutory deadline.
    QString agencyKind(const QString &agency, QString *error = nullptr) const;
    bool setAgencyKind(const QString &agency, const QString &kind, QString *error);

private:
    ReportStore() = default;
    static OpenResult openServer(const QString &location, const Options &options);
    // The parts of open() for a file: the editing lock (a second session becomes read-only, with who
    // holds it in lockedBy), then the connection set up for writing (application id of a new file, a
    // backup before an upgrade, the migrations, WAL and FULL sync). False with the reason in *why.
    bool takeEditingLock(bool fresh, int fileVersion, QString *lockedBy, QString *why);
    bool prepareForWriting(bool fresh, int fileVersion, bool editingLock, QString *backupPath, QString *why);
    bool exec(const QString &sql, const QVariantList &bindings, QString *error);
    // True, with the reason in *error, when this session may not write.
    bool refuseWrite(QString *error) const;
    // True, with the reason, when the report's state does not allow changing it (under review, signed).
    bool refuseLocked(int reportId, QString *error) const;
    QString lastWriter(int reportId, const QString &target) const;
    bool touch(int reportId, const QString &who, ChangeKind what, const QString &target, const QVariant &oldValue,
               const QVariant &newValue, QString *error);
    // On a server: an autosave as one statement (one round trip, no transaction of its own), written only
    // when the report is editable and the stored value is still the expected one; false when it wrote
    // nothing, for whatever reason (then the general path decides, under the report's lock).
    bool saveInOneStatement(const QString &writeSql, const QVariantList &writeBindings, int reportId, const QString &who,
                            ChangeKind what, const QString &target, const QVariant &oldValue, const QVariant &newValue);

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    bool m_readOnly = false;
    bool m_server = false;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<PreparedStatements> m_prepared; // a server's autosave statements, prepared once
};

} // namespace nb
