#include "reviewflow.h"

#include <QtTest>

using namespace nb;

Q_DECLARE_METATYPE(nb::ReviewAction)
Q_DECLARE_METATYPE(nb::ReportState)
Q_DECLARE_METATYPE(nb::Role)

// The review flow's table, row by row: every action from every state by each role, allowed (and to
// where) or refused (and why).
class TestReviewFlow : public QObject
{
    Q_OBJECT

private slots:
    void transitions_data();
    void transitions();
    void editableStates();
    void ids();
};

void TestReviewFlow::transitions_data()
{
    QTest::addColumn<ReviewAction>("action");
    QTest::addColumn<ReportState>("from");
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<ReportState>("to");
    QTest::addColumn<QString>("refusal"); // part of the reason when refused

    using A = ReviewAction;
    using S = ReportState;
    const Role clerk = Role::Clerk;
    const Role boss = Role::Supervisor;
    // Allowed: the five steps of the flow.
    QTest::newRow("clerk submits a draft") << A::Submit << S::Draft << clerk << true << S::Submitted << "";
    QTest::newRow("clerk resubmits a returned report") << A::Submit << S::Returned << clerk << true << S::Submitted << "";
    QTest::newRow("supervisor returns") << A::Return << S::Submitted << boss << true << S::Returned << "";
    QTest::newRow("supervisor signs") << A::SignOff << S::Submitted << boss << true << S::Signed << "";
    QTest::newRow("supervisor reopens") << A::Reopen << S::Signed << boss << true << S::Draft << "";
    // Right state, wrong role.
    QTest::newRow("supervisor submits") << A::Submit << S::Draft << boss << false << S::Draft << "Clerk";
    QTest::newRow("clerk returns") << A::Return << S::Submitted << clerk << false << S::Submitted << "Supervisor";
    QTest::newRow("clerk signs") << A::SignOff << S::Submitted << clerk << false << S::Submitted << "Supervisor";
    QTest::newRow("clerk reopens") << A::Reopen << S::Signed << clerk << false << S::Signed << "Supervisor";
    // Wrong state, whoever asks.
    for (Role role : {clerk, boss}) {
        const char *who = role == clerk ? "clerk" : "supervisor";
        QTest::addRow("%s submits a submitted report", who) << A::Submit << S::Submitted << role << false << S::Submitted << "cannot";
        QTest::addRow("%s submits a signed report", who) << A::Submit << S::Signed << role << false << S::Signed << "cannot";
        QTest::addRow("%s returns a draft", who) << A::Return << S::Draft << role << false << S::Draft << "cannot";
        QTest::addRow("%s returns a returned report", who) << A::Return << S::Returned << role << false << S::Returned << "cannot";
        QTest::addRow("%s returns a signed report", who) << A::Return << S::Signed << role << false << S::Signed << "cannot";
        QTest::addRow("%s signs a draft", who) << A::SignOff << S::Draft << role << false << S::Draft << "cannot";
        QTest::addRow("%s signs a returned report", who) << A::SignOff << S::Returned << role << false << S::Returned << "cannot";
        QTest::addRow("%s signs twice", who) << A::SignOff << S::Signed << role << false << S::Signed << "cannot";
        QTest::addRow("%s reopens a draft", who) << A::Reopen << S::Draft << role << false << S::Draft << "cannot";
        QTest::addRow("%s reopens a submitted report", who) << A::Reopen << S::Submitted << role << false << S::Submitted << "cannot";
        QTest::addRow("%s reopens a returned report", who) << A::Reopen << S::Returned << role << false << S::Returned << "cannot";
    }
}

void TestReviewFlow::transitions()
{
    QFETCH(ReviewAction, action);
    QFETCH(ReportState, from);
    QFETCH(Role, role);
    QFETCH(bool, allowed);
    QFETCH(ReportState, to);
    QFETCH(QString, refusal);

    const ReviewFlow::Check check = ReviewFlow::check(action, from, role);
    QCOMPARE(check.step != nullptr, allowed);
    QCOMPARE(ReviewFlow::offered(action, from, role), allowed);
    if (allowed) {
        QCOMPARE(check.step->to, to);
        QVERIFY(check.refusal.isEmpty());
        // Returning and reopening say why; signing and reopening need the password; submitting and
        // signing need a clean report; returning and reopening start the next revision (a returned
        // report is resubmitted as 第 2 版).
        QCOMPARE(check.step->needsReason, action == ReviewAction::Return || action == ReviewAction::Reopen);
        QCOMPARE(check.step->needsPassword, action == ReviewAction::SignOff || action == ReviewAction::Reopen);
        QCOMPARE(check.step->needsClean, action == ReviewAction::Submit || action == ReviewAction::SignOff);
        QCOMPARE(check.step->newRevision, action == ReviewAction::Return || action == ReviewAction::Reopen);
    } else {
        QVERIFY2(check.refusal.contains(refusal), qPrintable(check.refusal));
        QVERIFY(check.refusal.contains(stateName(from)));
    }
}

void TestReviewFlow::editableStates()
{
    QVERIFY(ReviewFlow::isEditable(ReportState::Draft));
    QVERIFY(ReviewFlow::isEditable(ReportState::Returned));
    QVERIFY(!ReviewFlow::isEditable(ReportState::Submitted));
    QVERIFY(!ReviewFlow::isEditable(ReportState::Signed));
}

void TestReviewFlow::ids()
{
    for (ReportState state : {ReportState::Draft, ReportState::Submitted, ReportState::Returned, ReportState::Signed})
        QCOMPARE(stateFromId(stateId(state)), state);
    for (Role role : {Role::Clerk, Role::Supervisor})
        QCOMPARE(roleFromId(roleId(role)), role);
    QCOMPARE(stateFromId(QStringLiteral("approved")), std::nullopt);
    QCOMPARE(roleFromId(QStringLiteral("admin")), std::nullopt);
}

QTEST_GUILESS_MAIN(TestReviewFlow)
#include "tst_reviewflow.moc"
