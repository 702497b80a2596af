// The window with many reports: the list (search, counts), the next year's report from this one, 汇总
// with its drill-down, and the tables as a spreadsheet — each through the widgets a person uses.
#include "consolidationdialog.h"
#include "guiinput.h"
#include "mainwindow.h"
#include "reportbuilder.h"
#include "reportdocument.h"
#include "reportjson.h"
#include "reportlistpage.h"
#include "reporttablemodel.h"
#include "reporttableview.h"
#include "reportstore.h"
#include "testpaths.h"

#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace nb;

class TestManyReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void listSearchesAndCounts();
    void nextYearFromTheList();
    void consolidatesWithDrillDown();
    void tablesOutAndBackIn();

private:
    // Adds a report to the window's database the way a person would: an imported report file.
    void add(MainWindow &window, Report report);
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_files = 0;
};

void TestManyReports::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestManyReports::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestManyReports::add(MainWindow &window, Report report)
{
    const QString path = m_dir->filePath(QStringLiteral("r%1.json").arg(++m_files));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ReportJson::write(report));
    file.close();
    QVERIFY2(window.importReportFile(path), qPrintable(window.lastError()));
}

static Report agencyReport(const QString &formatId, const QString &agency)
{
    Report report = fullReport(formatId);
    clearTotals(report);
    report.setAgency({agency, {}, {}, {}, {}, {}, {}, {}});
    return report;
}

void TestManyReports::listSearchesAndCounts()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_dir->filePath(QStringLiteral("many.sqlite")), true));
    QVERIFY(window.importReportFile(testpaths::data("wenzhou-eeb-2019.json")));
    add(window, agencyReport(QStringLiteral("2021"), QStringLiteral("某市财政局")));
    Report broken = blankReport(QStringLiteral("2021"), 2023, QStringLiteral("某市教育局"));
    broken.setValue(broken.format().indexOf(QStringLiteral("s3.new.natural")), CellValue::number(5)); // R1
    add(window, broken);

    ReportListPage *list = window.reportList();
    QCOMPARE(list->reportCount(), 3);
    auto *search = list->findChild<QLineEdit *>(QStringLiteral("search"));
    search->setFocus();
    commitText(search, QStringLiteral("教育")); // as an input method types it
    QCOMPARE(list->shownCount(), 1);
    QVERIFY(list->findChild<QLabel *>(QStringLiteral("shown"))->text().contains(QStringLiteral("1")));
    search->clear();
    QCOMPARE(list->shownCount(), 3);
    // The error count is shown without opening the report.
    auto *table = list->findChild<QTableView *>(QStringLiteral("reports"));
    const QAbstractItemModel *model = table->model();
    QCOMPARE(model->rowCount(), 3);
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == QStringLiteral("某市教育局"))
            QVERIFY(model->index(row, 4).data(Qt::DisplayRole).toInt() > 0);
        if (model->index(row, 0).data().toString() == QStringLiteral("温州市生态环境局"))
            QCOMPARE(model->index(row, 4).data(Qt::DisplayRole).toInt(), 0);
    }
}

void TestManyReports::nextYearFromTheList()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_dir->filePath(QStringLiteral("years.sqlite")), true));
    Report last = agencyReport(QStringLiteral("2019"), QStringLiteral("某县环保局")); // 2020, 2019 format
    add(window, last);
    ReportListPage *list = window.reportList();
    list->selectReports({window.store()->reports().first().id});
    QTest::mouseClick(list->findChild<QPushButton *>(QStringLiteral("nextYear")), Qt::LeftButton);

    // The 2021 report (2021 format) is open, its 上年结转 from 2020's 结转下年度, and R6 quiet.
    ReportDocument *document = window.document();
    QVERIFY(document);
    QCOMPARE(document->report().year(), 2021);
    QCOMPARE(document->report().format().id(), QStringLiteral("2021"));
    QCOMPARE(document->report().agency(), last.agency());
    for (const QString &column : {QStringLiteral("natural"), QStringLiteral("business"), QStringLiteral("other")}) {
        const int carriedIn = document->format().indexOf(QStringLiteral("s3.carried_in.") + column);
        QCOMPARE(document->report().number(carriedIn), last.number(last.format().indexOf(QStringLiteral("s3.carry_out.") + column)));
    }
    for (const Finding &finding : document->validator().findings())
        QVERIFY2(finding.ruleId != QLatin1String("R6"), qPrintable(finding.message.zh));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("2020")));
    QCOMPARE(window.store()->reports().size(), 2);
    // Again: that year exists already, and the refusal says so.
    QVERIFY(!window.createNextYearReport(window.store()->reports().first().id));
    QVERIFY2(window.lastError().contains(QStringLiteral("2021")), qPrintable(window.lastError()));
}

void TestManyReports::consolidatesWithDrillDown()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_dir->filePath(QStringLiteral("city.sqlite")), true));
    const QStringList agencies{QStringLiteral("甲局"), QStringLiteral("乙局"), QStringLiteral("丙局")};
    QVector<Report> reports;
    for (int i = 0; i < agencies.size(); ++i) {
        Report report = agencyReport(QStringLiteral("2021"), agencies.at(i));
        const int cell = report.format().indexOf(QStringLiteral("s3.new.natural"));
        report.setValue(cell, CellValue::number(10 * (i + 1)));
        reports << report;
        add(window, report);
    }
    add(window, agencyReport(QStringLiteral("2019"), QStringLiteral("甲局"))); // another year: not summed
    ReportListPage *list = window.reportList();
    int oneOf2023 = 0;
    int of2020 = 0;
    for (const ReportSummary &summary : window.store()->reports()) {
        if (summary.year == 2023)
            oneOf2023 = summary.id;
        if (summary.year == 2020)
            of2020 = summary.id;
    }
    list->selectReports({oneOf2023});
    QCOMPARE(list->reportsToConsolidate().size(), 3);

    // None of them is signed off: 汇总 by default would leave every one out, so the window asks first.
    bool asked = false;
    bool inspected = false;
    const std::function<void()> inspect = [&] {
        auto *dialog = qobject_cast<ConsolidationDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        // Summed on request: the option is ticked in the dialog and nothing is left out.
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("includeUnsigned"))->isChecked());
        QVERIFY(dialog->consolidation().leftOut().isEmpty());
        QVERIFY(dialog->findChild<QTableWidget *>(QStringLiteral("leftOut"))->isHidden());
        QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QStringLiteral("3")),
                 qPrintable(dialog->findChild<QLabel *>(QStringLiteral("summary"))->text()));
        // Clicking 一、本年新收 · 自然人 in the summed table shows each agency's share.
        const Report &total = dialog->consolidation().total();
        const int cell = total.format().indexOf(QStringLiteral("s3.new.natural"));
        QCOMPARE(total.number(cell), 60);
        for (ReportTableView *view : dialog->findChildren<ReportTableView *>()) {
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                for (int column = 0; column < view->model()->columnCount(); ++column) {
                    if (view->reportModel()->cellAt(row, column) == cell)
                        view->setCurrentIndex(view->model()->index(row, column));
                }
            }
        }
        QCOMPARE(dialog->shownCell(), cell);
        auto *shares = dialog->findChild<QTableWidget *>(QStringLiteral("shares"));
        QCOMPARE(shares->rowCount(), 3);
        QCOMPARE(shares->item(1, 0)->text(), QStringLiteral("乙局"));
        QCOMPARE(shares->item(1, 1)->text(), QStringLiteral("20"));
        // Unsigned reports are flagged (none of these was signed off).
        auto *members = dialog->findChild<QTableWidget *>(QStringLiteral("members"));
        QCOMPARE(members->rowCount(), 3);
        QVERIFY(!members->item(0, 0)->toolTip().isEmpty());
        // Named by the office that sums them, typed over the default, then exported as a PDF and a spreadsheet.
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("title"));
        QCOMPARE(title->text(), total.agency().name);
        QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
        commitText(title, QStringLiteral("某县"));
        QCOMPARE(dialog->consolidation().total().agency().name, QStringLiteral("某县"));
        QVERIFY(dialog->windowTitle().contains(QStringLiteral("某县")));
        QString error;
        QVERIFY2(dialog->exportTo(m_dir->filePath(QStringLiteral("sum.pdf")), &error), qPrintable(error));
        QVERIFY2(dialog->exportTo(m_dir->filePath(QStringLiteral("sum.csv")), &error), qPrintable(error));
        QVERIFY(QFileInfo(m_dir->filePath(QStringLiteral("sum.pdf"))).size() > 1000);
        QFile sheet(m_dir->filePath(QStringLiteral("sum.csv")));
        QVERIFY(sheet.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(sheet.readAll()).contains(QStringLiteral("某县")));
        // Unticked: the default again — none is signed off, so the sum cannot be made and stays as it was.
        QString why;
        QVERIFY(!dialog->setIncludeUnsigned(false, &why));
        QVERIFY2(why.contains(QStringLiteral("is signed off with a valid signature by a trusted supervisor")), qPrintable(why));
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("includeUnsigned"))->isChecked());
        QCOMPARE(dialog->consolidation().members().size(), 3);
        inspected = true;
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("close")), Qt::LeftButton);
    };
    QTimer::singleShot(0, [&] {
        auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(question);
        QVERIFY2(question->text().contains(QStringLiteral("is signed off with a valid signature by a trusted supervisor")), qPrintable(question->text()));
        asked = true;
        QTimer::singleShot(0, inspect);
        question->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(list->findChild<QPushButton *>(QStringLiteral("consolidate")), Qt::LeftButton);
    QVERIFY(asked);
    QVERIFY(inspected);
    // The mix of years is refused with the reason (all included: none is signed off).
    QVERIFY(!window.consolidateReports({oneOf2023, of2020}, true));
    QVERIFY2(window.lastError().contains(QStringLiteral("2020")), qPrintable(window.lastError()));
}

void TestManyReports::tablesOutAndBackIn()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_dir->filePath(QStringLiteral("tables.sqlite")), true));
    QVERIFY(window.importReportFile(testpaths::data("wenzhou-eeb-2019.json")));
    QVERIFY(window.openReport(window.store()->reports().first().id));
    const Report original = window.document()->report();
    const QString csv = m_dir->filePath(QStringLiteral("tables.csv"));
    QVERIFY2(window.exportTables(csv), qPrintable(window.lastError()));
    QVERIFY2(window.exportTables(m_dir->filePath(QStringLiteral("tables.xlsx"))), qPrintable(window.lastError()));
    // Another agency fills the same sheet in: its name in the sheet, the figures kept.
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    text.replace(QStringLiteral("温州市生态环境局"), QStringLiteral("温州市水利局"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
    file.close();
    QVERIFY2(window.importTables(csv), qPrintable(window.lastError()));
    QCOMPARE(window.document()->report().agency().name, QStringLiteral("温州市水利局"));
    for (int cell = 0; cell < original.format().cellCount(); ++cell)
        QCOMPARE(window.document()->report().number(cell), original.number(cell));
    QCOMPARE(window.store()->reports().size(), 2);
}

QTEST_MAIN(TestManyReports)
#include "tst_manyreports.moc"
