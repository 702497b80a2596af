#pragma once

#include "reportstore.h"

#include <QAbstractTableModel>

namespace nb {

// The report list of a database as a table that holds only what has been looked at: a page of rows is
// read when the view scrolls to it (canFetchMore/fetchMore), the search and the order are the
// database's (ReportStore::reportPage), and a sign-off is verified only for the rows read — a province's
// 100 000 reports open at once and are searched as the clerk types (issue 19).
class ReportListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { AgencyColumn, YearColumn, FormatColumn, StateColumn, ErrorsColumn, WarningsColumn, UpdatedColumn, ColumnCount };
    static constexpr int PageSize = 100;
    // A search counts its matches up to this many (setCountCap); beyond it matchingCount() is a floor.
    static constexpr int DefaultCountCap = 10000;

    explicit ReportListModel(QObject *parent = nullptr);

    // The store read from (nullptr: none); read again from the first page. Not owned.
    void setStore(const ReportStore *store);
    void refresh();
    void setSearch(const QString &text);
    void setCountCap(int cap) { m_countCap = cap; }
    const QString &search() const { return m_query.search; }

    // Every report of the database, and those the search matches: more than that when capped (only
    // the cap counted, or the rows read since, until the last page is read).
    int totalCount() const { return m_total; }
    int matchingCount() const { return m_matching; }
    bool matchingCountCapped() const { return m_countCapped; }
    // What went wrong on the last read, or empty.
    const QString &lastError() const { return m_error; }

    const ReportSummary &summaryAt(int row) const { return m_rows.at(row); }
    // The row of a report among those read, or -1.
    int rowOf(int reportId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    // Read from the first page; every report counted again only when countAll.
    void reload(bool countAll);
    // The next page, its signed reports' sign-offs checked; appended without a reset.
    QVector<ReportSummary> readPage(int offset);

    const ReportStore *m_store = nullptr;
    ReportQuery m_query;
    QVector<ReportSummary> m_rows;
    QVector<ReportSummary> m_orphans; // reports whose agency is missing: after the last page, when not searching
    int m_paged = 0;                  // how many the pages hold (matchingCount without the orphans)
    int m_total = 0;
    int m_matching = 0;
    int m_countCap = DefaultCountCap;
    bool m_countCapped = false;       // more match than m_matching says
    QString m_error;
};

} // namespace nb
