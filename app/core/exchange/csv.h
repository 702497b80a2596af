#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace nb {

// RFC 4180 CSV as Excel and WPS read it: UTF-8 with a byte-order mark (without it Excel takes Chinese
// text for the local code page), CRLF line ends, a field quoted when it holds a comma, quote or line break.
// A text a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage return, and
// is not a plain number) is written behind an apostrophe; readCsv takes that apostrophe off again.
QByteArray writeCsv(const QVector<QStringList> &rows);

// Reads CSV text back: quoted fields with doubled quotes and line breaks, CRLF or LF. The bytes are
// decoded by limits::decodeText (UTF-8/UTF-16 by their mark, else GB18030, what WPS and Excel save on a
// Chinese system), so a sheet saved back by either reads the same; a UTF-8 file with a bad byte, or more
// lines and fields than any report's sheet, is refused with *error saying where.
QVector<QStringList> readCsv(const QByteArray &bytes, QString *error);

} // namespace nb
