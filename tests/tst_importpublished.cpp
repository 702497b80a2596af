#include "importpublisheddialog.h"
#include "mainwindow.h"
#include "publishedreader.h"
#include "reportbuilder.h"
#include "reportexport.h"
#include "testpaths.h"
#include "validator.h"

#include <QDragEnterEvent>
#include <QLabel>
#include <QMimeData>
#include <QProcess>
#include <QTreeWidget>
#include <QListWidget>
#include <QtTest>

using namespace nb;

// Reading published reports end to end: the command's exit codes and --agency, check-published on a
// folder, the import dialog showing the PDF page with the selected cell outlined, a file dropped on
// the main window.
class TestImportPublished : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void agencyOption();
    void checkPublishedFolder();
    void dialogShowsThePage();
    void dialogReadsADocx();
    void dialogSaysWhatWasNotChecked();
    void dropAcceptsReports_data();
    void dropAcceptsReports();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run nianbao(const QStringList &arguments);
    QString copy(const QString &from, const QString &name);

    QTemporaryDir m_dir;
};

TestImportPublished::Run TestImportPublished::nianbao(const QStringList &arguments)
{
    QProcess process;
    process.start(testpaths::executable(), arguments + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString TestImportPublished::copy(const QString &from, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return QFile::copy(from, path) ? path : QString();
}

void TestImportPublished::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestImportPublished::exitCodes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("edit"); // "from=>to" applied to the text, or empty
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("output"); // a part of stdout or stderr
    QTest::newRow("the Huaian PDF: every figure placed, no error") << "huaian" << QByteArray() << 0 << "p.4";
    QTest::newRow("text without its title: still 0, the title is a note") << "wenzhou" << QByteArray("年政府信息\n公开工作年度报告=>年工作总结") << 0
                                                                         << "missing detail";
    // 自然人 39 → 49 while the row's 总计 stays 45.
    QTest::newRow("an arithmetic error: 1") << "wenzhou" << QByteArray("申请数量\n\t39\n=>申请数量\n\t49\n") << 1 << "R1";
    QTest::newRow("a letter: 2") << "letter" << QByteArray() << 2 << "does not look like an annual report";
}

void TestImportPublished::exitCodes()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, edit);
    QFETCH(int, exitCode);
    QFETCH(QString, output);
    QString path;
    if (file == QLatin1String("huaian")) {
        path = testpaths::shared("reference/huaian-2024-report.pdf");
    } else {
        QString text = QStringLiteral("尊敬的领导：\n您好！\n");
        if (file == QLatin1String("wenzhou")) {
            QFile reference(testpaths::shared("reference/wenzhou-eeb-2019-report.txt"));
            QVERIFY(reference.open(QIODevice::ReadOnly));
            text = QString::fromUtf8(reference.readAll());
        }
        if (!edit.isEmpty()) {
            const QString change = QString::fromUtf8(edit);
            QVERIFY(text.contains(change.section(QStringLiteral("=>"), 0, 0)));
            text.replace(change.section(QStringLiteral("=>"), 0, 0), change.section(QStringLiteral("=>"), 1));
        }
        path = m_dir.filePath(QStringLiteral("input.txt"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(text.toUtf8());
    }
    const Run run = nianbao({QStringLiteral("import-published"), path});
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
    QVERIFY2((run.out + run.err).contains(output), qPrintable(run.out + run.err));
}

void TestImportPublished::agencyOption()
{
    // A report whose title was cut off: the agency comes from --agency.
    QFile reference(testpaths::shared("reference/wenzhou-eeb-2019-report.txt"));
    QVERIFY(reference.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(reference.readAll());
    text.replace(QStringLiteral("年政府信息\n公开工作年度报告"), QStringLiteral("年工作总结"));
    const QString path = m_dir.filePath(QStringLiteral("untitled.txt"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(text.toUtf8());
    out.close();
    const QString json = m_dir.filePath(QStringLiteral("untitled.json"));
    const Run run = nianbao({QStringLiteral("import-published"), path, QStringLiteral("--agency"), QStringLiteral("温州市生态环境局"),
                             QStringLiteral("--json"), json});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(run.out.contains(QStringLiteral("Agency: 温州市生态环境局")));
    QFile saved(json);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(saved.readAll()).contains(QStringLiteral("\"name\": \"温州市生态环境局\"")));
}

void TestImportPublished::checkPublishedFolder()
{
    QTemporaryDir folder;
    QVERIFY(QFile::copy(testpaths::shared("reference/huaian-2024-report.pdf"), folder.filePath(QStringLiteral("a-huaian.pdf"))));
    QVERIFY(QFile::copy(testpaths::shared("reference/wenzhou-eeb-2019-report.txt"), folder.filePath(QStringLiteral("b-wenzhou.txt"))));
    QFile letter(folder.filePath(QStringLiteral("c-letter.txt")));
    QVERIFY(letter.open(QIODevice::WriteOnly));
    letter.write("尊敬的领导：\n您好！\n");
    letter.close();
    const QString csv = m_dir.filePath(QStringLiteral("check.csv"));
    const Run run = nianbao({QStringLiteral("check-published"), folder.path(), QStringLiteral("--csv"), csv});
    QVERIFY2(run.exitCode == 1, qPrintable(run.out + run.err)); // the letter is not a report
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 5, qPrintable(run.out));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("a-huaian.pdf")));
    QCOMPARE(lines.at(1).simplified(), QStringLiteral("a-huaian.pdf 淮安市人民政府 2024 2021 200 0 0 0"));
    QCOMPARE(lines.at(2).simplified(), QStringLiteral("b-wenzhou.txt 温州市生态环境局 2019 2019 47 0 0 0"));
    QVERIFY(lines.at(3).startsWith(QStringLiteral("c-letter.txt")));
    QVERIFY(lines.at(3).contains(QStringLiteral("does not look like an annual report")));
    QFile table(csv);
    QVERIFY(table.open(QIODevice::ReadOnly));
    const QString csvText = QString::fromUtf8(table.readAll());
    QVERIFY(csvText.contains(QStringLiteral("a-huaian.pdf,淮安市人民政府,2024,2021,200,0,0,0,")));
}

void TestImportPublished::dialogShowsThePage()
{
    const PublishedImport read = importPublishedFile(testpaths::shared("reference/huaian-2024-report.pdf"));
    QVERIFY2(read.report, qPrintable(read.error));
    ImportPublishedDialog dialog(QStringLiteral("huaian-2024-report.pdf"), read, [](const Report &) { return QString(); });
    dialog.resize(1200, 800);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *cells = dialog.findChild<QTreeWidget *>(QStringLiteral("cells"));
    QVERIFY(cells);
    QCOMPARE(cells->headerItem()->text(2), QStringLiteral("Page"));
    QTreeWidgetItem *natural = nullptr;
    for (int i = 0; i < cells->topLevelItemCount() && !natural; ++i) {
        if (cells->topLevelItem(i)->text(1) == QLatin1String("3001"))
            natural = cells->topLevelItem(i);
    }
    QVERIFY(natural);
    QCOMPARE(natural->text(2), QStringLiteral("p. 4"));
    cells->setCurrentItem(natural);
    QCOMPARE(dialog.shownPage(), 3);
    // “3001” stands at x 260–275 pt, y 464–472 pt of page 4: at 110 dpi, about 400–420 by 710–720.
    const QRectF outline = dialog.outlined();
    QVERIFY2(outline.left() > 380 && outline.right() < 440 && outline.top() > 690 && outline.bottom() < 740,
             qPrintable(QStringLiteral("%1 %2 %3 %4").arg(outline.left()).arg(outline.top()).arg(outline.right()).arg(outline.bottom())));
    auto *page = dialog.findChild<QLabel *>(QStringLiteral("pageView"));
    QVERIFY(page && !page->pixmap().isNull());
    QCOMPARE(page->pixmap().width(), 909); // A4's 595 pt at 110 dpi
    if (qEnvironmentVariableIsSet("NIANBAO_SCREENSHOTS"))
        dialog.grab().save(qEnvironmentVariable("NIANBAO_SCREENSHOTS") + QStringLiteral("/import-dialog-pdf.png"));
}

// A Word document in the same dialog: every cell listed, no page view (a .docx has no pages to show).
void TestImportPublished::dialogReadsADocx()
{
    Report report = fullReport(QStringLiteral("2021"));
    report.setZerosBlank(false);
    const QString docx = m_dir.filePath(QStringLiteral("某某市某某局2023年政府信息公开工作年度报告.docx"));
    QString error;
    QVERIFY2(exportReport(report, ExportFormat::Docx, docx, PublishOptions::of(report), &error), qPrintable(error));
    const PublishedImport read = importPublishedFile(docx);
    QVERIFY2(read.report, qPrintable(read.error));
    ImportPublishedDialog dialog(QFileInfo(docx).fileName(), read, [](const Report &) { return QString(); });
    dialog.resize(1000, 700);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *cells = dialog.findChild<QTreeWidget *>(QStringLiteral("cells"));
    QVERIFY(cells);
    QCOMPARE(cells->topLevelItemCount(), read.cells.size());
    QVERIFY(cells->topLevelItemCount() > 150);
    auto *page = dialog.findChild<QWidget *>(QStringLiteral("pageArea"));
    QVERIFY(page && !page->isVisible());
    const int natural = report.format().indexOf(QStringLiteral("s3.new.natural"));
    bool found = false;
    for (int i = 0; i < cells->topLevelItemCount(); ++i)
        found = found || cells->topLevelItem(i)->text(1) == report.displayText(natural);
    QVERIFY(found);
    if (qEnvironmentVariableIsSet("NIANBAO_SCREENSHOTS"))
        dialog.grab().save(qEnvironmentVariable("NIANBAO_SCREENSHOTS") + QStringLiteral("/import-dialog-docx.png"));
}

// A report whose rows of 三 cannot all be read (the page's text stops inside the table, as a crawler
// keeps it) and whose year is not stated: the rules about them are not shown as the report's errors (新收 + 结转 ≠
// 办理结果, “year 0”); the findings list says how many were not checked.
void TestImportPublished::dialogSaysWhatWasNotChecked()
{
    const PublishedImport read = importPublishedFile(testpaths::data("published/cut-inside-table.txt"));
    QVERIFY2(read.report, qPrintable(read.error));
    int unchecked = 0;
    const QVector<Finding> findings = findingsOfRead(read, &unchecked);
    QVERIFY(unchecked > 0);
    QVERIFY(Validator::check(*read.report).size() > findings.size());
    ImportPublishedDialog dialog(QStringLiteral("cut-inside-table.txt"), read, [](const Report &) { return QString(); });
    dialog.resize(1000, 700);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("findings"));
    QVERIFY(list);
    QVERIFY(findings.isEmpty());
    QCOMPARE(list->count(), 1);
    const QString said = QCoreApplication::translate("ImportPublishedDialog",
                                                     "%n finding(s) of the format's rules not checked: they concern cells that could not be read",
                                                     nullptr, unchecked);
    QCOMPARE(list->item(list->count() - 1)->text(), said);
    if (qEnvironmentVariableIsSet("NIANBAO_SCREENSHOTS"))
        dialog.grab().save(qEnvironmentVariable("NIANBAO_SCREENSHOTS") + QStringLiteral("/import-dialog-unchecked.png"));
}

void TestImportPublished::dropAcceptsReports_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("a PDF") << "report.pdf" << true;
    QTest::newRow("a web page") << "report.HTML" << true;
    QTest::newRow("text") << "report.txt" << true;
    QTest::newRow("a Word document") << "report.docx" << true;
    QTest::newRow("a picture") << "scan.png" << false;
    QTest::newRow("a program") << "setup.exe" << false;
}

void TestImportPublished::dropAcceptsReports()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    MainWindow window;
    QVERIFY(window.acceptDrops());
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(m_dir.filePath(name))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QCoreApplication::sendEvent(&window, &enter);
    QCOMPARE(enter.isAccepted(), accepted);
}

QTEST_MAIN(TestImportPublished)
#include "tst_importpublished.moc"
