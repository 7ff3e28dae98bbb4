-- Uniqueness of refs moves from table constraints to named indexes (activity_by_ref,
-- project_by_ref). A bulk import sets a table's indexes aside while it loads and makes them
-- again at the end; an index that a table constraint owns cannot be set aside, and kept up to
-- date row by row it took a fifth of the time of a million-row import. Each table is rebuilt as
-- SQLite documents for ALTER (new table, copy, drop, rename), and its indexes and full-text
-- triggers, dropped with it, are made again. The full-text indexes keep their rows: ids are
-- copied unchanged.
--
-- Dates are checked by `date(julianday(x)) IS x AND x >= '0'`: only 'YYYY-MM-DD' text of a
-- day that exists comes back unchanged, or '-YYYY-MM-DD' before year 0, which the comparison
-- refuses. The GLOB before it repeated the check, at a cost in every row (0.8 s a million).
--
-- activity_by_area (area, institution) is not made again: a list by institution is served by
-- activity_by_ref, and a list by area in id order is faster without it (1M activities,
-- `--area training` first 50: it sorted 200,000 rows; a scan by id stops at the 50th). Every
-- index costs each import its build.

CREATE TABLE activity_new (
    id          INTEGER PRIMARY KEY,
    ref         TEXT CHECK (ref <> ''),
    institution TEXT NOT NULL REFERENCES institution (code) ON UPDATE CASCADE,
    area        TEXT NOT NULL CHECK (area IN ('information', 'management', 'training',
                                              'technology-transfer', 'public-policy')),
    title       TEXT NOT NULL CHECK (title <> ''),
    description TEXT CHECK (description <> ''),
    status      TEXT NOT NULL DEFAULT 'planned'
                CHECK (status IN ('planned', 'ongoing', 'done', 'cancelled')),
    start_on    TEXT CHECK (date(julianday(start_on)) IS start_on AND start_on >= '0'),
    end_on      TEXT CHECK (date(julianday(end_on)) IS end_on AND end_on >= '0'),
    highlight   INTEGER NOT NULL DEFAULT 0 CHECK (highlight IN (0, 1)),
    url         TEXT CHECK (url <> ''),
    tags        TEXT CHECK (tags <> ''),  -- ';'-separated, as in CSV
    recorded_on TEXT NOT NULL CHECK (date(julianday(recorded_on)) IS recorded_on AND recorded_on >= '0'),
    CHECK (end_on IS NULL OR start_on IS NULL OR end_on >= start_on)
) STRICT;
INSERT INTO activity_new (id, ref, institution, area, title, description, status, start_on, end_on,
                          highlight, url, tags, recorded_on)
SELECT id, ref, institution, area, title, description, status, start_on, end_on,
       highlight, url, tags, recorded_on FROM activity;
DROP TABLE activity;
ALTER TABLE activity_new RENAME TO activity;
CREATE UNIQUE INDEX activity_by_ref ON activity (institution, ref);
CREATE INDEX activity_by_recorded_on ON activity (recorded_on);
-- An activity takes place from start_on to end_on (or on start_on alone): the digest and
-- --from/--to look for spans that overlap a period.
CREATE INDEX activity_by_span ON activity (coalesce(end_on, start_on), start_on);
CREATE TRIGGER activity_fts_insert AFTER INSERT ON activity BEGIN
    INSERT INTO activity_fts (rowid, title, description, tags)
    VALUES (new.id, new.title, new.description, new.tags);
END;
CREATE TRIGGER activity_fts_delete AFTER DELETE ON activity BEGIN
    INSERT INTO activity_fts (activity_fts, rowid, title, description, tags)
    VALUES ('delete', old.id, old.title, old.description, old.tags);
END;
CREATE TRIGGER activity_fts_update AFTER UPDATE OF title, description, tags ON activity BEGIN
    INSERT INTO activity_fts (activity_fts, rowid, title, description, tags)
    VALUES ('delete', old.id, old.title, old.description, old.tags);
    INSERT INTO activity_fts (rowid, title, description, tags)
    VALUES (new.id, new.title, new.description, new.tags);
END;

CREATE TABLE project_new (
    id           INTEGER PRIMARY KEY,
    ref          TEXT CHECK (ref <> ''),
    title        TEXT NOT NULL CHECK (title <> ''),
    area         TEXT NOT NULL CHECK (area IN ('information', 'management', 'training',
                                               'technology-transfer', 'public-policy')),
    lead         TEXT NOT NULL REFERENCES institution (code) ON UPDATE CASCADE,
    meeting      INTEGER REFERENCES meeting (id),
    status       TEXT NOT NULL DEFAULT 'proposed'
                 CHECK (status IN ('proposed', 'approved', 'active', 'completed', 'cancelled')),
    start_on     TEXT CHECK (date(julianday(start_on)) IS start_on AND start_on >= '0'),
    end_on       TEXT CHECK (date(julianday(end_on)) IS end_on AND end_on >= '0'),
    budget_minor INTEGER CHECK (budget_minor >= 0),  -- exact: hundredths of `currency`
    currency     TEXT CHECK (length(currency) = 3 AND currency GLOB '[A-Z][A-Z][A-Z]'),
    funding      TEXT CHECK (funding <> ''),
    description  TEXT CHECK (description <> ''),
    CHECK (end_on IS NULL OR start_on IS NULL OR end_on >= start_on),
    CHECK (budget_minor IS NULL OR currency IS NOT NULL)
) STRICT;
INSERT INTO project_new (id, ref, title, area, lead, meeting, status, start_on, end_on, budget_minor,
                         currency, funding, description)
SELECT id, ref, title, area, lead, meeting, status, start_on, end_on, budget_minor,
       currency, funding, description FROM project;
DROP TABLE project;
ALTER TABLE project_new RENAME TO project;
CREATE UNIQUE INDEX project_by_ref ON project (ref);
CREATE INDEX project_by_lead ON project (lead);
CREATE INDEX project_by_meeting ON project (meeting);
CREATE INDEX project_by_status ON project (status, end_on);
CREATE TRIGGER project_fts_insert AFTER INSERT ON project BEGIN
    INSERT INTO project_fts (rowid, title, description, funding)
    VALUES (new.id, new.title, new.description, new.funding);
END;
CREATE TRIGGER project_fts_delete AFTER DELETE ON project BEGIN
    INSERT INTO project_fts (project_fts, rowid, title, description, funding)
    VALUES ('delete', old.id, old.title, old.description, old.funding);
END;
CREATE TRIGGER project_fts_update AFTER UPDATE OF title, description, funding ON project BEGIN
    INSERT INTO project_fts (project_fts, rowid, title, description, funding)
    VALUES ('delete', old.id, old.title, old.description, old.funding);
    INSERT INTO project_fts (rowid, title, description, funding)
    VALUES (new.id, new.title, new.description, new.funding);
END;
