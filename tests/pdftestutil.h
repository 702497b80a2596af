#pragma once

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QString>

// A PDF's text as `pdftotext -raw` gives it: in the order the document drew it (poppler's default mode
// guesses a reading order and moves tall table cells into nearby lines). Empty when pdftotext fails.
inline QString rawPdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000))
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The same with its lines joined — a paragraph or a long label wraps anywhere — and the page footers
// (“— 2 —”) gone with the page break after them (pdftotext's form feed), as they sit inside a paragraph
// that crosses a page.
inline QString joinedPdfText(const QString &pdf)
{
    QString text = rawPdfText(pdf);
    text.remove(QRegularExpression(QStringLiteral("\\n— \\d+ —\\n\\f?")));
    return text.remove(QLatin1Char('\n'));
}

// The draft mark is the only coloured ink of the published page (a pale red 草稿): the number of its
// pixels on page 1 at 30 dpi, -1 when the page cannot be rendered.
inline int draftMarkPixels(const QString &pdf)
{
    QProcess render;
    const QString prefix = pdf + QStringLiteral("-page");
    render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-f"),
                                              QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf, prefix});
    if (!render.waitForFinished(60000))
        return -1;
    const QImage page(prefix + QStringLiteral("-1.png"));
    if (page.isNull())
        return -1;
    int reddish = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            const QColor pixel = page.pixelColor(x, y);
            reddish += pixel.red() - pixel.green() > 8 ? 1 : 0;
        }
    }
    return reddish;
}
