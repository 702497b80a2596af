#include "reportdigest.h"

#include "reportjson.h"

#include <QCryptographicHash>

namespace nb {

QByteArray reportDigest(const Report &report)
{
    return QCryptographicHash::hash(ReportJson::write(report), QCryptographicHash::Sha256).toHex();
}

} // namespace nb
