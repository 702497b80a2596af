#pragma once

#include <QFont>
#include <QHash>
#include <QPersistentModelIndex>
#include <QTableView>

class QLabel;

namespace nb {

class ReportTableModel;

// A table of the report that works like a spreadsheet: Tab and Shift+Tab move through the input cells
// in reading order, Enter and Shift+Enter down and up the column (headers and computed totals are
// skipped), typing over a cell replaces it, Delete clears the selection, Ctrl+C / Ctrl+V copy and paste
// tab-separated blocks. Refused input is quoted in a note beside the cell, so nothing typed is lost.
//
// A table too big for the window (三) can scroll inside itself with its header rows and label columns
// frozen, as a spreadsheet's freeze panes (setFrozenPanes). Every table zooms with Ctrl+wheel,
// Ctrl+= and Ctrl+−; the zoom is one setting for all tables, remembered.
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
    // The table scrolls inside itself, its header rows and label columns staying in view.
    void setFrozenPanes(bool frozen);
    bool hasFrozenPanes() const { return m_frozen; }
    // Zoom in percent of the normal font size (50–200), for every table, remembered in the settings.
    static int zoom();
    void setZoom(int percent);
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    // Edit ▸ Copy, Paste and Delete: tab-separated blocks, as with a spreadsheet.
    void copySelection();
    void paste();
    // Delete: erases the selected cells (not QAbstractItemView::clearSelection, which only deselects).
    void clearSelectedCells();

signals:
    void pasteRefused(const QStringList &refusals);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    // The focus going to the cell's own editor and back changes how the cursor and the selection are
    // drawn, nothing else: only they are repainted, not the whole table (as Qt's views do).
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void updateGeometries() override;
    // With frozen panes, only the part of the viewport that no pane covers is scrolled (see the .cpp).
    void scrollContentsBy(int dx, int dy) override;

private:
    QModelIndex nextEditable(const QModelIndex &from, bool backwards) const;
    // The editable cell below (or above) in the same column; at the column's end, the next column's first.
    QModelIndex nextDown(const QModelIndex &from, bool up) const;
    // Tab past the table's last cell: the next table of the page, else stay (never the heading field).
    bool leaveTable(bool forward);
    int frozenWidth() const;
    int frozenHeight() const;
    void layoutPanes();
    void syncPanes();
    void applySpans();
    void fitToContents();
    // Sets the columns' widths for the viewport (see the .cpp); true when they changed and relayout laid
    // the table out again.
    bool fitColumns(bool relayout);
    // resizeRowsToContents, the view laid out and repainted at once (see fitColumns).
    void resizeRowsQuietly();
    void showRefusal(const QModelIndex &index, const QString &reason);
    void updateFocusedCells();
    int textWidth(const QString &text) const;

    ReportTableModel *m_model = nullptr;
    QLabel *m_refusalNote = nullptr;
    QPersistentModelIndex m_refusedIndex;
    QString m_refusedText;
    bool m_frozen = false;
    bool m_fittingColumns = false;
    int m_valueWidth = 0; // a value column's width with room to spare (fitToContents)
    int m_valueFloor = 0; // the narrowest a value column goes: every figure whole, header words wrapped once
    bool m_focusInEditor = false; // the focus went from the view to its own cell editor
    mutable QFont m_widthsFont;
    mutable QHash<QString, int> m_widths; // figure → its width in m_widthsFont
    // The frozen panes: header rows (top), label columns (left) and their corner, views of the same model.
    QTableView *m_top = nullptr;
    QTableView *m_left = nullptr;
    QTableView *m_corner = nullptr;
};

} // namespace nb
