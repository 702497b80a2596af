#include "consolidation.h"

#include "clampedsum.h"

#include <QCoreApplication>

namespace nb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Consolidation)
};

} // namespace

qint64 unitFactor(const QString &unit)
{
    if (unit == QStringLiteral("元"))
        return 1;
    if (unit == QStringLiteral("万元"))
        return 10000;
    return 0;
}

std::optional<Consolidation> Consolidation::of(QVector<ConsolidationMember> members, const QString &title, QString *error)
{
    if (members.isEmpty()) {
        *error = Text::tr("no reports were chosen");
        return std::nullopt;
    }
    const Report &first = members.first().report;
    for (const ConsolidationMember &member : members) {
        if (member.report.year() != first.year() || member.report.format().id() != first.format().id()) {
            *error = Text::tr("%1's report is of %2 (%3), the others of %4 (%5): only reports of one year are summed")
                         .arg(member.report.agency().name)
                         .arg(member.report.year())
                         .arg(member.report.format().id())
                         .arg(first.year())
                         .arg(first.format().id());
            return std::nullopt;
        }
    }
    Report total(first.formatPointer());
    total.setYear(first.year());
    const FormatDefinition &format = first.format();
    // An amount is summed in the unit all members used, or in the smallest one when they differ: 元 to
    // 万元 would round, 万元 to 元 is exact.
    for (int cell = 0; cell < format.cellCount(); ++cell) {
        if (format.cell(cell).units.size() < 2)
            continue;
        QString unit = first.unit(cell);
        for (const ConsolidationMember &member : members) {
            const QString theirs = member.report.unit(cell);
            if (theirs != unit && unitFactor(theirs) > 0 && unitFactor(theirs) < unitFactor(unit))
                unit = theirs;
        }
        total.setUnit(cell, unit);
    }
    Consolidation result(std::move(total));
    result.m_members = std::move(members);
    result.setTitle(title);
    // Inputs only: the total's own totals compute from them, as in any report.
    for (int cell = 0; cell < format.cellCount(); ++cell) {
        if (format.cell(cell).isComputed())
            continue;
        bool anyNumber = false;
        bool anyNotApplicable = false;
        qint64 sum = 0;
        for (const ConsolidationMember &member : result.m_members) {
            const CellValue &value = member.report.value(cell);
            anyNumber = anyNumber || value.isNumber();
            anyNotApplicable = anyNotApplicable || value.isNotApplicable();
            sum = addClamped(sum, result.shareOf(member, cell));
        }
        if (anyNumber)
            result.m_total.setValue(cell, CellValue::number(sum));
        else if (anyNotApplicable)
            result.m_total.setValue(cell, CellValue::notApplicable());
    }
    return result;
}

void Consolidation::setTitle(const QString &title)
{
    m_total.setAgency({title.isEmpty() ? Text::tr("%n agencies", nullptr, int(m_members.size())) : title, {}, {}, {}, {}, {}, {}, {}});
}

qint64 Consolidation::shareOf(const ConsolidationMember &member, int cell) const
{
    const qint64 number = member.report.number(cell);
    if (m_total.format().cell(cell).units.isEmpty())
        return number;
    const qint64 theirs = unitFactor(member.report.unit(cell));
    const qint64 ours = unitFactor(m_total.unit(cell));
    return theirs > 0 && ours > 0 ? number * theirs / ours : number;
}

QVector<Consolidation::Share> Consolidation::shares(int cell) const
{
    QVector<Share> list;
    list.reserve(m_members.size());
    for (int i = 0; i < m_members.size(); ++i)
        list.append({i, m_members.at(i).report.value(cell), shareOf(m_members.at(i), cell)});
    return list;
}

QString Consolidation::shareText(int cell, const Share &share) const
{
    const CellDef &def = m_total.format().cell(cell);
    if (share.value.isNotApplicable())
        return QStringLiteral("/");
    if (share.value.isBlank() && !def.isComputed())
        return QString();
    return def.kind == ValueKind::Amount ? formatAmount(share.number) : QString::number(share.number);
}

} // namespace nb
