#include "sectionstate.h"

#include "report.h"
#include "validator.h"

namespace nb {

SectionState sectionState(const Report &report, const Validator &validator, const SectionDef &section)
{
    if (section.kind == SectionDef::Kind::Narrative) {
        const bool written = !report.narrative(section.id).trimmed().isEmpty()
                             || (section.id == QLatin1String("s1") && !report.narrative(QStringLiteral("intro")).isEmpty());
        return written ? SectionState::Complete : SectionState::Untouched;
    }
    const FormatDefinition &format = report.format();
    auto inSection = [&](int cell) { return format.cell(cell).table->sectionId == section.id; };
    bool entered = false;
    for (int cell = 0; cell < format.cellCount() && !entered; ++cell)
        entered = inSection(cell) && !report.value(cell).isBlank();
    bool warning = false;
    for (const Finding &finding : validator.findings()) {
        if (!std::any_of(finding.cells.begin(), finding.cells.end(), inSection))
            continue;
        if (finding.severity == Severity::Error)
            return SectionState::HasErrors;
        warning = true;
    }
    if (!entered)
        return SectionState::Untouched;
    return warning ? SectionState::InProgress : SectionState::Complete;
}

} // namespace nb
