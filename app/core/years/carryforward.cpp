#include "carryforward.h"

#include "validator.h"

namespace nb {

NewYearReport beginFromLastYear(const Report &last, int year, std::shared_ptr<const FormatDefinition> format)
{
    NewYearReport result{Report(format), {}};
    Report &report = result.report;
    report.setYear(year);
    report.setAgency(last.agency());
    report.setZerosBlank(last.zerosBlank());
    for (auto it = last.headings().begin(); it != last.headings().end(); ++it) {
        if (format->section(it.key()))
            report.setHeading(it.key(), it.value());
    }
    if (last.year() != year - 1)
        return result; // the cross-year rules compare with the year just before only

    const Validator validator(report, &last);
    const std::vector<RuleInstance> &rules = format->ruleInstances();
    for (int i = 0; i < int(rules.size()); ++i) {
        if (!rules[size_t(i)].needsPreviousYear)
            continue;
        const std::optional<qint64> value = validator.valueThatSatisfies(i);
        // Zero stays blank (a blank counts as 0); a negative count is last year's mistake, left to R7.
        if (!value || *value <= 0)
            continue;
        const int cell = rules[size_t(i)].lhs.first().cells.first();
        if (!report.value(cell).isBlank())
            continue;
        report.setValue(cell, CellValue::number(*value));
        result.carried.append({cell, rules[size_t(i)].ruleId, *value});
    }
    return result;
}

} // namespace nb
