// The window never in the way: a keystroke repaints and rebuilds only what it changed. The focus going
// to a cell's editor and back repaints that cell, not the table; the findings panel keeps its lines
// (their items, the selection, the scroll) across edits that do not touch them; the list of sections
// hears of a section only when its state changes; and figures drawn without the style's text layout
// look exactly as the style draws them.
#include "guiinput.h"
#include "mainwindow.h"
#include "reportdocument.h"
#include "reporteditor.h"
#include "reportjson.h"
#include "reporttablemodel.h"
#include "reporttableview.h"
#include "storetestutil.h"
#include "testpaths.h"

#include <QListWidget>
#include <QPaintEvent>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QtTest>

using namespace nb;

namespace {

// What a widget repainted, in its own coordinates.
class PaintRecorder : public QObject
{
public:
    explicit PaintRecorder(QWidget *widget) { widget->installEventFilter(this); }
    QRegion painted;
    int events = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            painted += static_cast<QPaintEvent *>(event)->region();
            ++events;
        }
        return false;
    }
};

} // namespace

class TestEditorRepaint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void focusToTheEditorAndBackRepaintsTheCellOnly();
    void findingsKeepTheirLinesAcrossAnUnrelatedEdit();
    void sectionStateSignalledOnlyWhenItChanges();
    void figuresLookAsTheStyleDrawsThem();

private:
    int cell(const char *key) const { return m_window->document()->format().indexOf(QLatin1String(key)); }
    void type(const char *key, const QString &text) { typeIntoCell(*m_window, cell(key), text); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::optional<Report> m_reference;
};

void TestEditorRepaint::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    ReportReadResult read = ReportJson::readFile(testpaths::data("wenzhou-eeb-2019.json"));
    QVERIFY(read.report);
    m_reference = std::move(read.report);
}

void TestEditorRepaint::init()
{
    // A blank 2019 report, opened in the real window, in English (the lines below are compared).
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("repaint.sqlite"));
    int id = 0;
    {
        auto opened = openStore(path);
        Report blank(m_reference->formatPointer());
        blank.setYear(2019);
        blank.setAgency(m_reference->agency());
        QString error;
        id = *opened.store->addReport(blank, QStringLiteral("setup"), &error);
    }
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openDatabase(path, false));
    QVERIFY2(m_window->openReport(id), qPrintable(m_window->lastError()));
    m_window->setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
}

void TestEditorRepaint::cleanup()
{
    if (m_window)
        m_window->setLanguage(QStringLiteral("zh"));
    m_window.reset();
}

void TestEditorRepaint::focusToTheEditorAndBackRepaintsTheCellOnly()
{
    m_window->editor()->showSection(QStringLiteral("s3"));
    ReportTableView *view = m_window->editor()->tableView(QStringLiteral("s3"));
    QVERIFY(view && view->hasFrozenPanes());
    QVERIFY(view->showCell(cell("s3.new.business")));
    QTRY_VERIFY(view->hasFocus());
    QCoreApplication::processEvents();
    const QRect cellRect = view->visualRect(view->currentIndex());
    QVERIFY(!cellRect.isEmpty());

    PaintRecorder viewport(view->viewport());
    PaintRecorder frame(view); // the frame, around the viewport: a view's frame does not show its focus
    std::vector<std::unique_ptr<PaintRecorder>> panes;
    for (const char *name : {"frozenRows", "frozenColumns", "frozenCorner"}) {
        auto *pane = view->findChild<QWidget *>(QLatin1String(name));
        QVERIFY(pane);
        panes.push_back(std::make_unique<PaintRecorder>(pane));
    }
    const auto checkOnlyTheCell = [&](const char *step) {
        QVERIFY2(viewport.events > 0, step); // the cell itself does change: its cursor mark
        const QRect painted = viewport.painted.boundingRect();
        QVERIFY2((viewport.painted - QRegion(cellRect)).isEmpty(),
                 qPrintable(QStringLiteral("%1: painted %2,%3 %4×%5, the cell is %6,%7 %8×%9 (the table's viewport %10×%11)")
                                .arg(QLatin1String(step)).arg(painted.x()).arg(painted.y()).arg(painted.width()).arg(painted.height())
                                .arg(cellRect.x()).arg(cellRect.y()).arg(cellRect.width()).arg(cellRect.height())
                                .arg(view->viewport()->width()).arg(view->viewport()->height())));
        // Under the cell the view may be painted too (the viewport is drawn over it).
        const QRect cellInView(view->viewport()->mapTo(view, cellRect.topLeft()), cellRect.size());
        // The scroll bars repaint on their own (and the view under them): not the table's cells.
        QRegion allowed(cellInView);
        for (QScrollBar *bar : {view->verticalScrollBar(), view->horizontalScrollBar()})
            allowed += QRect(bar->mapTo(view, QPoint(0, 0)), bar->size());
        QVERIFY2((frame.painted - allowed).isEmpty(), step);
        for (const auto &pane : panes)
            QVERIFY2(pane->events == 0, step);
        viewport.painted = frame.painted = QRegion();
        viewport.events = frame.events = 0;
    };

    // A digit opens the cell's editor, which takes the focus from the view.
    QTest::keyClick(view, '7');
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && editor != view && view->isAncestorOf(editor));
    QCoreApplication::processEvents();
    checkOnlyTheCell("into the editor");

    // Escape closes it and gives the focus back, nothing typed being kept.
    QTest::keyClick(editor, Qt::Key_Escape);
    QCoreApplication::processEvents();
    QVERIFY(view->hasFocus());
    checkOnlyTheCell("back to the view");
    QCOMPARE(view->currentIndex().data(Qt::DisplayRole).toString(), QString());

    // Leaving the table for another widget still repaints the table, as Qt's views do: a cell far from
    // the cursor is painted too.
    const QModelIndex far = view->indexAt(view->viewport()->rect().bottomRight() - QPoint(4, 4));
    QVERIFY(far.isValid() && far != view->currentIndex());
    m_window->editor()->findChild<QTreeWidget *>(QStringLiteral("findings"))->setFocus();
    QCoreApplication::processEvents();
    QVERIFY(!view->hasFocus());
    QVERIFY((QRegion(view->visualRect(far).intersected(view->viewport()->rect())) - viewport.painted).isEmpty());
}

void TestEditorRepaint::findingsKeepTheirLinesAcrossAnUnrelatedEdit()
{
    auto *findings = m_window->editor()->findChild<QTreeWidget *>(QStringLiteral("findings"));
    QVERIFY(findings);
    // Figures received that no outcome accounts for: a finding for the column and one for the total.
    type("s3.new.natural", QStringLiteral("5"));
    type("s3.new.business", QStringLiteral("4"));
    const QStringList before = m_window->editor()->findingLines();
    QVERIFY2(before.size() >= 2, qPrintable(before.join(QLatin1Char('\n'))));
    QVector<QTreeWidgetItem *> items;
    for (int i = 0; i < findings->topLevelItemCount(); ++i)
        items << findings->topLevelItem(i);
    QTreeWidgetItem *chosen = items.at(1);
    findings->setCurrentItem(chosen);
    QVERIFY(chosen->isSelected());
    QSignalSpy removed(findings->model(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(findings->model(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(findings->model(), &QAbstractItemModel::dataChanged);

    // An edit elsewhere that no rule of these findings reads: the panel is not touched at all.
    type("s2_5.licensing.decisions", QStringLiteral("12"));
    QCOMPARE(m_window->editor()->findingLines(), before);
    QCOMPARE(removed.count() + inserted.count() + changed.count(), 0);
    for (int i = 0; i < items.size(); ++i)
        QCOMPARE(findings->topLevelItem(i), items.at(i));
    QCOMPARE(findings->currentItem(), chosen);
    QVERIFY(chosen->isSelected());

    // An edit that settles the business column's finding: that line goes, the others stay as they
    // were (the same items), the chosen one still chosen unless it was the one that went.
    const QString chosenLine = before.at(1);
    type("s3.granted.business", QStringLiteral("4"));
    const QStringList after = m_window->editor()->findingLines();
    QVERIFY2(after.size() < before.size(), qPrintable(after.join(QLatin1Char('\n'))));
    QCOMPARE(inserted.count(), 0);
    for (int i = 0; i < findings->topLevelItemCount(); ++i)
        QVERIFY(items.contains(findings->topLevelItem(i)));
    if (after.contains(chosenLine)) {
        QCOMPARE(findings->currentItem(), chosen);
        QVERIFY(chosen->isSelected());
    }
}

void TestEditorRepaint::sectionStateSignalledOnlyWhenItChanges()
{
    auto *sections = m_window->editor()->findChild<QListWidget *>(QStringLiteral("sections"));
    QVERIFY(sections);
    QVERIFY2(sections->item(2)->text().contains(QStringLiteral("not started")), qPrintable(sections->item(2)->text()));
    QSignalSpy changed(sections->model(), &QAbstractItemModel::dataChanged);

    // The first figure of 三: its state changes, and the list hears of it once, for 三 only.
    type("s3.new.natural", QStringLiteral("5"));
    QVERIFY2(!sections->item(2)->text().contains(QStringLiteral("not started")), qPrintable(sections->item(2)->text()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 2);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 2);
    const QString state = sections->item(2)->text();

    // Another figure that leaves every section as it was: not a word to the list.
    changed.clear();
    type("s3.new.natural", QStringLiteral("6"));
    QCOMPARE(sections->item(2)->text(), state);
    QCOMPARE(changed.count(), 0);
}

void TestEditorRepaint::figuresLookAsTheStyleDrawsThem()
{
    // Figures with a finding's icon, without one, computed totals, the selected cell with its cursor.
    type("s3.new.natural", QStringLiteral("5"));
    type("s3.new.business", QStringLiteral("123456"));
    type("s3.granted.natural", QStringLiteral("5"));
    m_window->editor()->showSection(QStringLiteral("s3"));
    ReportTableView *view = m_window->editor()->tableView(QStringLiteral("s3"));
    QVERIFY(view);
    QCOMPARE(view->style()->name(), QStringLiteral("fusion")); // the style the delegate draws figures for
    QVERIFY(view->showCell(cell("s3.new.natural")));
    const QModelIndex marked = view->reportModel()->indexOfCell(cell("s3.new.business"));
    QVERIFY(!marked.data(Qt::DecorationRole).isNull()); // an icon beside a figure
    QCOMPARE(marked.data(Qt::DisplayRole).toString(), QStringLiteral("123456"));
    QCoreApplication::processEvents();

    const QImage figures = view->viewport()->grab().toImage();
    QAbstractItemDelegate *own = view->itemDelegate();
    QStyledItemDelegate plain;
    view->setItemDelegate(&plain);
    const QImage styled = view->viewport()->grab().toImage();
    view->setItemDelegate(own);
    QCOMPARE(figures.size(), styled.size());
    for (int y = 0; y < figures.height(); ++y) {
        for (int x = 0; x < figures.width(); ++x) {
            if (figures.pixel(x, y) != styled.pixel(x, y)) {
                figures.save(QDir::temp().filePath(QStringLiteral("figures-own.png")));
                styled.save(QDir::temp().filePath(QStringLiteral("figures-style.png")));
                QFAIL(qPrintable(QStringLiteral("differs at %1,%2 (cell %3,%4); both images are in %5")
                                     .arg(x).arg(y).arg(view->indexAt(QPoint(x, y)).row()).arg(view->indexAt(QPoint(x, y)).column())
                                     .arg(QDir::tempPath())));
            }
        }
    }
}

QTEST_MAIN(TestEditorRepaint)
#include "tst_editorrepaint.moc"
