#include "guiinput.h"
#include "icons.h"
#include "importpublisheddialog.h"
#include "publishedreader.h"
#include "reportbuilder.h"
#include "reportjson.h"
#include "reporttablemodel.h"
#include "reporttableview.h"
#include "reportreview.h"
#include "reportstore.h"
#include "reviewpanel.h"
#include "reviewtestutil.h"
#include "testpaths.h"

#include <QAbstractButton>
#include <QDockWidget>
#include <QHeaderView>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace nb;

// No header of any table or list a person reads is cut ("Busines…", "Correc…") at 1366×768, in Chinese
// or English: the report list, the review panel's comments, the history, the board, the consolidation,
// the sign-off dialog's warnings, the findings under a section and the import dialog's lists. (The report tables' own headers are
// part of the grid and tested in tst_reporteditor.)
class TestScreenFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyHeaderFits_data();
    void everyHeaderFits();
    void section3BesideTheReviewDock_data();
    void section3BesideTheReviewDock();
    void reviewDockWidthIsRemembered();
    void iconsAreSharpAt200Percent();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    int m_signed = 0;
    int m_submitted = 0;
    const QString m_password = QStringLiteral("审核密码2024");
};

// Every header section shown under root narrower than its own text (with the style's margins and the
// sort arrow) needs: "where: text (shown px < needed px)".
// Counts into s_checked the sections it looked at (a place with no header shown is a broken test).
static int s_checked = 0;

static QStringList cutHeaders(QWidget *root, const QString &where)
{
    QStringList cut;
    const int before = s_checked;
    for (QHeaderView *header : root->findChildren<QHeaderView *>()) {
        if (!header->isVisible() || !header->model())
            continue;
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section))
                continue;
            const QString text = header->model()->headerData(section, header->orientation()).toString();
            if (text.isEmpty())
                continue;
            ++s_checked;
            const int shown = header->sectionSize(section);
            const int needed = header->sectionSizeHint(section);
            if (shown < needed) {
                cut << QStringLiteral("%1/%2: “%3” (%4 px < %5 px)")
                           .arg(where, header->parentWidget() ? header->parentWidget()->objectName() : QString(), text)
                           .arg(shown)
                           .arg(needed);
            }
        }
    }
    if (s_checked == before)
        cut << QStringLiteral("%1: no header shown").arg(where);
    return cut;
}

// Runs check on the modal dialog that opens when open() is called, then closes the dialog.
static bool onDialog(const std::function<void()> &open, const std::function<void(QDialog *)> &check)
{
    bool opened = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        opened = true;
        QCoreApplication::processEvents();
        check(dialog);
        dialog->reject();
    });
    open();
    return opened;
}

void TestScreenFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openDatabase(m_dir.filePath(QStringLiteral("headers.sqlite")), true));
    const User boss{QStringLiteral("李主任"), Role::Supervisor};
    const User clerk{QStringLiteral("张三"), Role::Clerk};
    QVERIFY2(m_window->join(boss, m_password, std::nullopt), qPrintable(m_window->lastError()));
    QVERIFY2(m_window->join(clerk, QString(), std::nullopt), qPrintable(m_window->lastError()));
    // Two reports of 2019: the reference, signed (the board can consolidate it), and another agency's,
    // submitted with a supervisor's remark (the panel lists it, the history has steps and notes).
    QVERIFY(m_window->importReportFile(testpaths::data("wenzhou-eeb-2019.json")));
    m_signed = m_window->store()->reports().first().id;
    Report other = reportFrom(QStringLiteral("2019"), 2019, QString());
    other.setAgency({QStringLiteral("温州市统计局"), {}, {}, {}, {}, {}, {}, {}});
    fillForSubmission(other);
    const QString json = m_dir.filePath(QStringLiteral("other.json"));
    QFile file(json);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ReportJson::write(other));
    file.close();
    QVERIFY2(m_window->importReportFile(json), qPrintable(m_window->lastError()));
    for (const ReportSummary &summary : m_window->store()->reports()) {
        if (summary.id != m_signed)
            m_submitted = summary.id;
    }
    QVERIFY(m_submitted > 0);
    for (int id : {m_signed, m_submitted}) {
        QVERIFY(m_window->openReport(id));
        ReportReview &review = *m_window->reviewPanel()->review();
        acceptWarnings(review, *m_window->document(), clerk, false);
        ReportReview::Outcome outcome = review.perform(ReviewAction::Submit, clerk, QString(), QString(), *m_window->document());
        QVERIFY2(outcome.done, qPrintable(outcome.reason));
        if (id == m_signed) {
            acceptWarnings(review, *m_window->document(), boss, true);
            outcome = review.perform(ReviewAction::SignOff, boss, QString(), m_password, *m_window->document());
            QVERIFY2(outcome.done, qPrintable(outcome.reason));
        } else {
            QVERIFY(review.addComment(QStringLiteral("s3.new.natural"), boss, QStringLiteral("与收文登记簿核对"), true).done);
        }
    }
    QVERIFY2(m_window->signIn(boss.name, m_password), qPrintable(m_window->lastError()));
}

void TestScreenFit::everyHeaderFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Chinese") << "zh";
    QTest::newRow("English") << "en";
}

void TestScreenFit::everyHeaderFits()
{
    QFETCH(QString, language);
    m_window->setLanguage(language);
    m_window->closeReport();
    QCoreApplication::processEvents();
    QStringList cut = cutHeaders(m_window.get(), QStringLiteral("report list"));

    // The submitted report, as the supervisor reviews it: the panel's remarks, the findings, the history.
    QVERIFY(m_window->openReport(m_submitted));
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("reviewDock"));
    dock->show();
    QCoreApplication::processEvents();
    QVERIFY(m_window->reviewPanel()->isVisible());
    cut << cutHeaders(m_window->reviewPanel(), QStringLiteral("review panel"));
    cut << cutHeaders(m_window->editor(), QStringLiteral("findings"));
    auto action = [this](const char *name) { return m_window->findChild<QAction *>(QLatin1String(name)); };
    QVERIFY(onDialog([&] { action("actionHistory")->trigger(); },
                     [&](QDialog *dialog) { cut << cutHeaders(dialog, QStringLiteral("history")); }));
    // The sign-off dialog: a 2019 report signed today is late (R17), so it lists warnings to note.
    QVERIFY(onDialog([&] { action("actionSignOff")->trigger(); },
                     [&](QDialog *dialog) { cut << cutHeaders(dialog, QStringLiteral("sign-off")); }));

    // The board of 2019, and the consolidation it opens.
    bool consolidated = false;
    QVERIFY(onDialog([&] { action("actionBoard")->trigger(); },
                     [&](QDialog *board) {
                         board->findChild<QSpinBox *>(QStringLiteral("year"))->setValue(2019);
                         QCoreApplication::processEvents();
                         cut << cutHeaders(board, QStringLiteral("board"));
                         consolidated = onDialog([&] { QTest::mouseClick(board->findChild<QPushButton *>(QStringLiteral("consolidate")), Qt::LeftButton); },
                                                 [&](QDialog *dialog) { cut << cutHeaders(dialog, QStringLiteral("consolidation")); });
                     }));
    QVERIFY(consolidated);
    // The import dialog with a published report read (the reference PDF): its cells and notes lists.
    const PublishedImport read = importPublishedFile(testpaths::shared("reference/huaian-2024-report.pdf"));
    QVERIFY2(read.report, qPrintable(read.error));
    ImportPublishedDialog import(QStringLiteral("huaian-2024-report.pdf"), read, [](const Report &) { return QString(); }, m_window.get());
    import.show();
    QVERIFY(QTest::qWaitForWindowExposed(&import));
    cut << cutHeaders(&import, QStringLiteral("import"));
    import.close();
    m_window->setLanguage(QStringLiteral("zh"));
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
}

void TestScreenFit::section3BesideTheReviewDock_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Chinese") << "zh";
    QTest::newRow("English") << "en";
}

// At 1366×768 with the review dock open (as a supervisor works), table 三 shows all seven value columns
// whole, right of its frozen row labels, with nothing scrolled.
void TestScreenFit::section3BesideTheReviewDock()
{
    QFETCH(QString, language);
    QSettings().remove(QStringLiteral("window/reviewDockWidth")); // the first time: the default width
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("section3-%1.sqlite").arg(language)), true));
    QVERIFY(window.importReportFile(testpaths::data("wenzhou-eeb-2019.json")));
    window.setLanguage(language);
    QVERIFY(window.openReport(window.store()->reports().first().id));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("reviewDock"));
    dock->show();
    window.editor()->showSection(QStringLiteral("s3"));
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(window.width(), 1366);
    ReportTableView *view = window.editor()->tableView(QStringLiteral("s3"));
    QVERIFY(view->isVisible());
    QVERIFY(view->hasFrozenPanes());
    auto *labels = view->findChild<QTableView *>(QStringLiteral("frozenColumns"));
    QVERIFY(labels && labels->isVisible());
    const ReportTableModel *model = view->reportModel();
    int labelWidth = 0;
    for (int column = 0; column < model->firstValueColumn(); ++column)
        labelWidth += view->columnWidth(column);
    QCOMPARE(labels->width(), labelWidth); // every label column whole
    QCOMPARE(view->horizontalScrollBar()->value(), 0);
    const QRect viewport = view->viewport()->rect();
    QStringList outside;
    const int row = model->firstValueRow(); // the first row of figures, right under the frozen header
    for (int column = model->firstValueColumn(); column < model->columnCount(); ++column) {
        const QRect cell = view->visualRect(model->index(row, column));
        // Whole in the viewport, and right of the frozen labels (not under them).
        if (!viewport.contains(cell) || cell.left() < labelWidth)
            outside << QStringLiteral("column %1: x %2–%3, labels end at %4, viewport %5 wide")
                           .arg(column)
                           .arg(cell.left())
                           .arg(cell.right())
                           .arg(labelWidth)
                           .arg(viewport.width());
    }
    // For a person to look at: NIANBAO_TEST_GRAB=DIR saves the window as drawn.
    if (!qEnvironmentVariableIsEmpty("NIANBAO_TEST_GRAB"))
        window.grab().save(qEnvironmentVariable("NIANBAO_TEST_GRAB") + QStringLiteral("/section3-dock-%1.png").arg(language));
    QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QLatin1Char('\n'))));
    // Narrowed, the columns still show every figure whole, and the header words wrap (at most once)
    // in rows tall enough for them: nothing is cut.
    const QFontMetrics metrics(view->font());
    for (int column = model->firstValueColumn(); column < model->columnCount(); ++column) {
        for (int header = 0; header < model->firstValueRow(); ++header) {
            const QString text = model->index(header, column).data(Qt::DisplayRole).toString();
            if (text.isEmpty() || view->columnSpan(header, column) > 1)
                continue;
            const int height = metrics.boundingRect(QRect(0, 0, view->columnWidth(column) - 8, 10000),
                                                    Qt::TextWordWrap | Qt::TextWrapAnywhere, text).height();
            int rows = 0;
            for (int r = header; r < header + view->rowSpan(header, column); ++r)
                rows += view->rowHeight(r);
            QVERIFY2(height <= rows, qPrintable(QStringLiteral("“%1”: %2 px of text in %3 px").arg(text).arg(height).arg(rows)));
        }
        QVERIFY(view->columnWidth(column) >= metrics.horizontalAdvance(QStringLiteral("9999")) + 32);
    }
    QCOMPARE(model->columnCount() - model->firstValueColumn(), 7);
    window.setLanguage(QStringLiteral("zh"));
}

// The person widens the dock; the next window opens it as wide.
void TestScreenFit::reviewDockWidthIsRemembered()
{
    QSettings().remove(QStringLiteral("window/reviewDockWidth"));
    int widened = 0;
    for (int round = 0; round < 2; ++round) {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("dock.sqlite")), true));
        if (round == 0)
            QVERIFY(window.importReportFile(testpaths::data("wenzhou-eeb-2019.json")));
        QVERIFY(window.openReport(window.store()->reports().first().id));
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("reviewDock"));
        dock->show();
        QCoreApplication::processEvents();
        if (round == 0) {
            QVERIFY2(dock->width() <= 340, qPrintable(QString::number(dock->width()))); // narrow the first time
            window.resizeDocks({dock}, {dock->width() + 120}, Qt::Horizontal);
            QCoreApplication::processEvents();
            widened = dock->width();
            QVERIFY(widened > 340);
            window.close();
        } else {
            QCOMPARE(dock->width(), widened);
        }
    }
}

// Every icon of the app has pixels of its own at twice its size (a 200 % screen), not a 16 px one
// blown up: Qt's standard icons ship larger sizes, and the printer (Qt has none) is drawn as vectors.
void TestScreenFit::iconsAreSharpAt200Percent()
{
    QStringList blurred;
    for (int which = int(AppIcon::NotStarted); which <= int(AppIcon::DockClose); ++which) {
        const QIcon &icon = appIcon(AppIcon(which));
        const QImage sharp = icon.pixmap(QSize(32, 32)).toImage().convertToFormat(QImage::Format_ARGB32);
        QVERIFY2(sharp.width() >= 28 && sharp.height() >= 28, qPrintable(QString::number(which))); // some keep their aspect
        const QImage blownUp = icon.pixmap(QSize(16, 16))
                                   .toImage()
                                   .scaled(sharp.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                                   .convertToFormat(QImage::Format_ARGB32);
        if (sharp == blownUp)
            blurred << QString::number(which);
        // Something is drawn: not an empty square.
        int opaque = 0;
        for (int y = 0; y < sharp.height(); ++y) {
            for (int x = 0; x < sharp.width(); ++x)
                opaque += qAlpha(sharp.pixel(x, y)) > 128 ? 1 : 0;
        }
        QVERIFY2(opaque > 40, qPrintable(QStringLiteral("icon %1: %2 opaque pixels").arg(which).arg(opaque)));
    }
    QVERIFY2(blurred.isEmpty(), qPrintable(blurred.join(QLatin1Char(','))));
    // The review dock's title-bar buttons are the drawn ones.
    MainWindow window;
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("reviewDock"));
    QCOMPARE(dock->findChild<QAbstractButton *>(QStringLiteral("qt_dockwidget_closebutton"))->icon().cacheKey(),
             appIcon(AppIcon::DockClose).cacheKey());
    QCOMPARE(dock->findChild<QAbstractButton *>(QStringLiteral("qt_dockwidget_floatbutton"))->icon().cacheKey(),
             appIcon(AppIcon::DockFloat).cacheKey());
    // The printer at a device pixel ratio of 2: as many pixels as the screen has.
    const QPixmap printer = appIcon(AppIcon::Print).pixmap(QSize(24, 24), 2.0);
    QCOMPARE(printer.deviceIndependentSize().toSize(), QSize(24, 24));
    QCOMPARE(printer.size(), QSize(48, 48));
}

QTEST_MAIN(TestScreenFit)
#include "tst_screenfit.moc"
