#include "report.h"

#include "clampedsum.h"

namespace nb {

bool Agency::operator==(const Agency &other) const
{
    return name == other.name && office == other.office && address == other.address && postcode == other.postcode
           && phone == other.phone && fax == other.fax && email == other.email && website == other.website;
}

Report::Report(std::shared_ptr<const FormatDefinition> format)
    : m_format(std::move(format))
    , m_units(m_format->defaultUnits()) // every amount cell records its unit from the start, so a file always says 元 or 万元
    , m_values(size_t(m_format->cellCount()))
    , m_effective(size_t(m_format->cellCount()), 0)
{
}

void Report::setNarrative(const QString &part, const QString &text)
{
    if (text.isEmpty())
        m_narratives.remove(part);
    else
        m_narratives.insert(part, text);
}

void Report::setHeading(const QString &sectionId, const QString &text)
{
    if (text.isEmpty())
        m_headings.remove(sectionId);
    else
        m_headings.insert(sectionId, text);
}

QString Report::unit(int cell) const
{
    return m_units.value(m_format->cell(cell).key);
}

void Report::setUnit(int cell, const QString &unit)
{
    const CellDef &def = m_format->cell(cell);
    if (def.units.contains(unit))
        m_units.insert(def.key, unit);
}

qint64 Report::computeNumber(int cell) const
{
    const CellDef &def = m_format->cell(cell);
    const CellValue &stored = m_values[size_t(cell)];
    if (!def.isComputed() || !stored.isBlank())
        return stored.numberOrZero();
    qint64 sum = 0;
    for (int part : def.parts)
        sum = addClamped(sum, m_effective[size_t(part)]);
    return sum;
}

QVector<int> Report::setValue(int cell, const CellValue &value)
{
    m_values[size_t(cell)] = value;
    QVector<int> changed{cell};
    m_effective[size_t(cell)] = computeNumber(cell);
    for (int total : m_format->dependentTotals(cell)) {
        m_effective[size_t(total)] = computeNumber(total);
        changed << total;
    }
    return changed;
}

void Report::recomputeNumbers()
{
    for (size_t i = 0; i < m_values.size(); ++i)
        m_effective[i] = m_values[i].numberOrZero();
    for (int total : m_format->computedCells())
        m_effective[size_t(total)] = computeNumber(total);
}

QString Report::displayText(int cell) const
{
    const CellDef &def = m_format->cell(cell);
    const CellValue &stored = m_values[size_t(cell)];
    if (def.isComputed() && stored.isBlank())
        return QString::number(m_effective[size_t(cell)]);
    return formatCellValue(stored, def.kind);
}

bool Report::operator==(const Report &other) const
{
    return m_format == other.m_format && m_year == other.m_year && m_agency == other.m_agency && m_agencyKind == other.m_agencyKind
           && m_date == other.m_date && m_zerosBlank == other.m_zerosBlank && m_narratives == other.m_narratives && m_headings == other.m_headings
           && m_units == other.m_units && m_values == other.m_values;
}

} // namespace nb
