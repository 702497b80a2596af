#include "board.h"
#include "boarddialog.h"
#include "guiinput.h"
#include "formatregistry.h"
#include "reportbuilder.h"
#include "reportdocument.h"
#include "reportreview.h"
#include "storetestutil.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace nb;

// The collecting office's board (issue 16): every agency of the database with the state of its report
// for a year. Runs on a SQLite file and, as tst_board_postgresql, on a PostgreSQL server.
class TestBoard : public QObject
{
    Q_OBJECT

private slots:
    void state_data();
    void state();
    void deadlineComesFromTheFormat_data();
    void deadlineComesFromTheFormat();
    void everyAgencyWithItsState();
    void sendBackFromTheBoard();
    void sendBackSaysWhatItDoes_data();
    void sendBackSaysWhatItDoes();
    void sendBackByClicking();
    void agencyKindMovesTheDeadline();
};

void TestBoard::state_data()
{
    QTest::addColumn<QString>("review"); // the report's review state id; "" no report
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("expected"); // board state id
    QTest::addColumn<QString>("name");

    const QDate before(2024, 1, 31);
    const QDate after(2024, 2, 1);
    QTest::newRow("no report yet") << "" << before << "not_started" << "Not started";
    QTest::newRow("draft") << "draft" << before << "drafting" << "Drafting";
    QTest::newRow("submitted") << "submitted" << before << "submitted" << "Awaiting review";
    QTest::newRow("returned") << "returned" << before << "returned" << "Returned";
    QTest::newRow("signed") << "signed" << before << "signed" << "Signed off";
    QTest::newRow("draft past the deadline") << "draft" << after << "overdue" << "Overdue";
    QTest::newRow("no report past the deadline") << "" << after << "overdue" << "Overdue";
    QTest::newRow("under review past the deadline") << "submitted" << after << "overdue" << "Overdue";
    QTest::newRow("signed after the deadline stays signed") << "signed" << after << "signed" << "Signed off";
}

void TestBoard::state()
{
    QFETCH(QString, review);
    QFETCH(QDate, today);
    QFETCH(QString, expected);
    QFETCH(QString, name);

    const std::optional<ReportState> reviewState = review.isEmpty() ? std::nullopt : stateFromId(review);
    const BoardState state = boardState(reviewState, QDate(2024, 1, 31), today);
    QCOMPARE(boardStateId(state), expected);
    QCOMPARE(boardStateName(state), name);
}

void TestBoard::deadlineComesFromTheFormat_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QDate>("deadline");

    QTest::newRow("department 2023") << 2023 << "department" << QDate(2024, 1, 31);
    QTest::newRow("government 2023") << 2023 << "government" << QDate(2024, 3, 31);
    QTest::newRow("not said: a department") << 2023 << "" << QDate(2024, 1, 31);
    QTest::newRow("2019 format, government") << 2019 << "government" << QDate(2020, 3, 31);
}

void TestBoard::deadlineComesFromTheFormat()
{
    QFETCH(int, year);
    QFETCH(QString, kind);
    QFETCH(QDate, deadline);
    QCOMPARE(statutoryDeadline(*FormatRegistry::builtin().formatForYear(year), year, kind), deadline);
}

namespace {

struct Fixture
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<ReportStore> store;
    User clerk{QStringLiteral("张三"), Role::Clerk};
    User boss{QStringLiteral("李主任"), Role::Supervisor};
    QString password = QStringLiteral("密码 secret");

    bool open()
    {
        path = storeLocation(dir, QStringLiteral("board.sqlite"));
        auto opened = openStore(path);
        store = std::move(opened.store);
        QString error;
        return store && store->addUser(clerk, QString(), std::nullopt, &error) && store->addUser(boss, password, std::nullopt, &error);
    }
    int add(const QString &agency, int year, const QString &kind, const QString &cells = QString())
    {
        Report report = reportFrom(QStringLiteral("2021"), year, cells);
        report.setAgency({agency, {}, {}, {}, {}, {}, {}, {}});
        report.setAgencyKind(kind);
        report.setDate(QDate(year + 1, 1, 20));
        fillForSubmission(report);
        QString error;
        const std::optional<int> id = store->addReport(report, clerk.name, &error);
        return id ? *id : 0;
    }
    // One step of review; the warnings it is judged by (a report of 2023 signed today is late) are
    // accepted with a 说明 first, as the person taking the step does in the dialog.
    bool move(int id, ReviewAction action, const User &user, const QString &reason = QString())
    {
        QString error;
        ReportDocument document(*store->loadReport(id, &error), store.get(), id, user.name);
        ReportReview review(*store, id);
        const QVector<Finding> open = review.unacknowledged(
            ReportReview::findingsAt(document, action == ReviewAction::SignOff, QDate::currentDate()), document.format());
        for (const Finding &warning : open) {
            if (!review.acknowledge(warning, document.format(), user, QStringLiteral("已核实"), &error))
                return false;
        }
        return review.perform(action, user, reason, user.role == Role::Supervisor ? password : QString(), document).done;
    }
};

} // namespace

void TestBoard::everyAgencyWithItsState()
{
    Fixture f;
    QVERIFY(f.open());
    // Five agencies of the database; 丁 has only last year's report, so it has not started this one.
    const int a = f.add(QStringLiteral("甲局"), 2023, QStringLiteral("department"));
    const int b = f.add(QStringLiteral("乙局"), 2023, QStringLiteral("department"), QStringLiteral("3.new.natural=2"));
    const int c = f.add(QStringLiteral("丙县人民政府"), 2023, QStringLiteral("government"));
    const int e = f.add(QStringLiteral("戊局"), 2023, QString());
    QVERIFY(f.add(QStringLiteral("丁局"), 2022, QStringLiteral("department")));
    QVERIFY(a && b && c && e);
    QVERIFY(f.move(a, ReviewAction::Submit, f.clerk));
    QVERIFY(f.move(a, ReviewAction::SignOff, f.boss));
    QVERIFY(f.move(c, ReviewAction::Submit, f.clerk));
    QVERIFY(f.move(e, ReviewAction::Submit, f.clerk));
    QVERIFY(f.move(e, ReviewAction::Return, f.boss, QStringLiteral("五、内容过简")));

    QString error;
    // On 2024-02-15 the departments' deadline (1月31日) has passed, the government's (3月31日) has not.
    const QVector<BoardRow> rows = collectBoard(*f.store, 2023, QDate(2024, 2, 15), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList lines;
    for (const BoardRow &row : rows)
        lines << QStringLiteral("%1 %2 %3 e%4 w%5").arg(row.agency, boardStateId(row.state), row.deadline.toString(Qt::ISODate))
                     .arg(row.errors).arg(row.warnings);
    // Ordered by name as the database sorts it; compared as a set so both databases' collations agree.
    std::sort(lines.begin(), lines.end());
    QStringList expected{QStringLiteral("丁局 overdue 2024-01-31 e-1 w-1"),
                         QStringLiteral("丙县人民政府 submitted 2024-03-31 e0 w0"),
                         QStringLiteral("乙局 overdue 2024-01-31 e2 w0"),
                         QStringLiteral("戊局 overdue 2024-01-31 e0 w0"),
                         QStringLiteral("甲局 signed 2024-01-31 e0 w0")};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(lines, expected);
    for (const BoardRow &row : rows) {
        if (row.agency == QStringLiteral("甲局")) {
            QVERIFY(row.submitted.isValid());
            QVERIFY(row.signedOff.isValid());
            QCOMPARE(row.reportDate, QDate(2024, 1, 20));
        }
        if (row.agency == QStringLiteral("戊局")) {
            QCOMPARE(row.reviewState, ReportState::Returned);
            QCOMPARE(row.returnReason, QStringLiteral("五、内容过简"));
        }
        if (row.agency == QStringLiteral("丁局"))
            QCOMPARE(row.reportId, 0);
    }
    // Before any deadline the states are the review's own.
    QStringList early;
    for (const BoardRow &row : collectBoard(*f.store, 2023, QDate(2024, 1, 10), &error))
        early << row.agency + QLatin1Char(' ') + boardStateId(row.state);
    std::sort(early.begin(), early.end());
    QStringList expectedEarly{QStringLiteral("丁局 not_started"), QStringLiteral("丙县人民政府 submitted"), QStringLiteral("乙局 drafting"),
                              QStringLiteral("戊局 returned"), QStringLiteral("甲局 signed")};
    std::sort(expectedEarly.begin(), expectedEarly.end());
    QCOMPARE(early, expectedEarly);
    // The kind is the agency's, kept by the store.
    QCOMPARE(f.store->agencyKind(QStringLiteral("丙县人民政府")), QStringLiteral("government"));
    QVERIFY(!f.store->setAgencyKind(QStringLiteral("甲局"), QStringLiteral("ministry"), &error));
    QVERIFY(f.store->setAgencyKind(QStringLiteral("戊局"), QStringLiteral("government"), &error));
    QCOMPARE(f.store->loadReport(e, &error)->agencyKind(), QStringLiteral("government"));
}

// From the board a supervisor sends a report under review back with a reason; 汇总 takes the signed
// reports and names the rest.
void TestBoard::sendBackFromTheBoard()
{
    Fixture f;
    QVERIFY(f.open());
    const int signedId = f.add(QStringLiteral("甲局"), QDate::currentDate().year(), QStringLiteral("department"));
    const int submitted = f.add(QStringLiteral("乙局"), QDate::currentDate().year(), QStringLiteral("department"));
    QVERIFY(f.move(signedId, ReviewAction::Submit, f.clerk));
    QVERIFY(f.move(signedId, ReviewAction::SignOff, f.boss));
    QVERIFY(f.move(submitted, ReviewAction::Submit, f.clerk));

    BoardDialog clerkBoard(*f.store, f.clerk, QDate::currentDate().year());
    const int row = clerkBoard.rows().at(0).agency == QStringLiteral("乙局") ? 0 : 1;
    QCOMPARE(clerkBoard.sendBack(row, QStringLiteral("请补充")), QStringLiteral("only a Supervisor may return for changes a report that is “Submitted for review”"));

    BoardDialog board(*f.store, f.boss, QDate::currentDate().year());
    QCOMPARE(board.signedReportIds(), QVector<int>{signedId});
    QCOMPARE(board.notIncluded(), QStringList{QStringLiteral("乙局 (Awaiting review)")});
    QVERIFY2(board.summaryText().contains(QStringLiteral("not included: 乙局 (Awaiting review)")), qPrintable(board.summaryText()));
    QCOMPARE(board.sendBack(row, QStringLiteral("  ")), QStringLiteral("say why the report is to return for changes"));
    QCOMPARE(board.sendBack(row, QStringLiteral("三、自然人新收件数与台账不符")), QString());
    QCOMPARE(board.rows().at(row).state, BoardState::Returned);
    QCOMPARE(board.rows().at(row).returnReason, QStringLiteral("三、自然人新收件数与台账不符"));
    QCOMPARE(f.store->transitions(submitted).last().reason, QStringLiteral("三、自然人新收件数与台账不符"));
    // For a person to look at: NIANBAO_TEST_GRAB=DIR saves the board as it is drawn.
    if (!qEnvironmentVariableIsEmpty("NIANBAO_TEST_GRAB")) {
        board.resize(1100, 360);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        board.grab().save(qEnvironmentVariable("NIANBAO_TEST_GRAB") + QStringLiteral("/board.png"));
    }
    QSignalSpy consolidate(&board, &BoardDialog::consolidateRequested);
    QTest::mouseClick(board.findChild<QPushButton *>(QStringLiteral("consolidate")), Qt::LeftButton);
    QCOMPARE(consolidate.count(), 1);
    QCOMPARE(consolidate.first().first().value<QVector<int>>(), QVector<int>{signedId});
}

// Five agencies, one in each state a report of this year can be in (and one with none this year).
static bool boardOfEveryState(Fixture &f, QHash<QString, int> *ids)
{
    const int year = QDate::currentDate().year();
    if (!f.open())
        return false;
    (*ids)[QStringLiteral("甲局")] = f.add(QStringLiteral("甲局"), year - 1, QStringLiteral("department")); // none this year
    for (const char *agency : {"乙局", "丙局", "丁局", "戊局"})
        (*ids)[QString::fromUtf8(agency)] = f.add(QString::fromUtf8(agency), year, QStringLiteral("department"));
    return f.move(ids->value(QStringLiteral("丙局")), ReviewAction::Submit, f.clerk)
           && f.move(ids->value(QStringLiteral("丁局")), ReviewAction::Submit, f.clerk)
           && f.move(ids->value(QStringLiteral("丁局")), ReviewAction::Return, f.boss, QStringLiteral("请补充说明"))
           && f.move(ids->value(QStringLiteral("戊局")), ReviewAction::Submit, f.clerk)
           && f.move(ids->value(QStringLiteral("戊局")), ReviewAction::SignOff, f.boss);
}

// The row of the agency in the board's table as shown (sorted), or -1.
static int tableRow(QTableWidget *table, const QString &agency)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) && table->item(row, 0)->text() == agency)
            return row;
    }
    return -1;
}

static void clickRow(QTableWidget *table, int row)
{
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(row, 0)).center());
}

// Send Back, for every state a supervisor may click: enabled or not, what its label says, and the line
// under the table saying what it does or why it cannot.
void TestBoard::sendBackSaysWhatItDoes_data()
{
    QTest::addColumn<QString>("agency");
    QTest::addColumn<bool>("supervisor");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("hint");
    const QString year = QString::number(QDate::currentDate().year());
    QTest::newRow("未开始") << "甲局" << true << false << "&Send Back…" << QStringLiteral("甲局 has no report for %1 yet: there is nothing to send back.").arg(year);
    QTest::newRow("填报中") << "乙局" << true << false << "&Send Back…" << "The report of 乙局 is still being filled in: the clerk has it already.";
    QTest::newRow("待审核") << "丙局" << true << true << "&Send Back…"
                         << "Send the report of 丙局 back to the clerk with a reason: it becomes the next revision.";
    QTest::newRow("退回") << "丁局" << true << false << "&Send Back…" << "The report of 丁局 was sent back already: 请补充说明";
    QTest::newRow("已签发") << "戊局" << true << true << "&Reopen…"
                         << "The report of 戊局 is signed: sending it back reopens it as the next revision (your reason and "
                            "password); the sign-off stays in its history.";
    QTest::newRow("clerk, 待审核") << "丙局" << false << false << "&Send Back…" << "Only a supervisor sends a report back.";
}

void TestBoard::sendBackSaysWhatItDoes()
{
    QFETCH(QString, agency);
    QFETCH(bool, supervisor);
    QFETCH(bool, enabled);
    QFETCH(QString, button);
    QFETCH(QString, hint);

    Fixture f;
    QHash<QString, int> ids;
    QVERIFY(boardOfEveryState(f, &ids));
    BoardDialog board(*f.store, supervisor ? f.boss : f.clerk, QDate::currentDate().year());
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    auto *table = board.findChild<QTableWidget *>(QStringLiteral("table"));
    auto *sendBack = board.findChild<QPushButton *>(QStringLiteral("sendBack"));
    auto *line = board.findChild<QLabel *>(QStringLiteral("sendBackHint"));
    QCOMPARE(table->rowCount(), 5);
    QVERIFY(!sendBack->isEnabled()); // nothing chosen yet
    QCOMPARE(line->text(), QStringLiteral("Choose an agency to send its report back."));
    const int row = tableRow(table, agency);
    QVERIFY(row >= 0);
    clickRow(table, row);
    QCOMPARE(sendBack->isEnabled(), enabled);
    QCOMPARE(sendBack->text(), button);
    QCOMPARE(line->text(), hint);
    QCOMPARE(sendBack->toolTip(), hint);
}

// A supervisor clicks the row, Send Back, types the reason and confirms: the report under review is
// returned (第 2 版); a signed one is reopened with the password, its sign-off kept in the trail.
void TestBoard::sendBackByClicking()
{
    Fixture f;
    QHash<QString, int> ids;
    QVERIFY(boardOfEveryState(f, &ids));
    BoardDialog board(*f.store, f.boss, QDate::currentDate().year());
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    auto *table = board.findChild<QTableWidget *>(QStringLiteral("table"));
    auto *sendBack = board.findChild<QPushButton *>(QStringLiteral("sendBack"));
    auto *message = board.findChild<QLabel *>(QStringLiteral("message"));

    clickRow(table, tableRow(table, QStringLiteral("丙局")));
    auto clickSendBack = [&] { QTest::mouseClick(sendBack, Qt::LeftButton); };
    // No reason: the dialog says so and stays open (then is cancelled); nothing moves.
    QCOMPARE(answerDialog(clickSendBack, [](QDialog *) {}), QStringLiteral("say why the report is to return for changes"));
    QCOMPARE(f.store->reviewStatus(ids.value(QStringLiteral("丙局")))->state, ReportState::Submitted);
    QCOMPARE(answerDialog(clickSendBack,
                          [](QDialog *dialog) {
                              QVERIFY(dialog->windowTitle().contains(QStringLiteral("丙局")));
                              QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("password"))->isVisible());
                              commitText(dialog->findChild<QPlainTextEdit *>(QStringLiteral("reason")), QStringLiteral("三、自然人新收件数与台账不符"));
                          }),
             QString());
    std::optional<ReviewStatus> status = f.store->reviewStatus(ids.value(QStringLiteral("丙局")));
    QCOMPARE(status->state, ReportState::Returned);
    QCOMPARE(status->revision, 2);
    QCOMPARE(f.store->transitions(ids.value(QStringLiteral("丙局"))).last().reason, QStringLiteral("三、自然人新收件数与台账不符"));
    QCOMPARE(message->text(), QStringLiteral("The report of 丙局 is sent back."));
    const int returned = tableRow(table, QStringLiteral("丙局"));
    QCOMPARE(table->item(returned, 1)->text(), boardStateName(BoardState::Returned));
    QCOMPARE(table->item(returned, 8)->text(), QStringLiteral("returned: 三、自然人新收件数与台账不符"));

    // The signed one: reopened with a reason and the password; a wrong password is refused.
    const int signedId = ids.value(QStringLiteral("戊局"));
    clickRow(table, tableRow(table, QStringLiteral("戊局")));
    QCOMPARE(sendBack->text(), QStringLiteral("&Reopen…"));
    QCOMPARE(answerDialog(clickSendBack,
                          [](QDialog *dialog) {
                              commitText(dialog->findChild<QPlainTextEdit *>(QStringLiteral("reason")), QStringLiteral("汇总时发现错字"));
                              QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("password")), QStringLiteral("guess"));
                          }),
             QStringLiteral("the password of 李主任 is not right"));
    QCOMPARE(f.store->reviewStatus(signedId)->state, ReportState::Signed);
    const QString password = f.password;
    QCOMPARE(answerDialog(clickSendBack,
                          [password](QDialog *dialog) {
                              commitText(dialog->findChild<QPlainTextEdit *>(QStringLiteral("reason")), QStringLiteral("汇总时发现错字"));
                              commitText(dialog->findChild<QLineEdit *>(QStringLiteral("password")), password);
                          }),
             QString());
    status = f.store->reviewStatus(signedId);
    QCOMPARE(status->state, ReportState::Draft);
    QCOMPARE(status->revision, 2);
    QCOMPARE(message->text(), QStringLiteral("The report of 戊局 is reopened."));
    // The sign-off stays in the trail, with its signature, before the reopening and its reason.
    const QVector<Transition> trail = f.store->transitions(signedId);
    QCOMPARE(trail.size(), 3);
    QCOMPARE(trail[1].to, ReportState::Signed);
    QVERIFY(!trail[1].signature.isEmpty());
    QCOMPARE(trail[2].from, ReportState::Signed);
    QCOMPARE(trail[2].reason, QStringLiteral("汇总时发现错字"));
    QCOMPARE(trail[2].who, f.boss.name);
    QCOMPARE(table->item(tableRow(table, QStringLiteral("戊局")), 1)->text(), boardStateName(BoardState::Drafting));
}

// The agency's kind, set in its details, is kept with the agency and moves the deadline R17 checks at once.
void TestBoard::agencyKindMovesTheDeadline()
{
    Fixture f;
    QVERIFY(f.open());
    const int id = f.add(QStringLiteral("丙县人民政府"), 2023, QString());
    QString error;
    ReportDocument document(*f.store->loadReport(id, &error), f.store.get(), id, f.clerk.name);
    QVERIFY(document.setDetails(document.report().agency(), QDate(2024, 3, 20), false).accepted);
    auto r17 = [&] {
        QStringList messages;
        for (const Finding &finding : document.validator().findings()) {
            if (finding.ruleId == QLatin1String("R17"))
                messages << finding.message.zh;
        }
        return messages;
    };
    QCOMPARE(r17(), QStringList{QStringLiteral("落款日期 2024-03-20 晚于法定期限 2024-01-31（条例第四十九条，县级以上人民政府部门），晚 49 天")});
    QSignalSpy findings(&document, &ReportDocument::findingsChanged);
    QVERIFY(document.setAgencyKind(QStringLiteral("government")).accepted);
    QVERIFY(findings.count() >= 1);
    QVERIFY(r17().isEmpty()); // a government's own report is due by 31 March
    QCOMPARE(f.store->agencyKind(QStringLiteral("丙县人民政府")), QStringLiteral("government"));
    const ReportDocument::EditResult refused = document.setAgencyKind(QStringLiteral("ministry"));
    QVERIFY(!refused.accepted);
    QCOMPARE(refused.reason, QStringLiteral("an agency is a “department” or a “government”, not “ministry”"));
    QCOMPARE(document.report().agencyKind(), QStringLiteral("government"));
}

QTEST_MAIN(TestBoard)
#include "tst_board.moc"
