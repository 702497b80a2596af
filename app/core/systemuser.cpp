#include "systemuser.h"

#include <QtGlobal>

namespace nb {

QString systemUserName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("nianbao") : user;
}

} // namespace nb
