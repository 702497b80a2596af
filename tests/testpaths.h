#pragma once

#include <QString>

// Where the tests find their inputs: compiled in by tests/CMakeLists.txt, never the working directory.
namespace testpaths {

inline QString data(const char *name)
{
    return QStringLiteral(NIANBAO_TEST_DATA "/") + QLatin1String(name);
}

inline QString shared(const char *name)
{
    return QStringLiteral(NIANBAO_SHARED_DIR "/") + QLatin1String(name);
}

inline QString executable()
{
    return QStringLiteral(NIANBAO_EXECUTABLE);
}

} // namespace testpaths

#ifdef NIANBAO_STORAGE_HELPER
namespace testpaths {

inline QString storageHelper()
{
    return QStringLiteral(NIANBAO_STORAGE_HELPER);
}

} // namespace testpaths
#endif
