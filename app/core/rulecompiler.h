#pragma once

#include "ruleinstance.h"

#include <vector>

class QJsonArray;
class QString;

namespace nb {

class FormatDefinition;

// Turns the rules of a format file into instances bound to cells.
//
// A rule is an expression over cell keys, "<lhs> <op> <rhs>" with op one of =, <=, >=; each side adds
// and subtracts terms:
//   s3.new.natural          one cell (a computed total stands for its value)
//   sum(s3.results.total)   the input leaves of a row or column group ("*" for all of them)
//   prev(s3.carry_out.$c)   a cell of last year's report (the instance is skipped without one)
//   year, 2020              the report year, a constant
// "each" binds $variables to the leaf rows or columns of a table ("rows:s3", "columns:s3") or to a
// list of strings, and the rule is instantiated once per binding. "kind": "domain" (R5) checks every
// cell's stored value against its kind instead of an expression.
bool compileRules(const FormatDefinition &format, const QJsonArray &rules, std::vector<RuleInstance> *instances,
                  QString *error);

} // namespace nb
