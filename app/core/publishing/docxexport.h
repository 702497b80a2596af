#pragma once

#include <QByteArray>
#include <QString>

namespace nb {

class Report;
struct PublishOptions;

// The published report as a Word document (.docx, WordprocessingML), written part by part from the same
// printed tables as the PDF and the web page: merged headers as Word merges them (gridSpan, vMerge), the
// faces of a government document named as Word knows them (仿宋 text, 宋体 tables, 黑体 headings,
// 小标宋 title), A4 portrait, paragraphs indented two characters, the 落款 right-aligned, and the pale
// diagonal 草稿 on every page of a draft. Empty with *error set when the archive cannot be made.
QByteArray publishedDocx(const Report &report, const PublishOptions &options, QString *error);

} // namespace nb
