#include "migrations.h"
#include "reviewrecords.h"
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
    void frozenFileOfEveryVersion_data();
    void frozenFileOfEveryVersion();
    void shippedMigrationsAreUnchanged_data();
    void shippedMigrationsAreUnchanged();

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

void TestMigrations::frozenFileOfEveryVersion_data()
{
    QTest::addColumn<int>("version");
    // tests/data/schemas/schemaN.sqlite: written once by schema N's own migration scripts, taken from
    // the commit that shipped it (make-frozen.sh), never by today's code. Today's code upgrades them.
    for (int version = 1; version <= 5; ++version)
        QTest::addRow("schema %d", version) << version;
}

void TestMigrations::frozenFileOfEveryVersion()
{
    QFETCH(int, version);
    const QString frozen = QStringLiteral(NIANBAO_TEST_DATA "/schemas/schema%1.sqlite").arg(version);
    const QString path = m_dir->filePath(QStringLiteral("frozen.sqlite"));
    QVERIFY(QFile::copy(frozen, path)); // opening upgrades in place: never the kept file itself
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    QVariant stored;
    QVERIFY(rawSql(path, {QStringLiteral("PRAGMA user_version")}, &stored));
    QCOMPARE(stored.toInt(), version);

    auto opened = openStore(path, false);
    QVERIFY2(opened.store, qPrintable(opened.error));
    QCOMPARE(opened.store->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(opened.backupPath.isEmpty(), version == Migrations::latestVersion());

    QString error;
    const auto report = opened.store->loadReport(1, &error);
    QVERIFY2(report, qPrintable(error));
    const FormatDefinition &format = report->format();
    QCOMPARE(format.id(), QStringLiteral("2019"));
    QCOMPARE(report->year(), 2020);
    QCOMPARE(report->agency().name, QStringLiteral("旧局"));
    QCOMPARE(report->agency().office, QStringLiteral("办公室"));
    QCOMPARE(report->agency().phone, QStringLiteral("0517-1234567"));
    QCOMPARE(report->date(), QDate(2021, 1, 20));
    QCOMPARE(report->value(format.indexOf(QStringLiteral("s3.new.natural"))), CellValue::number(12));
    QCOMPARE(report->value(format.indexOf(QStringLiteral("s3.granted.natural"))), CellValue::number(12));
    QCOMPARE(report->value(format.indexOf(QStringLiteral("s2_5.licensing.change"))), CellValue::number(-3));
    QVERIFY(report->value(format.indexOf(QStringLiteral("s2_1.normative.public_total"))).isNotApplicable());
    QCOMPARE(report->number(format.indexOf(QStringLiteral("s3.new.total"))), 12); // totals computed from the stored cells
    QCOMPARE(report->narrative(QStringLiteral("s6")), QStringLiteral("无。"));
    QCOMPARE(report->narrative(QStringLiteral("intro")), QStringLiteral("根据《条例》，特向社会公布。"));
    QCOMPARE(report->zerosBlank(), version >= 3); // schema 3 brought the setting; before it, zeros printed

    const QVector<ChangeLogEntry> log = opened.store->changeLog(1);
    QCOMPARE(log.size(), version >= 2 ? 1 : 0);
    if (version >= 2) {
        QCOMPARE(log.first().who, QStringLiteral("张三"));
        QCOMPARE(log.first().target, QStringLiteral("s3.new.natural"));
        QCOMPARE(log.first().newValue, QStringLiteral("12"));
    }
    const QVector<Comment> comments = opened.store->comments(1);
    QCOMPARE(comments.size(), version >= 4 ? 1 : 0);
    if (version >= 4)
        QCOMPARE(comments.first().text, QStringLiteral("请核对"));
    const QVector<ReportSummary> reports = opened.store->reports();
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.first().errors, version >= 5 ? 0 : -1);
    QCOMPARE(reports.first().warnings, version >= 5 ? 1 : -1);

    // Today's features work on the old data: an edit is saved, logged and read back.
    QVERIFY(opened.store->saveCell(1, QStringLiteral("s3.new.natural"), CellValue::number(12), CellValue::number(13),
                                   QStringLiteral("clerk")).saved());
    QCOMPARE(opened.store->changeLog(1).size(), log.size() + 1);
    opened.store.reset();
    auto again = openStore(path, false);
    QVERIFY2(again.store, qPrintable(again.error));
    QVERIFY(again.backupPath.isEmpty());
    const auto reread = again.store->loadReport(1, &error);
    QVERIFY2(reread, qPrintable(error));
    QCOMPARE(reread->number(reread->format().indexOf(QStringLiteral("s3.new.natural"))), 13);
}

void TestMigrations::shippedMigrationsAreUnchanged_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QByteArray>("sha256");
    // A shipped migration has run on clerks' files; changing it now would leave their files with a
    // schema that today's code does not create. A new step is a new file. (Written out when each shipped.)
    QTest::newRow("sqlite 1") << "sqlite/0001_reports.sql" << QByteArray("06e52190d60df4e0328e84fd13b54635eace61ed8b88ae5a1defa7cd59a7ee73");
    QTest::newRow("sqlite 2") << "sqlite/0002_change_log.sql" << QByteArray("6090bcd69b3fc04d0eafd7afa32f88d6e43ba5803ef3947215b5ebe4e346a42b");
    QTest::newRow("sqlite 3") << "sqlite/0003_report_settings.sql" << QByteArray("13b7bb5a5dba4408f26ff71cce464ad79aedeeb901aa38b0a5cfd44c05af4b2b");
    QTest::newRow("sqlite 4") << "sqlite/0004_review.sql" << QByteArray("df5af822231c42093f4afb1f05c609f0f85ebdb931132a12c9d3d97f5a1997c6");
    QTest::newRow("sqlite 5") << "sqlite/0005_finding_counts.sql" << QByteArray("2375dcda6afc2a5d619877e9958798b4ff87c7fb875959959d0cc7be636efa2f");
    QTest::newRow("postgresql 1") << "postgresql/0001_reports.sql" << QByteArray("124e012970bfdaa261659c9a3ce14379bf3c6b2ee80191c16fab4cdcccb5b61c");
    QTest::newRow("postgresql 2") << "postgresql/0002_change_log.sql" << QByteArray("6d9bc2b3052c07249bd50be6aeef142296c33d043a4b29711deab7254b7bf3f6");
    QTest::newRow("postgresql 3") << "postgresql/0003_report_settings.sql" << QByteArray("3cd4866ce9680b5c40631dbca03a8dc8c3ae067403f6c96139e490333a95eaa3");
    QTest::newRow("postgresql 4") << "postgresql/0004_review.sql" << QByteArray("f9c03e50c61d1a8db429d6a7b06d15a3cd8f66cf0022c591c11473b2c37d1d8a");
    QTest::newRow("postgresql 5") << "postgresql/0005_finding_counts.sql" << QByteArray("2375dcda6afc2a5d619877e9958798b4ff87c7fb875959959d0cc7be636efa2f");
}

void TestMigrations::shippedMigrationsAreUnchanged()
{
    QFETCH(QString, script);
    QFETCH(QByteArray, sha256);
    // The scripts as compiled into the program, which is what runs on a clerk's file.
    const QByteArray actual = sha256Of(QStringLiteral(":/migrations/") + script).toHex();
    QVERIFY2(!actual.isEmpty(), qPrintable(script));
    QCOMPARE(actual, sha256);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
