-- Issue 27: two times kept apart. Every fact has the day it is about and the day the registry
-- learnt it, and an answer "as of" a day is what the registry held then (lib/src/entities/as_of.cpp
-- builds that view from the tables and the history recorded after the day).
--
-- A project's or a meeting's status is a dated change: the day it took effect (`--on`) and the day
-- it was recorded. The status "in effect" on a day is the last change that took effect by then;
-- "as of" a day, only the changes recorded by then count. A record's removal leaves its changes
-- (marked with the day of the removal), so an answer about a day before it still finds them, and
-- a new record given the same id does not inherit them.
CREATE TABLE status_change (
    id           INTEGER PRIMARY KEY,
    entity       TEXT NOT NULL CHECK (entity IN ('meeting', 'project')),
    record       INTEGER NOT NULL,
    status       TEXT NOT NULL CHECK (
                     (entity = 'meeting' AND status IN ('scheduled', 'held', 'cancelled'))
                     OR (entity = 'project' AND status IN ('proposed', 'approved', 'active',
                                                           'completed', 'cancelled'))),
    effective_on TEXT NOT NULL CHECK (date(julianday(effective_on)) IS effective_on
                                      AND effective_on >= '0'),
    recorded_on  TEXT NOT NULL CHECK (date(julianday(recorded_on)) IS recorded_on
                                      AND recorded_on >= '0'),
    removed_on   TEXT CHECK (removed_on IS NULL OR (date(julianday(removed_on)) IS removed_on
                                                    AND removed_on >= '0'))
) STRICT;
CREATE INDEX status_change_by_record ON status_change (entity, record, effective_on, id);
CREATE INDEX status_change_by_effective_on ON status_change (entity, effective_on);

-- What the history already says: each status a record of today was given (added, edited or
-- imported), on the day it was recorded. Only the rows after the record's last removal (its id may
-- have served another record before).
INSERT INTO status_change (entity, record, status, effective_on, recorded_on)
SELECT h.entity, CAST(h.key AS INTEGER), json_extract(h.changes, '$.status[1]'),
       substr(h.at, 1, 10), substr(h.at, 1, 10)
FROM history h
WHERE h.entity IN ('meeting', 'project') AND h.action IN ('add', 'edit', 'import')
  AND json_extract(h.changes, '$.status[1]') IS NOT NULL
  AND ((h.entity = 'project' AND CAST(h.key AS INTEGER) IN (SELECT id FROM project))
       OR (h.entity = 'meeting' AND CAST(h.key AS INTEGER) IN (SELECT id FROM meeting)))
  AND h.id > coalesce((SELECT max(r.id) FROM history r WHERE r.entity = h.entity
                       AND r.key = h.key AND r.action = 'remove'), 0)
ORDER BY h.id;
-- A record the history does not show (imported before imports wrote a row per record): its
-- status of today, since the registry's first day.
INSERT INTO status_change (entity, record, status, effective_on, recorded_on)
SELECT 'project', p.id, p.status, d.day, d.day
FROM project p, (SELECT coalesce(substr(min(at), 1, 10), '1996-12-10') AS day FROM history) d
WHERE NOT EXISTS (SELECT 1 FROM status_change s WHERE s.entity = 'project' AND s.record = p.id);
INSERT INTO status_change (entity, record, status, effective_on, recorded_on)
SELECT 'meeting', m.id, m.status, d.day, d.day
FROM meeting m, (SELECT coalesce(substr(min(at), 1, 10), '1996-12-10') AS day FROM history) d
WHERE NOT EXISTS (SELECT 1 FROM status_change s WHERE s.entity = 'meeting' AND s.record = m.id);

-- A depositary notice's number (N/YYYY) is given when its event is recorded and never changes:
-- an annulled event keeps its number, and a correction keeps it. The year is the year the event
-- was recorded; the number counts that year's accessions and withdrawals in the order they were
-- recorded. Founding signatures have none.
ALTER TABLE membership_event ADD COLUMN notice_year INTEGER;
ALTER TABLE membership_event ADD COLUMN notice_number INTEGER CHECK (notice_number >= 1);
UPDATE membership_event
SET notice_year = n.year, notice_number = n.number
FROM (SELECT id, CAST(substr(coalesce(recorded_on, date), 1, 4) AS INTEGER) AS year,
             row_number() OVER (PARTITION BY substr(coalesce(recorded_on, date), 1, 4)
                                ORDER BY coalesce(recorded_on, date), id) AS number
      FROM membership_event WHERE kind <> 'founding') AS n
WHERE membership_event.id = n.id;
CREATE UNIQUE INDEX membership_event_by_notice ON membership_event (notice_year, notice_number);
-- Every event recorded from now on, whoever writes it: the next number of its year.
CREATE TRIGGER membership_event_notice AFTER INSERT ON membership_event
WHEN new.kind <> 'founding' AND new.notice_number IS NULL
BEGIN
    UPDATE membership_event
    SET notice_year = CAST(substr(coalesce(new.recorded_on, new.date), 1, 4) AS INTEGER),
        notice_number = 1 + coalesce(
            (SELECT max(e.notice_number) FROM membership_event e
             WHERE e.notice_year = CAST(substr(coalesce(new.recorded_on, new.date), 1, 4)
                                        AS INTEGER)), 0)
    WHERE id = new.id;
END;
