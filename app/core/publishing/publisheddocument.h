#pragma once

#include "publishedtable.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTextFormat>

#include <memory>

class QTextDocument;

namespace nb {

class Report;

struct PublishOptions
{
    bool zerosBlank = false; // print 0 as an empty cell, as many published reports do
    bool draft = true;       // not signed off: every page says 草稿
    // A report whose sign-off holds (see ReportReview::publishOptions) names its signatory at the end.
    QString signedBy;
    QDateTime signedAt;
    QString signerFingerprint; // of the key that signed, printed under the signatory
    int signedRevision = 0;    // the revision signed (第 N 版), printed beside the fingerprint; 0: not printed

    // The options a report asks for by its own settings.
    static PublishOptions of(const Report &report);
};

// A paragraph's first-line indent in points (two characters of its face, as official documents indent):
// setParagraphIndents() (pagerenderer.h) sets it in a layout's units, which QTextDocument takes it in.
constexpr int IndentPointsProperty = QTextFormat::UserProperty + 2;

// The size of body text, and of the published document's own face.
constexpr qreal BodyPointSize = 12;

// One block of the report as published, in reading order: a paragraph or a table. The one description
// of the printed report: the QTextDocument below (ODT) and the PDF's own page layout (pagecomposer.h)
// are both made from these blocks.
struct PublishedBlock
{
    enum class Kind { Paragraph, Table };
    Kind kind = Kind::Paragraph;
    QString text;             // a paragraph's; QChar::LineSeparator where a line must break
    qreal pointSize = 12;
    bool heading = false;     // the Hei face of headings and the title, else the Song face of text
    Qt::Alignment alignment = Qt::AlignLeft;
    qreal indentPoints = 0;   // the first line's indent (two characters of the face)
    // Space above and below, in the layout's units (a page's device pixels), as QTextBlockFormat's margins.
    qreal spaceBefore = 0;
    qreal spaceAfter = 4;
    int lineHeightPercent = 140;
    bool keepWithNext = false; // a heading or the spacer before a table: moved to a new page with what follows
    PublishedTable table;      // Kind::Table
};

// The report as published, block by block: title, introduction, the six sections with their narratives and
// tables, the closing lines.
QVector<PublishedBlock> publishedBlocks(const Report &report, const PublishOptions &options);

// The report as published, in the national layout: title, introduction, the six sections with the
// official tables (caption rows, merged two-level headers, the 勾稽 note, group labels), and the
// agency's name and date at the end: publishedBlocks() as a QTextDocument, for the ODT.
// The published document is always in Chinese, whatever the interface language.
std::unique_ptr<QTextDocument> buildPublishedDocument(const Report &report, const PublishOptions &options);

// “温州市生态环境局2019年政府信息公开工作年度报告”
QString publishedTitle(const Report &report);
// What ends the report, right-aligned: the agency, the report's own date (its 落款, printed as set —
// none when it has none: it is asked for when the report is signed off) and the signatory of a signed report.
QStringList closingLines(const Report &report, const PublishOptions &options);
// The introduction the agency wrote, or one written from its contact details.
QString introduction(const Report &report);

// The faces of a government document, which also extract from PDF as the characters typed (Noto CJK
// yields Kangxi radicals under Qt 6.4): a Song/Ming face for text, a Hei face for headings.
QString bodyFontFamily();
QString headingFontFamily();

} // namespace nb
