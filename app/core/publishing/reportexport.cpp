#include "reportexport.h"

#include "docxexport.h"
#include "htmlexport.h"
#include "pagerenderer.h"
#include "report.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextFrame>
#include <QTextTable>

namespace nb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
};

// The PDF's author is the agency: carried in the XMP metadata, which QPdfWriter 6.4 writes as given.
QByteArray xmpMetadata(const QString &title, const QString &author)
{
    auto escape = [](const QString &text) { return text.toHtmlEscaped().toUtf8(); };
    return QByteArrayLiteral("<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
                             "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
                             "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
                             "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>")
           + escape(title) + QByteArrayLiteral("</rdf:li></rdf:Alt></dc:title><dc:creator><rdf:Seq><rdf:li>") + escape(author)
           + QByteArrayLiteral("</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"
                               "<?xpacket end='w'?>");
}

// Qt 6.4's ODF writer copies a percentage table width as “100pt” and column shares as “6.7%”, neither
// valid ODF, and LibreOffice then squeezes every table into a finger-wide strip. Lengths in points are
// written as they should be, so the ODT's tables get their shares of the printed text width.
void fixTableWidthsForOdf(QTextFrame *frame)
{
    constexpr qreal textWidthPt = 158 / 25.4 * 72; // A4 less the margins of the PDF
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child)) {
            QTextTableFormat format = table->format();
            if (format.width().type() == QTextLength::PercentageLength) {
                const qreal tableWidth = textWidthPt * format.width().rawValue() / 100;
                QVector<QTextLength> widths = format.columnWidthConstraints();
                for (QTextLength &width : widths) {
                    if (width.type() == QTextLength::PercentageLength)
                        width = QTextLength(QTextLength::FixedLength, tableWidth * width.rawValue() / 100);
                }
                format.setColumnWidthConstraints(widths);
                format.setWidth(QTextLength(QTextLength::FixedLength, tableWidth));
                table->setFormat(format);
            }
        }
        fixTableWidthsForOdf(child);
    }
}

} // namespace

ExportFormat exportFormatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ExportFormat::Html;
    if (suffix == QLatin1String("docx"))
        return ExportFormat::Docx;
    return suffix == QLatin1String("odt") ? ExportFormat::Odt : ExportFormat::Pdf;
}

bool exportReport(const Report &report, ExportFormat format, const QString &path, const PublishOptions &options,
                  QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Text::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    bool written = false;
    switch (format) {
    case ExportFormat::Pdf: {
        QPdfWriter pdf(&file);
        pdf.setResolution(300);
        pdf.setTitle(publishedTitle(report));
        pdf.setCreator(QStringLiteral("Nianbao %1").arg(QCoreApplication::applicationVersion()));
        pdf.setDocumentXmpMetadata(xmpMetadata(publishedTitle(report), report.agency().name));
        written = renderPages(report, pdf, options);
        break;
    }
    case ExportFormat::Html: {
        const QByteArray html = publishedHtml(report, options);
        written = file.write(html) == html.size();
        break;
    }
    case ExportFormat::Odt: {
        // The ODF writer closes its device when done, which a QSaveFile must not be: go through memory.
        const std::unique_ptr<QTextDocument> document = buildPublishedDocument(report, options);
        fixTableWidthsForOdf(document->rootFrame());
        setParagraphIndents(*document, 96); // Qt's ODF writer takes lengths as pixels at 96 dpi
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QTextDocumentWriter writer(&buffer, QByteArrayLiteral("odf"));
        written = writer.write(document.get()) && file.write(buffer.data()) == buffer.data().size();
        break;
    }
    case ExportFormat::Docx: {
        const QByteArray docx = publishedDocx(report, options, error);
        if (docx.isEmpty())
            return false; // the QSaveFile is discarded: nothing half-written
        written = file.write(docx) == docx.size();
        break;
    }
    }
    if (!written || !file.commit()) {
        *error = Text::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace nb
