#pragma once

#include "reportstore.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ReportListPage;
}

namespace nb {

// The reports of the open database, by agency and year, with their state and finding counts; a search
// by agency; the next year's report begun from the selected one; a consolidation of several.
class ReportListPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportListPage(QWidget *parent = nullptr);
    ~ReportListPage() override;

    void setReports(const QVector<ReportSummary> &reports);
    void setWritable(bool writable);
    int reportCount() const;
    int shownCount() const;
    void setSearch(const QString &text);
    // Selects the reports with these ids (for tests and after a consolidation).
    void selectReports(const QVector<int> &ids);
    // The selected reports; with one selected, every report of its year (what 汇总 sums).
    QVector<int> reportsToConsolidate() const;

signals:
    void reportActivated(int reportId);
    void nextYearRequested(int reportId);
    void consolidateRequested(const QVector<int> &reportIds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applySearch();
    QVector<int> selectedIds() const;

    std::unique_ptr<Ui::ReportListPage> m_ui;
    QVector<ReportSummary> m_reports;
};

// A report state's name for people; the stored key stays English and stable.
QString stateDisplayName(const QString &state);

} // namespace nb
