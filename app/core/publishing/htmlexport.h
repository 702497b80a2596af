#pragma once

#include <QByteArray>

namespace nb {

class Report;
struct PublishOptions;

// The published report as a web page: HTML5 in UTF-8 that a government site's CMS takes as it is and a
// screen reader can navigate (GB/T 37668, WCAG 2.1 AA) — lang="zh-CN", a heading per section, tables
// with <caption>, <thead>, header cells with their scope and the official merged cells as
// rowspan/colspan, one small stylesheet in the head (no inline styles, no fonts named), readable on a
// phone (viewport; a wide table scrolls sideways in its own region, reachable by keyboard). Every text
// of the report is escaped. The same tables as the PDF (publishedtable.h), in Chinese.
QByteArray publishedHtml(const Report &report, const PublishOptions &options);

} // namespace nb
