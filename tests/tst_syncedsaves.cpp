#include "reportdocument.h"
#include "helpers/synccounter.h"
#include "reportbuilder.h"
#include "storetestutil.h"

#include <QtTest>

#include <fcntl.h>
#include <unistd.h>

using namespace nb;

// Synced means synced: an edit the app acknowledges has been written to the disk itself, not only
// handed to the operating system (which a killed process cannot tell apart, but a power cut can). The
// fsync()/fdatasync() calls on the database and its write-ahead log are counted around each autosave
// (tests/helpers/synccounter.cpp interposes both); an acknowledged edit without one fails, as
// PRAGMA synchronous = OFF or NORMAL would.
class TestSyncedSaves : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void theCounterSeesSyncs();
    void everyAcknowledgedCellIsSynced();
    void everyAcknowledgedTextIsSynced();
    void everyDocumentEditIsSynced();

private:
    int syncs() const { return synccounter::syncsOf(m_store->path()); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ReportStore> m_store;
    int m_id = 0;
};

void TestSyncedSaves::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    ReportStore::Options options;
    options.create = true;
    options.editingLock = true; // as the app opens its file
    auto opened = ReportStore::open(m_dir->filePath(QStringLiteral("synced.sqlite")), options);
    QVERIFY2(opened.store, qPrintable(opened.error));
    m_store = std::move(opened.store);
    QString error;
    const auto id = m_store->addReport(blankReport(QStringLiteral("2021"), 2021, QStringLiteral("同步局")), QStringLiteral("clerk"), &error);
    QVERIFY2(id, qPrintable(error));
    m_id = *id;
}

void TestSyncedSaves::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestSyncedSaves::theCounterSeesSyncs()
{
    // Without this, a counter that sees nothing would make every other test here fail for the wrong reason.
    const QString path = m_dir->filePath(QStringLiteral("plain.bin"));
    const int fd = ::open(QFile::encodeName(path).constData(), O_CREAT | O_WRONLY, 0600);
    QVERIFY(fd >= 0);
    QCOMPARE(::write(fd, "x", 1), ssize_t(1));
    QCOMPARE(::fsync(fd), 0);
    QCOMPARE(::fdatasync(fd), 0);
    ::close(fd);
    QCOMPARE(synccounter::syncsOf(path), 2);
}

void TestSyncedSaves::everyAcknowledgedCellIsSynced()
{
    CellValue stored;
    for (int i = 1; i <= 20; ++i) {
        const int before = syncs();
        const SaveResult result = m_store->saveCell(m_id, QStringLiteral("s3.new.natural"), stored, CellValue::number(i), QStringLiteral("clerk"));
        QVERIFY(result.saved());
        QVERIFY2(syncs() > before, qPrintable(QStringLiteral("edit %1 acknowledged without a sync of %2").arg(i).arg(m_store->path())));
        stored = CellValue::number(i);
    }
}

void TestSyncedSaves::everyAcknowledgedTextIsSynced()
{
    QString stored;
    for (const QString &text : {QStringLiteral("第一稿"), QStringLiteral("第二稿"), QString()}) {
        const int before = syncs();
        QVERIFY(m_store->saveText(m_id, QStringLiteral("narrative"), QStringLiteral("s1"), stored, text, QStringLiteral("clerk")).saved());
        QVERIFY2(syncs() > before, qPrintable(text));
        stored = text;
    }
}

void TestSyncedSaves::everyDocumentEditIsSynced()
{
    // The window's path: an edit, its undo and redo, each autosaved before it is shown.
    QString error;
    auto report = m_store->loadReport(m_id, &error);
    QVERIFY2(report, qPrintable(error));
    ReportDocument document(*report, m_store.get(), m_id, QStringLiteral("张三"));
    const int cell = document.format().indexOf(QStringLiteral("s3.new.legal"));
    QVERIFY(cell >= 0);
    int before = syncs();
    QVERIFY(document.editCell(cell, QStringLiteral("7")).accepted);
    QVERIFY(syncs() > before);
    before = syncs();
    document.undoStack()->undo();
    QVERIFY(document.report().value(cell).isBlank());
    QVERIFY(syncs() > before);
    before = syncs();
    document.undoStack()->redo();
    QCOMPARE(document.report().number(cell), 7);
    QVERIFY(syncs() > before);
}

QTEST_GUILESS_MAIN(TestSyncedSaves)
#include "tst_syncedsaves.moc"
