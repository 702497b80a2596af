#pragma once

#include <QString>

// Counts the fsync()/fdatasync() calls of this process per file. The test executable that links
// synccounter.cpp defines both functions itself and exports them (ENABLE_EXPORTS), so every library it
// loads — SQLite inside Qt's driver plugin included — calls these, which count and then call the C
// library's. The same interposition as an LD_PRELOAD shim, without the order problems LD_PRELOAD has
// under AddressSanitizer.
namespace synccounter {

// Calls so far on files whose path starts with prefix (the database and its -wal, -journal).
int syncsOf(const QString &pathPrefix);
// Calls so far on any file: proves the interposition is in place at all.
int allSyncs();

} // namespace synccounter
