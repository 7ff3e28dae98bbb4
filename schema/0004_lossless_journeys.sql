-- Issue 14: what the registry was never told stays unknown, and the membership log travels whole.
--
-- `scope` may be empty (unknown): the table is rebuilt without its NOT NULL and default, as
-- SQLite documents for ALTER (new table, copy, drop, rename). The founding signatories were given
-- `regional` by init, though nobody said so (UNESCO is not regional): their scope becomes unknown,
-- unless someone set it since (an edit or an import recorded in the history).
CREATE TABLE institution_new (
    code        TEXT PRIMARY KEY
                CHECK (length(code) BETWEEN 2 AND 32
                       AND code GLOB '[A-Z0-9]*'
                       AND NOT code GLOB '*[^A-Z0-9-]*'),
    name        TEXT NOT NULL CHECK (name <> ''),
    country     TEXT CHECK (country IS NULL OR (length(country) = 2 AND country GLOB '[A-Z][A-Z]')),
    scope       TEXT CHECK (scope IN ('regional', 'extra-regional')),
    kind        TEXT CHECK (kind <> ''),
    website     TEXT CHECK (website <> ''),
    email       TEXT CHECK (email <> ''),
    contact     TEXT CHECK (contact <> ''),
    notes       TEXT CHECK (notes <> '')
) STRICT, WITHOUT ROWID;
INSERT INTO institution_new (code, name, country, scope, kind, website, email, contact, notes)
    SELECT code, name, country, scope, kind, website, email, contact, notes FROM institution;
DROP TABLE institution;
ALTER TABLE institution_new RENAME TO institution;

UPDATE institution SET scope = NULL
WHERE scope = 'regional'
  AND code IN ('ALIDE', 'CLAMPI', 'INTAL', 'MIPYMES-MERCOSUR', 'OLAMP', 'BOLIVAR', 'SELA', 'TIPS',
               'UNESCO', 'ALADI', 'PARLATINO')
  AND EXISTS (SELECT 1 FROM membership_event e WHERE e.institution = institution.code AND e.kind = 'founding')
  AND NOT EXISTS (SELECT 1 FROM history h
                  WHERE h.entity = 'institution' AND h.key = institution.code
                    AND h.action IN ('edit', 'import') AND json_extract(h.changes, '$.scope') IS NOT NULL);

-- The day each membership event was recorded, which travels with it (`membership export`): for
-- the events already there, the day of the history entry that recorded them.
ALTER TABLE membership_event ADD COLUMN recorded_on TEXT
    CHECK (recorded_on IS NULL OR (date(julianday(recorded_on)) IS recorded_on AND recorded_on >= '0'));
UPDATE membership_event SET recorded_on = coalesce(
    (SELECT substr(min(h.at), 1, 10) FROM history h
     WHERE h.entity = 'institution' AND h.key = membership_event.institution
       AND h.action IN ('accede', 'withdraw', 'import')
       AND (json_extract(h.changes, '$.joined_on[1]') IS membership_event.date
            OR json_extract(h.changes, '$.withdrawn_on[1]') IS membership_event.date)),
    (SELECT substr(min(h.at), 1, 10) FROM history h),
    date);
