#pragma once

#include "reportstore.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ReportListPage;
}

namespace nb {

class ReportListModel;

// The reports of the open database, by agency and year, with their state and finding counts; a search
// by agency, year or state; the next year's report begun from the selected one; a consolidation of
// several. Read a page at a time from the database (ReportListModel): a province's 100 000 reports open
// at once.
class ReportListPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportListPage(QWidget *parent = nullptr);
    ~ReportListPage() override;

    // The store listed (nullptr: none), read again from its first page; not owned.
    void setStore(const ReportStore *store);
    void setWritable(bool writable);
    // Every report of the database, and those the search matches (read or not yet).
    int reportCount() const;
    int shownCount() const;
    void setSearch(const QString &text);
    // Selects the reports with these ids (for tests and after a consolidation), reading further pages
    // until they are found.
    void selectReports(const QVector<int> &ids);
    // The selected reports; with one selected, every report of its year (what 汇总 sums).
    QVector<int> reportsToConsolidate() const;
    ReportListModel *model() const { return m_model; }
    // What went wrong on the last read from the store, or empty.
    QString lastError() const;

signals:
    void reportActivated(int reportId);
    void nextYearRequested(int reportId);
    void consolidateRequested(const QVector<int> &reportIds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCounts();
    QVector<int> selectedIds() const;

    std::unique_ptr<Ui::ReportListPage> m_ui;
    ReportListModel *m_model = nullptr;
    const ReportStore *m_store = nullptr;
};

// A report state's name for people; the stored key stays English and stable.
QString stateDisplayName(const QString &state);

} // namespace nb
