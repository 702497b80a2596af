#include "agencydetailsdialog.h"
#include "formatregistry.h"
#include "guiinput.h"
#include "historydialog.h"
#include "signindialog.h"
#include "newreportdialog.h"
#include "reviewdialog.h"

#include <QCheckBox>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QtTest>

using namespace nb;

// The new-report and agency-details dialogs, through their real widgets.
class TestDialogs : public QObject
{
    Q_OBJECT

private slots:
    void formatFollowsYear_data();
    void formatFollowsYear();
    void otherFormatIsWarnedAbout();
    void agencyIsRequired();
    void invisibleCharactersAreRefused();
    void agencyDetailsRoundTrip();
    void aReportWithoutDateKeepsNone();
    void signOffAsksForTheDate();
    void signInAsksWhatTheRoleNeeds();
    void historyFiltersByCellAndPerson();
    void historyKeepsTheNotes();
    void historySpeaksTheUsersWords();
    void signInGrowsAndShowsItIsBusy();
};

void TestDialogs::formatFollowsYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("format");
    QTest::newRow("2019") << 2019 << "2019";
    QTest::newRow("2020") << 2020 << "2019";
    QTest::newRow("2021") << 2021 << "2021";
    QTest::newRow("2025") << 2025 << "2021";
}

void TestDialogs::formatFollowsYear()
{
    QFETCH(int, year);
    QFETCH(QString, format);
    NewReportDialog dialog({QStringLiteral("甲局")});
    auto *spin = dialog.findChild<QSpinBox *>(QStringLiteral("year"));
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(year));
    QCOMPARE(dialog.year(), year);
    QCOMPARE(dialog.formatId(), format);
    QCOMPARE(dialog.agency(), QStringLiteral("甲局"));
}

void TestDialogs::otherFormatIsWarnedAbout()
{
    NewReportDialog dialog({QStringLiteral("甲局")});
    dialog.setYear(2021);
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("format"));
    format->setCurrentIndex(format->findData(QStringLiteral("2019")));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("formatNote"))->text().contains(QStringLiteral("R10")));
}

// Issue 15, item 7: the dialogs are a door like a file; a pasted zero-width or direction character is
// named and the OK button waits until it is gone.
void TestDialogs::invisibleCharactersAreRefused()
{
    NewReportDialog dialog({});
    auto *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
    QLineEdit *name = dialog.findChild<QComboBox *>(QStringLiteral("agency"))->lineEdit();
    commitText(name, QStringLiteral("温州"));
    name->insert(QStringLiteral("\u202e")); // as a paste does
    commitText(name, QStringLiteral("局"));
    QVERIFY(!ok->isEnabled());
    QVERIFY2(dialog.findChild<QLabel *>(QStringLiteral("formatNote"))->text().contains(QStringLiteral("right-to-left override (U+202e) at character 3")),
             qPrintable(dialog.findChild<QLabel *>(QStringLiteral("formatNote"))->text()));
    name->setCursorPosition(3);
    QTest::keyClick(name, Qt::Key_Backspace);
    QCOMPARE(dialog.agency(), QStringLiteral("温州局"));
    QVERIFY(ok->isEnabled());

    AgencyDetailsDialog details({QStringLiteral("温州市生态环境局"), {}, {}, {}, {}, {}, {}, {}}, QDate(2020, 1, 16), false, false);
    auto *detailsOk = details.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
    auto *phone = details.findChild<QLineEdit *>(QStringLiteral("phone"));
    auto *problem = details.findChild<QLabel *>(QStringLiteral("problem"));
    QVERIFY(detailsOk->isEnabled());
    QVERIFY(problem->isHidden());
    QTest::keyClicks(phone, QStringLiteral("0577"));
    phone->insert(QStringLiteral("\u200b"));
    QVERIFY(!detailsOk->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("zero-width space (U+200b) at character 5")), qPrintable(problem->text()));
    QVERIFY(!problem->isHidden());
    QTest::keyClick(phone, Qt::Key_Backspace);
    QVERIFY(detailsOk->isEnabled());
    QVERIFY(problem->isHidden());
    QCOMPARE(details.agency().phone, QStringLiteral("0577"));
}

void TestDialogs::agencyIsRequired()
{
    NewReportDialog dialog({});
    auto *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog.findChild<QComboBox *>(QStringLiteral("agency"))->lineEdit(), QStringLiteral("Bureau"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.agency(), QStringLiteral("Bureau"));
}

void TestDialogs::agencyDetailsRoundTrip()
{
    const Agency agency{QStringLiteral("温州市生态环境局"), QStringLiteral("局办公室"), QStringLiteral("学院中路237号"),
                        QStringLiteral("325027"), QStringLiteral("0577-88362963"), QStringLiteral("0577-88362416"), QString(),
                        QStringLiteral("http://sthjj.wenzhou.gov.cn")};
    AgencyDetailsDialog dialog(agency, QDate(2020, 1, 16), true, false);
    QVERIFY(dialog.zerosBlank());
    QVERIFY(dialog.agency() == agency);
    QCOMPARE(dialog.date(), QDate(2020, 1, 16));
    auto *email = dialog.findChild<QLineEdit *>(QStringLiteral("email"));
    QTest::keyClicks(email, QStringLiteral("gk@example.gov.cn"));
    QCOMPARE(dialog.agency().email, QStringLiteral("gk@example.gov.cn"));
    QCOMPARE(dialog.agency().name, agency.name); // the name is the report's identity, not edited here

    AgencyDetailsDialog readOnly(agency, QDate(2020, 1, 16), false, true);
    QVERIFY(readOnly.findChild<QLineEdit *>(QStringLiteral("phone"))->isReadOnly());
    QVERIFY(readOnly.findChild<QDateEdit *>(QStringLiteral("date"))->isReadOnly());
}

// The date under the report is the report's own: a report without one showed today, and OK stored it
// as its 落款 (a 2024 report dated the day its phone number was corrected).
void TestDialogs::aReportWithoutDateKeepsNone()
{
    AgencyDetailsDialog dialog(Agency{QStringLiteral("某局"), {}, {}, {}, {}, {}, {}, {}}, QDate(), false, false);
    auto *dated = dialog.findChild<QCheckBox *>(QStringLiteral("dated"));
    auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("date"));
    QVERIFY(!dated->isChecked());
    QVERIFY(!date->isEnabled());
    QCOMPARE(date->text(), date->specialValueText()); // says there is none, shows no date
    QVERIFY(!dialog.date().isValid());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("phone")), QStringLiteral("0577-1"));
    QVERIFY(!dialog.date().isValid()); // editing the rest does not date the report

    dated->click(); // the clerk dates it on purpose: today proposed, then changed
    QVERIFY(date->isEnabled());
    QCOMPARE(dialog.date(), QDate::currentDate());
    date->setDate(QDate(2025, 1, 18));
    QCOMPARE(dialog.date(), QDate(2025, 1, 18));
    dated->click();
    QVERIFY(!dialog.date().isValid());

    AgencyDetailsDialog withDate(Agency{QStringLiteral("某局"), {}, {}, {}, {}, {}, {}, {}}, QDate(2020, 1, 16), false, false);
    QVERIFY(withDate.findChild<QCheckBox *>(QStringLiteral("dated"))->isChecked());
    QCOMPARE(withDate.date(), QDate(2020, 1, 16));
}

// Signing off asks for the date under the report, proposing the sign-off date; no other step does.
void TestDialogs::signOffAsksForTheDate()
{
    const ReviewFlow::Check signOff = ReviewFlow::check(ReviewAction::SignOff, ReportState::Submitted, Role::Supervisor);
    QVERIFY(signOff.step);
    QVector<ReviewDialog::Answer> answers;
    ReviewDialog dialog(*signOff.step, {}, [&](const ReviewDialog::Answer &answer) {
        answers << answer;
        return QString();
    });
    dialog.askReportDate(QDate(2025, 1, 20));
    dialog.show();
    auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("reportDate"));
    QVERIFY(date->isVisible());
    QCOMPARE(date->date(), QDate(2025, 1, 20));
    date->setDate(QDate(2025, 1, 22));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("password")), QStringLiteral("secret"));
    dialog.accept();
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers[0].reportDate, QDate(2025, 1, 22));

    const ReviewFlow::Check submit = ReviewFlow::check(ReviewAction::Submit, ReportState::Draft, Role::Clerk);
    QVERIFY(submit.step);
    ReviewDialog other(*submit.step, {}, [&](const ReviewDialog::Answer &answer) {
        answers << answer;
        return QString();
    });
    other.show();
    QVERIFY(!other.findChild<QDateEdit *>(QStringLiteral("reportDate"))->isVisible());
    other.accept();
    QVERIFY(!answers.last().reportDate.isValid());
}

void TestDialogs::signInAsksWhatTheRoleNeeds()
{
    const QVector<User> users{{QStringLiteral("张三"), Role::Clerk}, {QStringLiteral("李主任"), Role::Supervisor}};
    QVector<SignInDialog::Request> attempts;
    QString answer = QStringLiteral("wrong password");
    SignInDialog dialog(users, QStringLiteral("李主任"), [&](const SignInDialog::Request &request) {
        attempts << request;
        return answer;
    });
    dialog.show();
    auto *name = dialog.findChild<QComboBox *>(QStringLiteral("name"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    auto *confirm = dialog.findChild<QLineEdit *>(QStringLiteral("confirm"));
    auto *role = dialog.findChild<QComboBox *>(QStringLiteral("role"));
    // An existing supervisor: the password, no role choice, no confirmation.
    QVERIFY(password->isVisible());
    QVERIFY(!confirm->isVisible());
    QVERIFY(!role->isEnabled());
    QTest::keyClicks(password, QStringLiteral("secret"));
    dialog.accept();
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts[0].password, QStringLiteral("secret"));
    QVERIFY(!attempts[0].isNew);
    QVERIFY(dialog.isVisible()); // refused: stays open with the reason
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("message"))->text(), answer);
    // An existing clerk: a name is enough.
    name->setCurrentText(QStringLiteral("张三"));
    QVERIFY(!password->isVisible());
    // A new supervisor: role, password twice, and an existing supervisor who agrees.
    name->setCurrentText(QStringLiteral("王五"));
    QVERIFY(role->isEnabled());
    role->setCurrentIndex(role->findData(int(Role::Supervisor)));
    QVERIFY(confirm->isVisible());
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("vouchPassword"))->isVisible());
    password->setText(QStringLiteral("abcdef"));
    confirm->setText(QStringLiteral("abcdeg"));
    dialog.accept();
    QCOMPARE(attempts.size(), 1); // mismatched passwords never reach the store
    confirm->setText(QStringLiteral("abcdef"));
    answer.clear();
    dialog.accept();
    QCOMPARE(attempts.size(), 2);
    QVERIFY(attempts[1].isNew);
    QCOMPARE(attempts[1].user.role, Role::Supervisor);
    QVERIFY(attempts[1].vouch);
    QCOMPARE(attempts[1].vouch->first, QStringLiteral("李主任"));
    QVERIFY(!dialog.isVisible());
}

void TestDialogs::historyFiltersByCellAndPerson()
{
    const auto format = FormatRegistry::builtin().format(QStringLiteral("2021"));
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    const QVector<ChangeLogEntry> changes{
        {1, 1, t0, QStringLiteral("张三"), ChangeKind::Cell, QStringLiteral("s3.new.natural"), QString(), QStringLiteral("38")},
        {2, 1, t0.addSecs(60), QStringLiteral("张三"), ChangeKind::Narrative, QStringLiteral("s1"), QString(), QStringLiteral("概况")},
        {3, 1, t0.addSecs(300), QStringLiteral("王五"), ChangeKind::Cell, QStringLiteral("s3.new.natural"), QStringLiteral("38"), QStringLiteral("39")}};
    const QVector<Transition> trail{{1, 1, t0.addSecs(120), QStringLiteral("张三"), ReportState::Draft, ReportState::Submitted, QString(), {}, {}, {}, {}},
                                    {2, 1, t0.addSecs(180), QStringLiteral("李主任"), ReportState::Submitted, ReportState::Returned,
                                     QStringLiteral("请核对"), {}, {}, {}, {}}};
    HistoryDialog dialog(changes, trail, *format);
    QCOMPARE(dialog.visibleRows(), 5);
    auto *entries = dialog.findChild<QTreeWidget *>(QStringLiteral("entries"));
    QCOMPARE(entries->topLevelItem(3)->text(5), QStringLiteral("请核对")); // in time order, with the reason
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("cellFilter")), QStringLiteral("s3.new"));
    QCOMPARE(dialog.visibleRows(), 2);
    auto *person = dialog.findChild<QComboBox *>(QStringLiteral("personFilter"));
    person->setCurrentIndex(person->findData(QStringLiteral("王五")));
    QCOMPARE(dialog.visibleRows(), 1);
    dialog.findChild<QLineEdit *>(QStringLiteral("cellFilter"))->clear();
    person->setCurrentIndex(person->findData(QStringLiteral("李主任")));
    QCOMPARE(dialog.visibleRows(), 1);
}

// The warnings accepted with a 说明 stay in the history, in time order, filterable like the rest.
void TestDialogs::historyKeepsTheNotes()
{
    const auto format = FormatRegistry::builtin().format(QStringLiteral("2021"));
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    const QVector<ChangeLogEntry> changes{
        {1, 1, t0, QStringLiteral("张三"), ChangeKind::Cell, QStringLiteral("s3.new.natural"), QString(), QStringLiteral("60")}};
    const QVector<Transition> trail{{1, 1, t0.addSecs(120), QStringLiteral("张三"), ReportState::Draft, ReportState::Submitted, QString(), {}, {}, {}, {}}};
    HistoryDialog dialog(changes, trail, *format);
    dialog.addAcknowledgements({{QStringLiteral("R12:s3.new.natural"), QStringLiteral("本年 60，上一年度 10"), QStringLiteral("张三"),
                                 t0.addSecs(60), QStringLiteral("本年新设网上申请渠道")}},
                               *format);
    QCOMPARE(dialog.visibleRows(), 3);
    auto *entries = dialog.findChild<QTreeWidget *>(QStringLiteral("entries"));
    QCOMPARE(entries->topLevelItem(1)->text(2), QStringLiteral("warning accepted")); // between the edit and the submission
    QCOMPARE(entries->topLevelItem(1)->text(4), QStringLiteral("本年 60，上一年度 10"));
    QCOMPARE(entries->topLevelItem(1)->text(5), QStringLiteral("Note: 本年新设网上申请渠道"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("cellFilter")), QStringLiteral("s3.new.natural"));
    QCOMPARE(dialog.visibleRows(), 2);
}

void TestDialogs::historySpeaksTheUsersWords()
{
    // Not the change log's kinds (cell, narrative, details, report) nor the stored "a|b|c".
    const auto format = FormatRegistry::builtin().format(QStringLiteral("2021"));
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    const QVector<ChangeLogEntry> changes{
        {1, 1, t0, QStringLiteral("张三"), ChangeKind::Report, QStringLiteral("created"), QString(), QStringLiteral("2021")},
        {2, 1, t0.addSecs(60), QStringLiteral("张三"), ChangeKind::Cell, QStringLiteral("s3.new.natural"), QString(), QStringLiteral("38")},
        {3, 1, t0.addSecs(120), QStringLiteral("张三"), ChangeKind::Details, QStringLiteral("agency"), QString(),
         QStringLiteral("办公室|瑞安市安阳街道|325200|0577-1234|||||")}};
    HistoryDialog dialog(changes, {}, *format);
    auto *entries = dialog.findChild<QTreeWidget *>(QStringLiteral("entries"));
    QCOMPARE(entries->topLevelItem(0)->text(2), QStringLiteral("Report created"));
    QCOMPARE(entries->topLevelItem(0)->text(3), QString());
    QCOMPARE(entries->topLevelItem(0)->text(5), QStringLiteral("format 2021"));
    QCOMPARE(entries->topLevelItem(1)->text(2), QStringLiteral("Figure"));
    QCOMPARE(entries->topLevelItem(2)->text(2), QStringLiteral("Agency details"));
    QCOMPARE(entries->topLevelItem(2)->text(3), QStringLiteral("Contact details and date"));
    QCOMPARE(entries->topLevelItem(2)->text(5),
             QStringLiteral("Office: 办公室; Address: 瑞安市安阳街道; Postcode: 325200; Telephone: 0577-1234"));
}

void TestDialogs::signInGrowsAndShowsItIsBusy()
{
    const QVector<User> users{{QStringLiteral("李主任"), Role::Supervisor}};
    bool busy = false;
    SignInDialog dialog(users, QString(), [&](const SignInDialog::Request &) {
        busy = QApplication::overrideCursor() && QApplication::overrideCursor()->shape() == Qt::WaitCursor;
        return QStringLiteral("The password of 李主任 is not right. Check that Caps Lock is off and try again, or ask another supervisor.");
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *name = dialog.findChild<QComboBox *>(QStringLiteral("name"));
    QCOMPARE(name->currentText(), QString()); // nothing suggested: the file remembers no one yet
    // A new supervisor: password, confirmation and the existing supervisor's vouch appear.
    name->setEditText(QStringLiteral("王科长"));
    auto *role = dialog.findChild<QComboBox *>(QStringLiteral("role"));
    role->setCurrentIndex(role->findData(int(Role::Supervisor)));
    QCoreApplication::processEvents();
    // Every field keeps at least the height it asks for: nothing squashed.
    for (const char *field : {"name", "role", "password", "confirm", "vouchName", "vouchPassword"}) {
        QWidget *widget = dialog.findChild<QWidget *>(QLatin1String(field));
        QVERIFY2(widget->isVisible(), field);
        QVERIFY2(widget->height() >= widget->minimumSizeHint().height(), field);
    }
    dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("secret"));
    dialog.findChild<QLineEdit *>(QStringLiteral("confirm"))->setText(QStringLiteral("secret"));
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(busy); // the wait cursor while the password is checked
    QVERIFY(!QApplication::overrideCursor());
    QCoreApplication::processEvents();
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("message"));
    QVERIFY(message->isVisible());
    QVERIFY(message->height() >= message->heightForWidth(message->width()));
    QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("vouchPassword"))->height()
            >= dialog.findChild<QWidget *>(QStringLiteral("vouchPassword"))->minimumSizeHint().height());
}

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
