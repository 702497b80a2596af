// 汇总 of reports in a database (issue 16, item 6): by default only the reports signed off with a
// signature that holds and a trusted key are summed; the others are listed with their state and why;
// the include option sums them too. On a SQLite file, and on PostgreSQL when the wrapper starts one.
#include "consolidationdialog.h"
#include "reportbuilder.h"
#include "reportlistpage.h"
#include "signtestutil.h"
#include "storedconsolidation.h"
#include "storetestutil.h"
#include "validator.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QtTest>

using namespace nb;

class TestStoredConsolidation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void leavesOutWhatIsNotSigned_data();
    void leavesOutWhatIsNotSigned();
    void noneSignedIsRefusedWithTheReason();
    void dialogListsWhatWasLeftOutAndIncludesOnRequest();
    void manyReportsAsWhenCheckedOneByOne_data();
    void manyReportsAsWhenCheckedOneByOne();
    void cellUnknownToTheFormatIsRefused();

private:
    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<ReportStore> m_store;
    QHash<QString, int> m_ids; // agency → its 2023 report
};

// Four agencies' 2023 reports, 一、本年新收 · 自然人 = 1, 2, 4, 8: 甲 signed by a trusted supervisor, 乙 a
// draft, 丙 signed and changed afterwards by hand (its figure now 40), 丁 signed with a key nobody trusts.
void TestStoredConsolidation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_location = storeLocation(m_dir, QStringLiteral("city.sqlite"));
    ReportStore::OpenResult opened = openStore(m_location);
    QVERIFY2(opened.store, qPrintable(opened.error));
    m_store = std::move(opened.store);
    const QStringList agencies{QStringLiteral("甲局"), QStringLiteral("乙局"), QStringLiteral("丙局"), QStringLiteral("丁局")};
    for (int i = 0; i < agencies.size(); ++i) {
        Report report = blankReport(QStringLiteral("2021"), 2023, agencies.at(i));
        report.setValue(report.format().indexOf(QStringLiteral("s3.new.natural")), CellValue::number(qint64(1) << i));
        QString error;
        const std::optional<int> id = m_store->addReport(report, QStringLiteral("clerk"), &error);
        QVERIFY2(id, qPrintable(error));
        m_ids.insert(agencies.at(i), *id);
    }
    const KeyPair trusted = Signing::generate();
    const KeyPair stranger = Signing::generate();
    QVERIFY(trustKey(m_dir, trusted, QStringLiteral("李主任")));
    QVERIFY(signDirectly(*m_store, m_location, m_ids.value(QStringLiteral("甲局")), trusted, QStringLiteral("李主任")));
    QVERIFY(signDirectly(*m_store, m_location, m_ids.value(QStringLiteral("丙局")), trusted, QStringLiteral("李主任")));
    QVERIFY(signDirectly(*m_store, m_location, m_ids.value(QStringLiteral("丁局")), stranger, QStringLiteral("王某")));
    QVERIFY(rawSql(m_location, {QStringLiteral("UPDATE cell_values SET number = 40 WHERE cell_key = 's3.new.natural' AND report_id = %1")
                                    .arg(m_ids.value(QStringLiteral("丙局")))}));
}

void TestStoredConsolidation::leavesOutWhatIsNotSigned_data()
{
    QTest::addColumn<QStringList>("chosen");
    QTest::addColumn<bool>("includeUnsigned");
    QTest::addColumn<QStringList>("members");  // agency state
    QTest::addColumn<qint64>("natural");       // the total of 一、本年新收 · 自然人
    QTest::addColumn<QStringList>("leftOut");  // agency|state|the reason's start
    const QStringList all{QStringLiteral("甲局"), QStringLiteral("乙局"), QStringLiteral("丙局"), QStringLiteral("丁局")};
    QTest::newRow("default: the signed one summed, the rest listed")
        << all << false << QStringList{QStringLiteral("甲局 signed")} << qint64(1)
        << QStringList{QStringLiteral("乙局|draft|not signed off"),
                       QStringLiteral("丙局|signature-invalid|the report was changed after 李主任 signed it"),
                       QStringLiteral("丁局|signature-untrusted|the key ")};
    QTest::newRow("include: every one summed, none left out")
        << all << true
        << QStringList{QStringLiteral("甲局 signed"), QStringLiteral("乙局 draft"), QStringLiteral("丙局 signature-invalid"),
                       QStringLiteral("丁局 signature-untrusted")}
        << qint64(1 + 2 + 40 + 8) << QStringList{};
    QTest::newRow("default, a draft and the signed one") << QStringList{QStringLiteral("乙局"), QStringLiteral("甲局")} << false
                                                         << QStringList{QStringLiteral("甲局 signed")} << qint64(1)
                                                         << QStringList{QStringLiteral("乙局|draft|not signed off")};
    QTest::newRow("default, the signed one alone") << QStringList{QStringLiteral("甲局")} << false << QStringList{QStringLiteral("甲局 signed")}
                                                   << qint64(1) << QStringList{};
}

void TestStoredConsolidation::leavesOutWhatIsNotSigned()
{
    QFETCH(QStringList, chosen);
    QFETCH(bool, includeUnsigned);
    QFETCH(QStringList, members);
    QFETCH(qint64, natural);
    QFETCH(QStringList, leftOut);

    QVector<int> ids;
    for (const QString &agency : chosen)
        ids << m_ids.value(agency);
    QString error;
    const std::optional<Consolidation> summed = consolidateStored(*m_store, ids, QStringLiteral("某市"), &error, includeUnsigned);
    QVERIFY2(summed, qPrintable(error));
    QStringList shownMembers;
    for (const ConsolidationMember &member : summed->members())
        shownMembers << member.report.agency().name + QLatin1Char(' ') + member.state;
    QCOMPARE(shownMembers, members);
    QCOMPARE(summed->total().number(summed->total().format().indexOf(QStringLiteral("s3.new.natural"))), natural);
    QCOMPARE(summed->leftOut().size(), leftOut.size());
    for (int i = 0; i < leftOut.size(); ++i) {
        const QStringList expected = leftOut.at(i).split(QLatin1Char('|'));
        const LeftOutReport &left = summed->leftOut().at(i);
        QCOMPARE(left.agency, expected.at(0));
        QCOMPARE(left.reportId, m_ids.value(expected.at(0)));
        QCOMPARE(left.state, expected.at(1));
        QVERIFY2(left.reason.startsWith(expected.at(2)), qPrintable(left.reason));
    }
}

void TestStoredConsolidation::noneSignedIsRefusedWithTheReason()
{
    const QVector<int> ids{m_ids.value(QStringLiteral("乙局")), m_ids.value(QStringLiteral("丙局"))};
    QString error;
    QVERIFY(!consolidateStored(*m_store, ids, QString(), &error));
    // ("report(s)": the English plural comes from the translation, which a test does not load.)
    QVERIFY2(error.startsWith(QStringLiteral("none of the 2 report")), qPrintable(error));
    QVERIFY2(error.endsWith(QStringLiteral("is signed off with a valid signature by a trusted supervisor; "
                                           "include the reports not signed off to sum them anyway")),
             qPrintable(error));
    error.clear();
    const std::optional<Consolidation> all = consolidateStored(*m_store, ids, QString(), &error, true);
    QVERIFY2(all, qPrintable(error));
    QCOMPARE(all->members().size(), 2);
    // A report number that is not in the database is refused, whatever the option.
    QVERIFY(!consolidateStored(*m_store, {m_ids.value(QStringLiteral("甲局")), 99999}, QString(), &error, true));
    QCOMPARE(error, QStringLiteral("there is no report number 99999 in this database"));
}

// The dialog lists the reports left out — agency, state, why — and its checkbox sums them too, then
// leaves them out again.
void TestStoredConsolidation::dialogListsWhatWasLeftOutAndIncludesOnRequest()
{
    QVector<int> ids;
    for (const QString &agency : {QStringLiteral("甲局"), QStringLiteral("乙局"), QStringLiteral("丙局"), QStringLiteral("丁局")})
        ids << m_ids.value(agency);
    const auto recompute = [this, ids](bool include, QString *error) {
        return consolidateStored(*m_store, ids, QString(), error, include);
    };
    QString error;
    std::optional<Consolidation> summed = recompute(false, &error);
    QVERIFY2(summed, qPrintable(error));
    ConsolidationDialog dialog(std::move(*summed));
    dialog.setRecompute(recompute, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *leftOut = dialog.findChild<QTableWidget *>(QStringLiteral("leftOut"));
    auto *members = dialog.findChild<QTableWidget *>(QStringLiteral("members"));
    auto *include = dialog.findChild<QCheckBox *>(QStringLiteral("includeUnsigned"));
    QVERIFY(leftOut->isVisible());
    QVERIFY(include->isEnabled());
    QVERIFY(!include->isChecked());
    QCOMPARE(members->rowCount(), 1);
    QCOMPARE(leftOut->rowCount(), 3);
    const QStringList expected{QStringLiteral("乙局|Draft|not signed off"), QStringLiteral("丙局|Signature invalid|the report was changed after 李主任 signed it"),
                               QStringLiteral("丁局|Signer not trusted|the key ")};
    for (int row = 0; row < 3; ++row) {
        const QStringList cells = expected.at(row).split(QLatin1Char('|'));
        QCOMPARE(leftOut->item(row, 0)->text(), cells.at(0));
        QCOMPARE(leftOut->item(row, 1)->text(), cells.at(1));
        QVERIFY2(leftOut->item(row, 2)->text().startsWith(cells.at(2)), qPrintable(leftOut->item(row, 2)->text()));
    }
    QVERIFY2(dialog.findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QStringLiteral("3 report(s) left out")),
             qPrintable(dialog.findChild<QLabel *>(QStringLiteral("summary"))->text()));
    // For a person to look at: NIANBAO_TEST_GRAB=DIR saves the dialog as it is drawn.
    if (!qEnvironmentVariableIsEmpty("NIANBAO_TEST_GRAB"))
        dialog.grab().save(qEnvironmentVariable("NIANBAO_TEST_GRAB") + QStringLiteral("/consolidation-left-out.png"));
    // Ticked as a person ticks it: every report summed, nothing left out; the default title counts them.
    QTest::mouseClick(include, Qt::LeftButton, {}, QPoint(4, include->height() / 2));
    QVERIFY(include->isChecked());
    QCOMPARE(members->rowCount(), 4);
    QVERIFY(!leftOut->isVisible());
    QCOMPARE(dialog.consolidation().total().number(dialog.consolidation().total().format().indexOf(QStringLiteral("s3.new.natural"))), 51);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("title"))->text(), dialog.consolidation().total().agency().name);
    QVERIFY(dialog.consolidation().total().agency().name.contains(QLatin1Char('4')));
    // Unticked: the default again.
    QTest::mouseClick(include, Qt::LeftButton, {}, QPoint(4, include->height() / 2));
    QVERIFY(!include->isChecked());
    QCOMPARE(members->rowCount(), 1);
    QCOMPARE(leftOut->rowCount(), 3);
    QCOMPARE(dialog.consolidation().total().number(dialog.consolidation().total().format().indexOf(QStringLiteral("s3.new.natural"))), 1);
}

QTEST_MAIN(TestStoredConsolidation)
// A 汇总 of hundreds (its checks shared out over threads, its cell rows read straight from the driver,
// last year's reports on a connection of their own) comes out as checking each report alone does:
// every sign-off as ReportStore::checkSignOff says (one report, one thread), every member's errors and
// warnings as a full validation against last year's report gives them, the same total. 240 agencies'
// 2023 and 2024 reports with random figures (some tables and texts copied from 2023, so that the
// cross-year checks have something to say); of 2024: every tenth a draft, every tenth signed with a key
// nobody trusts, every tenth changed by hand after signing, every tenth signed at revision 1 and now at
// revision 2; the other 144 signed and trusted.
void TestStoredConsolidation::manyReportsAsWhenCheckedOneByOne_data()
{
    QTest::addColumn<bool>("includeUnsigned");
    QTest::addColumn<int>("expectedMembers");
    QTest::newRow("signed ones only") << false << 144;
    QTest::newRow("all, unsigned too") << true << 240;
}

void TestStoredConsolidation::manyReportsAsWhenCheckedOneByOne()
{
    QFETCH(bool, includeUnsigned);
    QFETCH(int, expectedMembers);
    static QString location;
    static std::unique_ptr<ReportStore> store;
    static QVector<int> ids;
    static QHash<int, int> previousOf;
    if (!store) {
        location = storeLocation(m_dir, QStringLiteral("province.sqlite"));
        ReportStore::OpenResult opened = openStore(location);
        QVERIFY2(opened.store, qPrintable(opened.error));
        store = std::move(opened.store);
        QRandomGenerator random(19);
        const KeyPair trusted = Signing::generate();
        const KeyPair stranger = Signing::generate();
        QVERIFY(trustKey(m_dir, trusted, QStringLiteral("省审核员")));
        QStringList signing;
        for (int a = 0; a < 240; ++a) {
            const QString agency = QStringLiteral("第%1局").arg(a);
            Report last = blankReport(QStringLiteral("2021"), 2023, agency);
            Report now = blankReport(QStringLiteral("2021"), 2024, agency);
            for (int i = 0; i < now.format().cellCount(); ++i) {
                const CellDef &cell = now.format().cell(i);
                if (cell.isComputed())
                    continue;
                const auto value = [&]() {
                    const int roll = int(random.bounded(20));
                    if (roll == 0)
                        return CellValue();
                    if (roll == 1 && cell.notApplicableAllowed)
                        return CellValue::notApplicable();
                    return CellValue::number(cell.kind == ValueKind::Change ? qint64(random.bounded(3)) - 1 : qint64(random.bounded(30)));
                };
                last.setValue(i, value());
                now.setValue(i, a % 3 == 0 && cell.key.startsWith(QLatin1String("s2.")) ? last.value(i) : value());
            }
            const QString text = QStringLiteral("本年度，本机关认真贯彻落实《条例》，第%1号局主动公开政府信息，持续推进公开。").arg(a % 7);
            last.setNarrative(QStringLiteral("s1"), text);
            now.setNarrative(QStringLiteral("s1"), a % 2 ? text : text + QStringLiteral("另有新增。"));
            QString error;
            const std::optional<int> lastId = store->addReport(last, QStringLiteral("clerk"), &error);
            QVERIFY2(lastId, qPrintable(error));
            const std::optional<int> id = store->addReport(now, QStringLiteral("clerk"), &error);
            QVERIFY2(id, qPrintable(error));
            ids << *id;
            previousOf.insert(*id, *lastId);
            if (a % 10 == 0)
                continue; // a draft
            const KeyPair &key = a % 10 == 1 ? stranger : trusted;
            const QString at = QStringLiteral("2025-01-20T09:00:00.000Z");
            const QByteArray digest = reportDigest(now);
            const QByteArray signature = Signing::sign(Signing::message(digest, *id, 1, QStringLiteral("审核员"), key.publicKey, at), key.secretKey);
            signing << QStringLiteral("INSERT INTO transitions (report_id, revision, at, who, from_state, to_state, reason, digest, public_key, "
                                      "signature) VALUES (%1, 1, '%2', '审核员', 'submitted', 'signed', '', '%3', '%4', '%5')")
                           .arg(*id)
                           .arg(at, QString::fromLatin1(digest), QString::fromLatin1(key.publicKey.toBase64()),
                                QString::fromLatin1(signature.toBase64()))
                    << QStringLiteral("UPDATE reports SET state = 'signed' WHERE id = %1").arg(*id);
            if (a % 10 == 2) // changed by hand after signing
                signing << QStringLiteral("UPDATE cell_values SET number = number + 1 WHERE report_id = %1 AND state = 1").arg(*id);
            if (a % 10 == 3) // its revision moved on since it was signed (reopened)
                signing << QStringLiteral("UPDATE reports SET revision = 2 WHERE id = %1").arg(*id);
        }
        QVERIFY(rawSql(location, signing));
    }

    QString error;
    const std::optional<Consolidation> summed = consolidateStored(*store, ids, QStringLiteral("全省"), &error, includeUnsigned);
    QVERIFY2(summed, qPrintable(error));
    QCOMPARE(int(summed->members().size()), expectedMembers);
    QCOMPARE(int(summed->leftOut().size()), 240 - expectedMembers);

    // The same, one report at a time on this thread, every message built.
    qsizetype member = 0, left = 0;
    qint64 natural = 0;
    int errorsSeen = 0, warningsSeen = 0;
    for (int id : std::as_const(ids)) {
        const std::optional<Report> report = store->loadReport(id, &error);
        QVERIFY2(report, qPrintable(error));
        const std::optional<Report> last = store->loadReport(previousOf.value(id), &error);
        QVERIFY2(last, qPrintable(error));
        const std::optional<ReviewStatus> status = store->reviewStatus(id, &error);
        QVERIFY(status);
        const SignOffCheck check = store->checkSignOff(id, &error);
        const QString state = check.stateIdFor(stateId(status->state));
        if (!check.holds() && !includeUnsigned) {
            const LeftOutReport &out = summed->leftOut().at(left++);
            QCOMPARE(out.reportId, id);
            QCOMPARE(out.state, state);
            QCOMPARE(out.reason, status->state == ReportState::Signed ? check.problem : QStringLiteral("not signed off"));
            continue;
        }
        Validator validator(*report, &*last);
        validator.validateAll();
        const ConsolidationMember &summedMember = summed->members().at(member++);
        QCOMPARE(summedMember.reportId, id);
        QCOMPARE(summedMember.state, state);
        QVERIFY(summedMember.report == *report);
        QCOMPARE(summedMember.errors, validator.errorCount());
        QCOMPARE(summedMember.warnings, validator.warningCount());
        errorsSeen += validator.errorCount();
        warningsSeen += validator.warningCount();
        natural += report->number(report->format().indexOf(QStringLiteral("s3.new.natural")));
    }
    QCOMPARE(member, summed->members().size());
    QCOMPARE(left, summed->leftOut().size());
    QCOMPARE(summed->total().number(summed->total().format().indexOf(QStringLiteral("s3.new.natural"))), natural);
    QVERIFY(errorsSeen > 0);   // the random figures break rules,
    QVERIFY(warningsSeen > 0); // and the copied tables and texts draw the cross-year warnings
    if (!includeUnsigned) {
        // Why the others were left out, by kind: 24 drafts, 24 of an untrusted key, 24 changed, 24 of an old revision.
        int drafts = 0, untrusted = 0, changed = 0, revision = 0;
        for (const LeftOutReport &out : summed->leftOut()) {
            drafts += out.reason == QLatin1String("not signed off") ? 1 : 0;
            untrusted += out.state == QLatin1String("signature-untrusted") ? 1 : 0;
            changed += out.reason.startsWith(QLatin1String("the report was changed after")) ? 1 : 0;
            revision += out.reason.contains(QLatin1String("is of revision 1; the report is at revision 2")) ? 1 : 0;
        }
        QCOMPARE(drafts, 24);
        QCOMPARE(untrusted, 24);
        QCOMPARE(changed, 24);
        QCOMPARE(revision, 24);
    }
}

// A cell row the report's format does not have (written by hand into the database): the 汇总 stops and
// says which report and which key — and the connection is usable afterwards (on a server the reading's
// own transaction was rolled back).
void TestStoredConsolidation::cellUnknownToTheFormatIsRefused()
{
    Report report = blankReport(QStringLiteral("2021"), 2023, QStringLiteral("戊局"));
    QString error;
    const std::optional<int> id = m_store->addReport(report, QStringLiteral("clerk"), &error);
    QVERIFY2(id, qPrintable(error));
    QVERIFY(rawSql(m_location, {QStringLiteral("INSERT INTO cell_values (report_id, cell_key, state, number) VALUES (%1, 's9.nowhere', 1, 5)").arg(*id)}));
    QVERIFY(!consolidateStored(*m_store, {m_ids.value(QStringLiteral("甲局")), *id}, QString(), &error, true));
    QCOMPARE(error, QStringLiteral("report %1 holds a cell “s9.nowhere” that the 2021 format does not have").arg(*id));
    error.clear();
    const std::optional<Consolidation> again = consolidateStored(*m_store, {m_ids.value(QStringLiteral("甲局"))}, QString(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->members().size(), 1);
    QVERIFY(rawSql(m_location, {QStringLiteral("DELETE FROM reports WHERE id = %1").arg(*id)}));
}

#include "tst_storedconsolidation.moc"
