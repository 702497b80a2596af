#include "helpdialog.h"
#include "mainwindow.h"
#include "reportdocument.h"
#include "reporteditor.h"
#include "reportlistpage.h"
#include "reportreview.h"
#include "reviewpanel.h"
#include "reviewtestutil.h"
#include "sectionpage.h"
#include "startpage.h"
#include "guiinput.h"
#include "storetestutil.h"
#include "testpaths.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialog>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBrowser>
#include <QListWidget>
#include <QTreeWidget>
#include <QMenu>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

#include <sys/stat.h>

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
    void sameFileAgainWritesNoSettings();
    void newReportTakesLastYearsDetails();
    void importsAPublishedReport();
    void startPageForAnEmptyDatabase();
    void everyMenuHasUniqueShortcutLetters_data();
    void everyMenuHasUniqueShortcutLetters();
    void helpAndAbout();
    void englishWindowsHaveNoChinese();
    void returnReasonIsShownOnTheReport();
    void nextYearReportDoesNotOpenWithErrors();
    void signInNameIsNotTheLoginName();
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
    auto *table = window.findChild<QTableView *>(QStringLiteral("reports"));
    QVERIFY(table);
    // An empty database opens on the start page; with a report in it, on the list.
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    QCOMPARE(pages->currentWidget(), window.startPage());
    QVERIFY(window.importReportFile(testpaths::data("wenzhou-eeb-2019.json")));
    QCOMPARE(pages->currentWidget(), window.reportList());
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("温州市生态环境局"));
    QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("2019"));
    QVERIFY(window.windowTitle().contains(QStringLiteral("new.sqlite")));
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->isVisible());
    // Importing the same agency and year again is refused and says why.
    QVERIFY(!window.importReportFile(testpaths::data("wenzhou-eeb-2019.json")));
    QVERIFY2(window.lastError().contains(QStringLiteral("2019")), qPrintable(window.lastError()));
    QCOMPARE(table->model()->rowCount(), 1);
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

void TestMainWindow::sameFileAgainWritesNoSettings()
{
    // QSettings rewrites its file (locked, synced to the disk) for every value set, even an unchanged
    // one: opening the file that is already the last one, and closing the window as it was, write
    // nothing. Each write puts a new file in place of the old: its inode and time of change tell.
    const QString path = m_dir->filePath(QStringLiteral("again.sqlite"));
    const auto settingsFile = [] {
        QSettings settings;
        settings.sync();
        struct stat info {};
        if (::stat(QFile::encodeName(settings.fileName()).constData(), &info) != 0)
            return QString();
        return QStringLiteral("%1 %2.%3").arg(info.st_ino).arg(info.st_ctim.tv_sec).arg(info.st_ctim.tv_nsec, 9, 10, QLatin1Char('0'));
    };
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(path, true));
        window.close(); // the window's geometry remembered
    }
    const QString written = settingsFile();
    QVERIFY(!written.isEmpty());
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(path, true));
        QCOMPARE(QSettings().value(QStringLiteral("lastFile")).toString(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(settingsFile(), written);
        window.close();
    }
    QCOMPARE(settingsFile(), written);

    // Another file is remembered as before: written, first in the list.
    const QString other = m_dir->filePath(QStringLiteral("other.sqlite"));
    MainWindow window;
    QVERIFY(window.openDatabase(other, true));
    QVERIFY(settingsFile() != written);
    QCOMPARE(QSettings().value(QStringLiteral("lastFile")).toString(), QFileInfo(other).absoluteFilePath());
    QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList().mid(0, 2),
             (QStringList{QFileInfo(other).absoluteFilePath(), QFileInfo(path).absoluteFilePath()}));
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
    // The agency's own heading, in the sidebar and on the page alike.
    auto *sections = window.editor()->findChild<QListWidget *>(QStringLiteral("sections"));
    QVERIFY(sections->item(4)->text().startsWith(QStringLiteral("五、下一步措施")));
    window.editor()->showSection(QStringLiteral("s5"));
    QVERIFY(window.editor()->page(QStringLiteral("s5"))->findChild<QLabel *>(QStringLiteral("sectionTitle"))->text().startsWith(QStringLiteral("五、下一步措施")));
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
    QCOMPARE(window.findChild<QTableView *>(QStringLiteral("reports"))->model()->rowCount(), 1);

    // The same agency and year again: the dialog stays open with the reason, nothing is added.
    const QString refusal = answerDialog([&] { imported = window.importPublishedReport(reference); }, [](QDialog *) {});
    QVERIFY(!imported);
    QVERIFY2(refusal.contains(QStringLiteral("2019")), qPrintable(refusal));
    QCOMPARE(window.findChild<QTableView *>(QStringLiteral("reports"))->model()->rowCount(), 1);

    // Not a report: said at once, no dialog.
    QFile letter(m_dir->filePath(QStringLiteral("letter.txt")));
    QVERIFY(letter.open(QIODevice::WriteOnly));
    letter.write("尊敬的领导：您好！");
    letter.close();
    QVERIFY(!window.importPublishedReport(letter.fileName()));
    QVERIFY(!window.lastError().isEmpty());
    QCOMPARE(window.findChild<QTableView *>(QStringLiteral("reports"))->model()->rowCount(), 1);
}

namespace {

// Chinese characters in a text, after the report's own data (agency name, headings, units) is taken out.
bool hasChinese(QString text, const QStringList &data)
{
    for (const QString &value : data)
        text.remove(value);
    static const QRegularExpression han(QStringLiteral("[\\x{3400}-\\x{9fff}\\x{3000}-\\x{303f}\\x{ff08}\\x{ff09}\\x{ff0c}\\x{ff1a}]"));
    return han.match(text).hasMatch();
}

// Every text a person reads in a window or dialog: titles, labels, buttons, menus, headers, lists.
QStringList chineseTexts(QWidget *root, const QStringList &data)
{
    QStringList found;
    auto check = [&](const QObject *where, const QString &text) {
        if (hasChinese(text, data))
            found << QStringLiteral("%1 (%2): %3").arg(where->objectName(), QString::fromLatin1(where->metaObject()->className()), text);
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!qobject_cast<QMenu *>(widget) && !widget->isVisibleTo(root) && widget != root)
            continue;
        if (widget->isWindow() || qobject_cast<QDockWidget *>(widget))
            check(widget, widget->windowTitle());
        check(widget, widget->toolTip());
        if (auto *label = qobject_cast<QLabel *>(widget))
            check(widget, label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            check(widget, button->text());
        if (auto *link = qobject_cast<QCommandLinkButton *>(widget))
            check(widget, link->description());
        if (auto *group = qobject_cast<QGroupBox *>(widget))
            check(widget, group->title());
        if (auto *line = qobject_cast<QLineEdit *>(widget); line && line->objectName() != QLatin1String("heading"))
            check(widget, line->placeholderText()); // the heading field shows the printed (Chinese) heading
        if (auto *menu = qobject_cast<QMenu *>(widget)) {
            check(widget, menu->title());
            for (QAction *action : menu->actions()) {
                if (action->text() != QStringLiteral("中文")) // the language's own name
                    check(action, action->text());
                check(action, action->toolTip() == action->text().remove(QLatin1Char('&')) ? QString() : action->toolTip());
            }
        }
        if (auto *tree = qobject_cast<QTreeWidget *>(widget)) {
            for (int column = 0; column < tree->columnCount(); ++column)
                check(widget, tree->headerItem()->text(column));
        }
        if (auto *table = qobject_cast<QTableWidget *>(widget)) {
            for (int column = 0; column < table->columnCount(); ++column)
                check(widget, table->horizontalHeaderItem(column) ? table->horizontalHeaderItem(column)->text() : QString());
        }
        if (auto *view = qobject_cast<QTableView *>(widget); view && !qobject_cast<QTableWidget *>(widget) && view->model()
            && view->objectName() == QLatin1String("reports")) {
            for (int column = 0; column < view->model()->columnCount(); ++column)
                check(widget, view->model()->headerData(column, Qt::Horizontal).toString());
        }
        if (auto *list = qobject_cast<QListWidget *>(widget)) {
            for (int row = 0; row < list->count(); ++row)
                check(widget, list->item(row)->text());
        }
        if (auto *combo = qobject_cast<QComboBox *>(widget); combo && !combo->isEditable()) {
            for (int row = 0; row < combo->count(); ++row)
                check(widget, combo->itemText(row));
        }
        if (auto *browser = qobject_cast<QTextBrowser *>(widget))
            check(widget, browser->toPlainText());
    }
    return found;
}

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = text.indexOf(QLatin1Char('&')); i >= 0 && i + 1 < text.size(); i = text.indexOf(QLatin1Char('&'), i + 2)) {
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toUpper();
    }
    return QChar();
}

// Letters used twice among these texts.
QStringList clashes(const QStringList &texts)
{
    QHash<QChar, QStringList> byLetter;
    for (const QString &text : texts) {
        const QChar letter = mnemonicOf(text);
        if (!letter.isNull())
            byLetter[letter] << text;
    }
    QStringList clashing;
    for (auto it = byLetter.begin(); it != byLetter.end(); ++it) {
        if (it.value().size() > 1)
            clashing << it.value().join(QStringLiteral(" / "));
    }
    return clashing;
}

} // namespace

void TestMainWindow::startPageForAnEmptyDatabase()
{
    QSettings().remove(QStringLiteral("recentFiles"));
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    StartPage *start = window.startPage();
    // No database yet: what to do first, and the report buttons wait for a database.
    QCOMPARE(pages->currentWidget(), start);
    QVERIFY(start->openDatabaseButton()->isVisible() && start->openDatabaseButton()->isEnabled());
    QVERIFY(start->newDatabaseButton()->isEnabled());
    QVERIFY(!start->newReportButton()->isEnabled());
    QVERIFY(!start->fromPublishedButton()->isEnabled());
    QVERIFY(start->findChild<QLabel *>(QStringLiteral("needsDatabase"))->isVisible());
    const QString path = m_dir->filePath(QStringLiteral("first.sqlite"));
    QVERIFY(window.openDatabase(path, true));
    QCOMPARE(pages->currentWidget(), start);
    QVERIFY(start->newReportButton()->isEnabled());
    QVERIFY(start->fromPublishedButton()->isEnabled());
    auto *files = start->findChild<QListWidget *>(QStringLiteral("recentFiles"));
    QCOMPARE(files->item(0)->data(Qt::UserRole).toString(), QFileInfo(path).absoluteFilePath());
    // 新建报告 on the start page asks for the agency and year, then opens the report.
    const QString refusal = answerDialog([&] { QTest::mouseClick(start->newReportButton(), Qt::LeftButton); },
                                         [](QDialog *dialog) {
                                             dialog->findChild<QComboBox *>(QStringLiteral("agency"))->setEditText(QStringLiteral("测试市政府办公室"));
                                         });
    QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
    QVERIFY(window.document());
    QCOMPARE(window.document()->report().agency().name, QStringLiteral("测试市政府办公室"));
    // Closed, the database lists its report; View ▸ Start Page shows it among the recent reports.
    window.closeReport();
    QCOMPARE(pages->currentWidget(), window.reportList());
    window.findChild<QAction *>(QStringLiteral("actionHome"))->trigger();
    QCOMPARE(pages->currentWidget(), start);
    auto *reports = start->findChild<QListWidget *>(QStringLiteral("recentReports"));
    QCOMPARE(reports->count(), 1);
    QVERIFY(reports->item(0)->text().contains(QStringLiteral("测试市政府办公室")));
    QTest::mouseClick(reports->viewport(), Qt::LeftButton, {}, reports->visualItemRect(reports->item(0)).center());
    QVERIFY(window.document());
}

void TestMainWindow::everyMenuHasUniqueShortcutLetters_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << "en";
    QTest::newRow("Chinese") << "zh";
}

void TestMainWindow::everyMenuHasUniqueShortcutLetters()
{
    QFETCH(QString, language);
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_dir->filePath(QStringLiteral("menus.sqlite")), true));
    QVERIFY(window.importReportFile(testpaths::data("wenzhou-eeb-2019.json")));
    QVERIFY(window.openReport(window.store()->reports().first().id));
    window.setLanguage(language);
    QCoreApplication::processEvents();
    QStringList failures;
    // Within each menu, Alt+letter must name one item.
    for (QMenu *menu : window.findChildren<QMenu *>()) {
        QStringList texts;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator() && action->isVisible())
                texts << action->text();
        }
        for (const QString &clash : clashes(texts))
            failures << menu->title() + QStringLiteral(": ") + clash;
    }
    // The menu bar's letters and the buttons of the review panel, which share the window's Alt keys.
    QStringList topLevel;
    for (QAction *action : window.menuBar()->actions())
        topLevel << action->text();
    window.findChild<QDockWidget *>(QStringLiteral("reviewDock"))->show();
    for (QAbstractButton *button : window.reviewPanel()->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(window.reviewPanel()))
            topLevel << button->text();
    }
    for (const QString &clash : clashes(topLevel))
        failures << QStringLiteral("menu bar and review panel: ") + clash;
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    window.setLanguage(QStringLiteral("zh"));
}

void TestMainWindow::helpAndAbout()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setLanguage(QStringLiteral("zh"));
    QString manual;
    QTimer::singleShot(0, [&] {
        if (auto *help = qobject_cast<HelpDialog *>(QApplication::activeModalWidget())) {
            manual = help->text();
            help->reject();
        }
    });
    window.findChild<QAction *>(QStringLiteral("actionManual"))->trigger();
    for (const char *topic : {"报告的六个部分", "勾稽规则", "审核", "发布", "工作考核、社会评议和责任追究结果情况"})
        QVERIFY2(manual.contains(QString::fromUtf8(topic)), topic);
    window.setLanguage(QStringLiteral("en"));
    QTimer::singleShot(0, [&] {
        if (auto *help = qobject_cast<HelpDialog *>(QApplication::activeModalWidget())) {
            manual = help->text();
            help->reject();
        }
    });
    window.findChild<QAction *>(QStringLiteral("actionManual"))->trigger();
    for (const char *topic : {"The six sections", "The rules", "Review", "Publishing"})
        QVERIFY2(manual.contains(QLatin1String(topic)), topic);
    QString about;
    QTimer::singleShot(0, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            about = box->text();
            box->accept();
        }
    });
    window.findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
    QVERIFY2(about.contains(QStringLiteral("Nianbao " NIANBAO_VERSION)), qPrintable(about));
    window.setLanguage(QStringLiteral("zh"));
}

void TestMainWindow::englishWindowsHaveNoChinese()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_dir->filePath(QStringLiteral("english.sqlite")), true));
    QVERIFY(window.importReportFile(testpaths::data("wenzhou-eeb-2019.json")));
    const int id = window.store()->reports().first().id;
    window.setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QStringList found;
    // The list of reports, then the open report with every section page.
    QStringList data{QStringLiteral("温州市生态环境局"), QStringLiteral("万元"), QStringLiteral("元")};
    found << chineseTexts(&window, data);
    QVERIFY(window.openReport(id));
    const Report &report = window.document()->report();
    for (const SectionDef &section : report.format().sections()) {
        if (!report.heading(section.id).isEmpty())
            data << report.heading(section.id);
    }
    for (const SectionDef &section : report.format().sections()) {
        window.editor()->showSection(section.id);
        QCoreApplication::processEvents();
        found << chineseTexts(&window, data);
    }
    window.findChild<QDockWidget *>(QStringLiteral("reviewDock"))->show();
    found << chineseTexts(&window, data);
    // Every dialog the menus open.
    for (const char *name : {"actionNewReport", "actionAgencyDetails", "actionHistory", "actionManual", "actionAbout",
                             "actionSwitchUser", "actionSubmit"}) {
        QAction *action = window.findChild<QAction *>(QLatin1String(name));
        QVERIFY(action);
        if (!action->isEnabled()) {
            found << QStringLiteral("%1 is disabled, not checked").arg(QLatin1String(name));
            continue;
        }
        bool opened = false;
        QTimer::singleShot(0, [&] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                opened = true;
                found << chineseTexts(dialog, data);
                dialog->done(QDialog::Rejected);
            }
        });
        action->trigger();
        QVERIFY2(opened, name);
    }
    // The status bar speaks English too (the role of who is working).
    found << chineseTexts(window.statusBar(), data);
    found.removeDuplicates();
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    window.setLanguage(QStringLiteral("zh"));
}

void TestMainWindow::returnReasonIsShownOnTheReport()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_dir->filePath(QStringLiteral("returned.sqlite")), true));
    QVERIFY(window.importReportFile(testpaths::data("wenzhou-eeb-2019.json")));
    const int id = window.store()->reports().first().id;
    const User clerk{QStringLiteral("张三"), Role::Clerk};
    const User boss{QStringLiteral("李主任"), Role::Supervisor};
    QVERIFY2(window.join(clerk, QString(), std::nullopt), qPrintable(window.lastError()));
    QVERIFY2(window.join(boss, QStringLiteral("correct horse battery"), std::nullopt), qPrintable(window.lastError()));
    QVERIFY(window.openReport(id));
    acceptWarnings(*window.reviewPanel()->review(), *window.document(), clerk, false);
    ReportReview::Outcome outcome = window.reviewPanel()->review()->perform(ReviewAction::Submit, clerk, QString(), QString(), *window.document());
    QVERIFY2(outcome.done, qPrintable(outcome.reason));
    outcome = window.reviewPanel()->review()->perform(ReviewAction::Return, boss, QStringLiteral("第三部分的结转数请核对"), QString(),
                                                     *window.document());
    QVERIFY2(outcome.done, qPrintable(outcome.reason));
    // The clerk opens the report: the reason is above it, whole.
    QVERIFY(window.signIn(clerk.name, QString()));
    QVERIFY(window.openReport(id));
    auto *banner = window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("第三部分的结转数请核对")), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("李主任")));
    // Resubmitted and signed: the supervisor can no longer add remarks to it.
    acceptWarnings(*window.reviewPanel()->review(), *window.document(), clerk, false);
    outcome = window.reviewPanel()->review()->perform(ReviewAction::Submit, clerk, QString(), QString(), *window.document());
    QVERIFY2(outcome.done, qPrintable(outcome.reason));
    QVERIFY(window.signIn(boss.name, QStringLiteral("correct horse battery")));
    QVERIFY(window.openReport(id));
    auto *comment = window.reviewPanel()->findChild<QPushButton *>(QStringLiteral("addComment"));
    QVERIFY(comment->isEnabled()); // under review: the supervisor remarks
    // A remark in the narrow dock: the person and the state are not cut.
    window.editor()->jumpToCell(window.document()->format().indexOf(QStringLiteral("s3.new.natural")));
    auto *remark = window.reviewPanel()->findChild<QLineEdit *>(QStringLiteral("commentText"));
    remark->setText(QStringLiteral("请核对"));
    QTest::mouseClick(comment, Qt::LeftButton);
    auto *comments = window.reviewPanel()->findChild<QTreeWidget *>(QStringLiteral("comments"));
    QCOMPARE(comments->topLevelItemCount(), 1);
    for (int column : {2, 3}) {
        const QString shown = comments->topLevelItem(0)->text(column);
        QVERIFY2(comments->columnWidth(column) >= comments->fontMetrics().horizontalAdvance(shown), qPrintable(shown));
    }
    acceptWarnings(*window.reviewPanel()->review(), *window.document(), boss, true);
    outcome = window.reviewPanel()->review()->perform(ReviewAction::SignOff, boss, QString(), QStringLiteral("correct horse battery"),
                                                     *window.document());
    QVERIFY2(outcome.done, qPrintable(outcome.reason));
    QVERIFY(window.openReport(id));
    QVERIFY(!window.reviewPanel()->findChild<QPushButton *>(QStringLiteral("addComment"))->isEnabled());
}

void TestMainWindow::nextYearReportDoesNotOpenWithErrors()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_dir->filePath(QStringLiteral("nextyear.sqlite")), true));
    QVERIFY(window.importReportFile(testpaths::data("wenzhou-eeb-2019.json")));
    window.setLanguage(QStringLiteral("en"));
    QVERIFY(window.createNextYearReport(window.store()->reports().first().id));
    QVERIFY(window.document());
    // 上年结转 came from last year; the clerk has typed nothing in 三 yet, so it has no errors to show.
    auto *sections = window.editor()->findChild<QListWidget *>(QStringLiteral("sections"));
    QVERIFY2(sections->item(2)->text().contains(QStringLiteral("not started")), qPrintable(sections->item(2)->text()));
    window.setLanguage(QStringLiteral("zh"));
}

void TestMainWindow::signInNameIsNotTheLoginName()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_dir->filePath(QStringLiteral("signin.sqlite")), true));
    QString shown = QStringLiteral("(no dialog)");
    QTimer::singleShot(0, [&] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            shown = dialog->findChild<QComboBox *>(QStringLiteral("name"))->currentText();
            dialog->reject();
        }
    });
    window.askWhoIsWorking();
    QCOMPARE(shown, QString());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
