#pragma once

#include <QPersistentModelIndex>
#include <QTableView>

class QLabel;

namespace nb {

class ReportTableModel;

// A table of the report that works like a spreadsheet: Tab, Shift+Tab and Enter move through the input
// cells in reading order (headers and computed totals are skipped), typing over a cell replaces it,
// Delete clears the selection, Ctrl+C / Ctrl+V copy and paste tab-separated blocks. Refused input
// stays in the cell with the reason shown beside it, so nothing typed is lost.
class ReportTableView : public QTableView
{
    Q_OBJECT

public:
    explicit ReportTableView(QWidget *parent = nullptr);

    void setReportModel(ReportTableModel *model);
    ReportTableModel *reportModel() const { return m_model; }
    // Selects a report cell, scrolls to it and gives it the focus.
    bool showCell(int cell);
    // The reason last shown beside a cell; empty when no refusal is showing.
    QString refusalShown() const;
    // Commits what is being typed in the cell, if its editor is open: the view is going away.
    void commitOpenEditor();
    QSize sizeHint() const override;

signals:
    void pasteRefused(const QStringList &refusals);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void showEvent(QShowEvent *event) override;

private:
    QModelIndex nextEditable(const QModelIndex &from, bool backwards) const;
    void applySpans();
    void fitToContents();
    void copySelection();
    void paste();
    // Delete: erases the selected cells (not QAbstractItemView::clearSelection, which only deselects).
    void clearSelectedCells();
    void showRefusal(const QModelIndex &index, const QString &reason);

    ReportTableModel *m_model = nullptr;
    QLabel *m_refusalNote = nullptr;
    QPersistentModelIndex m_refusedIndex;
    QString m_refusedText;
};

} // namespace nb
