#pragma once

#include <QString>

namespace nb {

// The login name of the person running the program, for the change log until the app knows its
// users by name and role.
QString systemUserName();

} // namespace nb
