#include "mainwindow.h"
#include "passwordhash.h"
#include "reportbuilder.h"
#include "reportdocument.h"
#include "reportlistpage.h"
#include "reportreview.h"
#include "reviewpanel.h"
#include "signature.h"
#include "storetestutil.h"
#include "pdftestutil.h"
#include "testpaths.h"

#include <QCryptographicHash>
#include <QImage>
#include <QLabel>
#include <QPasswordDigestor>
#include <QProcess>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace nb;

namespace {
int thisYear()
{
    return QDate::currentDate().year();
}
} // namespace

// Sign-offs as signatures: the sealed key, the capped password hash, the trust list, and the forgeries
// of issue 15 done exactly as an attacker with the file and the sqlite3 tool would — each must end in
// "signature invalid" or "untrusted" in `list`, `verify`, `export`, `consolidate` and the window.
class TestSignature : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void sealedKeyOpensOnlyWithThePassword();
    void forgedCheapKeyParametersAreRefused_data();
    void forgedCheapKeyParametersAreRefused();
    void passwordIterationsAreCapped_data();
    void passwordIterationsAreCapped();
    void fingerprintIsTheKeysSha256();
    void trustListLines();
    void genuineSignOffHoldsEverywhere();
    void forgeries_data();
    void forgeries();
    void forgedSupervisorWithOneIteration();
    void trailAndLogRefuseDelete();
    void forgeryInTheWindow();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &arguments) const;
    void signOff();

    QTemporaryDir m_config; // this computer's trust list lives here (XDG_CONFIG_HOME)
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<ReportStore> m_store;
    int m_id = 0;
    const User m_clerk{QStringLiteral("张三"), Role::Clerk};
    const User m_boss{QStringLiteral("李主任"), Role::Supervisor};
    const QString m_password = QStringLiteral("正确的密码 secret");
};

void TestSignature::initTestCase()
{
    // The trust list of "this computer", for this test and the commands it runs alike.
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("Nianbao"));
    QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
    QCOMPARE(TrustList::localPath(), m_config.filePath(QStringLiteral("Nianbao/nianbao/trusted-keys.txt")));
}

void TestSignature::init()
{
    m_store.reset();
    QFile::remove(TrustList::localPath());
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("sign.sqlite"));
    auto opened = openStore(m_path);
    QVERIFY2(opened.store, qPrintable(opened.error));
    m_store = std::move(opened.store);
    QString error;
    QVERIFY2(m_store->addUser(m_clerk, QString(), std::nullopt, &error), qPrintable(error));
    QVERIFY2(m_store->addUser(m_boss, m_password, std::nullopt, &error), qPrintable(error));
    // This year's report, filled in and signed today: no warning at submission or sign-off (R15–R17).
    Report clean = reportFrom(QStringLiteral("2021"), thisYear(), QStringLiteral("3.new.natural=2; 3.granted.natural=2"));
    fillForSubmission(clean);
    clean.setAgency({QStringLiteral("测试局"), {}, {}, {}, {}, {}, {}, {}});
    const std::optional<int> id = m_store->addReport(clean, m_clerk.name, &error);
    QVERIFY2(id, qPrintable(error));
    m_id = *id;
}

TestSignature::Run TestSignature::cli(const QStringList &arguments) const
{
    QProcess process;
    process.start(testpaths::executable(), arguments + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// Submitted by the clerk, signed by the supervisor with the password, through the program.
void TestSignature::signOff()
{
    ReportReview review(*m_store, m_id);
    ReportDocument document(*m_store->loadReport(m_id, nullptr), m_store.get(), m_id, m_clerk.name);
    ReportReview::Outcome outcome = review.perform(ReviewAction::Submit, m_clerk, {}, {}, document);
    QVERIFY2(outcome.done, qPrintable(outcome.reason));
    // A wrong password neither signs nor opens the key.
    outcome = review.perform(ReviewAction::SignOff, m_boss, {}, QStringLiteral("wrong"), document);
    QVERIFY(!outcome.done);
    outcome = review.perform(ReviewAction::SignOff, m_boss, {}, m_password, document);
    QVERIFY2(outcome.done, qPrintable(outcome.reason));
    QCOMPARE(review.signOffCheck().verdict, SignOffCheck::Verdict::Valid);
    QCOMPARE(review.signOffCheck().trustedAs, m_boss.name);
}

void TestSignature::sealedKeyOpensOnlyWithThePassword()
{
    const KeyPair pair = Signing::generate();
    QCOMPARE(pair.publicKey.size(), 32);
    QCOMPARE(pair.secretKey.size(), 64);
    const QString sealed = Signing::seal(pair.secretKey, m_password);
    QVERIFY(sealed.startsWith(QStringLiteral("argon2id$2$67108864$")));
    QVERIFY(!sealed.toLatin1().contains(pair.secretKey.toBase64()));
    QString error;
    QCOMPARE(Signing::unseal(sealed, m_password, &error).value_or(QByteArray()), pair.secretKey);
    QVERIFY(!Signing::unseal(sealed, QStringLiteral("wrong"), &error));
    QCOMPARE(error, QStringLiteral("the password does not open the signing key"));
    // The signature covers every field: changing any one breaks it.
    const QByteArray message = Signing::message("abc", 1, 1, m_boss.name, pair.publicKey, QStringLiteral("2026-01-01T00:00:00.000Z"));
    const QByteArray signature = Signing::sign(message, pair.secretKey);
    QVERIFY(Signing::verify(message, signature, pair.publicKey));
    QVERIFY(!Signing::verify(Signing::message("abd", 1, 1, m_boss.name, pair.publicKey, QStringLiteral("2026-01-01T00:00:00.000Z")),
                             signature, pair.publicKey));
    QVERIFY(!Signing::verify(Signing::message("abc", 2, 1, m_boss.name, pair.publicKey, QStringLiteral("2026-01-01T00:00:00.000Z")),
                             signature, pair.publicKey));
    QVERIFY(!Signing::verify(Signing::message("abc", 1, 1, QStringLiteral("boss"), pair.publicKey, QStringLiteral("2026-01-01T00:00:00.000Z")),
                             signature, pair.publicKey));
    QVERIFY(!Signing::verify(Signing::message("abc", 1, 1, m_boss.name, pair.publicKey, QStringLiteral("2026-01-02T00:00:00.000Z")),
                             signature, pair.publicKey));
}

void TestSignature::forgedCheapKeyParametersAreRefused_data()
{
    QTest::addColumn<QString>("ops");
    QTest::addColumn<QString>("mem");
    QTest::addColumn<QString>("expected");
    const QString range = QStringLiteral("the stored signing key asks for key derivation parameters outside the accepted range; it is refused");
    QTest::newRow("one pass") << "1" << "67108864" << range;
    QTest::newRow("8 KiB") << "2" << "8192" << range;
    QTest::newRow("huge memory") << "2" << "1099511627776" << range;
    QTest::newRow("many passes") << "1000000" << "67108864" << range;
    QTest::newRow("not a number") << "x" << "67108864" << QStringLiteral("the stored signing key is damaged");
    QTest::newRow("as written") << "2" << "67108864" << QString();
}

void TestSignature::forgedCheapKeyParametersAreRefused()
{
    QFETCH(QString, ops);
    QFETCH(QString, mem);
    QFETCH(QString, expected);
    QStringList parts = Signing::seal(Signing::generate().secretKey, m_password).split(QLatin1Char('$'));
    parts[1] = ops;
    parts[2] = mem;
    QString error;
    QElapsedTimer timer;
    timer.start();
    const bool opened = Signing::unseal(parts.join(QLatin1Char('$')), m_password, &error).has_value();
    QCOMPARE(opened, expected.isEmpty());
    QCOMPARE(error, expected);
    QVERIFY(timer.elapsed() < 5000);
}

void TestSignature::passwordIterationsAreCapped_data()
{
    QTest::addColumn<int>("iterations");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("1 iteration (the attack)") << 1 << false;
    QTest::newRow("1000") << 1000 << false;
    QTest::newRow("99 999") << 99999 << false;
    QTest::newRow("100 000") << 100000 << true;
    QTest::newRow("20 000 000") << 20000000 << false;
}

void TestSignature::passwordIterationsAreCapped()
{
    QFETCH(int, iterations);
    QFETCH(bool, accepted);
    const QByteArray salt("0123456789abcdef");
    // The stored form written by hand, as an attacker with the file would: right for this password.
    const QByteArray key = iterations > 1000000 ? QByteArray(32, 'x')
                                                : QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, "123456", salt,
                                                                                     iterations, 32);
    const QString stored = QStringLiteral("pbkdf2-sha256$%1$%2$%3")
                               .arg(iterations)
                               .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(verifyPassword(QStringLiteral("123456"), stored), accepted);
    QVERIFY(timer.elapsed() < 5000);
}

void TestSignature::fingerprintIsTheKeysSha256()
{
    // SHA-256 of 32 zero bytes begins 66687aadf862bd776c8fc18b8e9f8e20.
    QCOMPARE(keyFingerprint(QByteArray(32, '\0')), QStringLiteral("6668 7aad f862 bd77 6c8f c18b 8e9f 8e20"));
    QCOMPARE(keyFingerprint(QByteArray(32, '\0'), true), QStringLiteral("66687aadf862bd776c8fc18b8e9f8e20"));
}

void TestSignature::trustListLines()
{
    const QString path = m_dir->filePath(QStringLiteral("office.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# the office's list\n"
               "6668 7AAD f862 bd77 6c8f c18b 8e9f 8e20  李主任\n"
               "not a line\n"
               "\n");
    file.close();
    TrustList list;
    QString error;
    QVERIFY(list.load(path, &error));
    QVERIFY(error.contains(QStringLiteral("not a line of a trust list: not a line")));
    QCOMPARE(list.nameOf(QByteArray(32, '\0')).value_or(QString()), QStringLiteral("李主任"));
    QVERIFY(!list.nameOf(QByteArray(32, '\1')));
    QVERIFY(!list.nameOf(QByteArray()));
    // Adding to this computer's list keeps one line per key; a name with a line break stays one line.
    QVERIFY(TrustList::trustLocally(QByteArray(32, '\1'), QStringLiteral("王\n主任"), &error));
    QVERIFY(TrustList::trustLocally(QByteArray(32, '\1'), QStringLiteral("王\n主任"), &error));
    QFile local(TrustList::localPath());
    QVERIFY(local.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = local.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2); // the comment and the key
    QCOMPARE(QString::fromUtf8(lines.last()), keyFingerprint(QByteArray(32, '\1')) + QStringLiteral(" 王 主任"));
}

void TestSignature::genuineSignOffHoldsEverywhere()
{
    signOff();
    const QString fingerprint = m_store->checkSignOff(m_id).fingerprint;
    QCOMPARE(fingerprint.size(), 39);
    m_store.reset();
    Run run = cli({QStringLiteral("verify"), QStringLiteral("--db"), m_path, QStringLiteral("--report"), QString::number(m_id)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("signed off by: 李主任")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("key fingerprint: ") + fingerprint));
    QVERIFY(run.out.contains(QStringLiteral("signature valid; the key is trusted as 李主任")));
    run = cli({QStringLiteral("list"), QStringLiteral("--db"), m_path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("\t测试局\t%1\t2021\tsigned\t").arg(thisYear())), qPrintable(run.out));
    const QString pdf = m_dir->filePath(QStringLiteral("signed.pdf"));
    run = cli({QStringLiteral("export"), QStringLiteral("--db"), m_path, QStringLiteral("--report"), QString::number(m_id),
               QStringLiteral("--pdf"), pdf});
    QCOMPARE(run.exitCode, 0);
    const QString text = rawPdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("签发人：李主任")));
    QVERIFY2(text.contains(QStringLiteral("签名密钥指纹：") + fingerprint), qPrintable(text.right(300)));
    QCOMPARE(draftMarkPixels(pdf), 0);
    // On a computer that does not trust the key (no local list): valid but untrusted, exported as a draft.
    QFile::rename(TrustList::localPath(), m_dir->filePath(QStringLiteral("keys-of-the-supervisor.txt")));
    run = cli({QStringLiteral("verify"), QStringLiteral("--db"), m_path, QStringLiteral("--report"), QString::number(m_id)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("signature valid, but the signer is not trusted")), qPrintable(run.out));
    // ... until the consolidating office's list is given.
    run = cli({QStringLiteral("verify"), QStringLiteral("--db"), m_path, QStringLiteral("--report"), QString::number(m_id),
               QStringLiteral("--trust"), m_dir->filePath(QStringLiteral("keys-of-the-supervisor.txt"))});
    QCOMPARE(run.exitCode, 0);
}

// The forgeries, each done with SQL on the real file, then checked by the commands a person would run.
void TestSignature::forgeries_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("listed");
    QTest::addColumn<QString>("said");
    QTest::newRow("figure changed after a genuine sign-off")
        << "edit-after" << "signature-invalid" << "signature invalid: the report was changed after 李主任 signed it";
    QTest::newRow("issue 15 recipe: trail row with recomputed digest")
        << "recipe" << "signature-invalid" << "signature invalid: the sign-off by boss carries no signature";
    QTest::newRow("state column only, no trail")
        << "state-only" << "signature-invalid"
        << "signature invalid: the report is marked signed, but there is no sign-off in its review trail";
    QTest::newRow("signature by a made-up key")
        << "made-up-key" << "signature-untrusted" << "signature valid, but the signer is not trusted";
    QTest::newRow("reopened, then set back to signed")
        << "stale" << "signature-invalid" << "signature invalid: the sign-off by 李主任 is of revision 1; the report is at revision 2";
    QTest::newRow("genuine signature copied, name changed")
        << "rename" << "signature-invalid" << "signature invalid: the signature of boss does not match";
}

void TestSignature::forgeries()
{
    QFETCH(QString, how);
    QFETCH(QString, listed);
    QFETCH(QString, said);
    if (how == QLatin1String("edit-after") || how == QLatin1String("rename") || how == QLatin1String("stale"))
        signOff();
    if (how == QLatin1String("stale")) {
        ReportReview review(*m_store, m_id);
        ReportDocument document(*m_store->loadReport(m_id, nullptr), m_store.get(), m_id, m_clerk.name);
        const ReportReview::Outcome outcome =
            review.perform(ReviewAction::Reopen, m_boss, QStringLiteral("一处笔误"), m_password, document);
        QVERIFY2(outcome.done, qPrintable(outcome.reason));
    }
    m_store.reset();
    const QString id = QString::number(m_id);
    const QString figure = QStringLiteral("UPDATE cell_values SET number = 3 WHERE report_id = %1 AND cell_key = 's3.new.natural'").arg(id);
    if (how == QLatin1String("edit-after")) {
        QVERIFY(rawSql(m_path, {figure}));
    } else if (how == QLatin1String("rename")) {
        QVERIFY(rawSql(m_path, {QStringLiteral("DROP TRIGGER transitions_no_update"),
                                QStringLiteral("UPDATE transitions SET who = 'boss' WHERE to_state = 'signed'")}));
    } else if (how == QLatin1String("recipe") || how == QLatin1String("made-up-key")) {
        QVERIFY(rawSql(m_path, {figure}));
        // sha256 of export-json, exactly as the attacker computes it.
        const Run json = cli({QStringLiteral("export-json"), QStringLiteral("--db"), m_path, QStringLiteral("--report"), id});
        QCOMPARE(json.exitCode, 0);
        const QByteArray digest = QCryptographicHash::hash(json.out.toUtf8(), QCryptographicHash::Sha256).toHex();
        const QString at = QStringLiteral("2026-06-01T08:00:00.000Z");
        QString key, signature;
        if (how == QLatin1String("made-up-key")) {
            const KeyPair pair = Signing::generate();
            key = QString::fromLatin1(pair.publicKey.toBase64());
            signature = QString::fromLatin1(
                Signing::sign(Signing::message(digest, m_id, 1, QStringLiteral("boss"), pair.publicKey, at), pair.secretKey).toBase64());
        }
        QVERIFY(rawSql(m_path, {QStringLiteral("INSERT INTO transitions (report_id, revision, at, who, from_state, to_state, digest, "
                                               "public_key, signature) VALUES (%1, 1, '%2', 'boss', 'submitted', 'signed', '%3', %4, %5)")
                                    .arg(id, at, QString::fromLatin1(digest),
                                         key.isEmpty() ? QStringLiteral("NULL") : QLatin1Char('\'') + key + QLatin1Char('\''),
                                         signature.isEmpty() ? QStringLiteral("NULL") : QLatin1Char('\'') + signature + QLatin1Char('\'')),
                                QStringLiteral("UPDATE reports SET state = 'signed' WHERE id = %1").arg(id)}));
    } else if (how == QLatin1String("stale")) {
        QVERIFY(rawSql(m_path, {QStringLiteral("UPDATE reports SET state = 'signed' WHERE id = %1").arg(id)}));
    } else {
        QVERIFY(rawSql(m_path, {figure, QStringLiteral("UPDATE reports SET state = 'signed' WHERE id = %1").arg(id)}));
    }

    Run run = cli({QStringLiteral("list"), QStringLiteral("--db"), m_path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("\t%1\t2021\t").arg(thisYear()) + listed + QLatin1Char('\t')), qPrintable(run.out));
    QVERIFY(!run.out.contains(QStringLiteral("\tsigned\t")));

    run = cli({QStringLiteral("verify"), QStringLiteral("--db"), m_path, QStringLiteral("--report"), id});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(said), qPrintable(run.out));

    const QString pdf = m_dir->filePath(QStringLiteral("forged.pdf"));
    run = cli({QStringLiteral("export"), QStringLiteral("--db"), m_path, QStringLiteral("--report"), id, QStringLiteral("--pdf"), pdf});
    QVERIFY2(run.err.contains(QStringLiteral("exported as a draft")), qPrintable(run.err));
    const QString text = rawPdfText(pdf);
    QVERIFY(!text.isEmpty());
    QVERIFY(!text.contains(QStringLiteral("签发人")));
    QVERIFY(draftMarkPixels(pdf) > 0); // the pale red 草稿 across the page

    // 汇总 leaves it out by default (nothing else to sum: refused); summed on request, it is flagged.
    run = cli({QStringLiteral("consolidate"), QStringLiteral("--db"), m_path, QStringLiteral("--year"), QString::number(thisYear()),
               QStringLiteral("-o"), m_dir->filePath(QStringLiteral("sum.csv"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("is signed off with a valid signature by a trusted supervisor")), qPrintable(run.err));
    run = cli({QStringLiteral("consolidate"), QStringLiteral("--db"), m_path, QStringLiteral("--year"), QString::number(thisYear()),
               QStringLiteral("--include-unsigned"), QStringLiteral("-o"), m_dir->filePath(QStringLiteral("sum.csv"))});
    QCOMPARE(run.exitCode, 1); // rests on a report that is not signed off
    QVERIFY2(run.err.contains(QStringLiteral("not signed off")), qPrintable(run.err));
}

void TestSignature::forgedSupervisorWithOneIteration()
{
    // The clerk writes themself in as a supervisor with a 1-iteration hash of a password they chose.
    const QByteArray salt("0123456789abcdef");
    const QByteArray key = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, "123456", salt, 1, 32);
    const QString stored = QStringLiteral("pbkdf2-sha256$1$%1$%2").arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
    QVERIFY(rawSql(m_path, {QStringLiteral("INSERT INTO users (name, role, password, created_at) VALUES ('boss', 'supervisor', '%1', 'x')")
                                .arg(stored),
                            QStringLiteral("UPDATE users SET password = '%1' WHERE name = '李主任'").arg(stored)}));
    QVERIFY(!m_store->checkPassword(QStringLiteral("boss"), QStringLiteral("123456")));
    QVERIFY(!m_store->checkPassword(m_boss.name, QStringLiteral("123456")));
    ReportReview review(*m_store, m_id);
    ReportDocument document(*m_store->loadReport(m_id, nullptr), m_store.get(), m_id, m_clerk.name);
    QVERIFY(review.perform(ReviewAction::Submit, m_clerk, {}, {}, document).done);
    const ReportReview::Outcome outcome =
        review.perform(ReviewAction::SignOff, {QStringLiteral("boss"), Role::Supervisor}, {}, QStringLiteral("123456"), document);
    QVERIFY(!outcome.done);
    QCOMPARE(outcome.reason, QStringLiteral("the password of boss is not right"));
    QCOMPARE(review.status().state, ReportState::Submitted);
}

void TestSignature::trailAndLogRefuseDelete()
{
    signOff();
    QVERIFY(!rawSql(m_path, {QStringLiteral("DELETE FROM change_log")}));
    QVERIFY(!rawSql(m_path, {QStringLiteral("DELETE FROM transitions")}));
    QVariant count;
    QVERIFY(rawSql(m_path, {QStringLiteral("SELECT count(*) FROM transitions")}, &count));
    QCOMPARE(count.toInt(), 2);
    // A report deleted whole takes its trail with it (nothing of it is left to pass off as signed).
    QString error;
    QVERIFY2(m_store->deleteReport(m_id, &error), qPrintable(error));
    QVERIFY(rawSql(m_path, {QStringLiteral("SELECT count(*) FROM transitions")}, &count));
    QCOMPARE(count.toInt(), 0);
}

void TestSignature::forgeryInTheWindow()
{
    signOff();
    m_store.reset();
    QVERIFY(rawSql(m_path, {QStringLiteral("UPDATE cell_values SET number = 3 WHERE cell_key = 's3.new.natural'")}));
    MainWindow window;
    QVERIFY2(window.openDatabase(m_path, false), qPrintable(window.lastError()));
    // The report list: not 已签发 but "signature invalid".
    auto *table = window.reportList()->findChild<QTableView *>();
    QVERIFY(table);
    QStringList cells;
    for (int column = 0; column < table->model()->columnCount(); ++column)
        cells << table->model()->index(0, column).data().toString();
    QVERIFY2(cells.contains(QStringLiteral("Signature invalid")), qPrintable(cells.join(QLatin1Char('|'))));
    QVERIFY(!cells.contains(QStringLiteral("Signed off")));
    // The open report: the lock banner and the review panel say so; it is published as a draft.
    QVERIFY(window.openReport(m_id));
    const QString banner = window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->text();
    QVERIFY2(banner.contains(QStringLiteral("signature invalid: the report was changed after 李主任 signed it")), qPrintable(banner));
    const QString panel = window.reviewPanel()->findChild<QLabel *>(QStringLiteral("tamperBanner"))->text();
    QVERIFY2(panel.startsWith(QStringLiteral("⚠ Signature invalid")), qPrintable(panel));
    const QString shownState = window.reviewPanel()->findChild<QLabel *>(QStringLiteral("state"))->text();
    QVERIFY2(shownState.startsWith(QStringLiteral("<b>Signature invalid</b>")), qPrintable(shownState));
    const QString pdf = m_dir->filePath(QStringLiteral("window.pdf"));
    QVERIFY2(window.publishReport(pdf), qPrintable(window.lastError()));
    QVERIFY(!rawPdfText(pdf).contains(QStringLiteral("签发人")));
    // 汇总 in the window: left out by default (nothing left to sum); included on request, not signed off.
    QVERIFY(!window.consolidateReports({m_id}));
    QVERIFY2(window.lastError().contains(QStringLiteral("is signed off with a valid signature by a trusted supervisor")),
             qPrintable(window.lastError()));
    const std::optional<Consolidation> summed = window.consolidateReports({m_id}, true);
    QVERIFY(summed);
    QCOMPARE(summed->members().size(), 1);
    QVERIFY(!summed->members().first().isSigned());
    QCOMPARE(summed->members().first().state, QStringLiteral("signature-invalid"));
}

QTEST_MAIN(TestSignature)
#include "tst_signature.moc"
