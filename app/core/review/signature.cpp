#include "signature.h"

#include "report.h"
#include "reportdigest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringList>

#include <sodium.h>

namespace nb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Signature)
};

const QLatin1String sealScheme("argon2id");

// Argon2id as libsodium calls "interactive" (2 passes over 64 MiB, about 0.1–0.3 s): a sign-off waits
// that long once. What a stored record may ask for is capped both ways: below, a forged cheap set would
// make each password guess nearly free; above, a forged huge set would hang or exhaust the machine.
constexpr unsigned long long opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
constexpr unsigned long long minOps = 2, maxOps = 10;
constexpr size_t minMem = 32u << 20, maxMem = 1024u << 20;

bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

QByteArray random(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(size));
    return bytes;
}

std::optional<QByteArray> deriveKey(const QString &password, const QByteArray &salt, unsigned long long ops, size_t mem)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    if (crypto_pwhash(reinterpret_cast<unsigned char *>(key.data()), size_t(key.size()), utf8.constData(),
                      size_t(utf8.size()), reinterpret_cast<const unsigned char *>(salt.constData()), ops, mem,
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return std::nullopt;
    return key;
}

QStringList &extraFiles()
{
    static QStringList files;
    return files;
}

} // namespace

namespace Signing {

KeyPair generate()
{
    KeyPair pair;
    if (!ready())
        return pair;
    pair.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    pair.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                        reinterpret_cast<unsigned char *>(pair.secretKey.data()));
    return pair;
}

QString seal(const QByteArray &secretKey, const QString &password)
{
    if (!ready())
        return {};
    const QByteArray salt = random(crypto_pwhash_SALTBYTES);
    const QByteArray nonce = random(crypto_secretbox_NONCEBYTES);
    const std::optional<QByteArray> key = deriveKey(password, salt, opsLimit, memLimit);
    if (!key)
        return {};
    QByteArray box(secretKey.size() + int(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(box.data()),
                          reinterpret_cast<const unsigned char *>(secretKey.constData()), size_t(secretKey.size()),
                          reinterpret_cast<const unsigned char *>(nonce.constData()),
                          reinterpret_cast<const unsigned char *>(key->constData()));
    return QStringList{sealScheme, QString::number(opsLimit), QString::number(memLimit),
                       QString::fromLatin1(salt.toBase64()), QString::fromLatin1(nonce.toBase64()),
                       QString::fromLatin1(box.toBase64())}
        .join(QLatin1Char('$'));
}

std::optional<QByteArray> unseal(const QString &sealed, const QString &password, QString *error)
{
    const QStringList parts = sealed.split(QLatin1Char('$'));
    bool opsOk = false, memOk = false;
    const unsigned long long ops = parts.size() == 6 ? parts[1].toULongLong(&opsOk) : 0;
    const unsigned long long mem = parts.size() == 6 ? parts[2].toULongLong(&memOk) : 0;
    const QByteArray salt = parts.size() == 6 ? QByteArray::fromBase64(parts[3].toLatin1()) : QByteArray();
    const QByteArray nonce = parts.size() == 6 ? QByteArray::fromBase64(parts[4].toLatin1()) : QByteArray();
    const QByteArray box = parts.size() == 6 ? QByteArray::fromBase64(parts[5].toLatin1()) : QByteArray();
    if (!ready() || parts.size() != 6 || parts[0] != sealScheme || !opsOk || !memOk
        || salt.size() != int(crypto_pwhash_SALTBYTES) || nonce.size() != int(crypto_secretbox_NONCEBYTES)
        || box.size() != int(crypto_sign_SECRETKEYBYTES + crypto_secretbox_MACBYTES)) {
        *error = Text::tr("the stored signing key is damaged");
        return std::nullopt;
    }
    if (ops < minOps || ops > maxOps || mem < minMem || mem > maxMem) {
        *error = Text::tr("the stored signing key asks for key derivation parameters outside the accepted range; it is refused");
        return std::nullopt;
    }
    const std::optional<QByteArray> key = deriveKey(password, salt, ops, size_t(mem));
    QByteArray secret(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    if (!key
        || crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(secret.data()),
                                      reinterpret_cast<const unsigned char *>(box.constData()), size_t(box.size()),
                                      reinterpret_cast<const unsigned char *>(nonce.constData()),
                                      reinterpret_cast<const unsigned char *>(key->constData()))
               != 0) {
        *error = Text::tr("the password does not open the signing key");
        return std::nullopt;
    }
    return secret;
}

QByteArray message(const QByteArray &digest, int reportId, int revision, const QString &signer,
                   const QByteArray &publicKey, const QString &at)
{
    // One field a line, the signer's name last but one and percent-encoded, so that no field can run
    // into the next.
    return QByteArrayLiteral("nianbao-sign-off-v1\n") + digest + '\n' + QByteArray::number(reportId) + '\n'
           + QByteArray::number(revision) + '\n' + signer.toUtf8().toPercentEncoding() + '\n' + publicKey.toBase64()
           + '\n' + at.toUtf8().toPercentEncoding() + '\n';
}

QByteArray sign(const QByteArray &message, const QByteArray &secretKey)
{
    if (!ready() || secretKey.size() != int(crypto_sign_SECRETKEYBYTES))
        return {};
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()),
                         reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return signature;
}

bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey)
{
    return ready() && signature.size() == int(crypto_sign_BYTES) && publicKey.size() == int(crypto_sign_PUBLICKEYBYTES)
           && crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                          reinterpret_cast<const unsigned char *>(message.constData()),
                                          size_t(message.size()),
                                          reinterpret_cast<const unsigned char *>(publicKey.constData()))
                  == 0;
}

} // namespace Signing

QString keyFingerprint(const QByteArray &publicKey, bool compact)
{
    const QString hex = QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().left(32));
    if (compact)
        return hex;
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

QString TrustList::localPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/trusted-keys.txt");
}

void TrustList::addFile(const QString &path)
{
    extraFiles() << path;
}

TrustList TrustList::standard()
{
    TrustList list;
    list.load(localPath(), nullptr);
    for (const QString &path : extraFiles())
        list.load(path, nullptr);
    return list;
}

bool TrustList::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return true;
    // A trust list is a few lines; anything much larger is not one.
    if (file.size() > 1 << 20 || !file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("cannot read the trust list %1").arg(path);
        return false;
    }
    static const QRegularExpression line(QStringLiteral("^((?:[0-9a-f]{4} ?){8})\\s+(\\S.*)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString text = QString::fromUtf8(raw).trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;
        const QRegularExpressionMatch match = line.match(text);
        if (!match.hasMatch()) {
            if (error)
                *error = Text::tr("%1: not a line of a trust list: %2").arg(path, text.left(80));
            continue;
        }
        add(match.captured(1).remove(QLatin1Char(' ')).toLower(), match.captured(2).trimmed());
    }
    return true;
}

std::optional<QString> TrustList::nameOf(const QByteArray &publicKey) const
{
    const auto it = m_names.constFind(keyFingerprint(publicKey, true));
    if (publicKey.isEmpty() || it == m_names.cend())
        return std::nullopt;
    return *it;
}

bool TrustList::trustLocally(const QByteArray &publicKey, const QString &name, QString *error)
{
    static QMutex mutex;
    const QMutexLocker locker(&mutex);
    const QString path = localPath();
    TrustList existing;
    existing.load(path, nullptr);
    if (existing.nameOf(publicKey))
        return true;
    QFile current(path);
    QByteArray content;
    if (current.open(QIODevice::ReadOnly))
        content = current.readAll();
    else
        content = QByteArrayLiteral("# Nianbao: supervisors' signing keys trusted on this computer, one per line: fingerprint name\n");
    if (!content.isEmpty() && !content.endsWith('\n'))
        content += '\n';
    // A name is one line.
    QString oneLine = name;
    oneLine.replace(QRegularExpression(QStringLiteral("[\\r\\n\\t]")), QStringLiteral(" "));
    content += (keyFingerprint(publicKey) + QLatin1Char(' ') + oneLine.trimmed()).toUtf8() + '\n';
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        if (error)
            *error = Text::tr("cannot write the trust list %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString SignOffCheck::stateIdFor(const QString &storedState) const
{
    switch (verdict) {
    case Verdict::NotSigned:
        return storedState;
    case Verdict::Valid:
        return QStringLiteral("signed");
    case Verdict::Untrusted:
        return QStringLiteral("signature-untrusted");
    case Verdict::Invalid:
        return QStringLiteral("signature-invalid");
    }
    return storedState;
}

bool signOffSignatureHolds(int reportId, const Transition &signOff)
{
    if (signOff.signature.isEmpty() || signOff.publicKey.isEmpty())
        return false;
    const QByteArray message = Signing::message(signOff.digest, reportId, signOff.revision, signOff.who, signOff.publicKey, signOff.atText);
    return Signing::verify(message, signOff.signature, signOff.publicKey);
}

SignOffCheck checkSignOff(int reportId, int revision, const std::optional<Transition> &signOff,
                          const std::optional<Report> &report, const TrustList &trust)
{
    return checkSignOff(reportId, revision, signOff ? &*signOff : nullptr, report ? &*report : nullptr, trust);
}

SignOffCheck checkSignOff(int reportId, int revision, const Transition *signOff, const Report *report, const TrustList &trust,
                          std::optional<bool> signatureHolds)
{
    SignOffCheck check;
    check.verdict = SignOffCheck::Verdict::Invalid;
    if (!signOff) {
        check.problem = Text::tr("the report is marked signed, but there is no sign-off in its review trail");
        return check;
    }
    check.signer = signOff->who;
    check.at = signOff->at;
    if (signOff->signature.isEmpty() || signOff->publicKey.isEmpty()) {
        check.problem = Text::tr("the sign-off by %1 carries no signature").arg(signOff->who);
        return check;
    }
    check.fingerprint = keyFingerprint(signOff->publicKey);
    if (!(signatureHolds ? *signatureHolds : signOffSignatureHolds(reportId, *signOff))) {
        check.problem = Text::tr("the signature of %1 does not match the sign-off it is stored with").arg(signOff->who);
        return check;
    }
    if (signOff->revision != revision) {
        check.problem = Text::tr("the sign-off by %1 is of revision %2; the report is at revision %3")
                            .arg(signOff->who)
                            .arg(signOff->revision)
                            .arg(revision);
        return check;
    }
    if (!report || reportDigest(*report) != signOff->digest) {
        check.problem = Text::tr("the report was changed after %1 signed it").arg(signOff->who);
        return check;
    }
    const std::optional<QString> trusted = trust.nameOf(signOff->publicKey);
    if (!trusted) {
        check.verdict = SignOffCheck::Verdict::Untrusted;
        check.problem = Text::tr("the key %1 that signed is not in this computer's list of trusted supervisors")
                            .arg(check.fingerprint);
        return check;
    }
    check.trustedAs = *trusted;
    check.verdict = SignOffCheck::Verdict::Valid;
    return check;
}

} // namespace nb
