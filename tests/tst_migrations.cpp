#include "migrations.h"
#include "storetestutil.h"

#include <QDir>
#include <QtTest>

using namespace nb;

// Every earlier schema version opens: a backup is written beside the file first, then the numbered
// migrations run, and the data survives.
class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void fromEveryEarlierVersion_data();
    void fromEveryEarlierVersion();
    void eachStepIsAtomic();
    void bothDatabasesHaveTheSameSteps();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

// A file as an older Nianbao left it: our application id, the schema up to version.
static bool makeOldFile(const QString &path, int version)
{
    const QString name = QStringLiteral("old-%1").arg(version);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QString error;
        ok = db.open() && QSqlQuery(db).exec(QStringLiteral("PRAGMA application_id = %1").arg(ReportStore::ApplicationId))
             && Migrations::migrate(db, &error, version);
        if (ok && version >= 1) {
            QSqlQuery query(db);
            ok = query.exec(QStringLiteral("INSERT INTO agencies (id, name) VALUES (1, '旧局')"))
                 && query.exec(QStringLiteral("INSERT INTO reports (id, agency_id, year, format, created_at, updated_at) "
                                              "VALUES (1, 1, 2020, '2019', '2021-01-10T00:00:00Z', '2021-01-10T00:00:00Z')"))
                 && query.exec(QStringLiteral("INSERT INTO cell_values (report_id, cell_key, state, number) VALUES (1, 's3.new.natural', 1, 12)"))
                 && query.exec(QStringLiteral("INSERT INTO report_texts (report_id, kind, part, text) VALUES (1, 'narrative', 's6', '无。')"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestMigrations::fromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    for (int version = 0; version < Migrations::latestVersion(); ++version)
        QTest::addRow("schema %d", version) << version;
}

void TestMigrations::fromEveryEarlierVersion()
{
    QFETCH(int, version);
    const QString path = m_dir->filePath(QStringLiteral("old.sqlite"));
    QVERIFY(makeOldFile(path, version));

    auto opened = openStore(path, false);
    QVERIFY2(opened.store, qPrintable(opened.error));
    QCOMPARE(opened.store->schemaVersion(), Migrations::latestVersion());

    // The backup is the old file, consistent and at its old version.
    QVERIFY2(QFile::exists(opened.backupPath), qPrintable(opened.backupPath));
    QVERIFY(opened.backupPath.contains(QStringLiteral(".schema%1-").arg(version)));
    QVariant backupVersion;
    QVERIFY(rawSql(opened.backupPath, {QStringLiteral("PRAGMA user_version")}, &backupVersion));
    QCOMPARE(backupVersion.toInt(), version);

    if (version >= 1) {
        QString error;
        const auto report = opened.store->loadReport(1, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->agency().name, QStringLiteral("旧局"));
        QCOMPARE(report->number(report->format().indexOf(QStringLiteral("s3.new.natural"))), 12);
        QCOMPARE(report->narrative(QStringLiteral("s6")), QStringLiteral("无。"));
        // What the new schema adds works on the old data: edits are logged.
        QVERIFY(opened.store->saveCell(1, QStringLiteral("s3.new.natural"), CellValue::number(12), CellValue::number(13),
                                       QStringLiteral("clerk")).saved());
        QCOMPARE(opened.store->changeLog(1).size(), 1);
    }
    // Opening again migrates nothing and writes no second backup.
    opened.store.reset();
    const int backups = int(QDir(m_dir->path()).entryList({QStringLiteral("*.bak")}).size());
    auto again = openStore(path, false);
    QVERIFY(again.store);
    QVERIFY(again.backupPath.isEmpty());
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.bak")}).size(), backups);
}

void TestMigrations::eachStepIsAtomic()
{
    // A schema-1 file where migration 2 fails after its first statement (its index name is taken by a
    // table): the step is undone whole, the file stays at version 1, and the store says why.
    const QString path = m_dir->filePath(QStringLiteral("blocked.sqlite"));
    QVERIFY(makeOldFile(path, 1));
    QVERIFY(rawSql(path, {QStringLiteral("CREATE TABLE change_log_by_report (x)")}));
    auto opened = openStore(path, false);
    QVERIFY(!opened.store);
    QVERIFY2(opened.error.contains(QStringLiteral("schema 2")), qPrintable(opened.error));
    QVariant version;
    QVERIFY(rawSql(path, {QStringLiteral("PRAGMA user_version")}, &version));
    QCOMPARE(version.toInt(), 1);
    QVariant tables;
    QVERIFY(rawSql(path, {QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'change_log'")}, &tables));
    QCOMPARE(tables.toInt(), 0); // the statement before the failing one was rolled back too
}

void TestMigrations::bothDatabasesHaveTheSameSteps()
{
    // A file and a server at the same version hold the same schema: the steps are numbered alike.
    const QStringList sqlite = QDir(QStringLiteral(":/migrations/sqlite")).entryList(QDir::Files, QDir::Name);
    const QStringList server = QDir(QStringLiteral(":/migrations/postgresql")).entryList(QDir::Files, QDir::Name);
    QCOMPARE(server, sqlite);
    QCOMPARE(int(sqlite.size()), Migrations::latestVersion());
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
