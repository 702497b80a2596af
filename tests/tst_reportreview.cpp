#include "reportbuilder.h"
#include "reportdigest.h"
#include "reportdocument.h"
#include "reportreview.h"
#include "storetestutil.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QtTest>

using namespace nb;

// Review of a stored report: users and passwords, the flow with its checks (errors, acknowledged
// warnings, reasons, passwords), the lock the store enforces, comments, and tamper detection.
class TestReportReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void passwordIsNeverStoredInClear();
    void onlyASupervisorAddsASupervisor();
    void roundTripThroughTheFlow();
    void submitBlockedByErrors();
    void warningsAreAcknowledgedOneByOne();
    void lockIsEnforcedByTheStore();
    void tamperingIsDetected();
    void commentsOnCellsAndSections();
    void aMoveMadeElsewhereIsNotOverwritten();
    void theServerEnforcesRoles();
    void submissionChecksNeedANote_data();
    void submissionChecksNeedANote();
    void verifyFlagBlocksSignOff();
    void blanksToZeroIsOneUndoStep();

private:
    // A fresh document of the stored report, as the window would open it now (locked by review).
    ReportDocument &document();
    ReportDocument::EditResult edit(const QString &key, const QString &text)
    {
        ReportDocument &doc = document();
        return doc.editCell(doc.format().indexOf(key), text);
    }
    ReportReview::Outcome perform(ReviewAction action, const User &user, const QString &reason = {}, const QString &password = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<ReportStore> m_store;
    std::vector<std::unique_ptr<ReportDocument>> m_documents; // kept: a test may hold an earlier one
    std::unique_ptr<ReportReview> m_review;
    int m_id = 0;
    const User m_clerk{QStringLiteral("张三"), Role::Clerk};
    const User m_boss{QStringLiteral("李主任"), Role::Supervisor};
    const QString m_password = QStringLiteral("正确的密码 secret");
    QTemporaryDir m_config; // this computer's trust list (signing adds the supervisor's key to it)
};

void TestReportReview::initTestCase()
{
    // Each run its own trust list: the file and the server runs of this test may run at once.
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
}

ReportDocument &TestReportReview::document()
{
    QString error;
    auto document = std::make_unique<ReportDocument>(*m_store->loadReport(m_id, &error), m_store.get(), m_id, m_clerk.name);
    document->setLocked(m_review->lockReason());
    m_documents.push_back(std::move(document));
    return *m_documents.back();
}

ReportReview::Outcome TestReportReview::perform(ReviewAction action, const User &user, const QString &reason, const QString &password)
{
    return m_review->perform(action, user, reason, password, document());
}

void TestReportReview::init()
{
    m_documents.clear();
    m_review.reset();
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = storeLocation(*m_dir, QStringLiteral("review.sqlite"));
    auto opened = openStore(m_path);
    QVERIFY(opened.store);
    m_store = std::move(opened.store);
    QString error;
    QVERIFY2(m_store->addUser(m_clerk, QString(), std::nullopt, &error), qPrintable(error));
    QVERIFY2(m_store->addUser(m_boss, m_password, std::nullopt, &error), qPrintable(error));
    // The reference figures, clean: no error, no warning, not even at submission (no blank cell, no
    // empty section) or at sign-off (this year's report, signed today, is never late).
    Report clean = reportFrom(QStringLiteral("2021"), QDate::currentDate().year(), QStringLiteral("3.new.natural=2; 3.granted.natural=2"));
    fillForSubmission(clean);
    clean.setAgency({QStringLiteral("测试局"), {}, {}, {}, {}, {}, {}, {}});
    const std::optional<int> id = m_store->addReport(clean, m_clerk.name, &error);
    QVERIFY2(id, qPrintable(error));
    m_id = *id;
    m_review = std::make_unique<ReportReview>(*m_store, m_id);
}

void TestReportReview::passwordIsNeverStoredInClear()
{
    QVERIFY(m_store->checkPassword(m_boss.name, m_password));
    QVERIFY(!m_store->checkPassword(m_boss.name, QStringLiteral("wrong")));
    QVERIFY(!m_store->checkPassword(m_clerk.name, QString())); // clerks have no password to match
    QVariant stored;
    QVERIFY(rawSql(m_path, {QStringLiteral("SELECT password FROM users WHERE role = 'supervisor'")}, &stored));
    QVERIFY(stored.toString().startsWith(QStringLiteral("pbkdf2-sha256$")));
    QVERIFY(!stored.toString().contains(m_password));
    // Nowhere in the file (or its write-ahead log) either, in any encoding a reader would try.
    m_store.reset();
    if (onServer())
        return; // no file to search
    for (const QString &file : QDir(m_dir->path()).entryList(QDir::Files)) {
        QFile raw(m_dir->filePath(file));
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY2(!bytes.contains(m_password.toUtf8()), qPrintable(file));
        QVERIFY(!bytes.contains(QByteArray(reinterpret_cast<const char *>(m_password.utf16()), m_password.size() * 2)));
    }
    // Two supervisors with the same password get different hashes (salted).
    auto opened = openStore(m_path, false);
    QString error;
    QVERIFY2(opened.store->addUser({QStringLiteral("王副主任"), Role::Supervisor}, m_password,
                                   std::make_pair(m_boss.name, m_password), &error), qPrintable(error));
    QVariantList hashes;
    QVariant first, second;
    QVERIFY(rawSql(m_path, {QStringLiteral("SELECT password FROM users WHERE name = '李主任'")}, &first));
    QVERIFY(rawSql(m_path, {QStringLiteral("SELECT password FROM users WHERE name = '王副主任'")}, &second));
    QVERIFY(first != second);
}

void TestReportReview::onlyASupervisorAddsASupervisor()
{
    QString error;
    QVERIFY(!m_store->addUser({QStringLiteral("冒名者"), Role::Supervisor}, QStringLiteral("123456"), std::nullopt, &error));
    QVERIFY2(error.contains(QStringLiteral("existing supervisor")), qPrintable(error));
    QVERIFY(!m_store->addUser({QStringLiteral("冒名者"), Role::Supervisor}, QStringLiteral("123456"),
                              std::make_pair(m_boss.name, QStringLiteral("guess")), &error));
    QVERIFY(!m_store->addUser({QStringLiteral("冒名者"), Role::Supervisor}, QStringLiteral("123456"),
                              std::make_pair(m_clerk.name, QString()), &error));
    QVERIFY(!m_store->addUser({QStringLiteral("短密码"), Role::Supervisor}, QStringLiteral("123"),
                              std::make_pair(m_boss.name, m_password), &error));
    QVERIFY(error.contains(QStringLiteral("6 characters")));
    QVERIFY(!m_store->addUser(m_clerk, QString(), std::nullopt, &error));
    QVERIFY(error.contains(QStringLiteral("already")));
    QVERIFY(m_store->addUser({QStringLiteral("新同事"), Role::Clerk}, QString(), std::nullopt, &error));
    QCOMPARE(m_store->users().size(), 3);
}

void TestReportReview::roundTripThroughTheFlow()
{
    QCOMPARE(m_review->status().state, ReportState::Draft);
    QVERIFY(perform(ReviewAction::Submit, m_clerk).done);
    QCOMPARE(m_review->status().state, ReportState::Submitted);

    auto outcome = perform(ReviewAction::Return, m_boss);
    QVERIFY(!outcome.done);
    QVERIFY2(outcome.reason.contains(QStringLiteral("say why")), qPrintable(outcome.reason));
    QVERIFY(perform(ReviewAction::Return, m_boss, QStringLiteral("请核对第三部分")).done);
    QCOMPARE(m_review->status().state, ReportState::Returned);
    QCOMPARE(m_review->status().revision, 2); // what comes back is the next revision
    QVERIFY(edit(QStringLiteral("s3.new.business"), QStringLiteral("1")).accepted);
    QVERIFY(edit(QStringLiteral("s3.granted.business"), QStringLiteral("1")).accepted);
    QVERIFY(perform(ReviewAction::Submit, m_clerk).done);

    outcome = perform(ReviewAction::SignOff, m_boss, {}, QStringLiteral("wrong"));
    QVERIFY(!outcome.done);
    QVERIFY2(outcome.reason.contains(QStringLiteral("password")), qPrintable(outcome.reason));
    QVERIFY(!perform(ReviewAction::SignOff, m_clerk, {}, m_password).done);
    QVERIFY(perform(ReviewAction::SignOff, m_boss, {}, m_password).done);
    QCOMPARE(m_review->status().state, ReportState::Signed);
    QVERIFY(m_review->status().signOff);
    QCOMPARE(m_review->status().signOff->who, m_boss.name);
    QCOMPARE(m_review->status().signOff->digest, reportDigest(*m_store->loadReport(m_id, nullptr)));
    QVERIFY(!m_review->isTampered());
    const PublishOptions published = m_review->publishOptions(document().report());
    QVERIFY(!published.draft);
    QCOMPARE(published.signedBy, m_boss.name);

    // Reopening: a supervisor, a reason, the password; a new revision, editable again, draft again.
    QVERIFY(!perform(ReviewAction::Reopen, m_boss, QStringLiteral("更正错字"), QStringLiteral("wrong")).done);
    QVERIFY(!perform(ReviewAction::Reopen, m_boss, QString(), m_password).done);
    QVERIFY(perform(ReviewAction::Reopen, m_boss, QStringLiteral("更正错字"), m_password).done);
    QCOMPARE(m_review->status().state, ReportState::Draft);
    QCOMPARE(m_review->status().revision, 3);
    QVERIFY(m_review->publishOptions(document().report()).draft);
    QVERIFY(!document().isReadOnly());

    // The trail holds every move, in order, with who and why.
    const QVector<Transition> trail = m_store->transitions(m_id);
    QCOMPARE(trail.size(), 5);
    QCOMPARE(trail[0].revision, 1);
    QCOMPARE(trail[1].reason, QStringLiteral("请核对第三部分"));
    QCOMPARE(trail[1].revision, 2);
    QCOMPARE(trail[2].revision, 2);
    QCOMPARE(trail[3].to, ReportState::Signed);
    QCOMPARE(trail[3].revision, 2); // the signature is of 第 2 版
    QCOMPARE(trail[4].revision, 3);
    QCOMPARE(trail[4].who, m_boss.name);
    QCOMPARE(trail[4].reason, QStringLiteral("更正错字"));
    QVERIFY(!rawSql(m_path, {QStringLiteral("UPDATE transitions SET who = 'x'")})); // append-only
}

void TestReportReview::submitBlockedByErrors()
{
    // 三、自然人列 no longer adds up (R1, R3): an error.
    QVERIFY(edit(QStringLiteral("s3.new.natural"), QStringLiteral("3")).accepted);
    const auto outcome = perform(ReviewAction::Submit, m_clerk);
    QVERIFY(!outcome.done);
    QVERIFY2(outcome.reason.contains(QStringLiteral("error")), qPrintable(outcome.reason));
    QCOMPARE(m_review->status().state, ReportState::Draft);
    QVERIFY(m_store->transitions(m_id).isEmpty());
}

// Also: a return starts revision 2; resubmitted, it keeps the 说明 of unchanged warnings and asks for a
// changed one's (both databases: this test runs on SQLite and on the PostgreSQL server).
void TestReportReview::warningsAreAcknowledgedOneByOne()
{
    // Two R8 warnings of the 2019 format: more newly published than published in all.
    Report report = blankReport(QStringLiteral("2019"), 2019, QStringLiteral("另一局"));
    fillForSubmission(report);
    QString error;
    m_id = *m_store->addReport(report, m_clerk.name, &error);
    m_review = std::make_unique<ReportReview>(*m_store, m_id);
    ReportDocument &doc = document();
    for (const char *edit : {"s2_1.regulations.published=5", "s2_1.regulations.public_total=3",
                             "s2_1.normative.published=4", "s2_1.normative.public_total=1"}) {
        const QString text = QString::fromLatin1(edit);
        QVERIFY(doc.editCell(doc.format().indexOf(text.section(QLatin1Char('='), 0, 0)), text.section(QLatin1Char('='), 1)).accepted);
    }
    QVector<Finding> open = m_review->unacknowledged(doc.validator().findings(), doc.format());
    QCOMPARE(open.size(), 2);
    auto outcome = perform(ReviewAction::Submit, m_clerk);
    QVERIFY2(outcome.reason.contains(QStringLiteral("2 warning")), qPrintable(outcome.reason));

    QVERIFY(m_review->acknowledge(open[0], doc.format(), m_clerk, QStringLiteral("按台账核实无误"), &error));
    outcome = perform(ReviewAction::Submit, m_clerk);
    QVERIFY2(outcome.reason.contains(QStringLiteral("1 warning")), qPrintable(outcome.reason));
    QVERIFY(m_review->acknowledge(open[1], doc.format(), m_clerk, QStringLiteral("规范性文件含部门文件"), &error));
    QCOMPARE(m_review->acknowledgements().size(), 2);
    QCOMPARE(m_review->acknowledgements()[0].who, m_clerk.name);
    QCOMPARE(m_review->acknowledgements()[0].note, QStringLiteral("按台账核实无误"));
    QVERIFY(m_review->acknowledgements()[0].message.contains(QStringLiteral("大于")));
    QVERIFY(perform(ReviewAction::Submit, m_clerk).done);

    // Returned, the report is 第 2 版: the warning that stays as it was keeps its 说明; the one that
    // changes (new numbers) must be acknowledged again.
    QVERIFY(perform(ReviewAction::Return, m_boss, QStringLiteral("再核对")).done);
    QCOMPARE(m_review->status().revision, 2);
    QVERIFY(edit(QStringLiteral("s2_1.regulations.published"), QStringLiteral("6")).accepted);
    ReportDocument &returned = document();
    open = m_review->unacknowledged(returned.validator().findings(), returned.format());
    QCOMPARE(open.size(), 1);
    QCOMPARE(open[0].cells.first(), returned.format().indexOf(QStringLiteral("s2_1.regulations.published")));
    QVERIFY(open[0].message.zh.contains(QLatin1Char('6')));
    outcome = perform(ReviewAction::Submit, m_clerk);
    QCOMPARE(outcome.reason, QStringLiteral("1 warning(s) not yet acknowledged: each needs a short note"));
    QVERIFY(m_review->acknowledge(open[0], returned.format(), m_clerk, QStringLiteral("新增1件规章"), &error));
    QVERIFY(perform(ReviewAction::Submit, m_clerk).done);
    QCOMPARE(m_review->status().revision, 2);
    // Revision 2 holds both notes carried from revision 1 (with who wrote them) and the new one; the
    // note of the old numbers matches no warning now.
    QSet<QString> notes;
    for (const Acknowledgement &acknowledgement : m_store->acknowledgements(m_id, 2)) {
        notes.insert(acknowledgement.note);
        QCOMPARE(acknowledgement.who, m_clerk.name);
    }
    QCOMPARE(notes, (QSet<QString>{QStringLiteral("按台账核实无误"), QStringLiteral("规范性文件含部门文件"), QStringLiteral("新增1件规章")}));
    QCOMPARE(m_store->acknowledgements(m_id, 1).size(), 2); // revision 1 as it was submitted
    QVERIFY(m_review->unacknowledged(document().validator().findings(), document().format()).isEmpty());
}

void TestReportReview::lockIsEnforcedByTheStore()
{
    QVERIFY(perform(ReviewAction::Submit, m_clerk).done);
    for (bool signedOff : {false, true}) {
        if (signedOff)
            QVERIFY(perform(ReviewAction::SignOff, m_boss, {}, m_password).done);
        // The document refuses with the reason ...
        const auto refused = edit(QStringLiteral("s3.new.business"), QStringLiteral("1"));
        QVERIFY(!refused.accepted);
        QVERIFY2(refused.reason.contains(signedOff ? QStringLiteral("signed off") : QStringLiteral("under review")), qPrintable(refused.reason));
        // ... and the store refuses by itself, whatever a caller skips.
        const SaveResult cell = m_store->saveCell(m_id, QStringLiteral("s3.new.business"), CellValue(), CellValue::number(1), m_clerk.name);
        QVERIFY(!cell.saved());
        QVERIFY2(cell.error.contains(stateName(signedOff ? ReportState::Signed : ReportState::Submitted)), qPrintable(cell.error));
        QVERIFY(!m_store->saveText(m_id, QStringLiteral("narrative"), QStringLiteral("s1"), QString(), QStringLiteral("x"), m_clerk.name).saved());
        QString error;
        QVERIFY(!m_store->saveDetails(m_id, Agency{}, QDate(2022, 1, 1), true, m_clerk.name, &error));
    }
    QVERIFY(!m_review->isTampered());
}

void TestReportReview::tamperingIsDetected()
{
    QVERIFY(perform(ReviewAction::Submit, m_clerk).done);
    QVERIFY(perform(ReviewAction::SignOff, m_boss, {}, m_password).done);
    QVERIFY(!m_review->isTampered());
    // Someone edits the file by hand, around the program.
    QVERIFY(rawSql(m_path, {QStringLiteral("UPDATE cell_values SET number = 3 WHERE cell_key = 's3.new.natural'")}));
    QString error;
    QVERIFY(m_review->reload(&error));
    QVERIFY(m_review->isTampered());
    const PublishOptions options = m_review->publishOptions(document().report());
    QVERIFY(options.draft); // never published as signed
    QVERIFY(options.signedBy.isEmpty());
    // A reopened-and-re-signed report is trusted again.
    QVERIFY(perform(ReviewAction::Reopen, m_boss, QStringLiteral("数据被改动，重新审核"), m_password).done);
    QVERIFY(!m_review->isTampered());
}

void TestReportReview::commentsOnCellsAndSections()
{
    QSignalSpy changed(m_review.get(), &ReportReview::changed);
    QVERIFY(!m_review->addComment(QStringLiteral("s3.new.natural"), m_clerk, QStringLiteral("clerks do not comment")).done);
    QVERIFY(!m_review->addComment(QStringLiteral("s3.new.natural"), m_boss, QStringLiteral("  ")).done);
    QVERIFY(m_review->addComment(QStringLiteral("s3.new.natural"), m_boss, QStringLiteral("与台账不符，请核对")).done);
    QVERIFY(m_review->addComment(QStringLiteral("s1"), m_boss, QStringLiteral("请补充主要措施")).done);
    QVERIFY(changed.count() >= 2);
    QCOMPARE(m_review->openCommentsOn(QStringLiteral("s3.new.natural")).size(), 1);
    QCOMPARE(m_review->openCommentsOn(QStringLiteral("s1")).size(), 1);
    const qint64 id = m_review->openCommentsOn(QStringLiteral("s3.new.natural")).first().id;
    QVERIFY(m_review->resolveComment(id, m_clerk).done);
    QVERIFY(m_review->openCommentsOn(QStringLiteral("s3.new.natural")).isEmpty());
    QCOMPARE(m_review->comments().first().resolvedBy, m_clerk.name);
    // Another session sees them.
    auto other = openStore(m_path, false, true);
    QCOMPARE(other.store->comments(m_id).size(), 2);
}

void TestReportReview::aMoveMadeElsewhereIsNotOverwritten()
{
    QVERIFY(perform(ReviewAction::Submit, m_clerk).done);
    // Another session returns the report; this one, still believing it submitted, tries to sign.
    auto other = openStore(m_path, false);
    ReportReview elsewhere(*other.store, m_id);
    QVERIFY(elsewhere.perform(ReviewAction::Return, m_boss, QStringLiteral("退回"), QString(), document()).done);
    const ReviewStep *step = ReviewFlow::check(ReviewAction::SignOff, ReportState::Submitted, Role::Supervisor).step;
    QString error;
    QVERIFY(!m_store->recordTransition(m_id, *step, m_boss.name, QString(), "digest", &error));
    QVERIFY2(error.contains(stateName(ReportState::Returned)), qPrintable(error));
}

namespace {

// One statement on the server as another login role; false with the server's message when refused.
bool sqlAs(const QString &location, const QString &role, const QString &password, const QString &statement, QString *error = nullptr)
{
    static int counter = 0;
    const QString name = QStringLiteral("as-%1").arg(++counter);
    bool ok = false;
    {
        const auto address = ServerAddress::parse(location, error);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(address->host);
        db.setPort(address->port);
        db.setDatabaseName(address->database);
        db.setUserName(role);
        db.setPassword(password);
        ok = db.open();
        QSqlQuery query(db);
        ok = ok && query.exec(statement);
        if (error)
            *error = ok ? QString() : query.lastError().text() + db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

// On a server the server decides (resources/server/server-roles.sql): a clerk's role cannot write people,
// keys, sign-offs or delete the trail — whatever program it uses — while the program's own flow works
// for both roles.
void TestReportReview::theServerEnforcesRoles()
{
    if (!onServer())
        QSKIP("needs the PostgreSQL server (ctest's tst_reportreview_postgresql)");
    QFile script(QStringLiteral(NIANBAO_TEST_DATA "/../../resources/server/server-roles.sql"));
    QVERIFY(script.open(QIODevice::ReadOnly));
    QVERIFY(rawSql(m_path, {QString::fromUtf8(script.readAll())}));
    const QString suffix = QString::number(QCoreApplication::applicationPid());
    const QString clerkRole = QStringLiteral("clerk_") + suffix, bossRole = QStringLiteral("boss_") + suffix;
    const QString rolePassword = QStringLiteral("role-pw");
    QVERIFY(rawSql(m_path, {QStringLiteral("DROP ROLE IF EXISTS %1").arg(clerkRole), QStringLiteral("DROP ROLE IF EXISTS %1").arg(bossRole),
                            QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE nianbao_clerk").arg(clerkRole, rolePassword),
                            QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE nianbao_supervisor").arg(bossRole, rolePassword)}));
    QString error;
    const auto asClerk = [&](const QString &sql) { return sqlAs(m_path, clerkRole, rolePassword, sql, &error); };
    // What a clerk may do.
    QVERIFY2(asClerk(QStringLiteral("UPDATE cell_values SET number = 2 WHERE report_id = %1 AND cell_key = 's3.new.natural'").arg(m_id)), qPrintable(error));
    QVERIFY2(asClerk(QStringLiteral("INSERT INTO users (name, role, created_at) VALUES ('新同事', 'clerk', 'x')")), qPrintable(error));
    // What a clerk's role may not, whatever tool it uses.
    const QString forgedHash = QStringLiteral("pbkdf2-sha256$1$MDEyMzQ1Njc4OWFiY2RlZg==$AAAA");
    QVERIFY(!asClerk(QStringLiteral("INSERT INTO users (name, role, password, created_at) VALUES ('boss', 'supervisor', '%1', 'x')").arg(forgedHash)));
    QVERIFY2(error.contains(QStringLiteral("row-level security")), qPrintable(error));
    QVERIFY(!asClerk(QStringLiteral("UPDATE users SET password = '%1'").arg(forgedHash)));
    QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));
    QVERIFY(!asClerk(QStringLiteral("UPDATE users SET role = 'supervisor' WHERE name = '张三'")));
    QVERIFY(!asClerk(QStringLiteral("INSERT INTO transitions (report_id, revision, at, who, from_state, to_state, digest) "
                                    "VALUES (%1, 1, 'x', 'boss', 'submitted', 'signed', 'abc')").arg(m_id)));
    QVERIFY2(error.contains(QStringLiteral("row-level security")), qPrintable(error));
    QVERIFY(!asClerk(QStringLiteral("INSERT INTO trusted_keys (fingerprint, name, public_key, added_by, added_at) VALUES ('f', 'boss', 'k', 'x', 'x')")));
    QVERIFY(!asClerk(QStringLiteral("DELETE FROM transitions")));
    QVERIFY(!asClerk(QStringLiteral("DELETE FROM change_log")));
    QVERIFY(!asClerk(QStringLiteral("UPDATE transitions SET who = 'boss'")));

    // The program's own flow under these roles: the clerk submits, the supervisor signs; the key is then
    // trusted in the server's table.
    const auto address = ServerAddress::parse(m_path, &error);
    const auto openAs = [&](const QString &role) {
        ReportStore::Options options;
        options.password = rolePassword;
        return ReportStore::open(QStringLiteral("postgresql://%1@%2:%3/%4").arg(role, address->host).arg(address->port).arg(address->database),
                                 options);
    };
    auto clerkStore = openAs(clerkRole);
    QVERIFY2(clerkStore.store, qPrintable(clerkStore.error));
    ReportReview clerkReview(*clerkStore.store, m_id);
    ReportDocument clerkDocument(*clerkStore.store->loadReport(m_id, &error), clerkStore.store.get(), m_id, m_clerk.name);
    ReportReview::Outcome outcome = clerkReview.perform(ReviewAction::Submit, m_clerk, {}, {}, clerkDocument);
    QVERIFY2(outcome.done, qPrintable(outcome.reason));
    auto bossStore = openAs(bossRole);
    QVERIFY2(bossStore.store, qPrintable(bossStore.error));
    QFile::remove(TrustList::localPath()); // trusted through the server's table alone
    ReportReview bossReview(*bossStore.store, m_id);
    ReportDocument bossDocument(*bossStore.store->loadReport(m_id, &error), bossStore.store.get(), m_id, m_boss.name);
    outcome = bossReview.perform(ReviewAction::SignOff, m_boss, {}, m_password, bossDocument);
    QVERIFY2(outcome.done, qPrintable(outcome.reason));
    QFile::remove(TrustList::localPath());
    QVERIFY(bossReview.reload(&error));
    QCOMPARE(bossReview.signOffCheck().verdict, SignOffCheck::Verdict::Valid);
    QCOMPARE(clerkStore.store->checkSignOff(m_id).verdict, SignOffCheck::Verdict::Valid);
    QVERIFY(!sqlAs(m_path, bossRole, rolePassword, QStringLiteral("DELETE FROM transitions")));
}

// At submission the checks made only then join the findings (R16 blank cells, R15 empty sections);
// each warning left is accepted with a 说明, which the history keeps.
void TestReportReview::submissionChecksNeedANote_data()
{
    QTest::addColumn<QString>("blankCell"); // a cell the clerk leaves blank; "" none
    QTest::addColumn<QString>("s5");        // section 五 as written
    QTest::addColumn<QString>("note");      // the 说明 given for each warning
    QTest::addColumn<QString>("expected");  // the rule ids of the warnings at submission, joined by ","
    QTest::addColumn<bool>("submitted");

    const QString five = QStringLiteral("公开内容不够全面，解读形式较为单一；下一步将完善制度，丰富解读形式。");
    QTest::newRow("clean") << "" << five << "" << "" << true;
    QTest::newRow("a blank cell, explained") << "s4.cases.review_upheld" << five << "台账无此项，留空待补" << "R16" << true;
    QTest::newRow("a blank cell, no note") << "s4.cases.review_upheld" << five << "" << "R16" << false;
    QTest::newRow("a one-character note") << "s4.cases.review_upheld" << five << "无" << "R16" << false;
    QTest::newRow("五 empty and a blank") << "s4.cases.direct_other" << "" << "本年度无问题需说明" << "R15,R16" << true;
}

void TestReportReview::submissionChecksNeedANote()
{
    QFETCH(QString, blankCell);
    QFETCH(QString, s5);
    QFETCH(QString, note);
    QFETCH(QString, expected);
    QFETCH(bool, submitted);

    QString error;
    if (!blankCell.isEmpty())
        QVERIFY(edit(blankCell, QString()).accepted);
    ReportDocument &doc = document();
    QVERIFY(doc.editText(QStringLiteral("narrative"), QStringLiteral("s5"), s5).accepted);
    // While typing, neither check speaks.
    QVERIFY(m_review->unacknowledged(doc.validator().findings(), doc.format()).isEmpty());
    const QVector<Finding> open = m_review->unacknowledged(ReportReview::findingsAt(doc, false, QDate::currentDate()), doc.format());
    QStringList rules;
    for (const Finding &finding : open)
        rules << finding.ruleId;
    QCOMPARE(rules.join(QLatin1Char(',')), expected);
    for (const Finding &finding : open) {
        const bool accepted = m_review->acknowledge(finding, doc.format(), m_clerk, note, &error);
        QCOMPARE(accepted, note.size() >= 2);
        if (!accepted)
            QCOMPARE(error, QStringLiteral("say in a few words why the warning stands (a note)"));
    }
    const auto outcome = perform(ReviewAction::Submit, m_clerk);
    QCOMPARE(outcome.done, submitted);
    if (!submitted)
        QVERIFY2(outcome.reason.contains(QStringLiteral("needs a short note")), qPrintable(outcome.reason));
    // The notes stay with the report, for the supervisor and the history.
    for (const Acknowledgement &acknowledgement : m_store->acknowledgements(m_id, 1))
        QCOMPARE(acknowledgement.note, note);
}

// A supervisor's 待核实 flag blocks sign-off until the clerk answers it with what was checked.
void TestReportReview::verifyFlagBlocksSignOff()
{
    QVERIFY(perform(ReviewAction::Submit, m_clerk).done);
    QVERIFY(m_review->addComment(QStringLiteral("s3.new.natural"), m_boss, QStringLiteral("与收文登记簿核对"), true).done);
    QVERIFY(m_review->addComment(QStringLiteral("s1"), m_boss, QStringLiteral("措辞可再精炼")).done); // a plain remark blocks nothing
    QCOMPARE(m_review->openFlags(), 1);
    auto outcome = perform(ReviewAction::SignOff, m_boss, {}, m_password);
    QVERIFY(!outcome.done);
    QCOMPARE(outcome.reason, QStringLiteral("1 cell(s) flagged to verify not yet answered"));

    const Comment flag = m_review->comments().first();
    QVERIFY(flag.verify);
    outcome = m_review->resolveComment(flag.id, m_clerk);
    QVERIFY(!outcome.done);
    QCOMPARE(outcome.reason, QStringLiteral("a cell flagged to verify is answered with what was checked"));
    QVERIFY(m_review->resolveComment(flag.id, m_clerk, QStringLiteral("已核对登记簿，2件无误")).done);
    QCOMPARE(m_review->openFlags(), 0);
    QCOMPARE(m_review->comments().first().answer, QStringLiteral("已核对登记簿，2件无误"));
    QVERIFY(perform(ReviewAction::SignOff, m_boss, {}, m_password).done);
    // The history keeps the flag and its answer.
    auto other = openStore(m_path, false, true);
    QCOMPARE(other.store->comments(m_id).first().answer, QStringLiteral("已核对登记簿，2件无误"));
    QVERIFY(other.store->comments(m_id).first().verify);
}

// “Blank → 0” for one table: every blank input cell of it becomes 0 in one undoable, saved edit;
// 0 and “/” already typed, other tables and blank totals are left as they are.
void TestReportReview::blanksToZeroIsOneUndoStep()
{
    for (const char *key : {"s4.cases.review_upheld", "s4.cases.review_other", "s3.new.legal"})
        QVERIFY(edit(QString::fromLatin1(key), QString()).accepted);
    ReportDocument &doc = document();
    const int upheld = doc.format().indexOf(QStringLiteral("s4.cases.review_upheld"));
    const int legal = doc.format().indexOf(QStringLiteral("s3.new.legal"));
    QVERIFY(doc.report().value(upheld).isBlank());
    QSignalSpy cells(&doc, &ReportDocument::cellsChanged);
    QCOMPARE(doc.fillBlanksWithZero(QStringLiteral("s4")), 2);
    QCOMPARE(doc.report().value(upheld), CellValue::number(0));
    QVERIFY(doc.report().value(legal).isBlank()); // another table
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(cells.count() >= 1);
    // Saved: a fresh document from the store has the zeros.
    QCOMPARE(document().report().value(upheld), CellValue::number(0));
    doc.undoStack()->undo();
    QVERIFY(doc.report().value(upheld).isBlank());
    QVERIFY(document().report().value(upheld).isBlank());
    QCOMPARE(doc.fillBlanksWithZero(QStringLiteral("s2_1")), 0); // nothing blank there: no undo step
    QCOMPARE(doc.undoStack()->count(), 1);
}

QTEST_GUILESS_MAIN(TestReportReview)
#include "tst_reportreview.moc"
