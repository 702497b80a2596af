#include "formatdefinition.h"

#include "rulecompiler.h"

#include <algorithm>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <functional>

namespace nb {

namespace {

// The messages of this file, under one translation context that lupdate sees too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FormatDefinition)
};

std::optional<ValueKind> kindFromName(const QString &name, bool *ok)
{
    *ok = true;
    if (name.isEmpty())
        return std::nullopt;
    if (name == QLatin1String("count"))
        return ValueKind::Count;
    if (name == QLatin1String("change"))
        return ValueKind::Change;
    if (name == QLatin1String("amount"))
        return ValueKind::Amount;
    *ok = false;
    return std::nullopt;
}

bool readNode(const QJsonObject &json, HeaderNode *node, QString *error)
{
    node->id = json.value(QLatin1String("id")).toString();
    node->label = {json.value(QLatin1String("label")).toString(), json.value(QLatin1String("en")).toString()};
    node->shortLabel = json.value(QLatin1String("short")).toString();
    node->sumOf = json.value(QLatin1String("sumOf")).toString();
    node->notApplicableAllowed = json.value(QLatin1String("notApplicable")).toBool();
    for (const QJsonValue &unit : json.value(QLatin1String("units")).toArray())
        node->units << unit.toString();
    bool ok = false;
    node->kind = kindFromName(json.value(QLatin1String("kind")).toString(), &ok);
    if (!ok || node->id.isEmpty()) {
        *error = Text::tr("header node “%1” has no id or an unknown kind").arg(node->label.zh);
        return false;
    }
    const QJsonArray children = json.value(QLatin1String("children")).toArray();
    node->children.resize(size_t(children.size()));
    for (int i = 0; i < children.size(); ++i) {
        if (!readNode(children.at(i).toObject(), &node->children[size_t(i)], error))
            return false;
    }
    return true;
}

// Parent pointers are set once the tree sits at its final address.
void linkParents(HeaderNode *node)
{
    for (HeaderNode &child : node->children) {
        child.parent = node;
        linkParents(&child);
    }
}

void collectLeaves(const HeaderNode &node, QVector<const HeaderNode *> *leaves)
{
    if (node.isLeaf()) {
        leaves->append(&node);
        return;
    }
    for (const HeaderNode &child : node.children)
        collectLeaves(child, leaves);
}

} // namespace

QString HeaderNode::messageLabel(Language language) const
{
    if (language == Language::Chinese && !shortLabel.isEmpty())
        return shortLabel;
    return label.in(language);
}

QVector<const HeaderNode *> HeaderNode::inputLeaves() const
{
    QVector<const HeaderNode *> leaves;
    collectLeaves(*this, &leaves);
    leaves.removeIf([](const HeaderNode *leaf) { return leaf->isComputed(); });
    return leaves;
}

const HeaderNode *HeaderNode::find(const QString &nodeId) const
{
    if (id == nodeId)
        return this;
    for (const HeaderNode &child : children) {
        if (const HeaderNode *found = child.find(nodeId))
            return found;
    }
    return nullptr;
}

int HeaderNode::depth() const
{
    int deepest = 0;
    for (const HeaderNode &child : children)
        deepest = std::max(deepest, child.depth() + 1);
    return deepest;
}

int TableDef::cellIndex(int leafRow, int leafColumn) const
{
    return firstCell + leafRow * int(leafColumns.size()) + leafColumn;
}

std::shared_ptr<const FormatDefinition> FormatDefinition::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        *error = Text::tr("format file is not valid JSON: %1").arg(parseError.errorString());
        return nullptr;
    }
    const QJsonObject root = doc.object();
    std::shared_ptr<FormatDefinition> format(new FormatDefinition);
    format->m_id = root.value(QLatin1String("id")).toString();
    format->m_name = {root.value(QLatin1String("name")).toString(), root.value(QLatin1String("nameEn")).toString()};
    format->m_issuedBy = root.value(QLatin1String("issuedBy")).toString();
    format->m_firstYear = root.value(QLatin1String("firstYear")).toInt();
    format->m_lastYear = root.value(QLatin1String("lastYear")).toInt();
    if (format->m_id.isEmpty()) {
        *error = Text::tr("format file has no id");
        return nullptr;
    }

    for (const QJsonValue &value : root.value(QLatin1String("tables")).toArray()) {
        const QJsonObject object = value.toObject();
        auto table = std::make_unique<TableDef>();
        table->id = object.value(QLatin1String("id")).toString();
        table->caption = {object.value(QLatin1String("caption")).toString(),
                          object.value(QLatin1String("captionEn")).toString()};
        table->corner = {object.value(QLatin1String("corner")).toString(),
                         object.value(QLatin1String("cornerEn")).toString()};
        if (!readNode(object.value(QLatin1String("rows")).toObject(), &table->rows, error)
            || !readNode(object.value(QLatin1String("columns")).toObject(), &table->columns, error))
            return nullptr;
        linkParents(&table->rows);
        linkParents(&table->columns);
        collectLeaves(table->rows, &table->leafRows);
        collectLeaves(table->columns, &table->leafColumns);
        format->m_tables.push_back(std::move(table));
    }

    for (const QJsonValue &value : root.value(QLatin1String("sections")).toArray()) {
        const QJsonObject object = value.toObject();
        SectionDef section;
        section.id = object.value(QLatin1String("id")).toString();
        section.kind = object.value(QLatin1String("kind")).toString() == QLatin1String("tables")
                           ? SectionDef::Kind::Tables
                           : SectionDef::Kind::Narrative;
        section.heading = {object.value(QLatin1String("heading")).toString(), object.value(QLatin1String("en")).toString()};
        section.hint = {object.value(QLatin1String("hint")).toString(), object.value(QLatin1String("hintEn")).toString()};
        for (const QJsonValue &tableId : object.value(QLatin1String("tables")).toArray()) {
            TableDef *table = const_cast<TableDef *>(format->table(tableId.toString()));
            if (!table) {
                *error = Text::tr("section %1 names an unknown table %2").arg(section.id, tableId.toString());
                return nullptr;
            }
            table->sectionId = section.id;
            section.tableIds << table->id;
        }
        format->m_sections.push_back(section);
    }

    if (!format->buildCells(error) || !format->buildRules(root.value(QLatin1String("rules")).toArray(), error))
        return nullptr;
    return format;
}

bool FormatDefinition::buildCells(QString *error)
{
    for (const auto &tablePtr : m_tables) {
        TableDef &table = *tablePtr;
        if (table.sectionId.isEmpty()) {
            *error = Text::tr("table %1 belongs to no section").arg(table.id);
            return false;
        }
        table.firstCell = int(m_cells.size());
        for (const HeaderNode *row : std::as_const(table.leafRows)) {
            for (const HeaderNode *column : std::as_const(table.leafColumns)) {
                CellDef cell;
                cell.key = table.id + QLatin1Char('.') + row->id + QLatin1Char('.') + column->id;
                cell.index = int(m_cells.size());
                cell.table = &table;
                cell.row = row;
                cell.column = column;
                cell.kind = row->kind.value_or(column->kind.value_or(ValueKind::Count));
                cell.notApplicableAllowed = row->notApplicableAllowed || column->notApplicableAllowed;
                cell.units = row->units.isEmpty() ? column->units : row->units;
                if (m_cellIndex.contains(cell.key)) {
                    *error = Text::tr("cell key %1 occurs twice").arg(cell.key);
                    return false;
                }
                m_cellIndex.insert(cell.key, cell.index);
                m_cellIndexUtf8.insert(cell.key.toUtf8(), cell.index);
                m_cells.push_back(cell);
            }
        }
    }

    // A total sums the input leaves of the group it names, along its own dimension: a total column
    // adds up its row, a total row its column. Where both meet (（七）总计 × 总计) the column wins;
    // the two sums are equal by construction.
    for (CellDef &cell : m_cells) {
        const TableDef &table = *cell.table;
        const bool columnTotal = cell.column->isComputed();
        const HeaderNode *total = columnTotal ? cell.column : cell.row;
        if (!total->isComputed())
            continue;
        const HeaderNode &root = columnTotal ? table.columns : table.rows;
        const HeaderNode *group = total->sumOf == QLatin1String("*") ? &root : root.find(total->sumOf);
        if (!group) {
            *error = Text::tr("total %1 sums an unknown group %2").arg(cell.key, total->sumOf);
            return false;
        }
        const QVector<const HeaderNode *> &leaves = columnTotal ? table.leafColumns : table.leafRows;
        for (const HeaderNode *part : group->inputLeaves()) {
            const int at = int(leaves.indexOf(part));
            const int partRow = columnTotal ? int(table.leafRows.indexOf(cell.row)) : at;
            const int partColumn = columnTotal ? at : int(table.leafColumns.indexOf(cell.column));
            cell.parts << table.cellIndex(partRow, partColumn);
        }
    }

    // Order the totals so that each comes after every total it reads, then record for every cell the
    // totals that must be recomputed when it changes.
    QSet<int> placed;
    std::function<void(int)> place = [&](int index) {
        if (placed.contains(index))
            return;
        for (int part : std::as_const(m_cells[size_t(index)].parts)) {
            if (m_cells[size_t(part)].isComputed())
                place(part);
        }
        placed.insert(index);
        m_computedOrder << index;
    };
    for (const CellDef &cell : m_cells) {
        if (cell.isComputed())
            place(cell.index);
    }
    m_dependentTotals.resize(m_cells.size());
    // Dependents by forward propagation: walking totals in order, a cell feeds a total if it is one of
    // its parts or feeds one of its parts.
    std::vector<QSet<int>> feeds(m_cells.size());
    for (int total : std::as_const(m_computedOrder)) {
        QSet<int> inputs;
        for (int part : std::as_const(m_cells[size_t(total)].parts)) {
            inputs.insert(part);
            inputs.unite(feeds[size_t(part)]);
        }
        feeds[size_t(total)] = inputs;
        for (int input : std::as_const(inputs))
            m_dependentTotals[size_t(input)] << total;
    }
    for (const CellDef &cell : m_cells) {
        if (!cell.units.isEmpty())
            m_defaultUnits.insert(cell.key, cell.units.first());
    }
    for (const CellDef &cell : m_cells) {
        m_cellsInKeyOrder << cell.index;
        m_cellKeysUtf8.push_back(cell.key.toUtf8());
    }
    std::sort(m_cellsInKeyOrder.begin(), m_cellsInKeyOrder.end(),
              [this](int a, int b) { return m_cells[size_t(a)].key < m_cells[size_t(b)].key; });
    return true;
}

bool FormatDefinition::buildRules(const QJsonArray &rules, QString *error)
{
    if (!compileRules(*this, rules, &m_instances, error))
        return false;
    m_instancesReading.resize(m_cells.size());
    for (int i = 0; i < int(m_instances.size()); ++i) {
        QSet<int> seen;
        for (int cell : std::as_const(m_instances[size_t(i)].cells)) {
            if (!seen.contains(cell)) {
                seen.insert(cell);
                m_instancesReading[size_t(cell)] << i;
            }
        }
    }
    return true;
}

const SectionDef *FormatDefinition::section(const QString &id) const
{
    for (const SectionDef &section : m_sections) {
        if (section.id == id)
            return &section;
    }
    return nullptr;
}

QVector<const TableDef *> FormatDefinition::tables() const
{
    QVector<const TableDef *> result;
    for (const auto &table : m_tables)
        result << table.get();
    return result;
}

const TableDef *FormatDefinition::table(const QString &id) const
{
    for (const auto &table : m_tables) {
        if (table->id == id)
            return table.get();
    }
    return nullptr;
}

QString FormatDefinition::cellLabel(int index, Language language) const
{
    const CellDef &c = cell(index);
    QStringList parts;
    if (const SectionDef *s = section(c.table->sectionId))
        parts << s->heading.in(language).section(language == Language::Chinese ? QStringLiteral("、") : QStringLiteral(". "), 0, 0);
    if (!c.table->caption.zh.isEmpty())
        parts << c.table->caption.in(language);
    // Group labels give the context a leaf label lacks (“1.属于国家秘密” under “（三）不予公开”).
    QStringList rowPath;
    for (const HeaderNode *node = c.row; node && node->parent; node = node->parent)
        rowPath.prepend(node->label.in(language));
    rowPath.removeAll(QString());
    if (!rowPath.isEmpty())
        parts << rowPath.join(QLatin1Char(' '));
    QStringList columnPath;
    for (const HeaderNode *node = c.column; node && node->parent; node = node->parent)
        columnPath.prepend(node->label.in(language));
    columnPath.removeAll(QString());
    parts << columnPath.join(QLatin1Char(' '));
    return parts.join(QStringLiteral(" · "));
}

} // namespace nb
