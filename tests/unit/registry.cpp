#include <SQLiteCpp/Database.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "pymes/core/errors.hpp"
#include "pymes/entities/entities.hpp"
#include "pymes/report/digest.hpp"
#include "pymes/store/history.hpp"
#include "pymes/store/maintenance.hpp"
#include "pymes/store/schema_migrations.hpp"
#include "store/db.hpp"
#include "store/write_transaction.hpp"
#include "support.hpp"

using pymes::Date;
using pymes::Exit;
using pymes::MigratePolicy;
using pymes::Registry;

namespace {
/// The program's own migrations, then `extra`: the steps a later schema would add.
std::vector<Registry::Step> real_steps_then(std::vector<Registry::Step> extra) {
    std::vector<Registry::Step> steps;
    for (const auto& m : pymes::schema::kMigrations)
        steps.push_back({m.version, std::string(m.name), std::string(m.sql)});
    steps.insert(steps.end(), extra.begin(), extra.end());
    return steps;
}
const int kSchema = pymes::program_schema_version();

Exit exit_of_open(const std::string& path) {
    try {
        Registry::open({path, 100, MigratePolicy::automatic, "t"});
    } catch (const std::exception& e) {
        return pymes::classify(e).code();
    }
    return Exit::ok;
}
std::string bytes_of(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}
}  // namespace

TEST_CASE("registry: init creates a stamped, current, WAL registry with the 11 founders") {
    test::TempDir dir;
    Registry r = test::fresh_registry(dir);
    auto& db = pymes::db_of(r);
    CHECK(db.execAndGet("PRAGMA application_id").getInt() == pymes::kApplicationId);
    CHECK(r.schema_version() == pymes::program_schema_version());
    CHECK(db.execAndGet("PRAGMA journal_mode").getString() == "wal");
    CHECK(db.execAndGet("PRAGMA foreign_keys").getInt() == 1);
    CHECK(db.execAndGet("SELECT count(*) FROM institution").getInt() == 11);
    CHECK(db.execAndGet("SELECT count(*) FROM membership_event WHERE kind = 'founding' AND date = "
                        "'1996-12-10'")
              .getInt() == 11);
    CHECK(db.execAndGet("SELECT signed_in || ' ' || signed_on FROM agreement").getString() ==
          "Arequipa 1996-12-10");
    const auto check = pymes::check_registry(r);
    CHECK(check.problems.empty());
    CHECK(check.founders == 11);
    CHECK(check.founding_signatures == 11);
    // Every founding signatory's addition and accession is in the history.
    CHECK(db.execAndGet("SELECT count(*) FROM history WHERE entity = 'institution'").getInt() ==
          22);
}

TEST_CASE("registry: init --empty holds only the agreement") {
    test::TempDir dir;
    Registry r = test::fresh_registry(dir, true);
    CHECK(pymes::db_of(r).execAndGet("SELECT count(*) FROM institution").getInt() == 0);
    CHECK(pymes::db_of(r).execAndGet("SELECT count(*) FROM agreement").getInt() == 1);
}

TEST_CASE("registry: init never overwrites (73) and leaves the file as it was") {
    test::TempDir dir;
    const std::string path = dir.file("r.db");
    std::ofstream(path) << "precious";
    try {
        Registry::create(path, false, "t");
        FAIL("expected an error");
    } catch (const pymes::Error& e) {
        CHECK(e.code() == Exit::cant_create);
    }
    CHECK(bytes_of(path) == "precious");
}

TEST_CASE("registry: a missing file is 66, foreign files are 65 and untouched") {
    test::TempDir dir;
    CHECK(exit_of_open(dir.file("none.db")) == Exit::no_input);

    const std::string text = dir.file("notes.txt");
    std::ofstream(text) << "code,name\nALIDE,Alide\n";
    CHECK(exit_of_open(text) == Exit::data);
    CHECK(bytes_of(text) == "code,name\nALIDE,Alide\n");

    const std::string empty = dir.file("empty.db");
    std::ofstream{empty};
    CHECK(exit_of_open(empty) == Exit::data);

    const std::string other = dir.file("other.db");
    {
        SQLite::Database db(other, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE t (x)");
    }
    const std::string before = bytes_of(other);
    CHECK(exit_of_open(other) == Exit::data);
    CHECK(bytes_of(other) == before);
}

TEST_CASE("registry: a registry from a newer pymes is refused (65) and untouched") {
    test::TempDir dir;
    const std::string path = dir.file("r.db");
    Registry::create(path, true, "t");
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE);
        db.exec("PRAGMA user_version = 999");
    }
    try {
        Registry::open({path, 100, MigratePolicy::automatic, "t"});
        FAIL("expected an error");
    } catch (const pymes::Error& e) {
        CHECK(e.code() == Exit::data);
        CHECK_THAT(e.what(), Catch::Contains("newer pymes (registry schema 999"));
    }
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == 999);
}

TEST_CASE("registry: a write transaction that is not committed leaves nothing, history included") {
    test::TempDir dir;
    Registry r = test::fresh_registry(dir);
    const auto history = pymes::db_of(r).execAndGet("SELECT count(*) FROM history").getInt();
    {
        pymes::WriteTransaction tx(r);
        pymes::db_of(tx).exec("INSERT INTO institution (code, name) VALUES ('CAF', 'CAF')");
        tx.record("add", "institution", "CAF", {{"name", std::nullopt, "CAF"}});
    }
    CHECK(pymes::db_of(r)
              .execAndGet("SELECT count(*) FROM institution WHERE code = 'CAF'")
              .getInt() == 0);
    CHECK(pymes::db_of(r).execAndGet("SELECT count(*) FROM history").getInt() == history);
}

TEST_CASE("registry: the schema's CHECKs refuse what pymes would refuse") {
    test::TempDir dir;
    Registry r = test::fresh_registry(dir);
    auto refused = [&](const char* sql) {
        try {
            pymes::db_of(r).exec(sql);
        } catch (const SQLite::Exception&) {
            return true;
        }
        return false;
    };
    CHECK(refused("INSERT INTO institution (code, name) VALUES ('caf', 'x')"));
    CHECK(refused("INSERT INTO institution (code, name, country) VALUES ('CAF', 'x', 'Peru')"));
    CHECK(refused("INSERT INTO institution (code, name, scope) VALUES ('CAF', 'x', 'global')"));
    CHECK(refused("INSERT INTO institution (code, name) VALUES ('CAF', '')"));
    CHECK(
        refused("INSERT INTO membership_event (institution, kind, date) VALUES ('ALIDE', "
                "'withdrawal', '1995-01-01')"));
    CHECK(
        refused("INSERT INTO activity (institution, area, title, recorded_on) VALUES ('ALIDE', "
                "'sports', 't', '2026-01-01')"));
    CHECK(
        refused("INSERT INTO activity (institution, area, title, recorded_on) VALUES ('ALIDE', "
                "'training', 't', '2026-02-30')"));
    CHECK(
        refused("INSERT INTO activity (institution, area, title, recorded_on) VALUES ('NOPE', "
                "'training', 't', '2026-02-03')"));
    // Only 'YYYY-MM-DD' of a day that exists is a date, in every date column.
    for (const char* bad :
         {"2026-02-30", "2026-1-05", "2026-01-5", " 2026-01-05", "2026-01-05 ", "2026-01-05T00:00",
          "20260105", "2460000.5", "+2026-01-05", "-0001-01-01", "2026/01/05", "0000-00-00", ""}) {
        INFO(bad);
        const std::string v = std::string("'") + bad + "'";
        CHECK(refused(("INSERT INTO activity (institution, area, title, recorded_on) VALUES "
                       "('ALIDE', 'training', 't', " +
                       v + ")")
                          .c_str()));
        CHECK(refused(("INSERT INTO activity (institution, area, title, start_on, recorded_on) "
                       "VALUES ('ALIDE', 'training', 't', " +
                       v + ", '2026-01-05')")
                          .c_str()));
        CHECK(refused(
            ("INSERT INTO project (title, area, lead, end_on) VALUES ('p', 'training', 'ALIDE', " +
             v + ")")
                .c_str()));
    }
    CHECK_FALSE(
        refused("INSERT INTO activity (institution, area, title, start_on, end_on, recorded_on) "
                "VALUES ('ALIDE', 'training', 't', '2024-02-29', '2024-03-01', '2026-01-05')"));
    CHECK(
        refused("INSERT INTO project (title, area, lead, budget_minor) VALUES ('p', 'training', "
                "'ALIDE', 100)"));
    CHECK_FALSE(
        refused("INSERT INTO project (title, area, lead, budget_minor, currency) VALUES ('p', "
                "'training', 'ALIDE', 100, 'USD')"));
}

TEST_CASE(
    "registry: each list a CHECK allows is an OR chain (migration 0013) that refuses what the "
    "list refused and lets NULL pass where the column may be empty") {
    test::TempDir dir;
    Registry r = test::fresh_registry(dir);
    // SQLite evaluates a CHECK's IN list at about 1.3 us a row, an OR chain at nothing
    // measurable: no table of a registry holds one, fresh or migrated (the same steps).
    CHECK(pymes::db_of(r)
              .execAndGet("SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                          "AND sql LIKE '% IN (%'")
              .getInt() == 0);
    // Each write is tried inside a savepoint and undone, so that one accepted row never meets
    // the next (a second 'CAF').
    auto refused = [&](const std::string& sql) {
        SQLite::Database& db = pymes::db_of(r);
        db.exec("SAVEPOINT t");
        bool failed = false;
        try {
            db.exec(sql);
        } catch (const SQLite::Exception&) {
            failed = true;
        }
        db.exec("ROLLBACK TO t");
        db.exec("RELEASE t");
        return failed;
    };
    const std::string history =
        "INSERT INTO history (at, actor, action, entity, key) VALUES ('2026-01-05T10:00:00Z', "
        "'t', ";
    CHECK_FALSE(refused(history + "'rename', 'institution', 'k')"));
    CHECK_FALSE(refused(history + "'init', 'registry', 'k')"));
    CHECK(refused(history + "'renamed', 'institution', 'k')"));
    CHECK(refused(history + "'add', 'membership', 'k')"));
    CHECK(refused(history + "'ADD', 'activity', 'k')"));
    const std::string activity =
        "INSERT INTO activity (institution, area, title, recorded_on, status, highlight) VALUES "
        "('ALIDE', ";
    CHECK_FALSE(refused(activity + "'public-policy', 't', '2026-01-05', 'cancelled', 1)"));
    CHECK(refused(activity + "'Training', 't', '2026-01-05', 'done', 0)"));
    CHECK(refused(activity + "'training', 't', '2026-01-05', 'proposed', 0)"));
    CHECK(refused(activity + "'training', 't', '2026-01-05', 'done', 2)"));
    const std::string project =
        "INSERT INTO project (title, lead, area, status) VALUES ('p', 'ALIDE', ";
    CHECK_FALSE(refused(project + "'information', 'completed')"));
    CHECK(refused(project + "'information', 'done')"));
    CHECK(refused(project + "'info', 'active')"));
    const std::string meeting = "INSERT INTO meeting (date, status) VALUES ('2026-01-05', ";
    CHECK_FALSE(refused(meeting + "'held')"));
    CHECK(refused(meeting + "'done')"));
    CHECK_FALSE(refused("INSERT INTO institution (code, name, scope) VALUES ('CAF', 'x', NULL)"));
    CHECK_FALSE(refused(
        "INSERT INTO institution (code, name, scope) VALUES ('CAF', 'x', 'extra-regional')"));
    CHECK(refused("INSERT INTO institution (code, name, scope) VALUES ('CAF', 'x', 'Regional')"));
    CHECK(refused("INSERT INTO institution (code, name, founder) VALUES ('CAF', 'x', 'CAF')"));
    CHECK(
        refused("INSERT INTO membership_event (institution, kind, date) VALUES ('ALIDE', "
                "'exit', '2026-01-05')"));
    const std::string change =
        "INSERT INTO status_change (entity, record, status, effective_on, recorded_on) VALUES (";
    CHECK_FALSE(refused(change + "'meeting', 1, 'held', '2026-01-05', '2026-01-05')"));
    CHECK_FALSE(refused(change + "'project', 1, 'completed', '2026-01-05', '2026-01-05')"));
    CHECK(refused(change + "'meeting', 1, 'completed', '2026-01-05', '2026-01-05')"));
    CHECK(refused(change + "'project', 1, 'held', '2026-01-05', '2026-01-05')"));
    CHECK(refused(change + "'activity', 1, 'done', '2026-01-05', '2026-01-05')"));
}

TEST_CASE("registry: db check finds a broken membership log") {
    test::TempDir dir;
    Registry r = test::fresh_registry(dir);
    pymes::db_of(r).exec(
        "INSERT INTO membership_event (institution, kind, date) VALUES ('SELA', 'accession', "
        "'2001-01-01')");
    auto problems = pymes::check_registry(r).problems;
    REQUIRE(problems.size() == 1);
    CHECK(problems[0] == "SELA: accession on 2001-01-01 while already a party");
}

TEST_CASE("registry: backup writes a consistent copy and never overwrites") {
    test::TempDir dir;
    Registry r = test::fresh_registry(dir);
    r.backup_to(dir.file("copy.db"));
    Registry copy = Registry::open({dir.file("copy.db"), 100, MigratePolicy::automatic, "t"});
    CHECK(pymes::db_of(copy).execAndGet("SELECT count(*) FROM institution").getInt() == 11);
    CHECK_THROWS_AS(r.backup_to(dir.file("copy.db")), pymes::Error);
}

TEST_CASE(
    "registry: a migration runs after a backup, in its own transaction, and is in the history") {
    test::TempDir dir;
    const std::string path = dir.file("r.db");
    Registry::create(path, false, "t");
    Registry r = Registry::open({path, 100, MigratePolicy::automatic, "t"});
    pymes::db_of(r).exec(
        "INSERT INTO activity (institution, area, title, recorded_on) VALUES ('SELA', 'training', "
        "'Taller', '2026-01-01')");
    // The step after the program's is the kind of change a later schema makes: a new column,
    // and a table rebuilt.
    const auto steps = real_steps_then(
        {{kSchema + 1, "test",
          "ALTER TABLE agreement ADD COLUMN note TEXT CHECK (note <> '');"
          "CREATE TABLE meeting_attendee_new (meeting INTEGER NOT NULL REFERENCES meeting (id) ON "
          "DELETE CASCADE,"
          " institution TEXT NOT NULL REFERENCES institution (code) ON UPDATE CASCADE, role TEXT,"
          " PRIMARY KEY (meeting, institution)) STRICT, WITHOUT ROWID;"
          "INSERT INTO meeting_attendee_new (meeting, institution) SELECT meeting, institution "
          "FROM meeting_attendee;"
          "DROP TABLE meeting_attendee; ALTER TABLE meeting_attendee_new RENAME TO "
          "meeting_attendee;"}});
    const std::string backup = r.migrate(steps);
    CHECK(backup == path + ".schema-" + std::to_string(kSchema) + ".bak");
    CHECK(r.schema_version() == kSchema + 1);
    CHECK(pymes::db_of(r).execAndGet("SELECT count(*) FROM activity").getInt() == 1);
    CHECK(pymes::db_of(r)
              .execAndGet("SELECT count(*) FROM pragma_table_info('agreement') WHERE name = 'note'")
              .getInt() == 1);
    CHECK(pymes::db_of(r).execAndGet("PRAGMA foreign_keys").getInt() == 1);
    auto h = pymes::list_history(r, {.since = {}, .entity = "registry", .key = {}, .limit = 1});
    REQUIRE(h.size() == 1);
    CHECK(h[0].action == "migrate");
    CHECK(*h[0].changes[0].before == std::to_string(kSchema));
    CHECK(*h[0].changes[0].after == std::to_string(kSchema + 1));
    // The backup is the registry as it was.
    SQLite::Database old(backup, SQLite::OPEN_READONLY);
    CHECK(old.execAndGet("PRAGMA user_version").getInt() == kSchema);
    CHECK(old.execAndGet("SELECT count(*) FROM activity").getInt() == 1);
    // Nothing is pending any more; a second run does nothing.
    CHECK(r.migrate(steps).empty());
}

TEST_CASE("registry: a migration that fails leaves the registry at the last good version") {
    test::TempDir dir;
    const std::string path = dir.file("r.db");
    Registry::create(path, false, "t");
    Registry r = Registry::open({path, 100, MigratePolicy::automatic, "t"});
    const auto steps = real_steps_then(
        {{kSchema + 1, "ok", "CREATE TABLE extra (x INTEGER) STRICT;"},
         {kSchema + 2, "broken", "INSERT INTO meeting_attendee VALUES (99, 'NOPE');"}});
    CHECK_THROWS_AS(r.migrate(steps), pymes::Error);
    CHECK(r.schema_version() == kSchema + 1);
    CHECK(pymes::db_of(r).execAndGet("SELECT count(*) FROM meeting_attendee").getInt() == 0);
    CHECK(pymes::db_of(r).execAndGet("PRAGMA foreign_keys").getInt() == 1);
}

TEST_CASE(
    "registry: a registry made at schema 1 migrates to the program's schema with every record and "
    "index") {
    test::TempDir dir;
    const std::string path = dir.file("r.db");
    {
        // What pymes 0.1.0 made: migration 0001 alone.
        SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("PRAGMA application_id = " + std::to_string(pymes::kApplicationId));
        db.exec(std::string(pymes::schema::kMigrations[0].sql));
        db.exec("PRAGMA user_version = 1");
        db.exec(
            "INSERT INTO institution (code, name) VALUES ('SELA', 'Sistema Económico "
            "Latinoamericano'),"
            " ('INTAL', 'Instituto para la Integración')");
        db.exec(
            "INSERT INTO activity (id, ref, institution, area, title, description, recorded_on) "
            "VALUES"
            " (1, 'A-1', 'SELA', 'training', 'Taller de exportación', 'Lima', '2026-01-01'),"
            " (7, 'A-1', 'INTAL', 'information', 'Boletín', NULL, '2026-01-02'),"
            " (9, NULL, 'SELA', 'management', 'Gestión', NULL, '2026-01-03')");
        db.exec(
            "INSERT INTO project (id, ref, title, area, lead) VALUES (3, 'P-1', 'Red de centros', "
            "'training', 'SELA')");
        db.exec("INSERT INTO project_partner VALUES (3, 'INTAL')");
    }
    Registry r = Registry::open({path, 100, MigratePolicy::automatic, "t"});
    CHECK(r.schema_version() == kSchema);
    CHECK(pymes::db_of(r)
              .execAndGet("SELECT group_concat(x, ' ') FROM (SELECT id || ref AS x FROM activity "
                          "WHERE ref IS NOT NULL ORDER BY id)")
              .getString() == "1A-1 7A-1");
    CHECK(pymes::db_of(r).execAndGet("SELECT count(*) FROM activity").getInt() == 3);
    CHECK(pymes::db_of(r)
              .execAndGet("SELECT count(*) FROM project_partner WHERE project = 3")
              .getInt() == 1);
    // The full-text index still finds what it found, and follows new writes.
    CHECK(pymes::db_of(r)
              .execAndGet("SELECT rowid FROM activity_fts WHERE activity_fts MATCH 'exportacion'")
              .getInt() == 1);
    pymes::db_of(r).exec("UPDATE activity SET title = 'Feria' WHERE id = 9");
    CHECK(pymes::db_of(r)
              .execAndGet("SELECT rowid FROM activity_fts WHERE activity_fts MATCH 'feria'")
              .getInt() == 9);
    // A ref is unique as before: within an institution for activities, everywhere for projects.
    CHECK_THROWS(
        pymes::db_of(r).exec("INSERT INTO activity (ref, institution, area, title, recorded_on)"
                             " VALUES ('A-1', 'SELA', 'training', 'Otra', '2026-01-04')"));
    CHECK_THROWS(
        pymes::db_of(r).exec("INSERT INTO project (ref, title, area, lead) VALUES ('P-1', 'Otro', "
                             "'training', 'INTAL')"));
    for (const char* index :
         {"activity_by_ref", "activity_by_recorded_on", "activity_by_period", "project_by_ref",
          "project_by_lead", "project_by_meeting", "project_by_status"})
        CHECK(pymes::db_of(r)
                  .execAndGet(
                      std::string(
                          "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = '") +
                      index + "'")
                  .getInt() == 1);
    CHECK(pymes::db_of(r)
              .execAndGet("SELECT count(*) FROM sqlite_schema WHERE name = 'activity_by_area'")
              .getInt() == 0);
    CHECK(pymes::db_of(r).execAndGet("PRAGMA integrity_check").getString() == "ok");
    // Deleting a project still takes its partners with it.
    pymes::db_of(r).exec("DELETE FROM project WHERE id = 3");
    CHECK(pymes::db_of(r).execAndGet("SELECT count(*) FROM project_partner").getInt() == 0);
}

TEST_CASE(
    "registry: a registry at schema 4 with activities migrates to activity_by_period, and the "
    "period queries through it find what a plain scan finds") {
    test::TempDir dir;
    const std::string path = dir.file("r.db");
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("PRAGMA application_id = " + std::to_string(pymes::kApplicationId));
        for (int i = 0; i < 4; ++i) db.exec(std::string(pymes::schema::kMigrations[i].sql));
        db.exec("PRAGMA user_version = 4");
        db.exec("INSERT INTO institution (code, name) VALUES ('SELA', 'Sela'), ('INTAL', 'Intal')");
        // Spans of every class and across each class's bound, some open, some undated.
        const int spans[] = {0, 1, 7, 8, 31, 32, 92, 93, 366, 367, 1827, 1828, 4000};
        const char* areas[] = {"training", "information"};
        SQLite::Statement q(db,
                            "INSERT INTO activity (institution, area, title, start_on, end_on, "
                            "recorded_on) VALUES (?, ?, 't', ?, ?, '2026-01-01')");
        unsigned seed = 7;
        for (int i = 0; i < 600; ++i) {
            seed = seed * 1103515245u + 12345u;
            const Date start = Date::from_ymd(2020, 1, 1).plus_days(int(seed >> 8) % 2500);
            const int span = spans[(seed >> 20) % std::size(spans)];
            q.bind(1, i % 3 ? "SELA" : "INTAL");
            q.bind(2, areas[i % 2]);
            if (i % 50 == 0)
                q.bind(3);
            else
                q.bind(3, start.iso());
            if (i % 4 == 0)
                q.bind(4);
            else
                q.bind(4, start.plus_days(span).iso());
            q.exec();
            q.reset();
        }
    }
    Registry r = Registry::open({path, 100, MigratePolicy::automatic, "t"});
    CHECK(r.schema_version() == kSchema);
    CHECK(db_of(r).execAndGet("PRAGMA integrity_check").getString() == "ok");
    CHECK(db_of(r)
              .execAndGet("SELECT count(*) FROM sqlite_schema WHERE name = 'activity_by_period'")
              .getInt() == 1);
    auto scan = [&](const std::string& where) {
        std::vector<std::int64_t> out;
        SQLite::Statement q(
            db_of(r), "SELECT id FROM activity r NOT INDEXED WHERE " + where + " ORDER BY id");
        while (q.executeStep()) out.push_back(q.getColumn(0).getInt64());
        return out;
    };
    auto listed = [&](const pymes::ActivityFilter& f) {
        std::vector<std::int64_t> out;
        for (const auto& rec :
             pymes::query_records(r, pymes::activity_spec(), pymes::activity_query(f)))
            out.push_back(rec.id());
        return out;
    };
    std::size_t found = 0;
    for (int d = 0; d < 3000; d += 97) {
        const Date from = Date::from_ymd(2019, 12, 1).plus_days(d), to = from.plus_days(d % 40);
        const std::string overlap = "coalesce(r.end_on, r.start_on) >= '" + from.iso() +
                                    "' AND r.start_on <= '" + to.iso() + "'";
        pymes::ActivityFilter f;
        f.from = from;
        f.to = to;
        const auto expected = scan(overlap);
        found += expected.size();
        CHECK(listed(f) == expected);
        f.areas = {"training"};
        CHECK(listed(f) == scan(overlap + " AND r.area = 'training'"));
        f.areas.clear();
        f.to.reset();
        CHECK(listed(f) == scan("coalesce(r.end_on, r.start_on) >= '" + from.iso() +
                                "' AND r.start_on IS NOT NULL"));
        // The digest: taking place by area, and the year's count.
        pymes::DigestOptions o;
        o.from = from;
        o.to = to;
        o.as_of = Date::from_ymd(2099, 12, 31);  // all that was recorded: no view as of a day
        const pymes::Digest digest = pymes::build_digest(r, o);
        CHECK(digest.activities_taking_place.total == expected.size());
        std::size_t training = 0;
        for (const auto& a : digest.taking_place_by_area)
            if (a.area == "training") training = a.count;
        CHECK(training == scan(overlap + " AND r.area = 'training'").size());
        const std::string year = std::to_string(to.year());
        CHECK(digest.activities_this_year ==
              std::int64_t(scan("coalesce(r.end_on, r.start_on) >= '" + year +
                                "-01-01' AND r.start_on <= '" + year + "-12-31'")
                               .size()));
    }
    CHECK(found > 100);  // the periods held activities: the comparison compared something
}
