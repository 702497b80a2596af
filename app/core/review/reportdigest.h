#pragma once

#include <QByteArray>

namespace nb {

class Report;

// What a sign-off signs: the SHA-256 (hex) of the report's canonical JSON — every figure, text,
// contact detail and setting, keys in a fixed order. Any change made after sign-off, by the program
// or by hand in the database, changes it.
QByteArray reportDigest(const Report &report);

} // namespace nb
