#!/bin/bash
# Writes schemaN.sqlite, N = 1..5: a Nianbao database as each shipped schema version left it, made with
# the migration scripts as they were in the commit that introduced that version (git show), never with
# today's files or code. Run ONCE, when a version ships; the files are then kept as they are. Rerunning
# it must not be needed: tst_migrations upgrades these files with today's code.
#
#   bash tests/data/schemas/make-frozen.sh     (from the project root; needs sqlite3 and the git history)
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"
out=tests/data/schemas

# version → commit that shipped it, and where its scripts lived then
declare -A commit=([1]=71cc953 [2]=71cc953 [3]=37f1484 [4]=0199a38 [5]=0c78424)
declare -A script=([1]=resources/migrations/0001_reports.sql [2]=resources/migrations/0002_change_log.sql
                   [3]=resources/migrations/0003_report_settings.sql [4]=resources/migrations/0004_review.sql
                   [5]=resources/migrations/sqlite/0005_finding_counts.sql)

for version in 1 2 3 4 5; do
    file=$out/schema$version.sqlite
    rm -f "$file" "$file-wal" "$file-shm"
    {
        # What ReportStore::open did for a new file in every one of these versions.
        echo "PRAGMA application_id = $((0x4E42414F));"   # "NBAO", ReportStore::ApplicationId
        echo "PRAGMA journal_mode = WAL;"
        for step in $(seq 1 $version); do
            echo "BEGIN;"
            path=${script[$step]}
            # In the commit of schema 5 the scripts had moved to sqlite/ (postgresql/ beside it).
            [ $version -ge 5 ] && path=resources/migrations/sqlite/$(basename "$path")
            git show "${commit[$version]}:$path"
            echo "PRAGMA user_version = $step;"
            echo "COMMIT;"
        done
        # One report with what that version could hold.
        echo "BEGIN;"
        echo "INSERT INTO agencies (id, name) VALUES (1, '旧局');"
        echo "INSERT INTO reports (id, agency_id, year, format, report_date, office, phone, created_at, updated_at)
              VALUES (1, 1, 2020, '2019', '2021-01-20', '办公室', '0517-1234567', '2021-01-10T08:00:00Z', '2021-01-12T09:30:00Z');"
        echo "INSERT INTO cell_values (report_id, cell_key, state, number) VALUES
              (1, 's3.new.natural', 1, 12), (1, 's3.granted.natural', 1, 12), (1, 's2_5.licensing.change', 1, -3),
              (1, 's2_1.normative.public_total', 2, 0);"
        echo "INSERT INTO report_texts (report_id, kind, part, text) VALUES
              (1, 'narrative', 's6', '无。'), (1, 'narrative', 'intro', '根据《条例》，特向社会公布。');"
        if [ $version -ge 2 ]; then
            echo "INSERT INTO change_log (report_id, at, who, what, target, old_value, new_value)
                  VALUES (1, '2021-01-12T09:30:00Z', '张三', 'cell', 's3.new.natural', NULL, '12');"
        fi
        if [ $version -ge 3 ]; then
            echo "UPDATE reports SET zeros_blank = 1 WHERE id = 1;"
        fi
        if [ $version -ge 4 ]; then
            echo "INSERT INTO users (name, role, password, created_at) VALUES ('张三', 'clerk', NULL, '2021-01-10T08:00:00Z');"
            echo "INSERT INTO comments (report_id, target, author, at, text) VALUES (1, 's3.new.natural', '李四', '2021-01-13T10:00:00Z', '请核对');"
        fi
        if [ $version -ge 5 ]; then
            echo "UPDATE reports SET errors = 0, warnings = 1 WHERE id = 1;"
        fi
        echo "COMMIT;"
        echo "PRAGMA wal_checkpoint(TRUNCATE);"
    } | sqlite3 -batch -bail "$file" >/dev/null
    echo "$file: schema $(sqlite3 "$file" 'PRAGMA user_version'), $(sha256sum "$file" | cut -c1-16)"
done
