#include "agencydetailsdialog.h"
#include "formatregistry.h"
#include "historydialog.h"
#include "signindialog.h"
#include "newreportdialog.h"

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
    void agencyDetailsRoundTrip();
    void signInAsksWhatTheRoleNeeds();
    void historyFiltersByCellAndPerson();
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
    const QVector<Transition> trail{{1, 1, t0.addSecs(120), QStringLiteral("张三"), ReportState::Draft, ReportState::Submitted, QString(), {}},
                                    {2, 1, t0.addSecs(180), QStringLiteral("李主任"), ReportState::Submitted, ReportState::Returned,
                                     QStringLiteral("请核对"), {}}};
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

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
