#include "passwordhash.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

namespace nb {

namespace {

// OWASP's figure for PBKDF2-HMAC-SHA256 was 310 000 iterations (2021; 600 000 since 2023). Qt's
// implementation takes about 0.45 s for 310 000 on the CI machine: a signature given a few times a
// year can wait that long, and every check in the tests pays it too. The count is stored with each
// hash, so raising it later leaves existing passwords valid.
constexpr int iterations = 310000;
constexpr int keyLength = 32;
// What a stored hash may say. Below: "1 iteration" written into the file by hand would make any password
// (or a hash computed in a blink) pass; above: a forged huge count would hang whoever signs in.
constexpr int minIterations = 100000;
constexpr int maxIterations = 10000000;
const QLatin1String scheme("pbkdf2-sha256");

QByteArray derive(const QString &password, const QByteArray &salt, int rounds)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, rounds, keyLength);
}

} // namespace

QString hashPassword(const QString &password)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    return QStringList{scheme, QString::number(iterations), QString::fromLatin1(salt.toBase64()),
                       QString::fromLatin1(derive(password, salt, iterations).toBase64())}
        .join(QLatin1Char('$'));
}

bool verifyPassword(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    bool ok = false;
    const int rounds = parts.size() == 4 ? parts[1].toInt(&ok) : 0;
    if (!ok || parts[0] != scheme || rounds < minIterations || rounds > maxIterations)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    const QByteArray actual = derive(password, salt, rounds);
    // Compare in constant time: how far a guess matched must not show in how long it took.
    if (actual.size() != expected.size())
        return false;
    char difference = 0;
    for (int i = 0; i < actual.size(); ++i)
        difference |= actual[i] ^ expected[i];
    return difference == 0;
}

} // namespace nb
