#include "reporttableview.h"

#include "reportdocument.h"
#include "reporttablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace nb {

ReportTableView::ReportTableView(QWidget *parent)
    : QTableView(parent)
{
    horizontalHeader()->hide();
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setTabKeyNavigation(true);
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    // The table is always shown whole; the page around it scrolls.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Only the table being worked in shows its selection: one cursor on the page, as on a spreadsheet.
    QPalette quiet = palette();
    quiet.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0xdd, 0xe3, 0xea));
    quiet.setColor(QPalette::Inactive, QPalette::HighlightedText, quiet.color(QPalette::Active, QPalette::Text));
    setPalette(quiet);

    m_refusalNote = new QLabel(viewport());
    m_refusalNote->setObjectName(QStringLiteral("refusalNote"));
    m_refusalNote->setStyleSheet(QStringLiteral("QLabel { background: #fff0f0; color: #8a1010; border: 1px solid #d04040; padding: 3px 6px; }"));
    m_refusalNote->setWordWrap(true);
    m_refusalNote->hide();
}

void ReportTableView::setReportModel(ReportTableModel *model)
{
    m_model = model;
    setModel(model);
    connect(model, &ReportTableModel::refused, this, [this](const QModelIndex &index, const QString &text, const QString &reason) {
        m_refusedIndex = index;
        m_refusedText = text;
        showRefusal(index, reason);
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        applySpans();
        fitToContents();
    });
    applySpans();
    fitToContents();
}

void ReportTableView::applySpans()
{
    clearSpans();
    for (const ReportTableModel::Span &span : m_model->spans())
        setSpan(span.row, span.column, span.rows, span.columns);
}

void ReportTableView::fitToContents()
{
    // Label columns get room for their words; value columns are narrow and even.
    const int labels = m_model->firstValueColumn();
    const int values = m_model->columnCount() - labels;
    for (int column = 0; column < labels; ++column)
        setColumnWidth(column, column == labels - 1 ? 270 : 92);
    for (int column = labels; column < m_model->columnCount(); ++column)
        setColumnWidth(column, values > 10 ? 66 : values > 5 ? 78 : 130);
    resizeRowsToContents();
    setFixedSize(sizeHint());
}

void ReportTableView::showEvent(QShowEvent *event)
{
    QTableView::showEvent(event);
    fitToContents(); // row heights are final only once the table is polished and shown
}

QSize ReportTableView::sizeHint() const
{
    // The whole table: the page scrolls, not the table.
    int width = 2 * frameWidth();
    for (int column = 0; column < model()->columnCount(); ++column)
        width += columnWidth(column);
    int height = 2 * frameWidth();
    for (int row = 0; row < model()->rowCount(); ++row)
        height += rowHeight(row);
    return {width, height};
}

bool ReportTableView::showCell(int cell)
{
    const QModelIndex index = m_model->indexOfCell(cell);
    if (!index.isValid())
        return false;
    setFocus(Qt::OtherFocusReason);
    setCurrentIndex(index);
    scrollTo(index);
    return true;
}

QString ReportTableView::refusalShown() const
{
    return m_refusalNote->isVisible() ? m_refusalNote->text() : QString();
}

QModelIndex ReportTableView::nextEditable(const QModelIndex &from, bool backwards) const
{
    const int rows = m_model->rowCount();
    const int columns = m_model->columnCount();
    int position = from.isValid() ? from.row() * columns + from.column() : (backwards ? rows * columns : -1);
    for (;;) {
        position += backwards ? -1 : 1;
        if (position < 0 || position >= rows * columns)
            return QModelIndex();
        const QModelIndex candidate = m_model->index(position / columns, position % columns);
        if (m_model->isEditable(candidate))
            return candidate;
    }
}

QModelIndex ReportTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    if (cursorAction == MoveNext || cursorAction == MovePrevious) {
        const QModelIndex next = nextEditable(currentIndex(), cursorAction == MovePrevious);
        // At either end of the table Tab leaves it, for the next table or widget of the page.
        return next;
    }
    return QTableView::moveCursor(cursorAction, modifiers);
}

void ReportTableView::commitOpenEditor()
{
    QWidget *editor = focusWidget(); // the cell editor, the one child of the view that takes the focus
    if (state() != EditingState || !editor || editor == this)
        return;
    commitData(editor);
    closeEditor(editor, QAbstractItemDelegate::NoHint);
}

void ReportTableView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    if (m_refusedIndex.isValid()) {
        const QPersistentModelIndex index = m_refusedIndex;
        const QString text = m_refusedText;
        m_refusedIndex = QPersistentModelIndex();
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        // Leaving the cell (a click elsewhere, the window closing) keeps the old value and the note,
        // which quotes what was typed. Enter or Tab means "take this": stay on the cell and give the
        // typed text back to correct.
        if (hint == QAbstractItemDelegate::NoHint || !isVisible())
            return;
        setCurrentIndex(index);
        edit(index);
        if (auto *line = qobject_cast<QLineEdit *>(indexWidget(index) ? indexWidget(index) : focusWidget()))
            line->setText(text);
        return;
    }
    m_refusalNote->hide();
    if (hint == QAbstractItemDelegate::SubmitModelCache) {
        // Enter commits and moves on in reading order, like Tab.
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        const QModelIndex next = nextEditable(currentIndex(), false);
        if (next.isValid())
            setCurrentIndex(next);
        return;
    }
    if (hint == QAbstractItemDelegate::EditNextItem || hint == QAbstractItemDelegate::EditPreviousItem) {
        // Tab moves without opening the next editor: typing there replaces its value anyway.
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        const QModelIndex next = nextEditable(currentIndex(), hint == QAbstractItemDelegate::EditPreviousItem);
        if (next.isValid())
            setCurrentIndex(next);
        else
            focusNextPrevChild(hint == QAbstractItemDelegate::EditNextItem);
        return;
    }
    QTableView::closeEditor(editor, hint);
}

void ReportTableView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    if (current != m_refusedIndex)
        m_refusalNote->hide();
}

void ReportTableView::keyPressEvent(QKeyEvent *event)
{
    if (state() != EditingState) {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            const QModelIndex next = nextEditable(currentIndex(), event->modifiers() & Qt::ShiftModifier);
            if (next.isValid())
                setCurrentIndex(next);
            return;
        }
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            clearSelectedCells();
            return;
        }
        if (event->matches(QKeySequence::Copy)) {
            copySelection();
            return;
        }
        if (event->matches(QKeySequence::Paste)) {
            paste();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void ReportTableView::inputMethodEvent(QInputMethodEvent *event)
{
    // A Chinese input method (full-width digits, ＋, ／) speaks in input method events, which Qt's view
    // does not pass on to the editor it opens: the first characters would be lost. Open the editor
    // here, empty (typing replaces the cell), and hand it the event.
    const bool hasText = !event->commitString().isEmpty() || !event->preeditString().isEmpty();
    if (state() != EditingState && hasText && m_model->isEditable(currentIndex())) {
        edit(currentIndex());
        // The open editor is the visible one; a closed editor may still await deletion.
        for (QLineEdit *editor : viewport()->findChildren<QLineEdit *>()) {
            if (editor->isVisible()) {
                editor->clear();
                QCoreApplication::sendEvent(editor, event);
                return;
            }
        }
    }
    QTableView::inputMethodEvent(event);
}

void ReportTableView::copySelection()
{
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return;
    int top = INT_MAX, left = INT_MAX, bottom = -1, right = -1;
    for (const QModelIndex &index : selected) {
        top = std::min(top, index.row());
        bottom = std::max(bottom, index.row());
        left = std::min(left, index.column());
        right = std::max(right, index.column());
    }
    QStringList lines;
    for (int row = top; row <= bottom; ++row) {
        QStringList fields;
        for (int column = left; column <= right; ++column)
            fields << m_model->index(row, column).data(Qt::DisplayRole).toString();
        lines << fields.join(QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void ReportTableView::paste()
{
    QString text = QApplication::clipboard()->text();
    text.remove(QLatin1Char('\r'));
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    if (text.isEmpty() || !currentIndex().isValid())
        return;
    QVector<QVector<int>> targets;
    QVector<QStringList> texts;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int row = 0; row < lines.size(); ++row) {
        const QStringList fields = lines.at(row).split(QLatin1Char('\t'));
        QVector<int> rowTargets;
        for (int column = 0; column < fields.size(); ++column)
            rowTargets << m_model->cellAt(currentIndex().row() + row, currentIndex().column() + column);
        targets << rowTargets;
        texts << fields;
    }
    const QStringList refusals = m_model->document()->pasteCells(targets, texts);
    if (!refusals.isEmpty()) {
        showRefusal(currentIndex(), refusals.join(QLatin1Char('\n')));
        emit pasteRefused(refusals);
    }
}

void ReportTableView::clearSelectedCells()
{
    QVector<int> cells;
    for (const QModelIndex &index : selectionModel()->selectedIndexes()) {
        const int cell = m_model->cellAt(index);
        if (cell >= 0)
            cells << cell;
    }
    m_model->document()->clearCells(cells);
}

void ReportTableView::showRefusal(const QModelIndex &index, const QString &reason)
{
    m_refusalNote->setText(reason);
    m_refusalNote->setMaximumWidth(std::max(240, viewport()->width() / 2));
    m_refusalNote->adjustSize();
    const QRect rect = visualRect(index);
    QPoint at(rect.left(), rect.bottom() + 2);
    if (at.x() + m_refusalNote->width() > viewport()->width())
        at.setX(std::max(0, viewport()->width() - m_refusalNote->width()));
    if (at.y() + m_refusalNote->height() > viewport()->height())
        at.setY(std::max(0, rect.top() - m_refusalNote->height() - 2));
    m_refusalNote->move(at);
    m_refusalNote->show();
    m_refusalNote->raise();
}

} // namespace nb
