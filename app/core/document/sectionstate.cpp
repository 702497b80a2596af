#include "sectionstate.h"

#include "report.h"
#include "validator.h"

namespace nb {

namespace {

int sectionIndex(const FormatDefinition &format, const QString &sectionId)
{
    const std::vector<SectionDef> &sections = format.sections();
    for (size_t i = 0; i < sections.size(); ++i) {
        if (sections[i].id == sectionId)
            return int(i);
    }
    return -1;
}

// Cells a cross-year equality pins to last year's report (R6 上年结转, R7 上一年项目数量): the new year's
// report is begun with them filled in.
bool isCarriedCell(const FormatDefinition &format, int cell)
{
    for (int instance : format.instancesReading(cell)) {
        const RuleInstance &rule = format.ruleInstances()[size_t(instance)];
        if (rule.needsPreviousYear && rule.lhs.size() == 1 && rule.lhs.first().cells == QVector<int>{cell})
            return true;
    }
    return false;
}

} // namespace

quint64 sectionsOfFinding(const Finding &finding, const FormatDefinition &format)
{
    const auto bit = [](int index) { return index >= 0 && index < 64 ? quint64(1) << index : quint64(0); };
    if (!finding.part.isEmpty())
        return bit(sectionIndex(format, finding.part == QLatin1String("intro") ? QStringLiteral("s1") : finding.part));
    quint64 bits = 0;
    const TableDef *last = nullptr; // the cells of a finding are mostly of one table
    for (int cell : finding.cells) {
        const TableDef *table = format.cell(cell).table;
        if (table != last)
            bits |= bit(sectionIndex(format, table->sectionId));
        last = table;
    }
    return bits;
}

QVector<SectionState> sectionStates(const Report &report, const QVector<Finding> &findings)
{
    const FormatDefinition &format = report.format();
    const std::vector<SectionDef> &sections = format.sections();
    const int count = int(sections.size());
    QVector<bool> typed(count, false); // by the clerk: not only figures carried from last year
    QVector<bool> blank(count, false);
    QVector<bool> error(count, false);
    QVector<bool> warning(count, false);

    int section = -1;
    const TableDef *table = nullptr;
    for (int cell = 0; cell < format.cellCount(); ++cell) {
        const CellDef &def = format.cell(cell);
        if (def.table != table) { // cells are numbered table by table
            table = def.table;
            section = sectionIndex(format, table->sectionId);
        }
        if (section < 0 || def.isComputed())
            continue;
        if (report.value(cell).isBlank())
            blank[section] = true;
        else if (!typed[section] && !isCarriedCell(format, cell))
            typed[section] = true;
    }
    for (const Finding &finding : findings) {
        const quint64 bits = sectionsOfFinding(finding, format);
        for (int i = 0; i < count && i < 64; ++i) {
            if (bits & (quint64(1) << i))
                (finding.severity == Severity::Error ? error : warning)[i] = true;
        }
    }

    QVector<SectionState> states(count, SectionState::Untouched);
    for (int i = 0; i < count; ++i) {
        const SectionDef &def = sections[size_t(i)];
        if (def.kind == SectionDef::Kind::Narrative) {
            const bool written = !report.narrative(def.id).trimmed().isEmpty()
                                 || (def.id == QLatin1String("s1") && !report.narrative(QStringLiteral("intro")).isEmpty());
            if (error[i])
                states[i] = SectionState::HasErrors;
            else if (!written)
                states[i] = SectionState::Untouched;
            else
                states[i] = warning[i] ? SectionState::InProgress : SectionState::Complete;
            continue;
        }
        if (!typed[i])
            states[i] = SectionState::Untouched;
        else if (error[i])
            states[i] = SectionState::HasErrors;
        else if (warning[i])
            states[i] = SectionState::InProgress;
        else
            states[i] = blank[i] ? SectionState::Incomplete : SectionState::Complete;
    }
    return states;
}

SectionState sectionState(const Report &report, const Validator &validator, const SectionDef &section)
{
    const QVector<SectionState> states = sectionStates(report, validator.findings());
    const std::vector<SectionDef> &sections = report.format().sections();
    for (size_t i = 0; i < sections.size(); ++i) {
        if (sections[i].id == section.id)
            return states[int(i)];
    }
    return SectionState::Untouched;
}

} // namespace nb
