#pragma once

#include "reportdigest.h"
#include "reportstore.h"
#include "signature.h"
#include "storetestutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

// A sign-off written straight into the database, as the review dialog would store it (the report's
// digest signed with key by who, at revision 1): for tests about what reads sign-offs (the list, 汇总),
// without the review's steps. Returns false with the reason in a warning.
inline bool signDirectly(nb::ReportStore &store, const QString &location, int id, const nb::KeyPair &key, const QString &who)
{
    QString error;
    const std::optional<nb::Report> report = store.loadReport(id, &error);
    if (!report) {
        qWarning("signDirectly: %s", qPrintable(error));
        return false;
    }
    const QString at = QStringLiteral("2025-01-20T09:00:00.000Z");
    const QByteArray digest = nb::reportDigest(*report);
    const QByteArray signature = nb::Signing::sign(nb::Signing::message(digest, id, 1, who, key.publicKey, at), key.secretKey);
    return rawSql(location,
                  {QStringLiteral("INSERT INTO transitions (report_id, revision, at, who, from_state, to_state, reason, digest, public_key, "
                                  "signature) VALUES (%1, 1, '%2', '%3', 'submitted', 'signed', '', '%4', '%5', '%6')")
                       .arg(id)
                       .arg(at, who, QString::fromLatin1(digest), QString::fromLatin1(key.publicKey.toBase64()),
                            QString::fromLatin1(signature.toBase64())),
                   QStringLiteral("UPDATE reports SET state = 'signed' WHERE id = %1").arg(id)});
}

// Trusts key in this process (a trust list file of the test's own, as --trust adds one).
inline bool trustKey(const QTemporaryDir &dir, const nb::KeyPair &key, const QString &name)
{
    static int counter = 0;
    QFile file(dir.filePath(QStringLiteral("trusted-%1.txt").arg(++counter)));
    if (!file.open(QIODevice::WriteOnly) || file.write((nb::keyFingerprint(key.publicKey, true) + QLatin1Char(' ') + name + QLatin1Char('\n')).toUtf8()) < 0)
        return false;
    file.close();
    nb::TrustList::addFile(file.fileName());
    return true;
}
