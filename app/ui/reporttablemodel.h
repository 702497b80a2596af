#pragma once

#include "tablelayout.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace nb {

class ReportDocument;
struct TableDef;

// One table of the report for the form, laid out as printed (TableLayout): header cells are part of the
// grid so that the table reads like the official one; spans() says which grid cells merge.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Span
    {
        int row;
        int column;
        int rows;
        int columns;
    };

    ReportTableModel(ReportDocument *document, const TableDef &table, QObject *parent = nullptr);

    const TableDef &table() const { return m_layout.table(); }
    ReportDocument *document() const { return m_document; }
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    const QVector<Span> &spans() const { return m_spans; }
    int firstValueRow() const { return m_layout.firstValueRow(); }
    int firstValueColumn() const { return m_layout.firstValueColumn(); }
    // The report cell at a grid position, or -1 for a header or label cell.
    int cellAt(const QModelIndex &index) const;
    int cellAt(int row, int column) const;
    QModelIndex indexOfCell(int cell) const;
    bool isEditable(const QModelIndex &index) const;
    // Re-reads every label (after a language change).
    void retranslate();

signals:
    // Typed text was refused; the reason is for showing next to the cell.
    void refused(const QModelIndex &index, const QString &text, const QString &reason);

private:
    void onCellsChanged(const QVector<int> &cells);
    void onFindingsChanged(const QVector<int> &instances);
    void cellChanged(int cell);
    void mark(int instance, int cell);
    void unmark(int instance, int cell);

    ReportDocument *m_document;
    TableLayout m_layout;
    QVector<Span> m_spans;
    QHash<int, int> m_primaryCell;          // finding instance → the cell it marks
    QHash<int, QVector<int>> m_marksOfCell; // the other way: cell → the instances marking it, ascending
};

} // namespace nb
