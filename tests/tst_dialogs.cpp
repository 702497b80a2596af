#include "agencydetailsdialog.h"
#include "newreportdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
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

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
