// The main() of a fuzz target where libFuzzer is not linked (gcc builds): runs the target once on every
// file of the folders or files given — the seed corpus and every crash ever found, kept as regression
// cases. With clang and NIANBAO_SANITIZE the targets link libFuzzer instead and explore from the corpus.
#include <QDirIterator>
#include <QFile>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int runOne(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return 1;
    }
    const QByteArray bytes = file.readAll();
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
    return 0;
}

int main(int argc, char *argv[])
{
    int inputs = 0;
    int unreadable = 0;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(arg).isDir()) {
            QDirIterator files(arg, QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                unreadable += runOne(files.next());
                ++inputs;
            }
        } else {
            unreadable += runOne(arg);
            ++inputs;
        }
    }
    std::printf("%d inputs run, none crashed\n", inputs);
    return inputs > 0 && unreadable == 0 ? 0 : 1;
}
