#pragma once

#include <QString>

namespace nb {

class Report;
class Validator;
struct SectionDef;

// How far a section is, for the navigation: nothing entered yet; entered with warnings left; an error
// in one of its cells; entered and clean.
enum class SectionState { Untouched, InProgress, HasErrors, Complete };

SectionState sectionState(const Report &report, const Validator &validator, const SectionDef &section);

} // namespace nb
