#include "xlsxfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <xlsxwriter.h>

namespace nb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Xlsx)
};

} // namespace

bool writeXlsx(const QString &path, const QVector<XlsxSheet> &sheets, QString *error)
{
    // libxlsxwriter skips a text longer than a cell holds and stops a text at a NUL, and says so only in
    // a return value: such a workbook would lose text without a word. Refused before a file is made.
    constexpr int MaxCellCharacters = 32767; // Excel's limit
    for (const XlsxSheet &sheet : sheets) {
        for (int r = 0; r < sheet.rows.size(); ++r) {
            for (int c = 0; c < sheet.rows.at(r).size(); ++c) {
                const QString &text = sheet.rows.at(r).at(c).text;
                const QString where = Text::tr("sheet “%1”, row %2, column %3").arg(sheet.name).arg(r + 1).arg(c + 1);
                if (text.size() > MaxCellCharacters) {
                    *error = Text::tr("%1: the text is %2 characters long, and an Excel cell holds at most %3; "
                                      "nothing was written. Export as CSV instead.")
                                 .arg(where)
                                 .arg(text.size())
                                 .arg(MaxCellCharacters);
                    return false;
                }
                if (text.contains(QChar(0))) {
                    *error = Text::tr("%1: the text holds a NUL character, which an Excel cell cannot; nothing was written.").arg(where);
                    return false;
                }
            }
        }
    }
    // libxlsxwriter writes straight to the path; a temporary name keeps an older file whole until the
    // new one is complete.
    const QString partial = path + QStringLiteral(".part");
    lxw_workbook *workbook = workbook_new(QFile::encodeName(partial).constData());
    if (!workbook) {
        *error = Text::tr("cannot create %1").arg(QDir::toNativeSeparators(path));
        return false;
    }
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_CENTER);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_border(header, LXW_BORDER_THIN);
    lxw_format *value = workbook_add_format(workbook);
    format_set_border(value, LXW_BORDER_THIN);
    format_set_align(value, LXW_ALIGN_CENTER);
    lxw_format *label = workbook_add_format(workbook);
    format_set_text_wrap(label);
    format_set_border(label, LXW_BORDER_THIN);

    bool written = true;
    for (const XlsxSheet &sheet : sheets) {
        lxw_worksheet *worksheet = workbook_add_worksheet(workbook, sheet.name.left(31).toUtf8().constData());
        worksheet_set_column(worksheet, 0, 0, 36, nullptr);
        worksheet_set_column(worksheet, 1, 40, 12, nullptr);
        for (int r = 0; r < sheet.rows.size(); ++r) {
            const SheetRow &row = sheet.rows.at(r);
            for (int c = 0; c < row.size(); ++c) {
                const SheetCell &cell = row.at(c);
                const QByteArray text = cell.text.toUtf8();
                if (cell.rowSpan > 1 || cell.columnSpan > 1) {
                    written = written && LXW_NO_ERROR == worksheet_merge_range(worksheet, lxw_row_t(r), lxw_col_t(c), lxw_row_t(r + cell.rowSpan - 1),
                                          lxw_col_t(c + cell.columnSpan - 1), text.constData(), header);
                    continue;
                }
                if (cell.text.isEmpty() && cell.cell < 0)
                    continue;
                bool isNumber = false;
                const double number = cell.cell >= 0 ? QString(cell.text).remove(QLatin1Char('+')).toDouble(&isNumber) : 0;
                // Text goes in as a string, never a formula: “=cmd|…” is shown, not run.
                if (isNumber)
                    written = written && LXW_NO_ERROR == worksheet_write_number(worksheet, lxw_row_t(r), lxw_col_t(c), number, value);
                else
                    written = written && LXW_NO_ERROR == worksheet_write_string(worksheet, lxw_row_t(r), lxw_col_t(c), text.constData(),
                                           cell.cell >= 0 ? value : cell.header ? header : row.size() > 1 ? label : nullptr);
            }
        }
    }
    const lxw_error closed = workbook_close(workbook);
    if (!written) {
        QFile::remove(partial);
        *error = Text::tr("cannot write %1: a cell could not be written").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (closed != LXW_NO_ERROR) {
        QFile::remove(partial);
        *error = Text::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(closed)));
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        *error = Text::tr("cannot write %1").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

} // namespace nb
