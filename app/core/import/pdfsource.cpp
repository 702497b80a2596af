#include "pdfsource.h"

#include <QCoreApplication>

#include <poppler-qt6.h>

namespace nb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PublishedSource)
};

std::unique_ptr<Poppler::Document> openPdf(const QByteArray &pdf, QString *error)
{
    // Poppler prints its complaints about damaged files on stderr; the reader says what matters.
    static const bool quiet = [] {
        Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
        return true;
    }();
    Q_UNUSED(quiet)
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document) {
        *error = Text::tr("the PDF cannot be opened: it is damaged or not a PDF");
        return nullptr;
    }
    if (document->isLocked()) {
        *error = Text::tr("the PDF is protected by a password; open it in a PDF viewer and save an unprotected copy");
        return nullptr;
    }
    return document;
}

} // namespace

PagedWords pdfWords(const QByteArray &pdf, QString *error)
{
    PagedWords words;
    const std::unique_ptr<Poppler::Document> document = openPdf(pdf, error);
    if (!document)
        return words;
    for (int p = 0; p < document->numPages(); ++p) {
        const std::unique_ptr<Poppler::Page> page = document->page(p);
        if (!page) {
            words.pageSizes << QSizeF();
            continue;
        }
        words.pageSizes << page->pageSizeF();
        for (const std::unique_ptr<Poppler::TextBox> &box : page->textList())
            words.words << PageWord{box->text(), p, box->boundingBox(), 0};
    }
    if (words.words.isEmpty())
        *error = Text::tr("the PDF has no text layer (a scan): its pages are pictures of text, which Nianbao cannot read; "
                          "ask for the PDF as it was made, or type the figures in");
    return words;
}

PublishedSource sourceFromPdf(const QByteArray &pdf)
{
    QString error;
    const PagedWords words = pdfWords(pdf, &error);
    if (!error.isEmpty()) {
        PublishedSource source;
        source.error = error;
        return source;
    }
    return sourceFromWords(words);
}

QImage renderPdfPage(const QByteArray &pdf, int page, double dpi)
{
    QString error;
    const std::unique_ptr<Poppler::Document> document = openPdf(pdf, &error);
    if (!document || page < 0 || page >= document->numPages())
        return {};
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    const std::unique_ptr<Poppler::Page> p = document->page(page);
    return p ? p->renderToImage(dpi, dpi) : QImage();
}

} // namespace nb
