// A province's database: 10 000 agencies × 10 years (2015–2024) = 100 000 reports (issue 19, item 1).
// Measures what the report browser, 汇总, carry-forward and the collecting office's board cost on it:
//   - opening the report list (the database opened, the list page shown with its first rows);
//   - a search keystroke in the list (the text typed one character at a time, the list updated);
//   - the peak resident memory while the list of every report is open;
//   - 汇总 of the 10 000 reports of 2024 (each loaded, its sign-off verified, checked against 2023's);
//   - the next year's report begun from last year's; the board of 2024 (10 000 agencies).
// The database is generated first, in one transaction of multi-row inserts (not through addReport: a
// report at a time would take minutes): every report listed, the figures of 2023 and 2024 filled in,
// nine in ten of 2024 signed off with a trusted key (the rest stay drafts, as 汇总 leaves them out).
// Prints milliseconds.
//
//   bench_manyreports                          a SQLite file in a temporary folder
//   bench_manyreports postgresql://u@h/db      a new database of its own on that server (PGPASSFILE)
//   bench_manyreports --agencies N --years Y   a smaller province, for a quick look
#include "benchstats.h"
#include "board.h"
#include "boarddialog.h"
#include "carryforward.h"
#include "formatregistry.h"
#include "reportdigest.h"
#include "reportlistpage.h"
#include "reportstore.h"
#include "serveraddress.h"
#include "signature.h"
#include "storedconsolidation.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace nb;

namespace {

const int LastYear = 2024;

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QString agencyName(int a)
{
    return QStringLiteral("第%1号机关").arg(a + 1, 5, 10, QLatin1Char('0'));
}

// The figures of an agency's report of a year: every input cell, different per agency and year.
QVector<std::pair<QString, qint64>> figures(const FormatDefinition &format, int year, int seed)
{
    QVector<std::pair<QString, qint64>> cells;
    for (int i = 0; i < format.cellCount(); ++i) {
        const CellDef &cell = format.cell(i);
        if (cell.isComputed())
            continue;
        const qint64 n = (i * 7 + seed * 13 + year) % 40;
        cells.append({cell.key, cell.kind == ValueKind::Amount ? n * AmountScale : cell.kind == ValueKind::Change ? n % 3 - 1 : n});
    }
    return cells;
}

// A raw connection of the generator's own to the store's database.
QSqlDatabase rawConnection(const QString &location, QString *error)
{
    QSqlDatabase db;
    if (ServerAddress::isServerAddress(location)) {
        const auto address = ServerAddress::parse(location, error);
        if (!address)
            return {};
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("generator"));
        db.setHostName(address->host);
        db.setPort(address->port);
        db.setUserName(address->user);
        db.setDatabaseName(address->database);
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("generator"));
        db.setDatabaseName(location);
    }
    if (!db.open())
        *error = db.lastError().text();
    return db;
}

// Runs INSERT prefix + rows, a thousand rows a statement.
class Inserter
{
public:
    Inserter(QSqlDatabase &db, QString prefix, QString *error) : m_db(db), m_prefix(std::move(prefix)), m_error(error) {}
    bool add(const QString &row)
    {
        m_rows << row;
        return m_rows.size() < 1000 || flush();
    }
    bool flush()
    {
        if (m_rows.isEmpty())
            return true;
        QSqlQuery query(m_db);
        const bool ok = query.exec(m_prefix + m_rows.join(QLatin1Char(',')));
        if (!ok)
            *m_error = query.lastError().text();
        m_rows.clear();
        return ok;
    }

private:
    QSqlDatabase &m_db;
    QString m_prefix;
    QString *m_error;
    QStringList m_rows;
};

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

bool generate(QSqlDatabase &db, int agencies, int years, QString *error)
{
    const QString stamp = quoted(QStringLiteral("2025-01-15T08:00:00.000Z"));
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN"))) {
        *error = begin.lastError().text();
        return false;
    }
    Inserter agencyRows(db, QStringLiteral("INSERT INTO agencies (id, name, kind) VALUES "), error);
    Inserter reportRows(db, QStringLiteral("INSERT INTO reports (id, agency_id, year, format, state, created_at, updated_at) VALUES "), error);
    Inserter cellRows(db, QStringLiteral("INSERT INTO cell_values (report_id, cell_key, state, number) VALUES "), error);
    for (int a = 0; a < agencies; ++a) {
        if (!agencyRows.add(QStringLiteral("(%1, %2, 'department')").arg(a + 1).arg(quoted(agencyName(a)))))
            return false;
    }
    // Each batch after the rows it refers to (a server checks the foreign keys as it goes).
    if (!agencyRows.flush())
        return false;
    for (int y = 0; y < years; ++y) {
        const int year = LastYear - years + 1 + y;
        const auto format = FormatRegistry::builtin().formatForYear(year);
        for (int a = 0; a < agencies; ++a) {
            if (!reportRows.add(QStringLiteral("(%1, %2, %3, %4, 'draft', %5, %5)").arg(y * agencies + a + 1).arg(a + 1).arg(year).arg(quoted(format->id()), stamp)))
                return false;
        }
        if (!reportRows.flush())
            return false;
        if (year < LastYear - 1)
            continue; // the figures of the two years 汇总 reads
        for (int a = 0; a < agencies; ++a) {
            const int id = y * agencies + a + 1;
            for (const auto &[key, number] : figures(*format, year, a)) {
                if (!cellRows.add(QStringLiteral("(%1, %2, 1, %3)").arg(id).arg(quoted(key)).arg(number)))
                    return false;
            }
        }
    }
    QSqlQuery commit(db);
    if (!agencyRows.flush() || !reportRows.flush() || !cellRows.flush())
        return false;
    // The ids were given: a server's identity sequences are moved past them, so the app's next report
    // (the carry-forward below) gets a new one.
    if (db.driverName() == QLatin1String("QPSQL")) {
        for (const char *table : {"agencies", "reports"}) {
            if (!commit.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT max(id) FROM %1))").arg(QLatin1String(table)))) {
                *error = commit.lastError().text();
                return false;
            }
        }
    }
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        *error = commit.lastError().text();
        return false;
    }
    return true;
}

// Nine in ten reports of the last year signed off by one supervisor, whose key is trusted by a list of
// the benchmark's own (TrustList::addFile, as --trust does: the user's own list stays untouched).
bool signOff(const ReportStore &store, QSqlDatabase &db, int agencies, int years, const QString &trustFile, QString *error)
{
    const KeyPair key = Signing::generate();
    QFile trust(trustFile);
    if (!trust.open(QIODevice::WriteOnly) || trust.write((keyFingerprint(key.publicKey, true) + QStringLiteral(" 省审核员\n")).toUtf8()) < 0) {
        *error = trust.errorString();
        return false;
    }
    trust.close();
    TrustList::addFile(trustFile);
    QVector<int> ids;
    for (int a = 0; a < agencies; ++a) {
        if (a % 10 != 9)
            ids << (years - 1) * agencies + a + 1;
    }
    const std::optional<QHash<int, Report>> reports = store.loadReports(ids, error);
    if (!reports)
        return false;
    const QString at = QStringLiteral("2025-01-20T09:00:00.000Z");
    const QString who = QStringLiteral("省审核员");
    const QString publicKey = QString::fromLatin1(key.publicKey.toBase64());
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN"))) {
        *error = query.lastError().text();
        return false;
    }
    Inserter rows(db, QStringLiteral("INSERT INTO transitions (report_id, revision, at, who, from_state, to_state, reason, digest, public_key, signature) VALUES "),
                  error);
    for (int id : ids) {
        const QByteArray digest = reportDigest(*reports->constFind(id));
        const QByteArray signature = Signing::sign(Signing::message(digest, id, 1, who, key.publicKey, at), key.secretKey);
        if (!rows.add(QStringLiteral("(%1, 1, %2, %3, 'submitted', 'signed', '', %4, %5, %6)")
                          .arg(id)
                          .arg(quoted(at), quoted(who), quoted(QString::fromLatin1(digest)), quoted(publicKey),
                               quoted(QString::fromLatin1(signature.toBase64())))))
            return false;
    }
    if (!rows.flush())
        return false;
    const QString first = QString::number((years - 1) * agencies + 1);
    if (!query.exec(QStringLiteral("UPDATE reports SET state = 'signed', updated_at = '%1' WHERE id >= %2 AND (id - %2) % 10 <> 9").arg(at, first))
        || !query.exec(QStringLiteral("COMMIT"))) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

// The peak resident set since the last reset, in MB (Linux: VmHWM; writing 5 to clear_refs resets it).
double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

// The list page of the database, as the window shows it on opening it.
void showList(ReportListPage &page, const ReportStore &store)
{
    page.setStore(&store);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    BenchOutput bench;
    QTextStream &out = bench.text();
    QStringList args = app.arguments().mid(1);
    const auto option = [&args](const QString &name, int fallback) {
        const int at = int(args.indexOf(name));
        if (at < 0)
            return fallback;
        const int value = args.value(at + 1).toInt();
        args.remove(at, 2);
        return value;
    };
    const int agencies = std::max(10, option(QStringLiteral("--agencies"), 10000));
    const int years = std::clamp(option(QStringLiteral("--years"), 10), 2, 20);
    QTemporaryDir dir;
    QString location = args.isEmpty() ? dir.filePath(QStringLiteral("province.sqlite")) : args.first();
    const bool server = ServerAddress::isServerAddress(location);
    if (server) {
        // A database of its own, dropped again at the end.
        const QString name = QStringLiteral("nbbench_%1").arg(QCoreApplication::applicationPid());
        QString error;
        {
            QSqlDatabase admin = rawConnection(location, &error);
            QSqlQuery query(admin);
            if (!error.isEmpty() || !query.exec(QStringLiteral("CREATE DATABASE ") + name)) {
                out << "cannot create a database on " << location << ": " << error << query.lastError().text() << Qt::endl;
                return 2;
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("generator"));
        location = location.section(QLatin1Char('/'), 0, -2) + QLatin1Char('/') + name;
    }
    const char *const suffix = server ? ".pg" : "";
    const auto id = [suffix](const char *name) { return QByteArray(name) + suffix; };
    const QString where = server ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");

    ReportStore::Options options;
    options.create = true;
    ReportStore::OpenResult opened = ReportStore::open(location, options);
    if (!opened.store) {
        out << opened.error << Qt::endl;
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    QString error;
    {
        QSqlDatabase db = rawConnection(location, &error);
        if (!error.isEmpty() || !generate(db, agencies, years, &error)
            || !signOff(*opened.store, db, agencies, years, dir.filePath(QStringLiteral("trusted.txt")), &error)) {
            out << "generating the database: " << error << Qt::endl;
            return 1;
        }
        if (server) {
            QSqlQuery analyze(db);
            analyze.exec(QStringLiteral("ANALYZE"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("generator"));
    const double filling = msSince(timer);
    opened.store.reset();
    out << where << ": " << agencies << " agencies x " << years << " years = " << agencies * years << " reports (generated in "
        << qRound(filling) << " ms)" << Qt::endl;

    // Opening the list: the database opened, the list page filled as the window fills it. Peak memory
    // counted from here (the generator's own is not the window's).
    // The opening of the file is timed apart: a SQLite file is checked whole (PRAGMA quick_check) before
    // anything is read from it, which costs with its size, not with the list.
    resetPeakRss();
    QVector<double> opening;
    QVector<double> listing;
    std::unique_ptr<ReportStore> store;
    std::unique_ptr<ReportListPage> page;
    for (int run = 0; run < 5; ++run) {
        page.reset();
        store.reset();
        timer.restart();
        store = ReportStore::open(location, {}).store;
        opening << msSince(timer);
        timer.restart();
        page = std::make_unique<ReportListPage>();
        showList(*page, *store);
        listing << msSince(timer);
    }
    const double rss = peakRssMb();

    // A search typed into the list, a character at a time: an agency far down the list, then a year.
    QVector<double> searching;
    const QString typed = agencyName(agencies - 2).mid(0, 7);
    for (int run = 0; run < 3; ++run) {
        for (const QString &text : {typed, QStringLiteral("2019")}) {
            for (int length = 1; length <= text.size(); ++length) {
                timer.restart();
                page->setSearch(text.left(length));
                searching << msSince(timer);
            }
            page->setSearch(QString());
        }
    }
    const int found = page->shownCount();
    page.reset();

    // 汇总 of every report of the last year: the signed ones by default.
    QVector<int> ofYear;
    for (const ReportSummary &summary : store->reportsOfYear(LastYear))
        ofYear << summary.id;
    QVector<double> consolidation;
    int summed = 0;
    for (int run = 0; run < 3; ++run) {
        timer.restart();
        const std::optional<Consolidation> total = consolidateStored(*store, ofYear, QStringLiteral("全省"), &error);
        consolidation << msSince(timer);
        if (!total) {
            out << error << Qt::endl;
            return 1;
        }
        summed = int(total->members().size());
    }

    // The board of the last year: every agency with its report.
    QVector<double> board;
    for (int run = 0; run < 3; ++run) {
        timer.restart();
        const QVector<BoardRow> rows = collectBoard(*store, LastYear, QDate(2025, 3, 1), &error);
        board << msSince(timer);
        if (rows.size() != agencies) {
            out << "the board shows " << rows.size() << " agencies: " << error << Qt::endl;
            return 1;
        }
    }

    // The board as the collecting office opens it: the dialog with every agency's row.
    QVector<double> boardWindow;
    for (int run = 0; run < 3; ++run) {
        timer.restart();
        BoardDialog dialog(*store, User{QStringLiteral("省审核员"), Role::Supervisor}, LastYear);
        boardWindow << msSince(timer);
    }

    // The next year's report from last year's, for 20 agencies.
    QVector<double> carried;
    for (int a = 0; a < 20; ++a) {
        timer.restart();
        const std::optional<Report> last = store->loadReport((years - 1) * agencies + a + 1, &error);
        if (!last) {
            out << error << Qt::endl;
            return 1;
        }
        const NewYearReport created = beginFromLastYear(*last, last->year() + 1, FormatRegistry::builtin().formatForYear(last->year() + 1));
        if (!store->addReport(created.report, QStringLiteral("bench"), &error)) {
            out << error << Qt::endl;
            return 1;
        }
        carried << msSince(timer);
    }

    const int total = agencies * years;
    bench.timing(id("many.open"), QStringLiteral("%1: open the database of %2 reports (5 runs)").arg(where).arg(total), opening);
    bench.timing(id("many.list"), QStringLiteral("%1: show the list of %2 reports (5 runs)").arg(where).arg(total), listing);
    bench.timing(id("many.search"), QStringLiteral("%1: search keystroke in %2 reports (%3 found last)").arg(where).arg(total).arg(found), searching);
    bench.value(id("many.listrss"), QStringLiteral("%1: peak RSS with the list of %2 reports").arg(where).arg(total), rss, QStringLiteral("MB"));
    bench.timing(id("many.consolidate"), QStringLiteral("%1: 汇总 of the %2 reports of %3 (%4 signed summed)").arg(where).arg(ofYear.size()).arg(LastYear).arg(summed),
                 consolidation);
    bench.timing(id("many.board"), QStringLiteral("%1: the board of %2 agencies").arg(where).arg(agencies), board);
    bench.timing(id("many.boarddialog"), QStringLiteral("%1: the board's window, %2 agencies").arg(where).arg(agencies), boardWindow);
    bench.timing(id("many.nextyear"), QStringLiteral("%1: next year's report from last year's (20)").arg(where), carried);
    store.reset();
    if (server) {
        QString dropError;
        const QString name = location.section(QLatin1Char('/'), -1);
        {
            QSqlDatabase admin = rawConnection(location.section(QLatin1Char('/'), 0, -2) + QStringLiteral("/postgres"), &dropError);
            QSqlQuery(admin).exec(QStringLiteral("DROP DATABASE ") + name);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("generator"));
    }
    return 0;
}
