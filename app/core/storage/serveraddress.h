#pragma once

#include <QString>

#include <optional>

namespace nb {

// Where a shared PostgreSQL database is: postgresql://user@host[:port]/dbname. The password is never
// part of it — an address is typed on a command line and stays in the shell's history — so one that
// has a password is refused; the password comes from PGPASSFILE (~/.pgpass) or a prompt.
struct ServerAddress
{
    QString user;
    QString host;
    int port = 5432;
    QString database;

    static bool isServerAddress(const QString &location);
    static std::optional<ServerAddress> parse(const QString &location, QString *error);
    QString toString() const; // without a password, for titles and messages
};

} // namespace nb
