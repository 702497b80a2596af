#pragma once

#include "reportsheet.h"

#include <QString>
#include <QVector>

namespace nb {

struct XlsxSheet
{
    QString name; // at most 31 characters, no []:*?/\ (Excel's rule)
    QVector<SheetRow> rows;
};

// Writes sheets to an .xlsx workbook through libxlsxwriter: headers merged and bold as laid out, figures
// as numbers (so the spreadsheet can sum them), "/" and labels as text.
bool writeXlsx(const QString &path, const QVector<XlsxSheet> &sheets, QString *error);

} // namespace nb
