#include "synccounter.h"

#include <dlfcn.h>
#include <unistd.h>

#include <climits>
#include <mutex>
#include <string>
#include <vector>

namespace {

std::mutex &lock()
{
    static std::mutex mutex;
    return mutex;
}

std::vector<std::string> &calls()
{
    static std::vector<std::string> paths;
    return paths;
}

// The path of an open descriptor, as the kernel names it.
void record(int fd)
{
    char link[64];
    char target[PATH_MAX];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t size = readlink(link, target, sizeof target - 1);
    const std::string path = size > 0 ? std::string(target, size_t(size)) : std::string("?");
    std::lock_guard<std::mutex> guard(lock());
    calls().push_back(path);
}

using SyncFunction = int (*)(int);

SyncFunction next(const char *name)
{
    return reinterpret_cast<SyncFunction>(dlsym(RTLD_NEXT, name));
}

} // namespace

extern "C" {

int fsync(int fd)
{
    static const SyncFunction real = next("fsync");
    record(fd);
    return real(fd);
}

int fdatasync(int fd)
{
    static const SyncFunction real = next("fdatasync");
    record(fd);
    return real(fd);
}

} // extern "C"

namespace synccounter {

int syncsOf(const QString &pathPrefix)
{
    const std::string prefix = pathPrefix.toStdString();
    std::lock_guard<std::mutex> guard(lock());
    int count = 0;
    for (const std::string &path : calls()) {
        if (path.compare(0, prefix.size(), prefix) == 0)
            ++count;
    }
    return count;
}

int allSyncs()
{
    std::lock_guard<std::mutex> guard(lock());
    return int(calls().size());
}

} // namespace synccounter
