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
#include <QScreen>
#include <QWheelEvent>
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
    void enterPastTheBottomEdgeRepaintsTheNewStripOnly();
    void scrolledTableShowsWhatItWouldPaint();
    void scrollBarsPaintEveryPixelAsQtDoes();

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

namespace {

// What the window shows of a widget (its backing store, as the screen gets it) against the widget
// painted afresh: the first differing pixel, or an empty string.
QString shownDiffersFromPainted(QWidget *widget)
{
    const QPoint at = widget->mapTo(widget->window(), QPoint(0, 0));
    const QImage shown = widget->screen()->grabWindow(widget->window()->winId(), at.x(), at.y(), widget->width(), widget->height())
                             .toImage().convertToFormat(QImage::Format_RGB32);
    const QImage painted = widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
    if (shown.size() != painted.size())
        return QStringLiteral("shown %1×%2, painted %3×%4").arg(shown.width()).arg(shown.height()).arg(painted.width()).arg(painted.height());
    for (int y = 0; y < shown.height(); ++y) {
        for (int x = 0; x < shown.width(); ++x) {
            if (shown.pixel(x, y) != painted.pixel(x, y)) {
                shown.save(QDir::temp().filePath(QStringLiteral("scrolled-shown.png")));
                painted.save(QDir::temp().filePath(QStringLiteral("scrolled-painted.png")));
                return QStringLiteral("differs at %1,%2 (both images are in %3)").arg(x).arg(y).arg(QDir::tempPath());
            }
        }
    }
    return QString();
}

qint64 areaOf(const QRegion &region)
{
    qint64 area = 0;
    for (const QRect &rect : region)
        area += qint64(rect.width()) * rect.height();
    return area;
}

} // namespace

void TestEditorRepaint::enterPastTheBottomEdgeRepaintsTheNewStripOnly()
{
    // 三 at 1366×768 shows part of its rows: Enter on the last row in view moves the cursor below the
    // edge, and the table scrolls. The cells that were in view keep their pixels (moved); only the rows
    // scrolled into view are painted, and the labels' pane paints only its new strip too.
    m_window->editor()->showSection(QStringLiteral("s3"));
    ReportTableView *view = m_window->editor()->tableView(QStringLiteral("s3"));
    QVERIFY(view && view->hasFrozenPanes());
    ReportTableModel *model = view->reportModel();
    const int column = model->firstValueColumn();
    QModelIndex lastInView;
    for (int row = model->firstValueRow(); row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        if (!model->isEditable(index))
            continue;
        if (view->visualRect(index).bottom() >= view->viewport()->height())
            break;
        lastInView = index;
    }
    QVERIFY(lastInView.isValid());
    QVERIFY(view->showCell(model->cellAt(lastInView)));
    QTRY_VERIFY(view->hasFocus());
    QCoreApplication::processEvents();
    const int before = view->verticalScrollBar()->value();

    auto *labels = view->findChild<QTableView *>(QStringLiteral("frozenColumns"));
    auto *rows = view->findChild<QTableView *>(QStringLiteral("frozenRows"));
    QVERIFY(labels && rows);
    PaintRecorder cells(view->viewport());
    PaintRecorder labelCells(labels->viewport());
    QTest::keyClick(view, '7');
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCoreApplication::processEvents();

    QCOMPARE(lastInView.data(Qt::DisplayRole).toString(), QStringLiteral("7"));
    QVERIFY(view->currentIndex().row() > lastInView.row());
    const int scrolled = view->verticalScrollBar()->value() - before;
    QVERIFY2(scrolled > 0, "Enter below the edge scrolls the table");
    // The table's cells: the edited cell, the totals it changed, the cursor, the new strip — a small
    // part of the open area (it was all of it, and the area under the panes too).
    const QRect open(labels->width(), rows->height(), view->viewport()->width() - labels->width(), view->viewport()->height() - rows->height());
    QVERIFY2(areaOf(cells.painted) * 4 < qint64(open.width()) * open.height(),
             qPrintable(QStringLiteral("painted %1 px² of the open %2×%3").arg(areaOf(cells.painted)).arg(open.width()).arg(open.height())));
    QVERIFY2((cells.painted - open).isEmpty(), "nothing painted under the panes");
    const QRect newLabels(0, labels->viewport()->height() - scrolled, labels->viewport()->width(), scrolled);
    const QRect labelsPainted = labelCells.painted.boundingRect();
    QVERIFY2((labelCells.painted - newLabels).isEmpty(),
             qPrintable(QStringLiteral("labels painted %1,%2 %3×%4, the new strip is %5 px at the bottom")
                            .arg(labelsPainted.x()).arg(labelsPainted.y()).arg(labelsPainted.width()).arg(labelsPainted.height()).arg(scrolled)));
    // And what is shown is what the table would paint afresh.
    const QString differs = shownDiffersFromPainted(view);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

void TestEditorRepaint::scrolledTableShowsWhatItWouldPaint()
{
    // Scrolled every way — down and up, sideways in a narrow window, by the wheel and the bar, with a
    // refused entry's note and an open editor in the cells — the window shows what the table paints.
    m_window->resize(900, 640);
    m_window->editor()->showSection(QStringLiteral("s3"));
    ReportTableView *view = m_window->editor()->tableView(QStringLiteral("s3"));
    QVERIFY(view && view->hasFrozenPanes());
    QVERIFY(view->showCell(cell("s3.new.business")));
    QCoreApplication::processEvents();
    QScrollBar *down = view->verticalScrollBar();
    QScrollBar *across = view->horizontalScrollBar();
    QVERIFY2(down->maximum() > 0 && across->maximum() > 0,
             qPrintable(QStringLiteral("scroll ranges %1 and %2").arg(down->maximum()).arg(across->maximum())));
    QTest::keyClicks(view, QStringLiteral("x"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // refused: the note stays, quoting it
    QCoreApplication::processEvents();
    QVERIFY(!view->refusalShown().isEmpty());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTest::keyClick(view, '3'); // an editor open while the table scrolls
    QCoreApplication::processEvents();

    const QList<QPair<QScrollBar *, int>> steps{{down, 17}, {down, 45}, {across, 9}, {down, 3},
                                                {across, across->maximum()}, {down, down->maximum()}, {across, 0}, {down, 0}};
    for (const auto &[bar, value] : steps) {
        bar->setValue(value);
        QCoreApplication::processEvents();
        const QString differs = shownDiffersFromPainted(view);
        QVERIFY2(differs.isEmpty(), qPrintable(QStringLiteral("%1 bar at %2: %3").arg(bar == down ? QStringLiteral("vertical") : QStringLiteral("horizontal")).arg(value).arg(differs)));
    }
    QWheelEvent wheel(QPointF(view->viewport()->rect().center()), view->viewport()->mapToGlobal(QPointF(view->viewport()->rect().center())), QPoint(),
                      QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    QCoreApplication::processEvents();
    QVERIFY(down->value() > 0);
    const QString differs = shownDiffersFromPainted(view);
    QVERIFY2(differs.isEmpty(), qPrintable(QStringLiteral("after the wheel: %1").arg(differs)));
}

void TestEditorRepaint::scrollBarsPaintEveryPixelAsQtDoes()
{
    // The table's scroll bars say they paint all of themselves (nothing under them is painted first):
    // the style must leave no pixel of them unpainted, whatever their value. And they paint in bands
    // (see BandedScrollBar): the picture must be Qt's own scroll bar's, pixel for pixel.
    m_window->resize(900, 640);
    m_window->editor()->showSection(QStringLiteral("s3"));
    ReportTableView *view = m_window->editor()->tableView(QStringLiteral("s3"));
    QVERIFY(view);
    QCoreApplication::processEvents();
    for (QScrollBar *bar : {view->verticalScrollBar(), view->horizontalScrollBar()}) {
        QVERIFY(bar->isVisible());
        QVERIFY(bar->testAttribute(Qt::WA_OpaquePaintEvent));
        QScrollBar plain(bar->orientation(), bar->parentWidget()); // Qt's, beside it: the same style and palette
        plain.setGeometry(bar->geometry());
        plain.setRange(bar->minimum(), bar->maximum());
        plain.setPageStep(bar->pageStep());
        plain.show();
        for (int value : {bar->minimum(), (bar->minimum() + bar->maximum()) / 3, bar->maximum()}) {
            bar->setValue(value);
            plain.setValue(value);
            QPixmap canvas(bar->size());
            canvas.fill(Qt::magenta);
            bar->render(&canvas, QPoint(), QRegion(), QWidget::DrawChildren); // without the background
            const QImage image = canvas.toImage();
            const QImage qts = plain.grab().toImage().convertToFormat(image.format());
            QCOMPARE(qts.size(), image.size());
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    QVERIFY2(image.pixel(x, y) != QColor(Qt::magenta).rgb(), qPrintable(QStringLiteral("unpainted at %1,%2 at value %3").arg(x).arg(y).arg(value)));
                    QVERIFY2(image.pixel(x, y) == qts.pixel(x, y), qPrintable(QStringLiteral("not as Qt paints it at %1,%2 at value %3").arg(x).arg(y).arg(value)));
                }
            }
        }
    }
}

QTEST_MAIN(TestEditorRepaint)
#include "tst_editorrepaint.moc"
