#pragma once

#include "reportdocument.h"
#include "reportreview.h"

#include <QtTest>

// Accepts every warning a submission (or a sign-off, today) would stop at, each with a 说明, as the
// review dialog has the clerk or the supervisor do: for tests about what comes after the review dialog.
inline void acceptWarnings(nb::ReportReview &review, const nb::ReportDocument &document, const nb::User &user, bool signingOff)
{
    const QVector<nb::Finding> open =
        review.unacknowledged(nb::ReportReview::findingsAt(document, signingOff, QDate::currentDate()), document.format());
    for (const nb::Finding &warning : open) {
        QString error;
        QVERIFY2(review.acknowledge(warning, document.format(), user, QStringLiteral("已核实无误"), &error), qPrintable(error));
    }
}
