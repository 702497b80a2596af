#pragma once

#include <QString>
#include <QVector>

namespace nb {

class FormatDefinition;
class Report;
class Validator;
struct Finding;
struct SectionDef;

// How far a section is, for the navigation: nothing entered yet; some cells still blank; entered with
// warnings left; an error in one of its cells (or, for a narrative, in its text); entered in full and
// clean.
enum class SectionState { Untouched, Incomplete, InProgress, HasErrors, Complete };

// Figures a new year's report starts with (上年结转, carried from last year) are not the clerk's work:
// a section holding only those is still Untouched, and the rules they do not satisfy yet (nothing else
// is typed) do not mark it as having errors.
SectionState sectionState(const Report &report, const Validator &validator, const SectionDef &section);

// Every section's state at once, in the order of format().sections(), from the findings as the
// validator has them: one pass over the cells and one over the findings, for the editor that shows all
// of them after every edit (the same answers as sectionState, section by section).
QVector<SectionState> sectionStates(const Report &report, const QVector<Finding> &findings);

// The sections a finding counts against, one bit per section in the order of format.sections(): a
// narrative's own section (the introduction is part of 一), else the section of every cell it marks.
quint64 sectionsOfFinding(const Finding &finding, const FormatDefinition &format);

} // namespace nb
