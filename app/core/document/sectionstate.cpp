#include "sectionstate.h"

#include "report.h"
#include "validator.h"

namespace nb {

namespace {

// The section a finding belongs to: a narrative's own section (the introduction is part of 一), else
// the section of the first cell it marks.
bool findingIn(const Finding &finding, const FormatDefinition &format, const QString &sectionId)
{
    if (!finding.part.isEmpty()) {
        const QString owner = finding.part == QLatin1String("intro") ? QStringLiteral("s1") : finding.part;
        return owner == sectionId;
    }
    return std::any_of(finding.cells.begin(), finding.cells.end(),
                       [&](int cell) { return format.cell(cell).table->sectionId == sectionId; });
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

SectionState sectionState(const Report &report, const Validator &validator, const SectionDef &section)
{
    const FormatDefinition &format = report.format();
    bool narrativeWarning = false;
    if (section.kind == SectionDef::Kind::Narrative) {
        const bool written = !report.narrative(section.id).trimmed().isEmpty()
                             || (section.id == QLatin1String("s1") && !report.narrative(QStringLiteral("intro")).isEmpty());
        for (const Finding &finding : validator.findings()) {
            if (!findingIn(finding, format, section.id))
                continue;
            if (finding.severity == Severity::Error)
                return SectionState::HasErrors;
            narrativeWarning = true;
        }
        if (!written)
            return SectionState::Untouched;
        return narrativeWarning ? SectionState::InProgress : SectionState::Complete;
    }
    bool typed = false; // by the clerk: not only figures carried from last year
    bool blank = false;
    for (int cell = 0; cell < format.cellCount(); ++cell) {
        const CellDef &def = format.cell(cell);
        if (def.table->sectionId != section.id || def.isComputed())
            continue;
        if (report.value(cell).isBlank())
            blank = true;
        else if (!isCarriedCell(format, cell))
            typed = true;
    }
    if (!typed)
        return SectionState::Untouched;
    bool warning = false;
    for (const Finding &finding : validator.findings()) {
        if (!findingIn(finding, format, section.id))
            continue;
        if (finding.severity == Severity::Error)
            return SectionState::HasErrors;
        warning = true;
    }
    if (warning)
        return SectionState::InProgress;
    return blank ? SectionState::Incomplete : SectionState::Complete;
}

} // namespace nb
