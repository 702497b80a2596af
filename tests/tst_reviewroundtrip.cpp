#include "guiinput.h"
#include "reportjson.h"
#include "reportreview.h"
#include "reportstore.h"
#include "reviewpanel.h"
#include "signature.h"
#include "pdftestutil.h"
#include "testpaths.h"

#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace nb;

// The whole review through the real window: a clerk fills in the reference report and submits; the
// supervisor comments on a cell and returns it; the clerk sees the comment at the cell, fixes the
// figures, resolves the comment and submits again; the supervisor signs with the password; the PDF
// then names the signatory and has no draft mark.
class TestReviewRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void clerkToSupervisorAndBack();

private:
    int cell(const char *key) const { return m_window->document()->format().indexOf(QLatin1String(key)); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    ReportState state() const { return m_window->reviewPanel()->review()->status().state; }
    QString exportPdf(const char *name);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    const QString m_password = QStringLiteral("审核密码2024");
};

void TestReviewRoundTrip::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(m_window->openDatabase(m_dir.filePath(QStringLiteral("review.sqlite")), true));
    QVERIFY2(m_window->join({QStringLiteral("李主任"), Role::Supervisor}, m_password, std::nullopt), qPrintable(m_window->lastError()));
    QVERIFY2(m_window->join({QStringLiteral("张三"), Role::Clerk}, QString(), std::nullopt), qPrintable(m_window->lastError()));
}

QString TestReviewRoundTrip::exportPdf(const char *name)
{
    const QString path = m_dir.filePath(QLatin1String(name));
    if (!m_window->publishReport(path))
        qWarning("%s", qPrintable(m_window->lastError()));
    return path;
}

// Gives a 说明 for every warning of a review dialog: the text of its note column.
static void noteEveryWarning(QDialog *dialog, const QString &note)
{
    auto *warnings = dialog->findChild<QTableWidget *>(QStringLiteral("warnings"));
    for (int row = 0; row < warnings->rowCount(); ++row)
        warnings->item(row, 1)->setText(note);
}

void TestReviewRoundTrip::clerkToSupervisorAndBack()
{
    // The clerk's report: the reference figures except 新收 and 予以公开 of 自然人, still to be typed,
    // and the totals left to compute themselves.
    ReportReadResult read = ReportJson::readFile(testpaths::data("wenzhou-eeb-2019.json"));
    QVERIFY(read.report);
    Report report = *read.report;
    for (int i = 0; i < report.format().cellCount(); ++i) {
        if (report.format().cell(i).isComputed())
            report.setValue(i, CellValue());
    }
    for (const char *key : {"s3.new.natural", "s3.granted.natural"})
        report.setValue(report.format().indexOf(QLatin1String(key)), CellValue());
    const QString json = m_dir.filePath(QStringLiteral("start.json"));
    QFile file(json);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ReportJson::write(report));
    file.close();
    QVERIFY(m_window->importReportFile(json));
    QVERIFY(m_window->openReport(m_window->store()->reports().first().id));
    QCOMPARE(m_window->user().name, QStringLiteral("张三"));
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("reviewDock"));
    QVERIFY(!dock->isVisible()); // a plain draft: the tables keep the width

    // 1. The clerk types a first version (one short in both cells: it adds up, but is wrong) and submits.
    QVERIFY(!answerDialog(action("actionSubmit"), [](QDialog *) {}).isEmpty()); // refused: errors
    typeIntoCell(*m_window, cell("s3.new.natural"), QStringLiteral("38"));
    typeIntoCell(*m_window, cell("s3.granted.natural"), QStringLiteral("14"));
    // The tables add up, but section 一 still says "受理并办理依申请公开46件": R11 warns, and the
    // clerk must tick that warning to submit.
    const QStringList findings = m_window->editor()->findingLines();
    QCOMPARE(findings.size(), 1);
    QVERIFY2(findings.first().contains(QStringLiteral("46件")), qPrintable(findings.first()));
    const QString draft = exportPdf("draft.pdf");
    QVERIFY2(draftMarkPixels(draft) > 100, "a draft carries the 草稿 mark");
    QVERIFY(!answerDialog(action("actionSubmit"), [](QDialog *) {}).isEmpty()); // no 说明 given
    // At submission the blank cells of the reference's tables are named too (R16); every warning that
    // stays gets a 说明 in the dialog's second column.
    QCOMPARE(answerDialog(action("actionSubmit"),
                          [](QDialog *dialog) {
                              auto *warnings = dialog->findChild<QTableWidget *>(QStringLiteral("warnings"));
                              QStringList texts;
                              for (int row = 0; row < warnings->rowCount(); ++row)
                                  texts << warnings->item(row, 0)->text();
                              QCOMPARE(texts.filter(QStringLiteral("46件")).size(), 1);
                              QVERIFY2(!texts.filter(QStringLiteral("空白格")).isEmpty(), qPrintable(texts.join(QLatin1Char('\n'))));
                              noteEveryWarning(dialog, QStringLiteral("已核对台账"));
                              // For a person to look at: NIANBAO_TEST_GRAB=DIR saves the dialog as drawn.
                              if (!qEnvironmentVariableIsEmpty("NIANBAO_TEST_GRAB"))
                                  dialog->grab().save(qEnvironmentVariable("NIANBAO_TEST_GRAB") + QStringLiteral("/submit-dialog.png"));
                          }),
             QString());
    QCOMPARE(m_window->reviewPanel()->review()->acknowledgements().first().note, QStringLiteral("已核对台账"));
    QCOMPARE(state(), ReportState::Submitted);
    QVERIFY(dock->isVisible()); // under review: the review side shows itself
    QVERIFY(!m_window->document()->isEditable(cell("s3.new.natural")));

    // 2. The supervisor comments on the cell and returns the report with a reason.
    QVERIFY2(m_window->signIn(QStringLiteral("李主任"), m_password), qPrintable(m_window->lastError()));
    QVERIFY(!action("actionSubmit")->isEnabled());
    QVERIFY(action("actionReturn")->isEnabled());
    QVERIFY(m_window->editor()->jumpToCell(cell("s3.new.natural")));
    auto *commentText = m_window->reviewPanel()->findChild<QLineEdit *>(QStringLiteral("commentText"));
    commitText(commentText, QStringLiteral("台账为39件，请核对"));
    QTest::mouseClick(m_window->reviewPanel()->findChild<QPushButton *>(QStringLiteral("addComment")), Qt::LeftButton);
    QCOMPARE(m_window->reviewPanel()->review()->openCommentsOn(QStringLiteral("s3.new.natural")).size(), 1);
    QVERIFY(!answerDialog(action("actionReturn"), [](QDialog *) {}).isEmpty()); // no reason: refused
    QCOMPARE(answerDialog(action("actionReturn"),
                          [](QDialog *dialog) {
                              commitText(dialog->findChild<QPlainTextEdit *>(QStringLiteral("reason")),
                                         QStringLiteral("自然人新收件数与台账不符"));
                          }),
             QString());
    QCOMPARE(state(), ReportState::Returned);
    // What comes back is the next revision (第 2 版), and the panel says so.
    QCOMPARE(m_window->reviewPanel()->review()->status().revision, 2);
    const QString panelState = m_window->reviewPanel()->findChild<QLabel *>(QStringLiteral("state"))->text();
    QVERIFY2(panelState.contains(QStringLiteral("第 2 版")) || panelState.contains(QStringLiteral("revision 2")), qPrintable(panelState));

    // 3. The clerk sees the comment at the cell, fixes the figures, resolves it and submits again.
    QVERIFY(m_window->signIn(QStringLiteral("张三"), QString()));
    ReportTableView *grid = m_window->editor()->tableView(QStringLiteral("s3"));
    const QModelIndex commented = grid->reportModel()->indexOfCell(cell("s3.new.natural"));
    QVERIFY(grid->model()->data(commented, Qt::ToolTipRole).toString().contains(QStringLiteral("台账为39件，请核对")));
    QVERIFY(!grid->model()->data(commented, Qt::DecorationRole).isNull());
    typeIntoCell(*m_window, cell("s3.new.natural"), QStringLiteral("39"));
    typeIntoCell(*m_window, cell("s3.granted.natural"), QStringLiteral("15"));
    auto *comments = m_window->reviewPanel()->findChild<QTreeWidget *>(QStringLiteral("comments"));
    comments->setCurrentItem(comments->topLevelItem(0));
    QTest::mouseClick(m_window->reviewPanel()->findChild<QPushButton *>(QStringLiteral("resolveComment")), Qt::LeftButton);
    QVERIFY(m_window->reviewPanel()->review()->openCommentsOn(QStringLiteral("s3.new.natural")).isEmpty());
    QVERIFY(!grid->model()->data(commented, Qt::ToolTipRole).toString().contains(QStringLiteral("台账")));
    // The warnings that stayed as they were keep the 说明 given for 第 1 版: nothing to write again.
    const int accepted = m_window->store()->acknowledgements(m_window->document()->reportId(), 1).size();
    QVERIFY(accepted >= 2);
    QCOMPARE(answerDialog(action("actionSubmit"), [](QDialog *) {}), QString());
    QCOMPARE(state(), ReportState::Submitted);
    QCOMPARE(m_window->reviewPanel()->review()->status().revision, 2);
    // The history lists each 说明 once, as written for 第 1 版, though 第 2 版 carries it.
    int notesInHistory = -1;
    QTimer::singleShot(0, [&notesInHistory] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *entries = dialog->findChild<QTreeWidget *>(QStringLiteral("entries"));
        notesInHistory = 0;
        for (int row = 0; row < entries->topLevelItemCount(); ++row)
            notesInHistory += entries->topLevelItem(row)->text(5).contains(QStringLiteral("已核对台账")) ? 1 : 0;
        dialog->reject();
    });
    action("actionHistory")->trigger();
    QCOMPARE(notesInHistory, accepted);

    // 4. The supervisor signs: a wrong password is refused, the right one signs and locks.
    QVERIFY(m_window->signIn(QStringLiteral("李主任"), m_password));
    QVERIFY(!answerDialog(action("actionSignOff"),
                          [](QDialog *dialog) { QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("password")), QStringLiteral("guess")); })
                 .isEmpty());
    // Signed today, a 2019 report is late and its 落款 date is earlier than the sign-off (R17): the
    // supervisor says why.
    QCOMPARE(answerDialog(action("actionSignOff"),
                          [this](QDialog *dialog) {
                              auto *warnings = dialog->findChild<QTableWidget *>(QStringLiteral("warnings"));
                              QStringList texts;
                              for (int row = 0; row < warnings->rowCount(); ++row)
                                  texts << warnings->item(row, 0)->text();
                              QVERIFY2(!texts.filter(QStringLiteral("签发日期")).isEmpty(), qPrintable(texts.join(QLatin1Char('\n'))));
                              noteEveryWarning(dialog, QStringLiteral("补签历史报告"));
                              commitText(dialog->findChild<QLineEdit *>(QStringLiteral("password")), m_password);
                          }),
             QString());
    QCOMPARE(state(), ReportState::Signed);
    QVERIFY(m_window->document()->isReadOnly());
    QVERIFY(!m_window->editor()->tableView(QStringLiteral("s3"))->model()->flags(
                 m_window->editor()->tableView(QStringLiteral("s3"))->reportModel()->indexOfCell(cell("s3.new.natural")))
                 .testFlag(Qt::ItemIsEditable));
    QVERIFY(action("actionReopen")->isEnabled());

    // 5. The published PDF names the signatory and has no draft mark; the figures are the fixed ones.
    const QString signedPdf = exportPdf("signed.pdf");
    const QString text = rawPdfText(signedPdf);
    QVERIFY2(text.contains(QStringLiteral("签发人：李主任")), qPrintable(text.right(300)));
    QVERIFY(text.contains(QStringLiteral("一、本年新收政府信息公开申请数量 39")));
    QCOMPARE(draftMarkPixels(signedPdf), 0);
    QVERIFY2(text.contains(QStringLiteral("第2版")), qPrintable(text.right(300))); // the revision signed, after a return
    // The command line exports the same signed report from the database.
    QProcess cli;
    const QString cliPdf = m_dir.filePath(QStringLiteral("cli.pdf"));
    cli.start(QStringLiteral(NIANBAO_EXECUTABLE), {QStringLiteral("export"), QStringLiteral("--db"), m_window->store()->path(), QStringLiteral("--report"),
                                                   QString::number(m_window->document()->reportId()), QStringLiteral("--pdf"), cliPdf,
                                                   // this test's trust list (QStandardPaths' test mode), where signing put the key
                                                   QStringLiteral("--trust"), TrustList::localPath()});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(rawPdfText(cliPdf).contains(QStringLiteral("签发人：李主任")));
    QVERIFY(rawPdfText(cliPdf).contains(QStringLiteral("签名密钥指纹：")
                                     + m_window->reviewPanel()->review()->signOffCheck().fingerprint));
    QCOMPARE(draftMarkPixels(cliPdf), 0);

    // The history shows both people and every review step.
    const QVector<Transition> trail = m_window->store()->transitions(m_window->document()->reportId());
    QCOMPARE(trail.size(), 4);
    QCOMPARE(trail[1].reason, QStringLiteral("自然人新收件数与台账不符"));
    QCOMPARE(trail[3].who, QStringLiteral("李主任"));
    QCOMPARE(trail[3].revision, 2);
    const QVector<ChangeLogEntry> changes = m_window->store()->changeLog(m_window->document()->reportId());
    QVERIFY(std::any_of(changes.begin(), changes.end(), [](const ChangeLogEntry &e) {
        return e.who == QStringLiteral("张三") && e.target == QLatin1String("s3.new.natural") && e.oldValue == QLatin1String("38")
               && e.newValue == QLatin1String("39");
    }));
}

QTEST_MAIN(TestReviewRoundTrip)
#include "tst_reviewroundtrip.moc"
