#include "reporttablemodel.h"

#include "reportdocument.h"
#include "translations.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QStyle>

#include <functional>

namespace nb {

namespace {

quint64 key(int row, int column)
{
    return (quint64(quint32(row)) << 32) | quint32(column);
}

int leafCount(const HeaderNode &node)
{
    if (node.isLeaf())
        return 1;
    int count = 0;
    for (const HeaderNode &child : node.children)
        count += leafCount(child);
    return count;
}

// Depth of labelled levels below a node (the node itself not counted).
int labelledDepth(const HeaderNode &node)
{
    int deepest = 0;
    for (const HeaderNode &child : node.children)
        deepest = std::max(deepest, 1 + labelledDepth(child));
    return deepest;
}

bool anyLabel(const HeaderNode &node)
{
    if (!node.label.zh.isEmpty())
        return true;
    for (const HeaderNode &child : node.children) {
        if (anyLabel(child))
            return true;
    }
    return false;
}

// A visible number: counts plain, changes with their sign, amounts exact.
QString displayText(const ReportDocument &document, int cell)
{
    const CellDef &def = document.format().cell(cell);
    const CellValue &value = document.report().value(cell);
    if (def.isComputed() && value.isBlank())
        return QString::number(document.report().number(cell));
    return formatCellValue(value, def.kind);
}

} // namespace

ReportTableModel::ReportTableModel(ReportDocument *document, const TableDef &table, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_table(table)
{
    layOut();
    for (const Finding &finding : m_document->validator().findings()) {
        if (!finding.cells.isEmpty())
            m_primaryCell.insert(finding.instance, finding.cells.first());
    }
    connect(m_document, &ReportDocument::cellsChanged, this, &ReportTableModel::onCellsChanged);
    connect(m_document, &ReportDocument::findingsChanged, this, &ReportTableModel::onFindingsChanged);
}

void ReportTableModel::layOut()
{
    m_spans.clear();
    m_headerText.clear();
    m_headerTip.clear();
    const Language language = currentLanguage();
    const int width = int(m_table.leafColumns.size());

    m_labelColumns = anyLabel(m_table.rows) ? labelledDepth(m_table.rows) : 0;
    m_captionRows = m_table.caption.zh.isEmpty() ? 0 : 1;
    const bool rootLabelled = !m_table.columns.label.zh.isEmpty();
    const int columnLevels = labelledDepth(m_table.columns) + (rootLabelled ? 1 : 0);
    m_headerRows = m_captionRows + columnLevels;

    auto place = [this](int row, int column, int rows, int columns, const QString &text, const QString &tip) {
        m_headerText.insert(key(row, column), text);
        m_headerTip.insert(key(row, column), tip);
        if (rows > 1 || columns > 1)
            m_spans.append({row, column, rows, columns});
    };
    if (m_captionRows)
        place(0, 0, 1, m_labelColumns + width, m_table.caption.in(language), m_table.caption.zh);
    if (m_labelColumns > 0 && columnLevels > 0)
        place(m_captionRows, 0, columnLevels, m_labelColumns, m_table.corner.in(language), m_table.corner.zh);

    // Column headers: a group spans its leaves; a leaf reaches down to the last header row.
    int firstLeaf = 0;
    std::function<void(const HeaderNode &, int)> placeColumn = [&](const HeaderNode &node, int level) {
        const int row = m_captionRows + level;
        const int leaves = leafCount(node);
        place(row, m_labelColumns + firstLeaf, node.isLeaf() ? columnLevels - level : 1, leaves, node.label.in(language),
              node.label.zh);
        if (node.isLeaf())
            ++firstLeaf;
        for (const HeaderNode &child : node.children)
            placeColumn(child, level + 1);
    };
    if (rootLabelled) {
        placeColumn(m_table.columns, 0);
    } else {
        for (const HeaderNode &child : m_table.columns.children)
            placeColumn(child, 0);
    }

    // Row labels: a group spans its leaves downwards; a leaf reaches right to the first value column.
    int firstRow = 0;
    std::function<void(const HeaderNode &, int)> placeRow = [&](const HeaderNode &node, int level) {
        const int leaves = leafCount(node);
        if (m_labelColumns > 0)
            place(m_headerRows + firstRow, level, leaves, node.isLeaf() ? m_labelColumns - level : 1,
                  node.label.in(language), node.label.zh);
        if (node.isLeaf())
            ++firstRow;
        for (const HeaderNode &child : node.children)
            placeRow(child, level + 1);
    };
    for (const HeaderNode &child : m_table.rows.children)
        placeRow(child, 0);
}

void ReportTableModel::retranslate()
{
    beginResetModel();
    layOut();
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_headerRows + int(m_table.leafRows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_labelColumns + int(m_table.leafColumns.size());
}

int ReportTableModel::cellAt(int row, int column) const
{
    const int leafRow = row - m_headerRows;
    const int leafColumn = column - m_labelColumns;
    if (leafRow < 0 || leafColumn < 0 || leafRow >= m_table.leafRows.size() || leafColumn >= m_table.leafColumns.size())
        return -1;
    return m_table.cellIndex(leafRow, leafColumn);
}

int ReportTableModel::cellAt(const QModelIndex &index) const
{
    return index.isValid() ? cellAt(index.row(), index.column()) : -1;
}

QModelIndex ReportTableModel::indexOfCell(int cell) const
{
    const int offset = cell - m_table.firstCell;
    const int width = int(m_table.leafColumns.size());
    if (offset < 0 || offset >= width * m_table.leafRows.size())
        return QModelIndex();
    return index(m_headerRows + offset / width, m_labelColumns + offset % width);
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
        const quint64 at = key(index.row(), index.column());
        switch (role) {
        case Qt::DisplayRole:
            return m_headerText.value(at);
        case Qt::ToolTipRole:
            return m_headerTip.value(at);
        case Qt::BackgroundRole:
            return QBrush(QColor(0xf0, 0xf0, 0xec));
        case Qt::TextAlignmentRole:
            return index.row() < m_headerRows ? int(Qt::AlignCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
        case Qt::FontRole: {
            QFont font;
            font.setBold(index.row() < m_headerRows);
            return font;
        }
        default:
            return QVariant();
        }
    }

    const CellDef &def = m_document->format().cell(cell);
    // Findings marked on this cell, errors first.
    QStringList messages;
    bool error = false;
    bool warning = false;
    for (auto it = m_primaryCell.begin(); it != m_primaryCell.end(); ++it) {
        if (it.value() != cell)
            continue;
        if (const Finding *finding = m_document->validator().findingOf(it.key())) {
            messages << finding->message.in(currentLanguage());
            error = error || finding->severity == Severity::Error;
            warning = warning || finding->severity == Severity::Warning;
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*m_document, cell);
    case Qt::EditRole:
        return formatCellValue(m_document->report().value(cell), def.kind);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        QStringList tip{m_document->format().cellLabel(cell, currentLanguage())};
        if (def.isComputed())
            tip << tr("Computed from its parts");
        return (tip + messages).join(QLatin1Char('\n'));
    }
    case Qt::DecorationRole:
        // An icon as well as a colour: the state must not depend on seeing colours.
        if (error)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        if (warning)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return QVariant();
    case Qt::BackgroundRole:
        if (error)
            return QBrush(QColor(0xfd, 0xdc, 0xdc));
        if (warning)
            return QBrush(QColor(0xfd, 0xf3, 0xcf));
        if (def.isComputed())
            return QBrush(QColor(0xe8, 0xee, 0xf6));
        return QVariant();
    case Qt::AccessibleDescriptionRole:
        return messages.join(QLatin1Char('\n'));
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
        const int after = finding && !finding->cells.isEmpty() ? finding->cells.first() : -1;
        if (after >= 0)
            m_primaryCell.insert(instance, after);
        else
            m_primaryCell.remove(instance);
        if (before >= 0)
            cellChanged(before);
        if (after >= 0 && after != before)
            cellChanged(after);
    }
}

} // namespace nb
