#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace nb {

class ReportDocument;
struct TableDef;

// One table of the format laid out as printed: an optional caption row (“第二十条第（一）项”), the
// column header rows with their merged cells, the row label columns with their group labels, the
// corner cell, and the value cells. Header cells are part of the grid so that the table reads like the
// official one; spans() says which grid cells merge.
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

    const TableDef &table() const { return m_table; }
    ReportDocument *document() const { return m_document; }
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    const QVector<Span> &spans() const { return m_spans; }
    int firstValueRow() const { return m_headerRows; }
    int firstValueColumn() const { return m_labelColumns; }
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
    void layOut();
    void onCellsChanged(const QVector<int> &cells);
    void onFindingsChanged(const QVector<int> &instances);
    void cellChanged(int cell);

    ReportDocument *m_document;
    const TableDef &m_table;
    int m_captionRows = 0;
    int m_headerRows = 0;   // caption and column header rows
    int m_labelColumns = 0;
    QVector<Span> m_spans;
    QHash<quint64, QString> m_headerText; // grid position → label, for header cells
    QHash<quint64, QString> m_headerTip;
    QHash<int, int> m_primaryCell;        // finding instance → the cell it marks
};

} // namespace nb
