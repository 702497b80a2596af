#include "guiinput.h"
#include "reportbuilder.h"
#include "reportjson.h"
#include "reportreview.h"
#include "reportstore.h"
#include "reviewpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace nb;

// The reviewer's checks (issue 16) as people reach them, by clicking the real widgets: the 待核实 box of
// the review panel (a flag blocks sign-off until the clerk answers it), Edit ▸ Blank Cells → 0, and the
// agency's kind in its details (it moves the statutory deadline R17 checks). The code behind each is
// tested in tst_reportreview and tst_board; here the widgets are.
class TestReviewClicks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void verifyFlagBlocksSignOff();
    void blanksToZeroFromTheEditMenu();
    void agencyKindMovesTheDeadline_data();
    void agencyKindMovesTheDeadline();

private:
    // Adds the report to a fresh database (a supervisor and a clerk joined) and opens it as the clerk.
    void open(const Report &report);
    int cell(const char *key) const { return m_window->document()->format().indexOf(QLatin1String(key)); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    template<typename T>
    T *panel(const char *name) const
    {
        return m_window->reviewPanel()->findChild<T *>(QLatin1String(name));
    }
    QStringList r17() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    const QString m_password = QStringLiteral("审核密码2024");
};

void TestReviewClicks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReviewClicks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openDatabase(m_dir->filePath(QStringLiteral("clicks.sqlite")), true));
    QVERIFY2(m_window->join({QStringLiteral("李主任"), Role::Supervisor}, m_password, std::nullopt), qPrintable(m_window->lastError()));
    QVERIFY2(m_window->join({QStringLiteral("张三"), Role::Clerk}, QString(), std::nullopt), qPrintable(m_window->lastError()));
}

void TestReviewClicks::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestReviewClicks::open(const Report &report)
{
    const QString json = m_dir->filePath(QStringLiteral("report.json"));
    QFile file(json);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ReportJson::write(report));
    file.close();
    QVERIFY2(m_window->importReportFile(json), qPrintable(m_window->lastError()));
    QVERIFY(m_window->openReport(m_window->store()->reports().first().id));
    QCOMPARE(m_window->user().name, QStringLiteral("张三"));
}

QStringList TestReviewClicks::r17() const
{
    QStringList lines;
    for (const Finding &finding : m_window->document()->validator().findings()) {
        if (finding.ruleId == QLatin1String("R17"))
            lines << finding.message.en;
    }
    return lines;
}

// Clicks the flag box, adds the remark; signing is then refused until the clerk answers it from the panel.
void TestReviewClicks::verifyFlagBlocksSignOff()
{
    // This year's clean report: no warning at submission or sign-off, so only the flag can stop it.
    Report report = reportFrom(QStringLiteral("2021"), QDate::currentDate().year(), QStringLiteral("3.new.natural=2; 3.granted.natural=2"));
    fillForSubmission(report);
    report.setAgency({QStringLiteral("测试局"), {}, {}, {}, {}, {}, {}, {}});
    open(report);
    QCOMPARE(answerDialog(action("actionSubmit"), [](QDialog *) {}), QString());

    QVERIFY2(m_window->signIn(QStringLiteral("李主任"), m_password), qPrintable(m_window->lastError()));
    QVERIFY(m_window->editor()->jumpToCell(cell("s3.new.natural")));
    auto *flag = panel<QCheckBox>("verifyFlag");
    QVERIFY(flag->isEnabled());
    QVERIFY(!flag->isChecked());
    commitText(panel<QLineEdit>("commentText"), QStringLiteral("与收文登记簿核对"));
    QTest::mouseClick(flag, Qt::LeftButton, {}, QPoint(4, flag->height() / 2)); // on the box itself
    QVERIFY(flag->isChecked());
    QTest::mouseClick(panel<QPushButton>("addComment"), Qt::LeftButton);
    ReportReview *review = m_window->reviewPanel()->review();
    QCOMPARE(review->openFlags(), 1);
    QVERIFY(review->comments().first().verify);
    QCOMPARE(review->comments().first().target, QStringLiteral("s3.new.natural"));
    QVERIFY(!flag->isChecked()); // the next remark is a plain one again
    auto *comments = panel<QTreeWidget>("comments");
    QCOMPARE(comments->topLevelItemCount(), 1);

    const QString password = m_password;
    QCOMPARE(answerDialog(action("actionSignOff"),
                          [password](QDialog *dialog) { commitText(dialog->findChild<QLineEdit *>(QStringLiteral("password")), password); }),
             QStringLiteral("1 cell(s) flagged to verify not yet answered"));
    QCOMPARE(review->status().state, ReportState::Submitted);

    // The clerk answers the flag from the panel: choose it, Resolve, say what was checked.
    QVERIFY(m_window->signIn(QStringLiteral("张三"), QString()));
    comments = panel<QTreeWidget>("comments");
    QTest::mouseClick(comments->viewport(), Qt::LeftButton, {}, comments->visualItemRect(comments->topLevelItem(0)).center());
    QCOMPARE(comments->currentItem(), comments->topLevelItem(0));
    bool asked = false;
    QTimer::singleShot(0, [&asked] {
        auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!input)
            return;
        asked = true;
        commitText(input->findChild<QLineEdit *>(), QStringLiteral("已核对登记簿，2件无误"));
        QTest::keyClick(input->findChild<QLineEdit *>(), Qt::Key_Return);
    });
    QTest::mouseClick(panel<QPushButton>("resolveComment"), Qt::LeftButton);
    QVERIFY(asked);
    review = m_window->reviewPanel()->review();
    QCOMPARE(review->openFlags(), 0);
    QCOMPARE(review->comments().first().answer, QStringLiteral("已核对登记簿，2件无误"));

    QVERIFY(m_window->signIn(QStringLiteral("李主任"), m_password));
    QCOMPARE(answerDialog(action("actionSignOff"),
                          [password](QDialog *dialog) { commitText(dialog->findChild<QLineEdit *>(QStringLiteral("password")), password); }),
             QString());
    QCOMPARE(m_window->reviewPanel()->review()->status().state, ReportState::Signed);
}

// Edit ▸ Blank Cells of This Table → 0, clicked in the menu with the cursor in table 四: that table's
// blank input cells become 0, nothing else, as one step Ctrl+Z takes back.
void TestReviewClicks::blanksToZeroFromTheEditMenu()
{
    Report report = reportFrom(QStringLiteral("2021"), QDate::currentDate().year(), QString());
    fillForSubmission(report);
    report.setAgency({QStringLiteral("测试局"), {}, {}, {}, {}, {}, {}, {}});
    for (const char *key : {"s4.cases.review_upheld", "s4.cases.review_other", "s3.new.legal"})
        report.setValue(report.format().indexOf(QLatin1String(key)), CellValue());
    open(report);
    ReportDocument *document = m_window->document();
    QVERIFY(m_window->editor()->jumpToCell(cell("s4.cases.review_upheld")));

    QMenu *edit = nullptr;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(action("actionBlanksToZero")))
            edit = menu->menu();
    }
    QVERIFY(edit);
    QTest::mouseClick(m_window->menuBar(), Qt::LeftButton, {}, m_window->menuBar()->actionGeometry(edit->menuAction()).center());
    QTRY_VERIFY(edit->isVisible());
    QTest::mouseClick(edit, Qt::LeftButton, {}, edit->actionGeometry(action("actionBlanksToZero")).center());
    QTRY_VERIFY(!edit->isVisible());

    QCOMPARE(document->report().value(cell("s4.cases.review_upheld")), CellValue::number(0));
    QCOMPARE(document->report().value(cell("s4.cases.review_other")), CellValue::number(0));
    QVERIFY(document->report().value(cell("s3.new.legal")).isBlank()); // another table
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("2 blank cell(s) set to 0"));
    // Saved, and one undo step.
    QCOMPARE(m_window->store()->loadReport(document->reportId(), nullptr)->value(cell("s4.cases.review_other")), CellValue::number(0));
    QTest::keyClick(m_window->editor()->tableView(QStringLiteral("s4")), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(document->report().value(cell("s4.cases.review_upheld")).isBlank());
    QVERIFY(document->report().value(cell("s4.cases.review_other")).isBlank());
}

// The agency's kind chosen in the details dialog with the keyboard (the combo box itself): a 2023 report
// dated 2024-03-20 is late for a department (31 January), on time for a government's own (31 March).
void TestReviewClicks::agencyKindMovesTheDeadline_data()
{
    QTest::addColumn<QString>("stored");  // the kind the agency has
    QTest::addColumn<int>("keyDowns");    // Down presses from there in the combo
    QTest::addColumn<QString>("chosen");  // the kind after OK
    QTest::addColumn<QStringList>("r17"); // the deadline warning after OK
    const QStringList late{QStringLiteral("The report is dated 2024-03-20, after the statutory deadline 2024-01-31 (Regulations art. 49, "
                                          "a department of a county-level or higher government), 49 days late")};
    QTest::newRow("not said → department") << "" << 1 << "department" << late;
    QTest::newRow("not said → government") << "" << 2 << "government" << QStringList();
    QTest::newRow("department → government") << "department" << 1 << "government" << QStringList();
}

void TestReviewClicks::agencyKindMovesTheDeadline()
{
    QFETCH(QString, stored);
    QFETCH(int, keyDowns);
    QFETCH(QString, chosen);
    QFETCH(QStringList, r17);

    Report report = reportFrom(QStringLiteral("2021"), 2023, QString());
    report.setAgency({QStringLiteral("丙县人民政府"), {}, {}, {}, {}, {}, {}, {}});
    report.setAgencyKind(stored);
    report.setDate(QDate(2024, 3, 20));
    open(report);
    QCOMPARE(this->r17().size(), 1); // a department's deadline (also when the kind is not said)

    QString kindAfter;
    const QString refusal = answerDialog(action("actionAgencyDetails"), [&](QDialog *dialog) {
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("agencyKind"));
        QVERIFY(kind->isEnabled());
        kind->setFocus();
        for (int i = 0; i < keyDowns; ++i)
            QTest::keyClick(kind, Qt::Key_Down);
        kindAfter = kind->currentData().toString();
    });
    QCOMPARE(refusal, QString());
    QCOMPARE(kindAfter, chosen);
    QCOMPARE(m_window->document()->report().agencyKind(), chosen);
    QCOMPARE(this->r17(), r17);
    QCOMPARE(m_window->store()->agencyKind(QStringLiteral("丙县人民政府")), chosen);
}

QTEST_MAIN(TestReviewClicks)
#include "tst_reviewclicks.moc"
