#include "reportbuilder.h"
#include "reportdocument.h"
#include "storetestutil.h"

#include <QSignalSpy>
#include <QtTest>

using namespace nb;

Q_DECLARE_METATYPE(QVector<int>)

// The edit path: typed text → undo command → autosave → report → rules → signals.
class TestReportDocument : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void editIsSavedAndSignalled();
    void refusedInputChangesNothing();
    void undoRedoAreSavedToo();
    void pasteAndClearAreOneStep();
    void typingInANarrativeMerges();
    void narrativeFiguresAreCheckedAsTyped();
    void conflictWithAnotherSessionIsReported();
    void otherSessionsEditsMerge();
    void ownEditsAreNotMergedBack();
    void checkpointsOnlyWhenTheClerkPauses();
    void readOnlyRefusesEdits();
    void unsavedFindingCountsAreSaid();
    void unreadableChangeLogIsSaidOnce();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ReportStore> m_store;
    std::unique_ptr<ReportDocument> m_document;
    int m_id = 0;
    int cell(const char *key) const { return m_document->format().indexOf(QLatin1String(key)); }
    CellValue stored(const char *key) const
    {
        QString error;
        const auto report = m_store->loadReport(m_id, &error);
        return report->value(report->format().indexOf(QLatin1String(key)));
    }
};

void TestReportDocument::init()
{
    qRegisterMetaType<QVector<int>>();
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = openStore(m_dir->filePath(QStringLiteral("doc.sqlite")));
    QVERIFY(opened.store);
    m_store = std::move(opened.store);
    const Report report = blankReport(QStringLiteral("2019"), 2019, QStringLiteral("测试局"));
    QString error;
    m_id = *m_store->addReport(report, QStringLiteral("clerk"), &error);
    m_document = std::make_unique<ReportDocument>(*m_store->loadReport(m_id, &error), m_store.get(), m_id, QStringLiteral("张三"));
}

void TestReportDocument::editIsSavedAndSignalled()
{
    QSignalSpy cells(m_document.get(), &ReportDocument::cellsChanged);
    QSignalSpy findings(m_document.get(), &ReportDocument::findingsChanged);
    const auto result = m_document->editCell(cell("s3.new.natural"), QStringLiteral("３９"));
    QVERIFY(result.accepted);
    QCOMPARE(cells.count(), 1);
    const QVector<int> changed = cells.at(0).at(0).value<QVector<int>>();
    QCOMPARE(changed.first(), cell("s3.new.natural"));
    QVERIFY(changed.contains(cell("s3.new.total")));
    QCOMPARE(m_document->report().number(cell("s3.new.total")), 39);
    QCOMPARE(findings.count(), 1); // R1 now fails for 自然人 and 总计
    QCOMPARE(m_document->validator().errorCount(), 2);
    QCOMPARE(stored("s3.new.natural"), CellValue::number(39));
    QCOMPARE(m_store->changeLog(m_id).last().who, QStringLiteral("张三"));
    // The same value again is accepted and does nothing.
    QVERIFY(m_document->editCell(cell("s3.new.natural"), QStringLiteral("39")).accepted);
    QCOMPARE(cells.count(), 1);
    QCOMPARE(m_document->undoStack()->count(), 1);
}

void TestReportDocument::narrativeFiguresAreCheckedAsTyped()
{
    // R11 reads section 一: a figure typed there is checked against the tables, and again when the
    // table changes.
    QSignalSpy findings(m_document.get(), &ReportDocument::findingsChanged);
    const auto warningsOf = [this] { return m_document->validator().warningCount(); };
    QVERIFY(m_document->editText(QStringLiteral("narrative"), QStringLiteral("s1"), QStringLiteral("收到政府信息公开申请3件。")).accepted);
    QCOMPARE(findings.count(), 1);
    QCOMPARE(warningsOf(), 1);
    QVERIFY(m_document->editCell(cell("s3.new.natural"), QStringLiteral("3")).accepted);
    QCOMPARE(warningsOf(), 0); // the table now says 3
    QVERIFY(m_document->editText(QStringLiteral("narrative"), QStringLiteral("s1"), QStringLiteral("收到政府信息公开申请4件。")).accepted);
    QCOMPARE(warningsOf(), 1);
    QVERIFY(m_document->editText(QStringLiteral("narrative"), QStringLiteral("s5"), QStringLiteral("收到政府信息公开申请9件。")).accepted);
    QCOMPARE(warningsOf(), 1); // section 五 is not read
}

void TestReportDocument::refusedInputChangesNothing()
{
    QVERIFY(m_document->editCell(cell("s3.new.natural"), QStringLiteral("5")).accepted);
    QSignalSpy cells(m_document.get(), &ReportDocument::cellsChanged);
    for (const QString &bad : {QStringLiteral("5a"), QStringLiteral("-1"), QStringLiteral("1.5"), QStringLiteral("/"),
                               QStringLiteral("99999999999")}) {
        const auto result = m_document->editCell(cell("s3.new.natural"), bad);
        QVERIFY2(!result.accepted, qPrintable(bad));
        QVERIFY(!result.reason.isEmpty());
    }
    QCOMPARE(cells.count(), 0);
    QCOMPARE(stored("s3.new.natural"), CellValue::number(5));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QVERIFY(!m_document->editCell(cell("s3.new.total"), QStringLiteral("5")).accepted); // totals compute themselves
    QVERIFY(m_document->editCell(cell("s2_5.licensing.change"), QStringLiteral("＋１")).accepted);
    QCOMPARE(stored("s2_5.licensing.change"), CellValue::number(1));
    QVERIFY(m_document->editCell(cell("s2_1.regulations.made"), QStringLiteral("/")).accepted);
    QVERIFY(stored("s2_1.regulations.made").isNotApplicable());
}

void TestReportDocument::undoRedoAreSavedToo()
{
    m_document->editCell(cell("s3.granted.natural"), QStringLiteral("15"));
    m_document->editCell(cell("s3.granted.natural"), QStringLiteral("14"));
    QUndoStack *undo = m_document->undoStack();
    undo->undo();
    QCOMPARE(m_document->report().number(cell("s3.granted.natural")), 15);
    QCOMPARE(stored("s3.granted.natural"), CellValue::number(15));
    undo->undo();
    QVERIFY(stored("s3.granted.natural").isBlank());
    QCOMPARE(m_document->report().number(cell("s3.results_total.total")), 0);
    undo->redo();
    undo->redo();
    QCOMPARE(stored("s3.granted.natural"), CellValue::number(14));
    QCOMPARE(m_store->changeLog(m_id).size(), 1 + 2 + 2 + 2); // created, two edits, two undos, two redos
}

void TestReportDocument::pasteAndClearAreOneStep()
{
    const QVector<QVector<int>> targets{{cell("s3.new.natural"), cell("s3.new.business"), cell("s3.new.total")},
                                        {cell("s3.carried_in.natural"), cell("s3.carried_in.business"), cell("s3.carried_in.total")}};
    const QStringList refusals = m_document->pasteCells(targets, {{QStringLiteral("39"), QStringLiteral("1"), QStringLiteral("40")},
                                                                  {QStringLiteral("1"), QStringLiteral("x"), QStringLiteral("1")}});
    QCOMPARE(refusals.size(), 1); // "x"; the totals are skipped, they compute themselves
    QVERIFY(refusals.first().contains(QStringLiteral("x")));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->report().number(cell("s3.new.total")), 40);
    m_document->clearCells({cell("s3.new.natural"), cell("s3.new.business")});
    QCOMPARE(m_document->undoStack()->count(), 2);
    QCOMPARE(m_document->report().number(cell("s3.new.total")), 0);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->report().number(cell("s3.new.total")), 40);
    QCOMPARE(stored("s3.new.business"), CellValue::number(1));
}

void TestReportDocument::typingInANarrativeMerges()
{
    QSignalSpy texts(m_document.get(), &ReportDocument::textChanged);
    QString typed;
    for (const QChar c : QStringLiteral("本年度无。")) {
        typed += c;
        QVERIFY(m_document->editText(QStringLiteral("narrative"), QStringLiteral("s6"), typed).accepted);
    }
    QCOMPARE(texts.count(), 5);
    QCOMPARE(m_document->undoStack()->count(), 1);
    QString error;
    QCOMPARE(m_store->loadReport(m_id, &error)->narrative(QStringLiteral("s6")), QStringLiteral("本年度无。"));
    m_document->undoStack()->undo();
    QVERIFY(m_store->loadReport(m_id, &error)->narrative(QStringLiteral("s6")).isEmpty());
}

void TestReportDocument::conflictWithAnotherSessionIsReported()
{
    m_document->editCell(cell("s3.new.natural"), QStringLiteral("3"));
    // Someone else changes the same cell in the file.
    QVERIFY(m_store->saveCell(m_id, QStringLiteral("s3.new.natural"), CellValue::number(3), CellValue::number(8), QStringLiteral("李四")).saved());
    QSignalSpy failed(m_document.get(), &ReportDocument::saveFailed);
    QVERIFY(m_document->editCell(cell("s3.new.natural"), QStringLiteral("4")).accepted);
    QCOMPARE(failed.count(), 1);
    // Told who, and both values.
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("李四")) && message.contains(QStringLiteral("“8”")) && message.contains(QStringLiteral("“4”")),
             qPrintable(message));
    QCOMPARE(stored("s3.new.natural"), CellValue::number(8)); // theirs is kept
    QCOMPARE(m_document->report().number(cell("s3.new.natural")), 8); // and shown: ours did not happen
    QCOMPARE(m_document->undoStack()->count(), 1); // and is not an undo step
    // Typing it again replaces theirs knowingly.
    QVERIFY(m_document->editCell(cell("s3.new.natural"), QStringLiteral("4")).accepted);
    QCOMPARE(stored("s3.new.natural"), CellValue::number(4));
}

void TestReportDocument::ownEditsAreNotMergedBack()
{
    // This session's own log entries, one cell overtaken by a later edit: nothing to take in, no old
    // value shown again for a moment.
    QVERIFY(m_document->editCell(cell("s3.new.natural"), QStringLiteral("3")).accepted);
    QVERIFY(m_document->editCell(cell("s3.new.business"), QStringLiteral("4")).accepted);
    QVERIFY(m_document->editCell(cell("s3.new.natural"), QStringLiteral("7")).accepted);
    QSignalSpy cells(m_document.get(), &ReportDocument::cellsChanged);
    QVERIFY(m_document->mergeStoredChanges().isEmpty());
    QCOMPARE(cells.count(), 0);
    QCOMPARE(m_document->report().number(cell("s3.new.natural")), 7);
    // Another session's later edit of the same cell overtakes ours and is taken in, once.
    QVERIFY(m_store->saveCell(m_id, QStringLiteral("s3.new.natural"), CellValue::number(7), CellValue::number(9), QStringLiteral("李四")).saved());
    QVERIFY(m_document->editCell(cell("s3.new.business"), QStringLiteral("5")).accepted);
    QCOMPARE(m_document->mergeStoredChanges(), QVector<QString>{QStringLiteral("李四")});
    QCOMPARE(cells.count(), 2); // our edit of business, then their natural
    QCOMPARE(m_document->report().number(cell("s3.new.natural")), 9);
    QCOMPARE(m_document->report().number(cell("s3.new.business")), 5);
}

void TestReportDocument::checkpointsOnlyWhenTheClerkPauses()
{
    // The write-ahead log is copied into the file on the window's tick, but not while the clerk types.
    // The clock is the test's: no sleeping, and the thresholds (1 s pause, 60 s of typing) are met exactly.
    auto clock = std::make_shared<qint64>(5000); // shared: the document keeps the clock after this function
    qint64 &now = *clock;
    m_document->setClock([clock] { return *clock; });
    const QString file = m_store->path();
    QVERIFY(m_document->editCell(cell("s3.new.natural"), QStringLiteral("3")).accepted);
    const QByteArray typing = sha256Of(file);
    now += 999; // still typing: 999 ms since the edit
    m_document->checkpointIfPaused();
    QCOMPARE(sha256Of(file), typing);
    now += 1; // a whole second without an edit
    m_document->checkpointIfPaused();
    const QByteArray paused = sha256Of(file);
    QVERIFY(paused != typing);

    // A minute of typing without a pause is checkpointed too: here an edit just before every tick.
    const qint64 lastCheckpoint = now;
    for (int i = 1; now - lastCheckpoint < 60000; ++i) {
        now += 10000;
        QVERIFY(m_document->editCell(cell("s3.new.natural"), QString::number(i)).accepted);
        if (now - lastCheckpoint < 60000) {
            m_document->checkpointIfPaused();
            QCOMPARE(sha256Of(file), paused);
        }
    }
    m_document->checkpointIfPaused();
    QVERIFY(sha256Of(file) != paused);
}

void TestReportDocument::otherSessionsEditsMerge()
{
    QVERIFY(m_document->editCell(cell("s3.new.natural"), QStringLiteral("3")).accepted);
    // Another clerk, elsewhere, fills two other cells and a narrative.
    QVERIFY(m_store->saveCell(m_id, QStringLiteral("s3.new.business"), CellValue(), CellValue::number(5), QStringLiteral("李四")).saved());
    QVERIFY(m_store->saveCell(m_id, QStringLiteral("s3.new.legal"), CellValue(), CellValue::notApplicable(), QStringLiteral("李四")).saved());
    QVERIFY(m_store->saveText(m_id, QStringLiteral("narrative"), QStringLiteral("s5"), QString(), QStringLiteral("无。"), QStringLiteral("王五")).saved());
    QSignalSpy cells(m_document.get(), &ReportDocument::cellsChanged);
    QSignalSpy texts(m_document.get(), &ReportDocument::textChanged);
    const QVector<QString> who = m_document->mergeStoredChanges();
    QCOMPARE(who, (QVector<QString>{QStringLiteral("李四"), QStringLiteral("李四"), QStringLiteral("王五")}));
    QCOMPARE(cells.count(), 2);
    QCOMPARE(texts.count(), 1);
    QCOMPARE(m_document->report().value(cell("s3.new.natural")), CellValue::number(3)); // ours stays
    QCOMPARE(m_document->report().value(cell("s3.new.business")), CellValue::number(5));
    QVERIFY(m_document->report().value(cell("s3.new.legal")).isNotApplicable());
    QCOMPARE(m_document->report().number(cell("s3.new.total")), 8);
    QCOMPARE(m_document->text(QStringLiteral("narrative"), QStringLiteral("s5")), QStringLiteral("无。"));
    QVERIFY(m_document->mergeStoredChanges().isEmpty()); // nothing new
    // The list of reports shows the counts the document sees.
    QCOMPARE(m_store->reports().first().errors, m_document->validator().errorCount());
}

void TestReportDocument::readOnlyRefusesEdits()
{
    auto opened = openStore(m_dir->filePath(QStringLiteral("doc.sqlite")), false, true);
    QVERIFY(opened.store);
    QString error;
    ReportDocument document(*opened.store->loadReport(m_id, &error), opened.store.get(), m_id, QStringLiteral("x"));
    QVERIFY(document.isReadOnly());
    QVERIFY(!document.isEditable(cell("s3.new.natural")));
    QVERIFY(!document.editCell(cell("s3.new.natural"), QStringLiteral("1")).accepted);
    QVERIFY(!document.editText(QStringLiteral("narrative"), QStringLiteral("s1"), QStringLiteral("x")).accepted);
}

void TestReportDocument::unsavedFindingCountsAreSaid()
{
    // The counts of the report list are written after every check; a refusal is said, not dropped.
    QVERIFY(rawSql(m_store->path(), {QStringLiteral("CREATE TRIGGER no_counts BEFORE UPDATE OF errors ON reports "
                                                    "BEGIN SELECT RAISE(ABORT, 'counts refused'); END")}));
    QSignalSpy failed(m_document.get(), &ReportDocument::saveFailed);
    QVERIFY(m_document->editCell(cell("s3.new.natural"), QStringLiteral("4")).accepted); // R1 now fails: counts change
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("counts refused")), qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(stored("s3.new.natural"), CellValue::number(4)); // the edit itself was saved
}

void TestReportDocument::unreadableChangeLogIsSaidOnce()
{
    QSignalSpy failed(m_document.get(), &ReportDocument::readFailed);
    QVERIFY(rawSql(m_store->path(), {QStringLiteral("ALTER TABLE change_log RENAME TO change_log_elsewhere")}));
    QVERIFY(m_document->mergeStoredChanges().isEmpty());
    QCOMPARE(failed.count(), 1);
    QVERIFY(!m_document->readProblem().isEmpty());
    QVERIFY(m_document->mergeStoredChanges().isEmpty()); // the next tick: the same problem, not said again
    QVERIFY2(failed.count() == 1, qPrintable(failed.at(0).at(0).toString() + QLatin1Char('\n') + failed.last().at(0).toString()));
    QVERIFY(rawSql(m_store->path(), {QStringLiteral("ALTER TABLE change_log_elsewhere RENAME TO change_log")}));
    m_document->mergeStoredChanges();
    QVERIFY(m_document->readProblem().isEmpty());
    // A document opened while the log cannot be read says so from the start.
    QVERIFY(rawSql(m_store->path(), {QStringLiteral("ALTER TABLE change_log RENAME TO change_log_elsewhere")}));
    QString error;
    ReportDocument later(*m_store->loadReport(m_id, &error), m_store.get(), m_id, QStringLiteral("张三"));
    QVERIFY2(later.readProblem().contains(QStringLiteral("change_log")), qPrintable(later.readProblem()));
}

QTEST_GUILESS_MAIN(TestReportDocument)
#include "tst_reportdocument.moc"
