#pragma once

#include "formatregistry.h"
#include "report.h"

#include <QStringList>

// Builds a report from "key=value; key=value" for rule tables: "/" is not applicable, other values
// are whole numbers (amounts in their unit).
inline nb::Report reportFrom(const QString &formatId, int year, const QString &cells)
{
    nb::Report report(nb::FormatRegistry::builtin().format(formatId));
    report.setYear(year);
    for (const QString &assignment : cells.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = assignment.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = assignment.section(QLatin1Char('='), 1).trimmed();
        const int cell = report.format().indexOf(QStringLiteral("s") + key);
        Q_ASSERT_X(cell >= 0, "reportFrom", qPrintable(key));
        const qint64 scale = report.format().cell(cell).kind == nb::ValueKind::Amount ? nb::AmountScale : 1;
        report.setValue(cell, value == QLatin1String("/") ? nb::CellValue::notApplicable()
                                                          : nb::CellValue::number(value.toLongLong() * scale));
    }
    return report;
}
