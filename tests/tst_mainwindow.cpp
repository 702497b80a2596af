#include "mainwindow.h"
#include "reportdocument.h"
#include "reporteditor.h"
#include "guiinput.h"
#include "storetestutil.h"
#include "testpaths.h"

#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QTreeWidget>
#include <QMenu>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest>

using namespace nb;

// The window as a clerk starts it: which database it opens, what it shows, what it refuses.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void createsAndShowsReports();
    void refusedFileShowsWhyAndStaysUntouched();
    void secondWindowIsReadOnlyWithNotice();
    void rememberedAsRecent();
    void newReportTakesLastYearsDetails();
    void importsAPublishedReport();
    void unknownFormatIsNamed();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings and app data go to a test location
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestMainWindow::createsAndShowsReports()
{
    const QString path = m_dir->filePath(QStringLiteral("new.sqlite"));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(window.openDatabase(path, true), qPrintable(window.lastError()));
    QVERIFY(QFile::exists(path));
    auto *table = window.findChild<QTableWidget *>(QStringLiteral("reports"));
    QVERIFY(table);
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("emptyHint"))->isVisible());
    QVERIFY(window.importReportFile(testpaths::data("wenzhou-eeb-2019.json")));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("温州市生态环境局"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("2019"));
    QVERIFY(window.windowTitle().contains(QStringLiteral("new.sqlite")));
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->isVisible());
    // Importing the same agency and year again is refused and says why.
    QVERIFY(!window.importReportFile(testpaths::data("wenzhou-eeb-2019.json")));
    QVERIFY2(window.lastError().contains(QStringLiteral("2019")), qPrintable(window.lastError()));
    QCOMPARE(table->rowCount(), 1);
}

void TestMainWindow::refusedFileShowsWhyAndStaysUntouched()
{
    const QString good = m_dir->filePath(QStringLiteral("good.sqlite"));
    const QString bad = m_dir->filePath(QStringLiteral("notes.sqlite"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("这不是数据库");
    file.close();
    const QByteArray before = sha256Of(bad);

    MainWindow window;
    QVERIFY(window.openDatabase(good, true));
    QVERIFY(!window.openDatabase(bad, false));
    QVERIFY2(window.lastError().contains(QStringLiteral("SQLite")), qPrintable(window.lastError()));
    QCOMPARE(sha256Of(bad), before);
    // The database that was open stays open.
    QCOMPARE(window.store()->path(), QFileInfo(good).absoluteFilePath());
}

void TestMainWindow::secondWindowIsReadOnlyWithNotice()
{
    const QString path = m_dir->filePath(QStringLiteral("shared.sqlite"));
    MainWindow first;
    QVERIFY(first.openDatabase(path, true));
    QVERIFY(!first.store()->isReadOnly());
    MainWindow second;
    second.show();
    QVERIFY(second.openDatabase(path, false));
    QVERIFY(second.store()->isReadOnly());
    auto *banner = second.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QString::number(QCoreApplication::applicationPid())), qPrintable(banner->text()));
    QVERIFY(!second.importReportFile(testpaths::data("wenzhou-eeb-2019.json")));
}

void TestMainWindow::rememberedAsRecent()
{
    const QString path = m_dir->filePath(QStringLiteral("recent.sqlite"));
    MainWindow window;
    QVERIFY(window.openDatabase(path, true));
    QCOMPARE(QSettings().value(QStringLiteral("lastFile")).toString(), QFileInfo(path).absoluteFilePath());
    auto *recent = window.findChild<QMenu *>(QStringLiteral("menuRecent"));
    QVERIFY(recent);
    QCOMPARE(recent->actions().first()->text(), QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
}

void TestMainWindow::newReportTakesLastYearsDetails()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir->filePath(QStringLiteral("years.sqlite")), true));
    QVERIFY(window.importReportFile(testpaths::data("wenzhou-eeb-2019.json")));
    const auto id = window.createReport(QStringLiteral("温州市生态环境局"), 2020, QStringLiteral("2019"));
    QVERIFY2(id, qPrintable(window.lastError()));
    QVERIFY(window.document());
    const Report &report = window.document()->report();
    QCOMPARE(report.year(), 2020);
    QCOMPARE(report.agency().postcode, QStringLiteral("325027"));
    QCOMPARE(report.heading(QStringLiteral("s5")), QStringLiteral("五、下一步措施"));
    QVERIFY(report.value(0).isBlank()); // figures are not copied
    // Details edited through the document reach the file.
    Agency agency = report.agency();
    agency.phone = QStringLiteral("0577-00000000");
    QVERIFY(window.document()->setDetails(agency, QDate(2021, 1, 20), true).accepted);
    ReportStore::Options readOnly;
    readOnly.readOnly = true;
    auto other = ReportStore::open(window.store()->path(), readOnly);
    QString error;
    const auto saved = other.store->loadReport(*id, &error);
    QCOMPARE(saved->agency().phone, QStringLiteral("0577-00000000"));
    QCOMPARE(saved->date(), QDate(2021, 1, 20));
    QVERIFY(saved->zerosBlank());
    QCOMPARE(window.store()->changeLog(*id).last().what, ChangeKind::Details);
    // A second report for the same agency and year is refused with the reason.
    QVERIFY(!window.createReport(QStringLiteral("温州市生态环境局"), 2020, QStringLiteral("2019")));
    QVERIFY(window.lastError().contains(QStringLiteral("2020")));
}

void TestMainWindow::unknownFormatIsNamed()
{
    // A database is open; the format id is what is wrong, and the message says so (not “no database”).
    MainWindow window;
    QVERIFY(window.openDatabase(m_dir->filePath(QStringLiteral("formats.sqlite")), true));
    QVERIFY(!window.createReport(QStringLiteral("某局"), 2024, QStringLiteral("2030")));
    QVERIFY2(window.lastError().contains(QStringLiteral("2030")), qPrintable(window.lastError()));
    QVERIFY2(window.lastError().contains(QStringLiteral("2019, 2021")), qPrintable(window.lastError()));
    QVERIFY(!window.lastError().contains(QStringLiteral("No database")));
    QVERIFY(window.store()->reports().isEmpty());
}

void TestMainWindow::importsAPublishedReport()
{
    // File ▸ Import Published Report… with the reference report's text: the dialog shows what was read
    // and what was not; adding it opens it with the figures in their cells.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_dir->filePath(QStringLiteral("imported.sqlite")), true));
    const QString reference = testpaths::shared("reference/wenzhou-eeb-2019-report.txt");

    QString summary;
    int notes = 0;
    QString findings;
    bool imported = false;
    const QString added = answerDialog([&] { imported = window.importPublishedReport(reference); },
                                       [&](QDialog *dialog) {
                                           summary = dialog->findChild<QLabel *>(QStringLiteral("summary"))->text();
                                           notes = dialog->findChild<QTreeWidget *>(QStringLiteral("notes"))->topLevelItemCount();
                                           QCOMPARE(dialog->findChild<QTreeWidget *>(QStringLiteral("cells"))->topLevelItemCount(), 47);
                                           findings = dialog->findChild<QListWidget *>(QStringLiteral("findings"))->item(0)->text();
                                       });
    QCOMPARE(added, QString());
    QVERIFY2(imported, qPrintable(window.lastError()));
    QVERIFY2(summary.contains(QStringLiteral("温州市生态环境局")) && summary.contains(QStringLiteral("2019")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("47")));
    QVERIFY(notes >= 2); // the text boxes outside the sections
    QCOMPARE(findings, QCoreApplication::translate("nb::ImportPublishedDialog", "No errors or warnings."));
    QVERIFY(window.document());
    const Report &report = window.document()->report();
    QCOMPARE(report.number(report.format().indexOf(QStringLiteral("s3.new.natural"))), 39);
    QCOMPARE(report.number(report.format().indexOf(QStringLiteral("s2_5.licensing.decisions"))), 417);
    QCOMPARE(window.findChild<QTableWidget *>(QStringLiteral("reports"))->rowCount(), 1);

    // The same agency and year again: the dialog stays open with the reason, nothing is added.
    const QString refusal = answerDialog([&] { imported = window.importPublishedReport(reference); }, [](QDialog *) {});
    QVERIFY(!imported);
    QVERIFY2(refusal.contains(QStringLiteral("2019")), qPrintable(refusal));
    QCOMPARE(window.findChild<QTableWidget *>(QStringLiteral("reports"))->rowCount(), 1);

    // Not a report: said at once, no dialog.
    QFile letter(m_dir->filePath(QStringLiteral("letter.txt")));
    QVERIFY(letter.open(QIODevice::WriteOnly));
    letter.write("尊敬的领导：您好！");
    letter.close();
    QVERIFY(!window.importPublishedReport(letter.fileName()));
    QVERIFY(!window.lastError().isEmpty());
    QCOMPARE(window.findChild<QTableWidget *>(QStringLiteral("reports"))->rowCount(), 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
