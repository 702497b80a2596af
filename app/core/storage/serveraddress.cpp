#include "serveraddress.h"

#include <QCoreApplication>
#include <QUrl>

namespace nb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)
};

} // namespace

bool ServerAddress::isServerAddress(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

std::optional<ServerAddress> ServerAddress::parse(const QString &location, QString *error)
{
    const QUrl url(location, QUrl::StrictMode);
    if (!isServerAddress(location) || !url.isValid() || url.host().isEmpty()) {
        *error = Text::tr("“%1” is not a server address; write postgresql://user@host/database").arg(location);
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        *error = Text::tr("the address holds a password, which the shell's history would keep: remove it; Nianbao asks "
                          "for the password, or reads it from PGPASSFILE (~/.pgpass)");
        return std::nullopt;
    }
    ServerAddress address;
    address.user = url.userName();
    address.host = url.host();
    address.port = url.port(5432);
    address.database = url.path().mid(1);
    if (address.user.isEmpty() || address.database.isEmpty() || address.database.contains(QLatin1Char('/'))) {
        *error = Text::tr("“%1” needs a user and a database: postgresql://user@host/database").arg(location);
        return std::nullopt;
    }
    return address;
}

QString ServerAddress::toString() const
{
    return QStringLiteral("postgresql://%1@%2%3/%4")
        .arg(user, host, port == 5432 ? QString() : QStringLiteral(":%1").arg(port), database);
}

} // namespace nb
