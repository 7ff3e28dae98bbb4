-- The whole registry of the Acuerdo Marco (Arequipa, 1996), SPEC §2.
--
-- Conventions, so that every later migration reads the same way:
--  * every table is STRICT; enumerated values and dates are CHECKed here, so that a value the
--    program would refuse cannot be written with sqlite3 either;
--  * optional text is NULL, never '' (one way to say "nothing");
--  * dates are ISO 'YYYY-MM-DD' text that date(julianday()) gives back unchanged (so 2026-02-30 is refused:
--    plain date() in SQLite 3.40 passes it through);
--  * institutions are referred to by their code, with ON UPDATE CASCADE.
-- A landed migration is never edited: a change is a new NNNN_what.sql file.

CREATE TABLE agreement (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    title       TEXT NOT NULL CHECK (title <> ''),
    signed_on   TEXT NOT NULL CHECK (signed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                                     AND date(julianday(signed_on)) IS signed_on),
    signed_in   TEXT NOT NULL CHECK (signed_in <> '')
) STRICT;

CREATE TABLE institution (
    code        TEXT PRIMARY KEY
                CHECK (length(code) BETWEEN 2 AND 32
                       AND code GLOB '[A-Z0-9]*'
                       AND NOT code GLOB '*[^A-Z0-9-]*'),
    name        TEXT NOT NULL CHECK (name <> ''),
    country     TEXT CHECK (country IS NULL OR (length(country) = 2 AND country GLOB '[A-Z][A-Z]')),
    scope       TEXT NOT NULL DEFAULT 'regional' CHECK (scope IN ('regional', 'extra-regional')),
    kind        TEXT CHECK (kind <> ''),
    website     TEXT CHECK (website <> ''),
    email       TEXT CHECK (email <> ''),
    contact     TEXT CHECK (contact <> ''),
    notes       TEXT CHECK (notes <> '')
) STRICT, WITHOUT ROWID;

-- Membership is an append-only log of dated events; the status is derived from it, never stored.
-- Event ids keep the order of insertion, which is how the founding signatories keep the
-- agreement's own order.
CREATE TABLE membership_event (
    id          INTEGER PRIMARY KEY,
    institution TEXT NOT NULL REFERENCES institution (code) ON UPDATE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('founding', 'accession', 'withdrawal')),
    date        TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                                     AND date(julianday(date)) IS date AND date >= '1996-12-10'),
    place       TEXT CHECK (place <> ''),
    reference   TEXT CHECK (reference <> ''),
    CHECK (kind <> 'founding' OR date = '1996-12-10')
) STRICT;
CREATE INDEX membership_event_by_institution ON membership_event (institution, date, id);
CREATE INDEX membership_event_by_date ON membership_event (date);

CREATE TABLE activity (
    id          INTEGER PRIMARY KEY,
    ref         TEXT CHECK (ref <> ''),
    institution TEXT NOT NULL REFERENCES institution (code) ON UPDATE CASCADE,
    area        TEXT NOT NULL CHECK (area IN ('information', 'management', 'training',
                                              'technology-transfer', 'public-policy')),
    title       TEXT NOT NULL CHECK (title <> ''),
    description TEXT CHECK (description <> ''),
    status      TEXT NOT NULL DEFAULT 'planned'
                CHECK (status IN ('planned', 'ongoing', 'done', 'cancelled')),
    start_on    TEXT CHECK (start_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                            AND date(julianday(start_on)) IS start_on),
    end_on      TEXT CHECK (end_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                            AND date(julianday(end_on)) IS end_on),
    highlight   INTEGER NOT NULL DEFAULT 0 CHECK (highlight IN (0, 1)),
    url         TEXT CHECK (url <> ''),
    tags        TEXT CHECK (tags <> ''),  -- ';'-separated, as in CSV
    recorded_on TEXT NOT NULL CHECK (recorded_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                                     AND date(julianday(recorded_on)) IS recorded_on),
    CHECK (end_on IS NULL OR start_on IS NULL OR end_on >= start_on),
    UNIQUE (institution, ref)
) STRICT;
CREATE INDEX activity_by_area ON activity (area, institution);
CREATE INDEX activity_by_recorded_on ON activity (recorded_on);
-- An activity takes place from start_on to end_on (or on start_on alone): the digest and
-- --from/--to look for spans that overlap a period.
CREATE INDEX activity_by_span ON activity (coalesce(end_on, start_on), start_on);

CREATE TABLE meeting (
    id          INTEGER PRIMARY KEY,
    title       TEXT CHECK (title <> ''),
    date        TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                                     AND date(julianday(date)) IS date),
    end_date    TEXT CHECK (end_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                            AND date(julianday(end_date)) IS end_date AND end_date >= date),
    time        TEXT CHECK (time GLOB '[0-2][0-9]:[0-5][0-9]' AND time <= '23:59'),
    timezone    TEXT CHECK (timezone <> ''),
    place       TEXT CHECK (place <> ''),
    country     TEXT CHECK (country IS NULL OR (length(country) = 2 AND country GLOB '[A-Z][A-Z]')),
    host        TEXT REFERENCES institution (code) ON UPDATE CASCADE,
    status      TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'held', 'cancelled')),
    agenda      TEXT CHECK (agenda <> ''),
    minutes     TEXT CHECK (minutes <> '')
) STRICT;
CREATE INDEX meeting_by_date ON meeting (date);
CREATE INDEX meeting_by_host ON meeting (host);

CREATE TABLE meeting_attendee (
    meeting     INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    institution TEXT NOT NULL REFERENCES institution (code) ON UPDATE CASCADE,
    PRIMARY KEY (meeting, institution)
) STRICT, WITHOUT ROWID;
CREATE INDEX meeting_attendee_by_institution ON meeting_attendee (institution);

CREATE TABLE project (
    id           INTEGER PRIMARY KEY,
    ref          TEXT UNIQUE CHECK (ref <> ''),
    title        TEXT NOT NULL CHECK (title <> ''),
    area         TEXT NOT NULL CHECK (area IN ('information', 'management', 'training',
                                               'technology-transfer', 'public-policy')),
    lead         TEXT NOT NULL REFERENCES institution (code) ON UPDATE CASCADE,
    meeting      INTEGER REFERENCES meeting (id),
    status       TEXT NOT NULL DEFAULT 'proposed'
                 CHECK (status IN ('proposed', 'approved', 'active', 'completed', 'cancelled')),
    start_on     TEXT CHECK (start_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                             AND date(julianday(start_on)) IS start_on),
    end_on       TEXT CHECK (end_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                             AND date(julianday(end_on)) IS end_on),
    budget_minor INTEGER CHECK (budget_minor >= 0),  -- exact: hundredths of `currency`
    currency     TEXT CHECK (length(currency) = 3 AND currency GLOB '[A-Z][A-Z][A-Z]'),
    funding      TEXT CHECK (funding <> ''),
    description  TEXT CHECK (description <> ''),
    CHECK (end_on IS NULL OR start_on IS NULL OR end_on >= start_on),
    CHECK (budget_minor IS NULL OR currency IS NOT NULL)
) STRICT;
CREATE INDEX project_by_lead ON project (lead);
CREATE INDEX project_by_meeting ON project (meeting);
CREATE INDEX project_by_status ON project (status, end_on);

CREATE TABLE project_partner (
    project     INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    institution TEXT NOT NULL REFERENCES institution (code) ON UPDATE CASCADE,
    PRIMARY KEY (project, institution)
) STRICT, WITHOUT ROWID;
CREATE INDEX project_partner_by_institution ON project_partner (institution);

-- Every change, written in the transaction that makes it. `changes` is a JSON object
-- {"field": [old, new], ...} with null for an absent value.
CREATE TABLE history (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL
                CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('init', 'add', 'edit', 'remove', 'accede',
                                                'withdraw', 'import', 'migrate')),
    entity      TEXT NOT NULL CHECK (entity IN ('registry', 'agreement', 'institution', 'activity',
                                                'meeting', 'project')),
    key         TEXT NOT NULL,
    changes     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(changes))
) STRICT;
CREATE INDEX history_by_entity ON history (entity, key, id);
CREATE INDEX history_by_at ON history (at);

-- Full-text search (SPEC §3 `search`): one external-content FTS5 index per searchable table,
-- kept current by triggers so that writes made with sqlite3 are found too. remove_diacritics 2
-- makes `capacitacion` find `capacitación`.
CREATE VIRTUAL TABLE activity_fts USING fts5 (
    title, description, tags, content = 'activity', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');
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

CREATE VIRTUAL TABLE meeting_fts USING fts5 (
    title, place, agenda, minutes, content = 'meeting', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER meeting_fts_insert AFTER INSERT ON meeting BEGIN
    INSERT INTO meeting_fts (rowid, title, place, agenda, minutes)
    VALUES (new.id, new.title, new.place, new.agenda, new.minutes);
END;
CREATE TRIGGER meeting_fts_delete AFTER DELETE ON meeting BEGIN
    INSERT INTO meeting_fts (meeting_fts, rowid, title, place, agenda, minutes)
    VALUES ('delete', old.id, old.title, old.place, old.agenda, old.minutes);
END;
CREATE TRIGGER meeting_fts_update AFTER UPDATE OF title, place, agenda, minutes ON meeting BEGIN
    INSERT INTO meeting_fts (meeting_fts, rowid, title, place, agenda, minutes)
    VALUES ('delete', old.id, old.title, old.place, old.agenda, old.minutes);
    INSERT INTO meeting_fts (rowid, title, place, agenda, minutes)
    VALUES (new.id, new.title, new.place, new.agenda, new.minutes);
END;

CREATE VIRTUAL TABLE project_fts USING fts5 (
    title, description, funding, content = 'project', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');
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
