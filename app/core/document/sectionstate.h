#pragma once

#include <QString>

namespace nb {

class Report;
class Validator;
struct SectionDef;

// How far a section is, for the navigation: nothing entered yet; some cells still blank; entered with
// warnings left; an error in one of its cells (or, for a narrative, in its text); entered in full and
// clean.
enum class SectionState { Untouched, Incomplete, InProgress, HasErrors, Complete };

// Figures a new year's report starts with (上年结转, carried from last year) are not the clerk's work:
// a section holding only those is still Untouched, and the rules they do not satisfy yet (nothing else
// is typed) do not mark it as having errors.
SectionState sectionState(const Report &report, const Validator &validator, const SectionDef &section);

} // namespace nb
