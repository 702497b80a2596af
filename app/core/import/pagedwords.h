#pragma once

#include "publishedsource.h"

#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QVector>

namespace nb {

// What a laid-out source (a PDF page, later a scan's OCR) gives: words with their page and box, in
// no trusted order. Positions are in points from the page's top left corner.
struct PageWord
{
    QString text;
    int page = 0; // 0-based
    QRectF box;
    double size = 0; // the type's size when known (laid-out text); 0: told from the box
};

struct PagedWords
{
    QVector<PageWord> words;
    QVector<QSizeF> pageSizes;
};

// Rebuilds the report's reading order from the words' positions, the way a person reads the page:
// lines by baseline; in a table, a row's figures by the columns their x-extent falls in (a blank
// cell becomes a blank line), its label from the cell to the left of the figures even when the label
// wraps above and below them; group labels printed down a merged cell joined; page numbers
// (“-2-”, “第 2 页”) dropped, so a table continued on the next page reads on. The lines carry their
// page and box, so what was read can be shown on the page.
PublishedSource sourceFromWords(const PagedWords &words);

// Text laid out with spaces, as `pdftotext -layout` and a PDF viewer's copy give it: when enough
// lines hold figures set apart by runs of spaces, the text is a page of fixed-width characters
// (a Chinese character two wide) and its words get boxes from their columns and lines, pages at
// form feeds; sourceFromWords() then rebuilds the tables. Empty words when the text is not laid out.
PagedWords wordsFromLayoutText(const QString &text);

} // namespace nb
