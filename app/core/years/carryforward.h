#pragma once

#include "report.h"

#include <QString>
#include <QVector>

#include <memory>

namespace nb {

// A figure a new report took from last year's, and the cross-year rule that ties the two.
struct CarriedValue
{
    int cell = -1;
    QString ruleId;
    qint64 value = 0;
};

struct NewYearReport
{
    Report report;
    QVector<CarriedValue> carried; // in the order of the format's rules
};

// This year's report begun from last year's report of the same agency. The contact details and the
// agency's own section headings are copied; every input cell that a cross-year equality of this year's
// format pins to last year (R6 上年结转 ← 结转下年度继续办理, R7 上一年项目数量 ← last year's + 本年增/减,
// R9 现行有效件数 ← last year's, before this year's 制发/废止) is prefilled with the value that satisfies
// it. What carries is therefore the rules' data, not a list kept here: a format year that adds a
// cross-year rule carries its cell too. The formats may differ (2020 → 2021): a term whose key last
// year's format lacks carries nothing.
NewYearReport beginFromLastYear(const Report &last, int year, std::shared_ptr<const FormatDefinition> format);

} // namespace nb
