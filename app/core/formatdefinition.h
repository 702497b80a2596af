#pragma once

#include "cellvalue.h"
#include "localizedtext.h"
#include "ruleinstance.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>
#include <vector>

namespace nb {

// One node of a table's row or column header tree. Leaves carry cells; groups are labels that span
// their children (“三、本年度办理结果”, “法人或其他组织”, the caption “申请人情况”).
struct HeaderNode
{
    QString id;
    LocalizedText label;
    QString shortLabel;  // the wording used in rule messages; empty means the label
    QString sumOf;       // non-empty: this leaf is a computed total of the group with that id ("*": all)
    std::optional<ValueKind> kind;
    bool notApplicableAllowed = false;
    QStringList units;   // amount units the clerk may choose from (the first is the default)
    std::vector<HeaderNode> children;
    const HeaderNode *parent = nullptr;

    bool isLeaf() const { return children.empty(); }
    bool isComputed() const { return !sumOf.isEmpty(); }
    QString messageLabel(Language language) const;
    // Leaves under this node, computed totals left out: what a sum over this group adds up.
    QVector<const HeaderNode *> inputLeaves() const;
    const HeaderNode *find(const QString &nodeId) const;
    int depth() const;  // levels of nodes below this one (0 for a leaf)
};

struct TableDef
{
    QString id;
    QString sectionId;
    LocalizedText caption; // “第二十条第（一）项”; empty for section 三 and 四
    LocalizedText corner;  // the top-left header cell (“信息内容”, the 勾稽 note)
    HeaderNode rows;       // root: its own label is not printed
    HeaderNode columns;    // root: a non-empty label is a header spanning every column (“申请人情况”)
    QVector<const HeaderNode *> leafRows;
    QVector<const HeaderNode *> leafColumns;
    int firstCell = 0;     // cells are numbered row by row, in reading order

    int cellIndex(int leafRow, int leafColumn) const;
};

struct CellDef
{
    QString key; // "<table>.<row>.<column>", the same in every layer and in every format that has the cell
    int index = -1;
    const TableDef *table = nullptr;
    const HeaderNode *row = nullptr;
    const HeaderNode *column = nullptr;
    ValueKind kind = ValueKind::Count;
    bool notApplicableAllowed = false;
    QStringList units;
    QVector<int> parts; // for a computed total: the cells it adds up; empty for an input cell

    bool isComputed() const { return !parts.isEmpty(); }
};

struct SectionDef
{
    enum class Kind { Narrative, Tables };
    QString id;
    Kind kind = Kind::Narrative;
    LocalizedText heading;
    LocalizedText hint;
    QStringList tableIds;
};

// One version of the national format, loaded from its data file in resources/formats. Every layer —
// forms, rules, storage, export — reads the structure from here; nothing else knows a label or a key.
class FormatDefinition
{
public:
    // Parses and checks a format file; on any inconsistency returns null and says why in *error.
    static std::shared_ptr<const FormatDefinition> fromJson(const QByteArray &json, QString *error);

    FormatDefinition(const FormatDefinition &) = delete;
    FormatDefinition &operator=(const FormatDefinition &) = delete;

    const QString &id() const { return m_id; }
    const LocalizedText &name() const { return m_name; }
    const QString &issuedBy() const { return m_issuedBy; }
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; } // 0: still current

    const std::vector<SectionDef> &sections() const { return m_sections; }
    const SectionDef *section(const QString &id) const;
    QVector<const TableDef *> tables() const;
    const TableDef *table(const QString &id) const;

    int cellCount() const { return int(m_cells.size()); }
    const CellDef &cell(int index) const { return m_cells[size_t(index)]; }
    int indexOf(const QString &key) const { return m_cellIndex.value(key, -1); }
    // The same for a key in UTF-8 (as a database hands it over), without making a QString of it.
    int indexOfUtf8(QByteArrayView key) const
    {
        return m_cellIndexUtf8.value(QByteArray::fromRawData(key.data(), key.size()), -1);
    }
    const QByteArray &cellKeyUtf8(int index) const { return m_cellKeysUtf8[size_t(index)]; }
    // “三、一、本年新收政府信息公开申请数量 · 自然人”: where a cell is, in the format's own words.
    QString cellLabel(int index, Language language) const;

    // Computed totals that depend on a cell, directly or through other totals, in the order they must
    // be recomputed.
    const QVector<int> &dependentTotals(int index) const { return m_dependentTotals[size_t(index)]; }
    const QVector<int> &computedCells() const { return m_computedOrder; }
    // Every amount cell's first unit by key: a new report's units, shared (not rebuilt per report).
    const QMap<QString, QString> &defaultUnits() const { return m_defaultUnits; }
    // The cells' indexes in the order of their keys as QString compares them (the order a report's JSON
    // lists them in, which its signature digest depends on).
    const QVector<int> &cellsInKeyOrder() const { return m_cellsInKeyOrder; }

    const std::vector<RuleInstance> &ruleInstances() const { return m_instances; }
    // The rule instances that read a cell (directly; totals are listed as the cells they are).
    const QVector<int> &instancesReading(int index) const { return m_instancesReading[size_t(index)]; }

private:
    FormatDefinition() = default;
    bool buildCells(QString *error);
    bool buildRules(const QJsonArray &rules, QString *error);

    QString m_id;
    LocalizedText m_name;
    QString m_issuedBy;
    int m_firstYear = 0;
    int m_lastYear = 0;
    std::vector<SectionDef> m_sections;
    std::vector<std::unique_ptr<TableDef>> m_tables;
    std::vector<CellDef> m_cells;
    QHash<QString, int> m_cellIndex;
    QHash<QByteArray, int> m_cellIndexUtf8;
    std::vector<QByteArray> m_cellKeysUtf8;
    std::vector<QVector<int>> m_dependentTotals;
    QVector<int> m_computedOrder;
    QMap<QString, QString> m_defaultUnits;
    QVector<int> m_cellsInKeyOrder;
    std::vector<RuleInstance> m_instances;
    std::vector<QVector<int>> m_instancesReading;
};

} // namespace nb
