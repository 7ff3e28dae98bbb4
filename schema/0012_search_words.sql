-- Issue 29, item 9: search finds what people type. `obrien` finds O'Brien, `ecommerce` finds
-- e-commerce: each full-text index gets a column `joined`, the record's words with the marks that
-- join parts of a word (the apostrophes ' and ’, the hyphen -) taken out, filled only when a
-- field holds one (most hold none). Looking is an instr() per mark and field: 1.4 s a million
-- activities, where a GLOB for a mark between two letters cost 9 s, seven marks 3 s; points are
-- left out, as most descriptions end a sentence with one and would all be indexed twice.
-- An area's name (transferencia tecnológica, capacitação...) finds the activities and projects
-- of that area: the index gets the area's code as one word (`technologytransfer`), and search
-- turns the name, in any language the input accepts, into that word (entities/search.cpp); the
-- codes, not the labels, live here.
--
-- Each index reads a view of its table, so that the index, its triggers, a `rebuild` (an import
-- sets the triggers aside and rebuilds) and `db check` agree on one expression. The triggers
-- read the view too: before a row is deleted or changed, its indexed words; after it is added or
-- changed, its new ones. Writes made with sqlite3 keep the index current as before. (IF EXISTS:
-- the step may run again over what it made, on a registry whose version says otherwise.)
DROP TRIGGER IF EXISTS activity_fts_insert;
DROP TRIGGER IF EXISTS activity_fts_delete;
DROP TRIGGER IF EXISTS activity_fts_update;
DROP TRIGGER IF EXISTS activity_fts_unindex;
DROP TABLE IF EXISTS activity_fts;
DROP VIEW IF EXISTS activity_search;
CREATE VIEW activity_search AS
SELECT id, title, description, tags,
       replace(area, '-', '') AS area,
       CASE WHEN instr(title, '''') OR instr(title, '’') OR instr(title, '-')
              OR instr(description, '''') OR instr(description, '’') OR instr(description, '-')
              OR instr(tags, '''') OR instr(tags, '’') OR instr(tags, '-')
         THEN replace(replace(replace(ifnull(title, '') || ' ' || ifnull(description, '') || ' ' || ifnull(tags, ''), '''', ''), '’', ''), '-', '') END AS joined
FROM activity;
CREATE VIRTUAL TABLE activity_fts USING fts5 (
    title, description, tags, area, joined, content = 'activity_search', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER activity_fts_insert AFTER INSERT ON activity BEGIN
    INSERT INTO activity_fts (rowid, title, description, tags, area, joined)
    SELECT id, title, description, tags, area, joined FROM activity_search WHERE id = new.id;
END;
CREATE TRIGGER activity_fts_delete BEFORE DELETE ON activity BEGIN
    INSERT INTO activity_fts (activity_fts, rowid, title, description, tags, area, joined)
    SELECT 'delete', id, title, description, tags, area, joined FROM activity_search WHERE id = old.id;
END;
CREATE TRIGGER activity_fts_unindex BEFORE UPDATE OF title, description, tags, area ON activity BEGIN
    INSERT INTO activity_fts (activity_fts, rowid, title, description, tags, area, joined)
    SELECT 'delete', id, title, description, tags, area, joined FROM activity_search WHERE id = old.id;
END;
CREATE TRIGGER activity_fts_update AFTER UPDATE OF title, description, tags, area ON activity BEGIN
    INSERT INTO activity_fts (rowid, title, description, tags, area, joined)
    SELECT id, title, description, tags, area, joined FROM activity_search WHERE id = new.id;
END;
INSERT INTO activity_fts (activity_fts) VALUES ('rebuild');
DROP TRIGGER IF EXISTS meeting_fts_insert;
DROP TRIGGER IF EXISTS meeting_fts_delete;
DROP TRIGGER IF EXISTS meeting_fts_update;
DROP TRIGGER IF EXISTS meeting_fts_unindex;
DROP TABLE IF EXISTS meeting_fts;
DROP VIEW IF EXISTS meeting_search;
CREATE VIEW meeting_search AS
SELECT id, title, place, agenda, minutes,
       CASE WHEN instr(title, '''') OR instr(title, '’') OR instr(title, '-')
              OR instr(place, '''') OR instr(place, '’') OR instr(place, '-')
              OR instr(agenda, '''') OR instr(agenda, '’') OR instr(agenda, '-')
              OR instr(minutes, '''') OR instr(minutes, '’') OR instr(minutes, '-')
         THEN replace(replace(replace(ifnull(title, '') || ' ' || ifnull(place, '') || ' ' || ifnull(agenda, '') || ' ' || ifnull(minutes, ''), '''', ''), '’', ''), '-', '') END AS joined
FROM meeting;
CREATE VIRTUAL TABLE meeting_fts USING fts5 (
    title, place, agenda, minutes, joined, content = 'meeting_search', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER meeting_fts_insert AFTER INSERT ON meeting BEGIN
    INSERT INTO meeting_fts (rowid, title, place, agenda, minutes, joined)
    SELECT id, title, place, agenda, minutes, joined FROM meeting_search WHERE id = new.id;
END;
CREATE TRIGGER meeting_fts_delete BEFORE DELETE ON meeting BEGIN
    INSERT INTO meeting_fts (meeting_fts, rowid, title, place, agenda, minutes, joined)
    SELECT 'delete', id, title, place, agenda, minutes, joined FROM meeting_search WHERE id = old.id;
END;
CREATE TRIGGER meeting_fts_unindex BEFORE UPDATE OF title, place, agenda, minutes ON meeting BEGIN
    INSERT INTO meeting_fts (meeting_fts, rowid, title, place, agenda, minutes, joined)
    SELECT 'delete', id, title, place, agenda, minutes, joined FROM meeting_search WHERE id = old.id;
END;
CREATE TRIGGER meeting_fts_update AFTER UPDATE OF title, place, agenda, minutes ON meeting BEGIN
    INSERT INTO meeting_fts (rowid, title, place, agenda, minutes, joined)
    SELECT id, title, place, agenda, minutes, joined FROM meeting_search WHERE id = new.id;
END;
INSERT INTO meeting_fts (meeting_fts) VALUES ('rebuild');
DROP TRIGGER IF EXISTS project_fts_insert;
DROP TRIGGER IF EXISTS project_fts_delete;
DROP TRIGGER IF EXISTS project_fts_update;
DROP TRIGGER IF EXISTS project_fts_unindex;
DROP TABLE IF EXISTS project_fts;
DROP VIEW IF EXISTS project_search;
CREATE VIEW project_search AS
SELECT id, title, description, funding,
       replace(area, '-', '') AS area,
       CASE WHEN instr(title, '''') OR instr(title, '’') OR instr(title, '-')
              OR instr(description, '''') OR instr(description, '’') OR instr(description, '-')
              OR instr(funding, '''') OR instr(funding, '’') OR instr(funding, '-')
         THEN replace(replace(replace(ifnull(title, '') || ' ' || ifnull(description, '') || ' ' || ifnull(funding, ''), '''', ''), '’', ''), '-', '') END AS joined
FROM project;
CREATE VIRTUAL TABLE project_fts USING fts5 (
    title, description, funding, area, joined, content = 'project_search', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER project_fts_insert AFTER INSERT ON project BEGIN
    INSERT INTO project_fts (rowid, title, description, funding, area, joined)
    SELECT id, title, description, funding, area, joined FROM project_search WHERE id = new.id;
END;
CREATE TRIGGER project_fts_delete BEFORE DELETE ON project BEGIN
    INSERT INTO project_fts (project_fts, rowid, title, description, funding, area, joined)
    SELECT 'delete', id, title, description, funding, area, joined FROM project_search WHERE id = old.id;
END;
CREATE TRIGGER project_fts_unindex BEFORE UPDATE OF title, description, funding, area ON project BEGIN
    INSERT INTO project_fts (project_fts, rowid, title, description, funding, area, joined)
    SELECT 'delete', id, title, description, funding, area, joined FROM project_search WHERE id = old.id;
END;
CREATE TRIGGER project_fts_update AFTER UPDATE OF title, description, funding, area ON project BEGIN
    INSERT INTO project_fts (rowid, title, description, funding, area, joined)
    SELECT id, title, description, funding, area, joined FROM project_search WHERE id = new.id;
END;
INSERT INTO project_fts (project_fts) VALUES ('rebuild');
