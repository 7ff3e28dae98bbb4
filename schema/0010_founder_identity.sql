-- Issue 28: a founding signature belongs to the founding institution, whatever its code becomes
-- (SPEC §2), not to whichever institution holds one of the 11 codes. After `institution rename
-- ALIDE ALIDE-LAT`, a new institution ALIDE could be given a founding signature by a membership
-- import, and a renamed founder could not be imported into a registry made with `init --empty`.
--
-- `founder` says which of the 11 founding signatories an institution is: the code the agreement's
-- list has for it (SPEC §2), set by `init` (or by an institution import into a registry that lacks
-- that signatory) and kept through every rename. NULL for every other institution. A founding
-- event is recorded only for an institution whose `founder` is set, and once set it never changes.
ALTER TABLE institution ADD COLUMN founder TEXT
    CHECK (founder IN ('ALIDE', 'CLAMPI', 'INTAL', 'MIPYMES-MERCOSUR', 'OLAMP', 'BOLIVAR', 'SELA',
                       'TIPS', 'UNESCO', 'ALADI', 'PARLATINO'));

-- The institutions that hold a standing founding signature already. Each is traced back through
-- the history's rename rows ({"code": [OLD, NEW]}, keyed NEW) to the code it had first; among those
-- whose first code is the same signatory's, the one whose signature was recorded first is that
-- signatory (the one `init` made). A founding signature given to another institution (an impostor
-- of issue 28) stays in the log, and `pymes db check` names it for annulment.
WITH RECURSIVE traced (code, first, before) AS (
    SELECT institution, institution, (SELECT coalesce(max(id), 0) + 1 FROM history) FROM membership_event
    WHERE kind = 'founding' AND annulled_on IS NULL
    UNION ALL
    SELECT t.code, json_extract(h.changes, '$.code[0]'), h.id
    FROM traced t JOIN history h
      ON h.id = (SELECT max(r.id) FROM history r
                 WHERE r.entity = 'institution' AND r.action = 'rename' AND r.key = t.first
                   AND r.id < t.before AND json_extract(r.changes, '$.code[1]') IS t.first)
),
origin (code, first) AS (
    SELECT code, first FROM traced t
    WHERE before = (SELECT min(u.before) FROM traced u WHERE u.code = t.code)
),
claim (code, signatory, event) AS (
    SELECT o.code, o.first,
           (SELECT min(e.id) FROM membership_event e
            WHERE e.institution = o.code AND e.kind = 'founding' AND e.annulled_on IS NULL)
    FROM origin o
    WHERE o.first IN ('ALIDE', 'CLAMPI', 'INTAL', 'MIPYMES-MERCOSUR', 'OLAMP', 'BOLIVAR', 'SELA',
                      'TIPS', 'UNESCO', 'ALADI', 'PARLATINO')
)
UPDATE institution SET founder = (SELECT c.signatory FROM claim c WHERE c.code = institution.code)
WHERE code IN (SELECT c.code FROM claim c
               WHERE c.event = (SELECT min(d.event) FROM claim d WHERE d.signatory = c.signatory));

CREATE UNIQUE INDEX institution_by_founder ON institution (founder) WHERE founder IS NOT NULL;

-- The registry refuses what pymes refuses, also from another writer (the sqlite3 shell): a
-- founding event for an institution that is not a founding signatory, and a change of `founder`
-- once set.
CREATE TRIGGER IF NOT EXISTS membership_event_founding_insert BEFORE INSERT ON membership_event
WHEN new.kind = 'founding'
 AND (SELECT founder FROM institution WHERE code = new.institution) IS NULL
BEGIN
    SELECT RAISE(ABORT, 'membership_event: a founding signature for an institution that is not a founding signatory');
END;
CREATE TRIGGER IF NOT EXISTS membership_event_founding_update BEFORE UPDATE OF kind ON membership_event
WHEN new.kind = 'founding' AND old.kind IS NOT 'founding'
 AND (SELECT founder FROM institution WHERE code = new.institution) IS NULL
BEGIN
    SELECT RAISE(ABORT, 'membership_event: a founding signature for an institution that is not a founding signatory');
END;
CREATE TRIGGER IF NOT EXISTS institution_founder_update BEFORE UPDATE OF founder ON institution
WHEN old.founder IS NOT NULL AND new.founder IS NOT old.founder
BEGIN
    SELECT RAISE(ABORT, 'institution: a founding signatory stays one');
END;
