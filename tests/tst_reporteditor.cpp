#include "guiinput.h"
#include "mainwindow.h"
#include "reportdocument.h"
#include "reporteditor.h"
#include "reportjson.h"
#include "reporttablemodel.h"
#include "reporttableview.h"
#include "sectionpage.h"
#include "storetestutil.h"
#include "testpaths.h"

#include <QAction>
#include <QInputMethodEvent>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QToolTip>
#include <QScrollBar>
#include <QWheelEvent>
#include <QDockWidget>
#include <QStackedWidget>
#include <QtTest>

using namespace nb;

// The clerk's forms, driven through the real widgets of the real window: keys typed into cells,
// totals and findings as they update, values as they are saved.
class TestReportEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typeTheReferenceReport();
    void badInput_data();
    void badInput();
    void typingReplacesAndDeleteClears();
    void undoRedo();
    void tabOrderThroughSection3();
    void enterMovesDown();
    void tabMovesOnAfterRefusedText();
    void enterKeepsRefusedTextToTypeOver();
    void tabPastTheLastCellStaysInTheTable();
    void frozenPanesAt1366_data();
    void frozenPanesAt1366();
    void findingOnAnOffscreenCellScrollsToIt();
    void zoomIsRememberedForEveryTable();
    void statesDoNotMislead();
    void narrativeFindingMarksItsText();
    void editMenuWorksOnTheFocus();
    void pasteABlock();
    void findingJumpsToItsCell();
    void narrativeIsSavedAsTyped();
    void narrativeOverTheLimitIsRefused();
    void narrativeUndoTakesBackASentence();
    void languageSwitch();
    void exportsThePublishedReport();
    void unconfirmedCellIsSavedOnClose_data();
    void unconfirmedCellIsSavedOnClose();
    void pagesAreBuiltWhenFirstNeeded();

private:
    int cell(const char *key) const { return m_window->document()->format().indexOf(QLatin1String(key)); }
    ReportTableView *viewOf(int cell) const;
    void type(int cell, const QString &text, Qt::Key finish = Qt::Key_Return);
    void typeWithoutEnter(int cell, const QString &text);
    QString shown(int cell) const;
    CellValue saved(int cell) const;
    void screenshot(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::optional<Report> m_reference;
    int m_reportId = 0;
};

void TestReportEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    ReportReadResult read = ReportJson::readFile(testpaths::data("wenzhou-eeb-2019.json"));
    QVERIFY(read.report);
    m_reference = std::move(read.report);
}

void TestReportEditor::init()
{
    // A blank 2019 report of the reference agency, opened in the window as a clerk would.
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("editor.sqlite"));
    {
        auto opened = openStore(path);
        Report blank(m_reference->formatPointer());
        blank.setYear(2019);
        blank.setAgency(m_reference->agency());
        QString error;
        m_reportId = *opened.store->addReport(blank, QStringLiteral("setup"), &error);
    }
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openDatabase(path, false));
    QVERIFY2(m_window->openReport(m_reportId), qPrintable(m_window->lastError()));
}

void TestReportEditor::cleanup()
{
    m_window.reset();
}

ReportTableView *TestReportEditor::viewOf(int cell) const
{
    const CellDef &def = m_window->document()->format().cell(cell);
    m_window->editor()->showSection(def.table->sectionId);
    return m_window->editor()->tableView(def.table->id);
}

void TestReportEditor::type(int cell, const QString &text, Qt::Key finish)
{
    typeIntoCell(*m_window, cell, text, finish);
}

void TestReportEditor::typeWithoutEnter(int cell, const QString &text)
{
    ReportTableView *view = viewOf(cell);
    QVERIFY(view->showCell(cell));
    QTest::keyClicks(view, text.left(1)); // opens the cell's editor
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor && view->isAncestorOf(editor));
    QTest::keyClicks(editor, text.mid(1));
}

QString TestReportEditor::shown(int cell) const
{
    ReportTableView *view = viewOf(cell);
    return view->model()->data(view->reportModel()->indexOfCell(cell), Qt::DisplayRole).toString();
}

CellValue TestReportEditor::saved(int cell) const
{
    // A second, read-only session on the file sees what was committed.
    auto opened = openStore(m_window->store()->path(), false, true);
    QString error;
    const auto report = opened.store->loadReport(m_reportId, &error);
    return report ? report->value(cell) : CellValue::number(-999999);
}

void TestReportEditor::screenshot(const QString &name)
{
    const QString folder = qEnvironmentVariable("NIANBAO_SCREENSHOTS");
    if (!folder.isEmpty())
        m_window->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

void TestReportEditor::typeTheReferenceReport()
{
    const FormatDefinition &format = m_reference->format();
    bool checkedMidway = false;
    for (int c = 0; c < format.cellCount(); ++c) {
        const CellDef &def = format.cell(c);
        const CellValue &value = m_reference->value(c);
        if (value.isBlank() || def.isComputed())
            continue; // totals compute themselves
        type(c, formatCellValue(value, def.kind));
        QCOMPARE(m_window->document()->report().value(c), value);
        if (!checkedMidway && def.key == QLatin1String("s3.carried_in.natural")) {
            // Only 一 and part of 二 are in: R1 says so for the 自然人 column, with the numbers.
            const QStringList lines = m_window->editor()->findingLines();
            QVERIFY2(!lines.filter(QStringLiteral("R1")).filter(QStringLiteral("三、自然人列：新收 39 + 上年结转 1 = 40")).isEmpty(),
                     qPrintable(lines.join(QLatin1Char('\n'))));
            QCOMPARE(shown(cell("s3.new.total")), QStringLiteral("45"));
            checkedMidway = true;
            screenshot(QStringLiteral("section3-midway"));
        }
    }
    QVERIFY(checkedMidway);
    // The totals the reference report prints, computed, and no finding left.
    QCOMPARE(shown(cell("s3.new.total")), QStringLiteral("45"));
    QCOMPARE(shown(cell("s3.results_total.natural")), QStringLiteral("40"));
    QCOMPARE(shown(cell("s3.results_total.total")), QStringLiteral("46"));
    QCOMPARE(shown(cell("s3.unable_not_held.total")), QStringLiteral("27"));
    QVERIFY2(m_window->editor()->findingLines().isEmpty(), qPrintable(m_window->editor()->findingLines().join(QLatin1Char('\n'))));
    // Everything typed is in the file.
    for (int c = 0; c < format.cellCount(); ++c) {
        if (!format.cell(c).isComputed())
            QCOMPARE(saved(c), m_reference->value(c));
    }
    m_window->editor()->showSection(QStringLiteral("s3"));
    screenshot(QStringLiteral("section3"));
    m_window->editor()->showSection(QStringLiteral("s2"));
    screenshot(QStringLiteral("section2"));
    m_window->editor()->showSection(QStringLiteral("s4"));
    screenshot(QStringLiteral("section4"));
}

void TestReportEditor::badInput_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("expected"); // what the cell shows, or a part of the refusal

    QTest::newRow("letters") << "s3.new.natural" << "12a" << false << "“a”";
    QTest::newRow("full-width digits") << "s3.new.natural" << QStringLiteral("３９") << true << "39";
    QTest::newRow("ideographic spaces") << "s3.new.natural" << QStringLiteral("\u300012\u3000") << true << "12";
    QTest::newRow("thousands separator") << "s2_5.licensing.decisions" << "1,417" << true << "1417";
    QTest::newRow("plus one in a change") << "s2_5.licensing.change" << "+1" << true << "+1";
    QTest::newRow("minus eight in a change") << "s2_5.licensing.change" << "-8" << true << "-8";
    QTest::newRow("slash where allowed") << "s2_1.regulations.made" << "/" << true << "/";
    QTest::newRow("slash where not allowed") << "s3.new.natural" << "/" << false << "not applicable";
    QTest::newRow("negative count") << "s3.new.natural" << "-1" << false << "negative";
    QTest::newRow("decimal count") << "s3.new.natural" << "1.5" << false << "whole number";
    QTest::newRow("huge number") << "s3.new.natural" << "3000000000" << false << "2147483647";
    QTest::newRow("amount with decimals") << "s2_9.procurement.amount" << "12.5" << true << "12.5";
}

void TestReportEditor::badInput()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QFETCH(QString, expected);
    m_window->setLanguage(QStringLiteral("en"));
    const int c = m_window->document()->format().indexOf(key);
    type(c, QStringLiteral("7"));
    const CellValue before = m_window->document()->report().value(c);
    type(c, text);
    ReportTableView *view = viewOf(c);
    if (accepted) {
        QCOMPARE(shown(c), expected);
        QVERIFY(view->refusalShown().isEmpty());
        QCOMPARE(saved(c), m_window->document()->report().value(c));
    } else {
        QVERIFY2(view->refusalShown().contains(expected), qPrintable(view->refusalShown()));
        // Nothing lost: the old value stands, and what was typed is back in the cell to correct.
        QCOMPARE(m_window->document()->report().value(c), before);
        QCOMPARE(saved(c), before);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QCOMPARE(editor->text(), text);
        QCOMPARE(view->reportModel()->cellAt(view->currentIndex()), c);
        screenshot(QStringLiteral("refusal"));
    }
    m_window->setLanguage(QStringLiteral("zh"));
}

void TestReportEditor::typingReplacesAndDeleteClears()
{
    const int c = cell("s3.new.natural");
    type(c, QStringLiteral("39"));
    type(c, QStringLiteral("5")); // typing over a cell replaces its value
    QCOMPARE(shown(c), QStringLiteral("5"));
    ReportTableView *view = viewOf(c);
    view->showCell(c);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(shown(c), QString());
    QVERIFY(saved(c).isBlank());
    QCOMPARE(shown(cell("s3.new.total")), QStringLiteral("0"));
}

void TestReportEditor::undoRedo()
{
    const int c = cell("s3.granted.natural");
    type(c, QStringLiteral("15"));
    type(c, QStringLiteral("14"));
    // Each edit is saved as it is made: the title never claims unsaved changes.
    QVERIFY(!m_window->isWindowModified());
    QVERIFY2(!m_window->windowTitle().contains(QLatin1Char('*')), qPrintable(m_window->windowTitle()));
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("actionUndo"));
    auto *redo = m_window->findChild<QAction *>(QStringLiteral("actionRedo"));
    QVERIFY(undo && redo && undo->isEnabled());
    undo->trigger();
    QCOMPARE(shown(c), QStringLiteral("15"));
    QCOMPARE(saved(c), CellValue::number(15));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier); // the shortcut as a clerk uses it
    QCOMPARE(shown(c), QString());
    QVERIFY(saved(c).isBlank());
    QVERIFY(!undo->isEnabled());
    redo->trigger();
    redo->trigger();
    QCOMPARE(shown(c), QStringLiteral("14"));
    QCOMPARE(saved(c), CellValue::number(14));
    // Ctrl+S confirms that everything is saved, and says where.
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("editor.sqlite")));
    QVERIFY(!m_window->windowTitle().contains(QLatin1Char('*')));
}

void TestReportEditor::tabOrderThroughSection3()
{
    const FormatDefinition &format = m_window->document()->format();
    const TableDef *s3 = format.table(QStringLiteral("s3"));
    // Reading order: row by row, left to right, over the cells a clerk types (not the totals).
    QStringList expected;
    for (int row = 0; row < s3->leafRows.size(); ++row) {
        for (int column = 0; column < s3->leafColumns.size(); ++column) {
            const int c = s3->cellIndex(row, column);
            if (!format.cell(c).isComputed())
                expected << format.cell(c).key;
        }
    }
    QCOMPARE(expected.size(), 22 * 6);
    ReportTableView *view = viewOf(cell("s3.new.natural"));
    view->showCell(cell("s3.new.natural"));
    QStringList visited{format.cell(view->reportModel()->cellAt(view->currentIndex())).key};
    for (int i = 1; i < expected.size(); ++i) {
        QTest::keyClick(view, Qt::Key_Tab);
        visited << format.cell(view->reportModel()->cellAt(view->currentIndex())).key;
    }
    QCOMPARE(visited, expected);
    // Shift+Tab walks back the same way.
    for (int i = expected.size() - 2; i >= expected.size() - 10; --i) {
        QTest::keyClick(view, Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(format.cell(view->reportModel()->cellAt(view->currentIndex())).key, expected.at(i));
    }
    // Typing with Tab between cells fills a row as on a spreadsheet.
    view->showCell(cell("s3.new.natural"));
    for (const char *value : {"39", "1", "", "4", "", "1"}) {
        if (*value)
            type(view->reportModel()->cellAt(view->currentIndex()), QString::fromLatin1(value), Qt::Key_Tab);
        else
            QTest::keyClick(view, Qt::Key_Tab);
    }
    QCOMPARE(shown(cell("s3.new.total")), QStringLiteral("45"));
    QCOMPARE(view->reportModel()->cellAt(view->currentIndex()), cell("s3.carried_in.natural"));
}

void TestReportEditor::enterMovesDown()
{
    // As on a spreadsheet: Enter commits and goes down the column, past the group label row 三、本年度办理结果.
    type(cell("s3.new.natural"), QStringLiteral("1"));
    ReportTableView *view = viewOf(cell("s3.new.natural"));
    QCOMPARE(view->reportModel()->cellAt(view->currentIndex()), cell("s3.carried_in.natural"));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(view->reportModel()->cellAt(view->currentIndex()), cell("s3.granted.natural"));
    QTest::keyClick(view, Qt::Key_Return, Qt::ShiftModifier); // Shift+Enter goes up
    QCOMPARE(view->reportModel()->cellAt(view->currentIndex()), cell("s3.carried_in.natural"));
    // Tab still goes right.
    type(cell("s3.new.business"), QStringLiteral("2"), Qt::Key_Tab);
    QCOMPARE(view->reportModel()->cellAt(view->currentIndex()), cell("s3.new.research"));
}

void TestReportEditor::tabMovesOnAfterRefusedText()
{
    m_window->setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents(); // widgets retranslate on the LanguageChange event
    type(cell("s3.new.natural"), QStringLiteral("abc"), Qt::Key_Tab);
    ReportTableView *view = viewOf(cell("s3.new.natural"));
    // Tab moved on; the refusal stays in view, quoting what was typed, and the old (blank) value stands.
    QCOMPARE(view->reportModel()->cellAt(view->currentIndex()), cell("s3.new.business"));
    QVERIFY2(view->refusalShown().contains(QStringLiteral("abc")) || view->refusalShown().contains(QStringLiteral("“a")),
             qPrintable(view->refusalShown()));
    QVERIFY(m_window->document()->report().value(cell("s3.new.natural")).isBlank());
    // The next figures go into the next cell, not after "abc".
    QTest::keyClicks(view, QStringLiteral("5"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCoreApplication::processEvents();
    QCOMPARE(saved(cell("s3.new.business")), CellValue::number(5));
    QVERIFY(saved(cell("s3.new.natural")).isBlank());
    QCOMPARE(view->reportModel()->cellAt(view->currentIndex()), cell("s3.new.research"));
    m_window->setLanguage(QStringLiteral("zh"));
}

void TestReportEditor::enterKeepsRefusedTextToTypeOver()
{
    type(cell("s3.new.natural"), QStringLiteral("12a"));
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("12a"));
    // The text is selected: typing replaces it rather than appending to it.
    QTest::keyClicks(editor, QStringLiteral("7"));
    QCOMPARE(editor->text(), QStringLiteral("7"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    QCOMPARE(saved(cell("s3.new.natural")), CellValue::number(7));
}

void TestReportEditor::tabPastTheLastCellStaysInTheTable()
{
    ReportTableView *view = viewOf(cell("s3.new.natural"));
    ReportTableModel *model = view->reportModel();
    QModelIndex last;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->isEditable(model->index(row, column)))
                last = model->index(row, column);
        }
    }
    QVERIFY(view->showCell(model->cellAt(last)));
    QTest::keyClick(view, Qt::Key_Tab);
    QVERIFY2(view->hasFocus(), QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "none");
    QCOMPARE(view->currentIndex(), last);
    // Typing there goes into the cell, never into the heading field beside the title.
    type(model->cellAt(last), QStringLiteral("0"), Qt::Key_Tab);
    auto *heading = m_window->editor()->page(QStringLiteral("s3"))->findChild<QLineEdit *>(QStringLiteral("heading"));
    QCOMPARE(heading->text(), QString());
    QCOMPARE(saved(model->cellAt(last)), CellValue::number(0));
    QVERIFY(m_window->document()->report().heading(QStringLiteral("s3")).isEmpty());
}

void TestReportEditor::frozenPanesAt1366_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << "en";
    QTest::newRow("Chinese") << "zh";
}

void TestReportEditor::frozenPanesAt1366()
{
    QFETCH(QString, language);
    m_window->resize(1366, 768);
    m_window->setLanguage(language);
    QCoreApplication::processEvents();
    // With the review panel open too, as a supervisor works.
    m_window->findChild<QDockWidget *>(QStringLiteral("reviewDock"))->show();
    QCoreApplication::processEvents();
    ReportTableView *view = viewOf(cell("s3.new.natural"));
    QCoreApplication::processEvents();
    QVERIFY(view->hasFrozenPanes());
    auto *rows = view->findChild<QTableView *>(QStringLiteral("frozenRows"));
    auto *labels = view->findChild<QTableView *>(QStringLiteral("frozenColumns"));
    QVERIFY(rows && labels && rows->isVisible() && labels->isVisible());
    // Scrolled to the bottom right corner: the 总计 column and the last row are in view, and so are
    // the column headers and the row labels, over the scrolled cells.
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->maximum());
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    QCoreApplication::processEvents();
    const QModelIndex total = view->reportModel()->indexOfCell(cell("s3.results_total.total"));
    const QRect rect = view->visualRect(total);
    QVERIFY2(view->viewport()->rect().contains(rect), qPrintable(QStringLiteral("%1,%2 %3x%4").arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height())));
    QCOMPARE(labels->verticalScrollBar()->value(), view->verticalScrollBar()->value());
    QCOMPARE(rows->horizontalScrollBar()->value(), view->horizontalScrollBar()->value());
    QVERIFY(labels->width() >= view->columnWidth(0) && labels->height() == view->viewport()->height());
    QCOMPARE(labels->rowAt(rect.center().y()), total.row()); // the label beside the row shown
    // Every figure fits its column. Beside the review dock the English header words may wrap once
    // (“Research institu/tions”) so that all seven columns show (tst_screenfit); at most once.
    const QFontMetrics metrics(view->font());
    const int column = view->reportModel()->indexOfCell(cell("s3.new.research")).column();
    if (language == QLatin1String("en"))
        QVERIFY(view->columnWidth(column) >= metrics.horizontalAdvance(QStringLiteral("institutions")) / 2);
    // A long figure widens the columns as it is typed.
    type(cell("s3.new.research"), QStringLiteral("1234567890"));
    QVERIFY(view->columnWidth(column) >= metrics.horizontalAdvance(QStringLiteral("1234567890")));
    screenshot(QStringLiteral("section3-1366-") + language);
    m_window->editor()->showSection(QStringLiteral("s1"));
    screenshot(QStringLiteral("section1-1366-") + language);
    m_window->setLanguage(QStringLiteral("zh"));
}

void TestReportEditor::findingOnAnOffscreenCellScrollsToIt()
{
    m_window->resize(1200, 700);
    ReportTableView *view = viewOf(cell("s3.new.natural"));
    // A result of the 其他 column with no request.
    type(cell("s3.granted.other"), QStringLiteral("3"));
    view->horizontalScrollBar()->setValue(0);
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    m_window->editor()->showSection(QStringLiteral("s1"));
    QCoreApplication::processEvents();
    auto *findings = m_window->editor()->findChild<QTreeWidget *>(QStringLiteral("findings"));
    // R1 fails for the 其他 column and for 总计; the 总计 one marks 一、本年新收's 总计, at the far right.
    QTreeWidgetItem *item = nullptr;
    for (int i = 0; i < findings->topLevelItemCount(); ++i) {
        const Finding *finding = m_window->document()->validator().findingOf(findings->topLevelItem(i)->data(0, Qt::UserRole).toInt());
        if (finding->ruleId == QLatin1String("R1") && finding->cells.first() == cell("s3.new.total"))
            item = findings->topLevelItem(i);
    }
    QVERIFY(item);
    const QModelIndex marked = view->reportModel()->indexOfCell(cell("s3.new.total"));
    QVERIFY(!view->viewport()->rect().intersects(view->visualRect(marked))); // off-screen before the click
    QTest::mouseClick(findings->viewport(), Qt::LeftButton, {}, findings->visualItemRect(item).center());
    QCOMPARE(m_window->editor()->currentSection(), QStringLiteral("s3"));
    QCOMPARE(view->currentIndex(), marked);
    QVERIFY(view->selectionModel()->isSelected(marked));
    const QRect rect = view->visualRect(marked);
    QVERIFY(view->viewport()->rect().contains(rect));
    // Not hidden under the frozen header rows or row labels.
    QVERIFY(rect.left() >= view->findChild<QTableView *>(QStringLiteral("frozenColumns"))->width());
    QVERIFY(rect.top() >= view->findChild<QTableView *>(QStringLiteral("frozenRows"))->height());
}

void TestReportEditor::zoomIsRememberedForEveryTable()
{
    QSettings().remove(QStringLiteral("tables/zoom"));
    ReportTableView *view = viewOf(cell("s3.new.natural"));
    view->showCell(cell("s3.new.natural"));
    const int width = view->columnWidth(view->currentIndex().column());
    const qreal size = view->font().pointSizeF();
    QTest::keyClick(view, Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(ReportTableView::zoom(), 110);
    QCOMPARE(QSettings().value(QStringLiteral("tables/zoom")).toInt(), 110);
    QVERIFY(view->font().pointSizeF() > size);
    QVERIFY(view->columnWidth(view->currentIndex().column()) > width);
    // Ctrl+wheel zooms too, and every table of the report follows.
    QWheelEvent wheel(QPointF(20, 20), view->mapToGlobal(QPointF(20, 20)), QPoint(), QPoint(0, -240), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    QCOMPARE(ReportTableView::zoom(), 90);
    ReportTableView *other = viewOf(cell("s2_1.regulations.made"));
    QCOMPARE(other->font().pointSizeF(), view->font().pointSizeF());
    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(ReportTableView::zoom(), 80);
    // A window opened later starts at the zoom last chosen.
    const QString path = m_window->store()->path();
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(m_window->openDatabase(path, false));
    QVERIFY(m_window->openReport(m_reportId));
    QVERIFY(qAbs(viewOf(cell("s3.new.natural"))->font().pointSizeF() - QApplication::font().pointSizeF() * 0.8) < 0.01);
    QSettings().remove(QStringLiteral("tables/zoom"));
}

void TestReportEditor::statesDoNotMislead()
{
    m_window->setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    auto *title = m_window->editor()->findChild<QLabel *>(QStringLiteral("findingsTitle"));
    auto *sections = m_window->editor()->findChild<QListWidget *>(QStringLiteral("sections"));
    // An empty report does not claim that every rule is satisfied.
    QCOMPARE(title->text(), QStringLiteral("Nothing entered yet: the rules are checked as you type."));
    // One figure in, the rest blank: not complete.
    type(cell("s3.new.natural"), QStringLiteral("0"));
    type(cell("s3.carried_in.natural"), QStringLiteral("0"));
    QVERIFY2(sections->item(2)->text().contains(QStringLiteral("cells left blank")), qPrintable(sections->item(2)->text()));
    QCOMPARE(title->text(), QStringLiteral("No errors or warnings in what is entered so far."));
    m_window->setLanguage(QStringLiteral("zh"));
}

void TestReportEditor::narrativeFindingMarksItsText()
{
    m_window->setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    // Figures that hold every table rule: only the text can be wrong.
    type(cell("s3.new.natural"), QStringLiteral("5"));
    type(cell("s3.granted.natural"), QStringLiteral("5"));
    QVERIFY2(m_window->editor()->findingLines().isEmpty(), qPrintable(m_window->editor()->findingLines().join(QLatin1Char('\n'))));
    m_window->editor()->showSection(QStringLiteral("s1"));
    auto *text = m_window->editor()->page(QStringLiteral("s1"))->findChild<QPlainTextEdit *>(QStringLiteral("narrative"));
    commitText(text, QStringLiteral("全年共受理政府信息公开申请859件。"));
    QCoreApplication::processEvents();
    const QStringList lines = m_window->editor()->findingLines().filter(QStringLiteral("R11"));
    QCOMPARE(lines.size(), 1);
    auto *sections = m_window->editor()->findChild<QListWidget *>(QStringLiteral("sections"));
    // The warning is about the text of 一: 一 is marked, 三 (whose figure it quotes) is not.
    QVERIFY2(sections->item(0)->text().contains(QStringLiteral("warnings to check")), qPrintable(sections->item(0)->text()));
    QVERIFY2(!sections->item(2)->text().contains(QStringLiteral("warnings")), qPrintable(sections->item(2)->text()));
    ReportTableView *view = viewOf(cell("s3.new.total"));
    QVERIFY(view->reportModel()->indexOfCell(cell("s3.new.total")).data(Qt::DecorationRole).isNull());
    // Clicking it goes to the text.
    m_window->editor()->showSection(QStringLiteral("s4"));
    auto *findings = m_window->editor()->findChild<QTreeWidget *>(QStringLiteral("findings"));
    QTreeWidgetItem *item = findings->findItems(QStringLiteral("R11"), Qt::MatchExactly, 1).value(0);
    QVERIFY(item);
    QTest::mouseClick(findings->viewport(), Qt::LeftButton, {}, findings->visualItemRect(item).center());
    QCOMPARE(m_window->editor()->currentSection(), QStringLiteral("s1"));
    QVERIFY(text->hasFocus());
    m_window->setLanguage(QStringLiteral("zh"));
}

void TestReportEditor::editMenuWorksOnTheFocus()
{
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("menuEdit"));
    QStringList names;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            names << action->objectName();
    }
    QCOMPARE(names, QStringList({QStringLiteral("actionUndo"), QStringLiteral("actionRedo"), QStringLiteral("actionCut"),
                                 QStringLiteral("actionCopy"), QStringLiteral("actionPaste"), QStringLiteral("actionClear"),
                                 QStringLiteral("actionSelectAll"), QStringLiteral("actionBlanksToZero")}));
    type(cell("s3.new.natural"), QStringLiteral("39"));
    ReportTableView *view = viewOf(cell("s3.new.natural"));
    view->showCell(cell("s3.new.natural"));
    m_window->findChild<QAction *>(QStringLiteral("actionCut"))->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("39\n"));
    QVERIFY(saved(cell("s3.new.natural")).isBlank());
    view->showCell(cell("s3.carried_in.natural"));
    m_window->findChild<QAction *>(QStringLiteral("actionPaste"))->trigger();
    QCOMPARE(saved(cell("s3.carried_in.natural")), CellValue::number(39));
    // In a text box the same actions act on the text.
    m_window->editor()->showSection(QStringLiteral("s5"));
    auto *text = m_window->editor()->page(QStringLiteral("s5"))->findChild<QPlainTextEdit *>(QStringLiteral("narrative"));
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("abc"));
    m_window->findChild<QAction *>(QStringLiteral("actionSelectAll"))->trigger();
    m_window->findChild<QAction *>(QStringLiteral("actionClear"))->trigger();
    QCOMPARE(text->toPlainText(), QString());
}

void TestReportEditor::pasteABlock()
{
    ReportTableView *view = viewOf(cell("s3.new.natural"));
    view->showCell(cell("s3.new.natural"));
    // Two rows copied from a spreadsheet, the 总计 column included: the totals are not pasted over.
    QApplication::clipboard()->setText(QStringLiteral("39\t1\t\t4\t\t1\t45\r\n1\t\t\t\t\t\t1\r\n"));
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(shown(cell("s3.new.natural")), QStringLiteral("39"));
    QCOMPARE(shown(cell("s3.new.nonprofit")), QStringLiteral("4"));
    QCOMPARE(shown(cell("s3.carried_in.natural")), QStringLiteral("1"));
    QCOMPARE(shown(cell("s3.new.total")), QStringLiteral("45"));
    QCOMPARE(saved(cell("s3.new.other")), CellValue::number(1));
    QCOMPARE(m_window->document()->undoStack()->count(), 1); // one paste, one undo step
    // And copying gives the block back.
    view->setCurrentIndex(view->reportModel()->indexOfCell(cell("s3.new.natural")));
    view->selectionModel()->select(QItemSelection(view->reportModel()->indexOfCell(cell("s3.new.natural")),
                                                  view->reportModel()->indexOfCell(cell("s3.new.business"))),
                                   QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("39\t1\n"));
}

void TestReportEditor::findingJumpsToItsCell()
{
    type(cell("s3.granted.natural"), QStringLiteral("3"));
    m_window->editor()->showSection(QStringLiteral("s1"));
    auto *findings = m_window->editor()->findChild<QTreeWidget *>(QStringLiteral("findings"));
    QVERIFY(findings->topLevelItemCount() > 0);
    QTreeWidgetItem *item = findings->topLevelItem(0);
    QCOMPARE(item->text(1), QStringLiteral("R1"));
    const QRect rect = findings->visualItemRect(item);
    QTest::mouseClick(findings->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_window->editor()->currentSection(), QStringLiteral("s3"));
    ReportTableView *view = m_window->editor()->tableView(QStringLiteral("s3"));
    QCOMPARE(view->reportModel()->cellAt(view->currentIndex()), cell("s3.new.natural"));
    QVERIFY(view->hasFocus());
    // The marked cell carries an icon and the message, not only a colour.
    const QModelIndex marked = view->reportModel()->indexOfCell(cell("s3.new.natural"));
    QVERIFY(!marked.data(Qt::DecorationRole).isNull());
    QVERIFY(marked.data(Qt::ToolTipRole).toString().contains(QStringLiteral("R1")) ||
            marked.data(Qt::ToolTipRole).toString().contains(QStringLiteral("相差 3")));
    auto *sections = m_window->editor()->findChild<QListWidget *>(QStringLiteral("sections"));
    QVERIFY(sections->item(2)->text().contains(QStringLiteral("有错误")));
}

// Issue 15, item 7: a paste past the narrative limit is not taken, and the editor says why.
void TestReportEditor::narrativeOverTheLimitIsRefused()
{
    m_window->editor()->showSection(QStringLiteral("s5"));
    auto *text = m_window->editor()->page(QStringLiteral("s5"))->findChild<QPlainTextEdit *>(QStringLiteral("narrative"));
    QVERIFY(text);
    text->setFocus();
    commitText(text, QStringLiteral("本年度"));
    const QString before = m_window->document()->report().narrative(QStringLiteral("s5"));
    QCOMPARE(before, QStringLiteral("本年度"));
    text->insertPlainText(QString(100000, QChar(0x5B57))); // 字 × 100 000, as a paste
    QCOMPARE(text->toPlainText(), before);
    QCOMPARE(m_window->document()->report().narrative(QStringLiteral("s5")), before);
    // The window speaks Chinese here: the message with its two numbers, as the clerk reads it.
    QVERIFY2(QToolTip::text().contains(QStringLiteral("该段文字长 100003 个字符；每部分最多 100000 个字符")), qPrintable(QToolTip::text()));
    // Up to the limit is taken.
    text->insertPlainText(QString(1000, QChar(0x5B57)));
    QCOMPARE(m_window->document()->report().narrative(QStringLiteral("s5")).size(), 1003);
    text->setPlainText(QString());
    QCOMPARE(m_window->document()->report().narrative(QStringLiteral("s5")), QString());
}

void TestReportEditor::narrativeIsSavedAsTyped()
{
    m_window->editor()->showSection(QStringLiteral("s6"));
    auto *text = m_window->editor()->page(QStringLiteral("s6"))->findChild<QPlainTextEdit *>(QStringLiteral("narrative"));
    QVERIFY(text);
    text->setFocus();
    // Chinese arrives from the input method as committed text, a phrase at a time.
    for (const QString &phrase : {QStringLiteral("本年度"), QStringLiteral("未收取信息处理费。")}) {
        QInputMethodEvent commit;
        commit.setCommitString(phrase);
        QApplication::sendEvent(text, &commit);
    }
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClicks(text, QStringLiteral("Second line"));
    auto opened = openStore(m_window->store()->path(), false, true);
    QString error;
    QCOMPARE(opened.store->loadReport(m_reportId, &error)->narrative(QStringLiteral("s6")),
             QStringLiteral("本年度未收取信息处理费。\nSecond line"));
    // Undo steps as in a text editor: the phrase up to 。, the line break, the second line.
    QCOMPARE(m_window->document()->undoStack()->count(), 3);
    m_window->document()->undoStack()->undo();
    QCOMPARE(text->toPlainText(), QStringLiteral("本年度未收取信息处理费。\n"));
}

void TestReportEditor::narrativeUndoTakesBackASentence()
{
    m_window->editor()->showSection(QStringLiteral("s1"));
    auto *text = m_window->editor()->page(QStringLiteral("s1"))->findChild<QPlainTextEdit *>(QStringLiteral("narrative"));
    QVERIFY(text);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("We published 40 items. Requests rose"));
    QApplication::clipboard()->setText(QStringLiteral(" sharply, as the table in section three shows."));
    QTest::keyClick(text, Qt::Key_V, Qt::ControlModifier);
    QTest::keyClicks(text, QStringLiteral(" Ok"));
    QCOMPARE(text->toPlainText(), QStringLiteral("We published 40 items. Requests rose sharply, as the table in section three shows. Ok"));
    // Ctrl+Z inside the text box undoes the report, one sensible step at a time, never the paragraph.
    QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(text->toPlainText(), QStringLiteral("We published 40 items. Requests rose sharply, as the table in section three shows."));
    QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier); // the paste
    QCOMPARE(text->toPlainText(), QStringLiteral("We published 40 items. Requests rose"));
    QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier); // the words typed after the full stop
    QCOMPARE(text->toPlainText(), QStringLiteral("We published 40 items."));
    QCOMPARE(m_window->document()->report().narrative(QStringLiteral("s1")), QStringLiteral("We published 40 items."));
    // The cursor stays where the text was undone, so typing goes on from there.
    QCOMPARE(text->textCursor().position(), 22);
    QTest::keyClick(text, Qt::Key_Y, Qt::ControlModifier); // redo
    QCOMPARE(text->toPlainText(), QStringLiteral("We published 40 items. Requests rose"));
    // Backspaces are one step, undone together.
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(text, Qt::Key_Backspace);
    QCOMPARE(text->toPlainText(), QStringLiteral("We published 40 items. Requests"));
    QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(text->toPlainText(), QStringLiteral("We published 40 items. Requests rose"));
}

void TestReportEditor::languageSwitch()
{
    auto *sections = m_window->editor()->findChild<QListWidget *>(QStringLiteral("sections"));
    QVERIFY(sections->item(0)->text().startsWith(QStringLiteral("一、总体情况")));
    m_window->setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents(); // widgets retranslate on the LanguageChange event
    QVERIFY2(sections->item(0)->text().startsWith(QStringLiteral("1. Overview")), qPrintable(sections->item(0)->text()));
    QVERIFY(sections->item(0)->text().contains(QStringLiteral("not started")));
    auto *edit = m_window->findChild<QMenu *>(QStringLiteral("menuEdit"));
    QCOMPARE(edit->title(), QStringLiteral("&Edit"));
    m_window->setLanguage(QStringLiteral("zh"));
    QCoreApplication::processEvents();
    QVERIFY(sections->item(0)->text().contains(QStringLiteral("未开始")));
    QCOMPARE(edit->title(), QStringLiteral("编辑(&E)"));
}

void TestReportEditor::exportsThePublishedReport()
{
    type(cell("s3.new.natural"), QStringLiteral("39"));
    const QString pdf = m_dir->filePath(QStringLiteral("published.pdf"));
    QVERIFY2(m_window->publishReport(pdf), qPrintable(m_window->lastError()));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString extracted = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(extracted.contains(QStringLiteral("温州市生态环境局2019年")));
    QVERIFY(extracted.contains(QStringLiteral("一、本年新收政府信息公开申请数量 39")));
    QVERIFY(m_window->publishReport(m_dir->filePath(QStringLiteral("published.html"))));
    QFile html(m_dir->filePath(QStringLiteral("published.html")));
    QVERIFY(html.open(QIODevice::ReadOnly) && html.readAll().contains("<table"));
}

void TestReportEditor::unconfirmedCellIsSavedOnClose_data()
{
    QTest::addColumn<bool>("closeWindow");
    QTest::newRow("Close Report") << false;
    QTest::newRow("the window goes away") << true;
}

void TestReportEditor::unconfirmedCellIsSavedOnClose()
{
    // The clerk types a figure and, without Enter, closes the report or the app: the figure is kept.
    QFETCH(bool, closeWindow);
    const int c = cell("s3.new.natural");
    typeWithoutEnter(c, QStringLiteral("42"));
    QVERIFY(saved(c).isBlank());
    const QString path = m_window->store()->path();
    if (closeWindow)
        m_window.reset();
    else
        m_window->findChild<QAction *>(QStringLiteral("actionCloseReport"))->trigger();
    auto opened = openStore(path, false, true);
    QString error;
    const auto report = opened.store->loadReport(m_reportId, &error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->value(c), CellValue::number(42));
}

void TestReportEditor::pagesAreBuiltWhenFirstNeeded()
{
    // The window opens a report with only the page it shows built (一, text only: no table at all);
    // every other page is built the first time it is shown or asked for, and is then as it would have
    // been: the zoom, the language and the lock of the moment, its figures, Tab and Enter.
    ReportEditor *editor = m_window->editor();
    QCOMPARE(editor->currentSection(), QStringLiteral("s1"));
    QVERIFY(editor->isPageBuilt(QStringLiteral("s1")));
    for (const char *id : {"s2", "s3", "s4", "s5", "s6"})
        QVERIFY2(!editor->isPageBuilt(QLatin1String(id)), id);
    QVERIFY(editor->findChildren<ReportTableView *>().isEmpty());

    // Shown from the list: built, and the one shown.
    auto *sections = editor->findChild<QListWidget *>(QStringLiteral("sections"));
    sections->setCurrentRow(1);
    QVERIFY(editor->isPageBuilt(QStringLiteral("s2")));
    QCOMPARE(editor->currentSection(), QStringLiteral("s2"));
    auto *stack = editor->findChild<QStackedWidget *>(QStringLiteral("sectionPages"));
    QCOMPARE(stack->currentWidget(), editor->page(QStringLiteral("s2")));
    QCOMPARE(stack->count(), 6);
    QCOMPARE(stack->indexOf(editor->page(QStringLiteral("s2"))), 1);

    // The zoom chosen in 二 is the zoom of 三, built after it.
    ReportTableView *first = editor->tableView(QStringLiteral("s2_1"));
    QVERIFY(first);
    first->setZoom(130);
    QVERIFY(!editor->isPageBuilt(QStringLiteral("s3")));
    ReportTableView *later = viewOf(cell("s3.new.natural"));
    QVERIFY(editor->isPageBuilt(QStringLiteral("s3")));
    QCOMPARE(later->font().pointSizeF(), first->font().pointSizeF());
    first->setZoom(100);

    // A finding's cell in a page not built yet: jumped to, cursor on it.
    QVERIFY(!editor->isPageBuilt(QStringLiteral("s4")));
    QVERIFY(editor->jumpToCell(cell("s4.cases.direct_upheld")));
    QVERIFY(editor->isPageBuilt(QStringLiteral("s4")));
    QCOMPARE(editor->currentSection(), QStringLiteral("s4"));
    ReportTableView *cases = editor->tableView(editor->page(QStringLiteral("s4"))->tableViews().first()->objectName());
    QCOMPARE(cases->reportModel()->cellAt(cases->currentIndex()), cell("s4.cases.direct_upheld"));
    // Typed into, Enter moving down the column: the figure is saved.
    QTest::keyClick(cases, '4');
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCoreApplication::processEvents();
    QCOMPARE(saved(cell("s4.cases.direct_upheld")), CellValue::number(4));
    QVERIFY(cases->reportModel()->cellAt(cases->currentIndex()) != cell("s4.cases.direct_upheld"));

    // Built after a switch to English: in English.
    m_window->setLanguage(QStringLiteral("en"));
    QVERIFY(!editor->isPageBuilt(QStringLiteral("s5")));
    const QString english = m_window->document()->format().section(QStringLiteral("s5"))->heading.in(Language::English);
    QCOMPARE(editor->page(QStringLiteral("s5"))->findChild<QLabel *>(QStringLiteral("sectionTitle"))->text(), english);
    m_window->setLanguage(QStringLiteral("zh"));

    // Built after the report was locked: read only.
    m_window->document()->setLocked(QStringLiteral("under review"));
    QVERIFY(!editor->isPageBuilt(QStringLiteral("s6")));
    QVERIFY(editor->page(QStringLiteral("s6"))->findChild<QPlainTextEdit *>(QStringLiteral("narrative"))->isReadOnly());
    m_window->document()->setLocked(QString());

    // Unknown sections and tables: nothing built, nothing found.
    QCOMPARE(editor->page(QStringLiteral("s9")), nullptr);
    QCOMPARE(editor->tableView(QStringLiteral("nosuchtable")), nullptr);
}

QTEST_MAIN(TestReportEditor)
#include "tst_reporteditor.moc"
