#include "reporttablemodel.h"

#include "icons.h"
#include "reportdocument.h"
#include "translations.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QStyle>

namespace nb {


ReportTableModel::ReportTableModel(ReportDocument *document, const TableDef &table, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_layout(table)
{
    for (const TableLayout::HeaderCell &header : m_layout.headerCells()) {
        if (header.rows > 1 || header.columns > 1)
            m_spans.append({header.row, header.column, header.rows, header.columns});
    }
    for (const Finding &finding : m_document->validator().findings()) {
        if (!finding.cells.isEmpty() && finding.part.isEmpty())
            mark(finding.instance, finding.cells.first());
    }
    connect(m_document, &ReportDocument::cellsChanged, this, &ReportTableModel::onCellsChanged);
    connect(m_document, &ReportDocument::findingsChanged, this, &ReportTableModel::onFindingsChanged);
    connect(m_document, &ReportDocument::notesChanged, this, &ReportTableModel::onCellsChanged);
}

void ReportTableModel::retranslate()
{
    beginResetModel(); // labels are read in the current language at paint time
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_layout.rowCount();
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_layout.columnCount();
}

int ReportTableModel::cellAt(int row, int column) const
{
    return m_layout.cellAt(row, column);
}

int ReportTableModel::cellAt(const QModelIndex &index) const
{
    return index.isValid() ? cellAt(index.row(), index.column()) : -1;
}

QModelIndex ReportTableModel::indexOfCell(int cell) const
{
    int row = 0;
    int column = 0;
    return m_layout.positionOf(cell, &row, &column) ? index(row, column) : QModelIndex();
}

bool ReportTableModel::isEditable(const QModelIndex &index) const
{
    const int cell = cellAt(index);
    return cell >= 0 && m_document->isEditable(cell);
}

Qt::ItemFlags ReportTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isEditable(index))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const int cell = cellAt(index);
    if (cell < 0) {
        const TableLayout::HeaderCell *header = m_layout.headerAt(index.row(), index.column());
        switch (role) {
        case Qt::DisplayRole:
            return header ? header->text.in(currentLanguage()) : QString();
        case Qt::ToolTipRole:
            return header ? header->text.zh : QString();
        case Qt::BackgroundRole:
            return QBrush(QColor(0xf0, 0xf0, 0xec));
        case Qt::TextAlignmentRole:
            return header && header->columnHeader ? int(Qt::AlignCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
        case Qt::FontRole: {
            QFont font;
            font.setBold(header && header->columnHeader);
            return font;
        }
        default:
            return QVariant();
        }
    }

    // A paint asks every role of every cell shown: the display text first, the findings only when a
    // role needs them, and those from the cell's own list (nearly always empty), not from all findings.
    if (role == Qt::DisplayRole)
        return m_document->report().displayText(cell);
    const CellDef &def = m_document->format().cell(cell);
    QStringList messages;
    bool error = false;
    bool warning = false;
    const auto marks = m_marksOfCell.constFind(cell);
    if (marks != m_marksOfCell.cend()) {
        const bool wordsNeeded = role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole;
        for (int instance : *marks) {
            if (const Finding *finding = m_document->validator().findingOf(instance)) {
                if (wordsNeeded)
                    messages << finding->message.in(currentLanguage());
                error = error || finding->severity == Severity::Error;
                warning = warning || finding->severity == Severity::Warning;
            }
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return m_document->report().displayText(cell);
    case Qt::EditRole:
        return formatCellValue(m_document->report().value(cell), def.kind);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        QStringList tip{m_document->format().cellLabel(cell, currentLanguage())};
        if (def.isComputed())
            tip << tr("Computed from its parts");
        for (const QString &note : m_document->cellNotes(cell))
            tip << tr("Supervisor: %1").arg(note);
        return (tip + messages).join(QLatin1Char('\n'));
    }
    case Qt::DecorationRole:
        // An icon as well as a colour: the state must not depend on seeing colours.
        if (error)
            return appIcon(AppIcon::Error);
        if (warning)
            return appIcon(AppIcon::Warning);
        if (!m_document->cellNotes(cell).isEmpty())
            return appIcon(AppIcon::Note);
        return QVariant();
    case Qt::BackgroundRole:
        if (error)
            return QBrush(QColor(0xfd, 0xdc, 0xdc));
        if (warning)
            return QBrush(QColor(0xfd, 0xf3, 0xcf));
        if (!m_document->cellNotes(cell).isEmpty())
            return QBrush(QColor(0xdd, 0xee, 0xff));
        if (def.isComputed())
            return QBrush(QColor(0xe8, 0xee, 0xf6));
        return QVariant();
    case Qt::AccessibleDescriptionRole:
        return (messages + m_document->cellNotes(cell)).join(QLatin1Char('\n'));
    default:
        return QVariant();
    }
}

bool ReportTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const int cell = cellAt(index);
    if (role != Qt::EditRole || cell < 0)
        return false;
    const ReportDocument::EditResult result = m_document->editCell(cell, value.toString());
    if (!result.accepted) {
        emit refused(index, value.toString(), result.reason);
        return false;
    }
    return true; // the document's signals repaint what changed
}

void ReportTableModel::mark(int instance, int cell)
{
    m_primaryCell.insert(instance, cell);
    QVector<int> &marks = m_marksOfCell[cell];
    marks.insert(std::lower_bound(marks.begin(), marks.end(), instance), instance);
}

void ReportTableModel::unmark(int instance, int cell)
{
    m_primaryCell.remove(instance);
    auto marks = m_marksOfCell.find(cell);
    if (marks == m_marksOfCell.end())
        return;
    marks->removeAll(instance);
    if (marks->isEmpty())
        m_marksOfCell.erase(marks);
}

void ReportTableModel::cellChanged(int cell)
{
    const QModelIndex index = indexOfCell(cell);
    if (index.isValid())
        emit dataChanged(index, index);
}

void ReportTableModel::onCellsChanged(const QVector<int> &cells)
{
    for (int cell : cells)
        cellChanged(cell);
}

void ReportTableModel::onFindingsChanged(const QVector<int> &instances)
{
    for (int instance : instances) {
        const int before = m_primaryCell.value(instance, -1);
        const Finding *finding = m_document->validator().findingOf(instance);
        // A finding about a narrative is marked at its text, not on a cell of the tables.
        const int after = finding && !finding->cells.isEmpty() && finding->part.isEmpty() ? finding->cells.first() : -1;
        if (before >= 0)
            unmark(instance, before);
        if (after >= 0)
            mark(instance, after);
        if (before >= 0)
            cellChanged(before);
        if (after >= 0 && after != before)
            cellChanged(after);
    }
}

} // namespace nb
