// The report list read a page at a time (issue 19): the store's page, count and search queries, the
// model that fetches more as the view scrolls, and the list page's counts, search and selection — on
// a SQLite file, and on PostgreSQL when the wrapper starts one.
#include "reportbuilder.h"
#include "reportlistmodel.h"
#include "reportlistpage.h"
#include "signtestutil.h"
#include "storetestutil.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QtTest>

using namespace nb;

class TestReportList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesInOrder();
    void search_data();
    void search();
    void sortedByTheDatabase_data();
    void sortedByTheDatabase();
    void signOffsCheckedForTheRowsRead();
    void reportWithoutItsAgencyAfterThePages();
    void pageShowsCountsAndFindsBeyondTheFirstPage();
    void searchCountsEachReportOnce_data();
    void searchCountsEachReportOnce();
    void countStopsAtItsCap();
    void cappedSearchReadsOnAndCountsTheRest();
    void yearsAndPreviousYears();

private:
    static QString agency(int n) { return QStringLiteral("机关%1").arg(n, 3, 10, QLatin1Char('0')); }
    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<ReportStore> m_store;
    QHash<QString, int> m_ids; // "机关001 2022" → id
};

// 125 agencies × 2 years = 250 reports: two and a half pages of the model.
void TestReportList::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_location = storeLocation(m_dir, QStringLiteral("list.sqlite"));
    ReportStore::OpenResult opened = openStore(m_location);
    QVERIFY2(opened.store, qPrintable(opened.error));
    m_store = std::move(opened.store);
    for (int a = 1; a <= 125; ++a) {
        for (int year : {2022, 2023}) {
            QString error;
            const std::optional<int> id = m_store->addReport(blankReport(QStringLiteral("2021"), year, agency(a)), QStringLiteral("clerk"), &error);
            QVERIFY2(id, qPrintable(error));
            m_ids.insert(agency(a) + QLatin1Char(' ') + QString::number(year), *id);
        }
    }
}

void TestReportList::pagesInOrder()
{
    ReportListModel model;
    model.setStore(m_store.get());
    QCOMPARE(model.totalCount(), 250);
    QCOMPARE(model.matchingCount(), 250);
    QCOMPARE(model.rowCount(), ReportListModel::PageSize);
    QVERIFY(model.canFetchMore({}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 200);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 250);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 200); // appended after the rows read, not a reset
    // By agency, then year: 机关001 2022, 机关001 2023, 机关002 2022, ...
    for (int row = 0; row < 250; ++row) {
        const QString expected = agency(row / 2 + 1) + QLatin1Char(' ') + QString::number(2022 + row % 2);
        QCOMPARE(model.index(row, ReportListModel::AgencyColumn).data().toString() + QLatin1Char(' ')
                     + model.index(row, ReportListModel::YearColumn).data().toString(),
                 expected);
        QCOMPARE(model.index(row, ReportListModel::StateColumn).data(Qt::UserRole).toInt(), m_ids.value(expected));
    }
}

void TestReportList::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("matching");
    QTest::addColumn<QStringList>("first"); // the first rows, "agency year"
    QTest::newRow("an agency near the end") << QStringLiteral("机关124") << 2
                                            << QStringList{QStringLiteral("机关124 2022"), QStringLiteral("机关124 2023")};
    QTest::newRow("spaces around") << QStringLiteral("  机关12 ") << 12 << QStringList{QStringLiteral("机关120 2022"), QStringLiteral("机关120 2023")};
    QTest::newRow("a year") << QStringLiteral("2023") << 125 << QStringList{QStringLiteral("机关001 2023"), QStringLiteral("机关002 2023")};
    QTest::newRow("a state by its name") << QStringLiteral("draft") << 250 << QStringList{QStringLiteral("机关001 2022")};
    QTest::newRow("a state none is in") << QStringLiteral("Returned") << 0 << QStringList{};
    QTest::newRow("percent is a character") << QStringLiteral("%") << 0 << QStringList{};
    QTest::newRow("underscore is a character") << QStringLiteral("机关_2") << 0 << QStringList{};
    QTest::newRow("nothing") << QStringLiteral("某县") << 0 << QStringList{};
    QTest::newRow("empty: every report") << QString() << 250 << QStringList{QStringLiteral("机关001 2022")};
}

void TestReportList::search()
{
    QFETCH(QString, text);
    QFETCH(int, matching);
    QFETCH(QStringList, first);
    ReportListModel model;
    model.setStore(m_store.get());
    model.setSearch(text);
    QCOMPARE(model.matchingCount(), matching);
    QCOMPARE(model.totalCount(), 250);
    QCOMPARE(model.rowCount(), std::min(matching, int(ReportListModel::PageSize)));
    for (int row = 0; row < first.size(); ++row) {
        QCOMPARE(model.index(row, 0).data().toString() + QLatin1Char(' ') + model.index(row, 1).data().toString(), first.at(row));
    }
    // Every match is read by scrolling on, and no more.
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), matching);
}

void TestReportList::sortedByTheDatabase_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QStringList>("first");
    QTest::newRow("agency, descending") << int(ReportListModel::AgencyColumn) << true
                                        << QStringList{QStringLiteral("机关125 2023"), QStringLiteral("机关125 2022")};
    QTest::newRow("year, descending") << int(ReportListModel::YearColumn) << true
                                      << QStringList{QStringLiteral("机关125 2023"), QStringLiteral("机关124 2023")};
    QTest::newRow("year") << int(ReportListModel::YearColumn) << false << QStringList{QStringLiteral("机关001 2022"), QStringLiteral("机关002 2022")};
}

void TestReportList::sortedByTheDatabase()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(QStringList, first);
    ReportListModel model;
    model.setStore(m_store.get());
    model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), ReportListModel::PageSize);
    for (int row = 0; row < first.size(); ++row)
        QCOMPARE(model.index(row, 0).data().toString() + QLatin1Char(' ') + model.index(row, 1).data().toString(), first.at(row));
    // The second page continues the order: no row twice, none skipped.
    while (model.canFetchMore({}))
        model.fetchMore({});
    QSet<int> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, 0).data(Qt::UserRole).toInt());
    QCOMPARE(ids.size(), 250);
}

void TestReportList::signOffsCheckedForTheRowsRead()
{
    // A database of its own: the sign-offs must not change the other tests' states.
    QTemporaryDir dir;
    const QString location = storeLocation(dir, QStringLiteral("signed.sqlite"));
    ReportStore::OpenResult opened = openStore(location);
    QVERIFY2(opened.store, qPrintable(opened.error));
    QVector<int> ids;
    for (int a = 1; a <= 3; ++a) {
        QString error;
        const std::optional<int> id = opened.store->addReport(blankReport(QStringLiteral("2021"), 2023, agency(a)), QStringLiteral("clerk"), &error);
        QVERIFY2(id, qPrintable(error));
        ids << *id;
    }
    const KeyPair key = Signing::generate();
    QVERIFY(trustKey(dir, key, QStringLiteral("李主任")));
    QVERIFY(signDirectly(*opened.store, location, ids.at(0), key, QStringLiteral("李主任")));
    QVERIFY(signDirectly(*opened.store, location, ids.at(1), key, QStringLiteral("李主任")));
    QVERIFY(rawSql(location, {QStringLiteral("INSERT INTO cell_values (report_id, cell_key, state, number) VALUES (%1, 's3.new.natural', 1, 9)")
                                  .arg(ids.at(1))}));
    ReportListModel model;
    model.setStore(opened.store.get());
    QStringList states;
    for (int row = 0; row < model.rowCount(); ++row)
        states << model.index(row, ReportListModel::StateColumn).data().toString();
    QCOMPARE(states, (QStringList{QStringLiteral("Signed off"), QStringLiteral("Signature invalid"), QStringLiteral("Draft")}));
    // Searching by a state finds what the database says; the row still shows what the check says.
    model.setSearch(QStringLiteral("signed"));
    QCOMPARE(model.matchingCount(), 2);
    QCOMPARE(model.index(1, ReportListModel::StateColumn).data().toString(), QStringLiteral("Signature invalid"));
}

// A report whose agency row was deleted by hand is on no page (they walk the agencies) but still
// listed, after the last one, under “(agency missing)”.
void TestReportList::reportWithoutItsAgencyAfterThePages()
{
    QTemporaryDir dir;
    const QString location = storeLocation(dir, QStringLiteral("orphan.sqlite"));
    ReportStore::OpenResult opened = openStore(location);
    QVERIFY2(opened.store, qPrintable(opened.error));
    for (int a = 1; a <= 3; ++a) {
        QString error;
        QVERIFY2(opened.store->addReport(blankReport(QStringLiteral("2021"), 2023, agency(a)), QStringLiteral("clerk"), &error), qPrintable(error));
    }
    // Foreign keys are off in a plain SQLite connection; on the server the constraint goes first.
    QVERIFY(rawSql(location, {onServer() ? QStringLiteral("ALTER TABLE reports DROP CONSTRAINT reports_agency_id_fkey") : QStringLiteral("SELECT 1"),
                              QStringLiteral("DELETE FROM agencies WHERE name = '机关001'")}));
    ReportListModel model;
    model.setStore(opened.store.get());
    QCOMPARE(model.totalCount(), 3);
    QCOMPARE(model.matchingCount(), 3);
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, 0).data().toString();
    QCOMPARE(names, (QStringList{agency(2), agency(3), ReportStore::missingAgencyName()}));
    QVERIFY(!model.canFetchMore({}));
    model.setSearch(QStringLiteral("机关"));
    QCOMPARE(model.matchingCount(), 2);
    QCOMPARE(model.rowCount(), 2);
}

void TestReportList::pageShowsCountsAndFindsBeyondTheFirstPage()
{
    ReportListPage page;
    page.setStore(m_store.get());
    auto *view = page.findChild<QTableView *>(QStringLiteral("reports"));
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), ReportListModel::PageSize);
    QCOMPARE(page.reportCount(), 250);
    QCOMPARE(page.shownCount(), 250);
    auto *shown = page.findChild<QLabel *>(QStringLiteral("shown"));
    QCOMPARE(shown->text(), QStringLiteral("250 report(s)"));
    // Typed as a person types: each keystroke a search of the database.
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("search"));
    QTest::keyClicks(search, QStringLiteral("124"));
    QCOMPARE(page.shownCount(), 2);
    QCOMPARE(shown->text(), QStringLiteral("2 of 250 shown"));
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("机关124"));
    search->clear();
    QCOMPARE(page.shownCount(), 250);
    QCOMPARE(shown->text(), QStringLiteral("250 report(s)"));
    // A report far down the list is selected by reading on to it; 汇总 of its year takes all 125.
    const int far = m_ids.value(QStringLiteral("机关120 2023"));
    page.selectReports({far});
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(Qt::UserRole).toInt(), far);
    QCOMPARE(view->model()->rowCount(), 250); // read on to row 239, in whole pages
    QCOMPARE(page.reportsToConsolidate().size(), 125);
    QVERIFY(page.reportsToConsolidate().contains(m_ids.value(QStringLiteral("机关001 2023"))));
    if (!qEnvironmentVariableIsEmpty("NIANBAO_TEST_GRAB")) {
        page.resize(1000, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.grab().save(qEnvironmentVariable("NIANBAO_TEST_GRAB") + QStringLiteral("/report-list.png"));
    }
    // A click on a header sorts by the database: the year, then agency.
    view->horizontalHeader()->setSortIndicator(ReportListModel::YearColumn, Qt::DescendingOrder);
    QCOMPARE(view->model()->index(0, 0).data().toString() + QLatin1Char(' ') + view->model()->index(0, 1).data().toString(),
             QStringLiteral("机关125 2023"));
}

// A report matched both by its agency's name and by its year or state is one match: the count adds the
// agencies matched by name to the others matched by the report, never both.
void TestReportList::searchCountsEachReportOnce_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("matching");
    QTest::newRow("year, in a name too") << QStringLiteral("2023") << 3;
    QTest::newRow("year, in no name") << QStringLiteral("2022") << 2;
    QTest::newRow("state, in a name too") << QStringLiteral("draft") << 4;
    QTest::newRow("name only") << QStringLiteral("2023局") << 2;
}

void TestReportList::searchCountsEachReportOnce()
{
    QFETCH(QString, text);
    QFETCH(int, matching);
    QTemporaryDir dir;
    ReportStore::OpenResult opened = openStore(storeLocation(dir, QStringLiteral("once.sqlite")));
    QVERIFY2(opened.store, qPrintable(opened.error));
    // 甲2023局 2022 and 2023, 乙draft局 2023, 丙局 2022: every report a draft.
    const QList<QPair<QString, int>> reports{{QStringLiteral("甲2023局"), 2022},
                                             {QStringLiteral("甲2023局"), 2023},
                                             {QStringLiteral("乙draft局"), 2023},
                                             {QStringLiteral("丙局"), 2022}};
    for (const auto &[name, year] : reports) {
        QString error;
        QVERIFY2(opened.store->addReport(blankReport(QStringLiteral("2021"), year, name), QStringLiteral("clerk"), &error), qPrintable(error));
    }
    ReportListModel model;
    model.setStore(opened.store.get());
    model.setSearch(text);
    QCOMPARE(model.matchingCount(), matching);
    QVERIFY(!model.matchingCountCapped());
    QCOMPARE(model.rowCount(), matching);
    QSet<QString> rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows << model.index(row, 0).data().toString() + model.index(row, 1).data().toString();
    QCOMPARE(rows.size(), matching); // no report twice
}

void TestReportList::countStopsAtItsCap()
{
    QString error;
    ReportQuery query;
    query.search = QStringLiteral("机关");
    QCOMPARE(m_store->countReports(query, &error), 250);
    QCOMPARE(m_store->countReports(query, &error, 31), 31);
    QCOMPARE(m_store->countReports(query, &error, 1000), 250);
    query.search = QStringLiteral("2023");
    QCOMPARE(m_store->countReports(query, &error, 7), 7);
    QCOMPARE(m_store->countReports(query, &error, 126), 125);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

// "机关" matches every report: counted only to the cap, the label says "more than", and the pages
// read on past the cap until the last, when the number is known.
void TestReportList::cappedSearchReadsOnAndCountsTheRest()
{
    ReportListPage page;
    page.setStore(m_store.get());
    auto *view = page.findChild<QTableView *>(QStringLiteral("reports"));
    auto *model = qobject_cast<ReportListModel *>(view->model());
    QVERIFY(model);
    model->setCountCap(120);
    page.setSearch(QStringLiteral("机关")); // (keyClicks types only ASCII)
    QVERIFY(model->matchingCountCapped());
    QCOMPARE(model->matchingCount(), 121);
    QCOMPARE(model->rowCount(), ReportListModel::PageSize);
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("shown"))->text(), QStringLiteral("more than 120 of 250 shown"));
    model->fetchMore({});
    QCOMPARE(model->rowCount(), 200);
    QVERIFY(model->matchingCountCapped()); // a whole page: there may be more
    QVERIFY(model->canFetchMore({}));
    model->fetchMore({});
    QCOMPARE(model->rowCount(), 250);
    QVERIFY(!model->matchingCountCapped());
    QCOMPARE(model->matchingCount(), 250);
    QVERIFY(!model->canFetchMore({}));
    QCOMPARE(model->index(249, 0).data().toString(), QStringLiteral("机关125"));
}

void TestReportList::yearsAndPreviousYears()
{
    QString error;
    const QVector<ReportSummary> ofYear = m_store->reportsOfYear(2022, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(ofYear.size(), 125);
    QCOMPARE(ofYear.first().agency, QStringLiteral("机关001"));
    QCOMPARE(ofYear.last().agency, QStringLiteral("机关125"));
    const int last = m_ids.value(QStringLiteral("机关007 2023"));
    const int before = m_ids.value(QStringLiteral("机关007 2022"));
    QCOMPARE(m_store->previousYearReports({last, before}, &error), (QHash<int, int>{{last, before}}));
    const QVector<ReportSummary> two = m_store->reportSummaries({last, 99999}, &error);
    QCOMPARE(two.size(), 1);
    QCOMPARE(two.first().year, 2023);
    QCOMPARE(m_store->recentReports(3, &error).size(), 3);
    QCOMPARE(m_store->agencyNames(&error).size(), 125);
}

QTEST_MAIN(TestReportList)
#include "tst_reportlist.moc"
