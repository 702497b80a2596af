#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

// What no person could mean, defined once for every door a report comes in by (JSON, CSV, the dialogs,
// the command line): a clear message instead of a file that costs gigabytes or a name that forges lines.
namespace nb::limits {

// A report year: the disclosure regulation took effect in 2008; past 2100 is a typing error.
constexpr int FirstYear = 2008;
constexpr int LastYear = 2100;
bool isPlausibleYear(qint64 year);
QString implausibleYear(qint64 year); // the message

// Real sections are under 20 000 characters; five times that is no report a person writes.
constexpr int MaxNarrativeLength = 100000;
// Empty when the text may be a narrative; else why not (its length, and the limit).
QString narrativeProblem(const QString &text);

// Input files: a report's JSON or CSV is some hundred kilobytes; a published PDF a few megabytes.
constexpr qint64 MaxTextFileBytes = 20 * 1024 * 1024;
constexpr qint64 MaxPdfFileBytes = 100 * 1024 * 1024;
// Empty when the file at path is at most maxBytes long (or cannot be sized: its reader says why); else why not.
QString fileSizeProblem(const QString &path, qint64 maxBytes);

// A one-line field (agency name, office, address, phone …) holds no control character (NUL, tab, line
// break), no bidirectional override (RLO, LRO, PDF, the isolates) and no zero-width character: each can
// make a name look like another, or forge lines. Empty when the text is clean; else which character and where.
QString oneLineProblem(const QString &text);

// Text files as Chinese offices save them: UTF-8 or UTF-16 by their byte-order mark, UTF-8 when valid,
// else GB18030 (WPS and Excel on a Chinese system) — but a file that is UTF-8 apart from a few bad bytes
// is not silently re-read as GB18030: *error names the encoding and the first bad byte's line and offset.
QString decodeText(const QByteArray &bytes, QString *error);

} // namespace nb::limits
