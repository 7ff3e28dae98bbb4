-- Issue 29: a meeting's calendar UID travels with it. Until now the UID was made each time from
-- the meeting's id and the registry's identifier (migration 0006), so a registry rebuilt from
-- its own exports (`init --empty`, then the files) gave every meeting a new UID, and calendars
-- that had the meetings showed each one twice. Now the UID is the meeting's own: made when the
-- meeting is added, exactly as before (`meeting-ID-REGISTRY@pymes`), written in the export's
-- `uid` column and kept by an import that gives it. It never changes.
--
-- A UID is written after "UID:" as it is: 1 to 255 printable ASCII characters without spaces,
-- commas, semicolons, backslashes or quotes (RFC 5545 allows more, but nothing pymes makes needs
-- it, and each of those is one more thing every reader of the .ics has to unescape right).
ALTER TABLE meeting ADD COLUMN uid TEXT
    CHECK (uid IS NULL OR (length(uid) BETWEEN 1 AND 255 AND uid NOT GLOB '*[^!-~]*'
                           AND uid NOT GLOB '*[\,;"]*'));

UPDATE meeting
SET uid = 'meeting-' || id || '-' || (SELECT uuid FROM registry_identity WHERE id = 1) || '@pymes';

CREATE UNIQUE INDEX meeting_by_uid ON meeting (uid);

-- A meeting added without one (`meeting add`, an import row with an empty `uid`, another
-- program) gets the UID it always had. NULL only between the INSERT and this UPDATE.
CREATE TRIGGER meeting_uid_made AFTER INSERT ON meeting WHEN new.uid IS NULL
BEGIN
    UPDATE meeting
    SET uid = 'meeting-' || new.id || '-' || (SELECT uuid FROM registry_identity WHERE id = 1) ||
              '@pymes'
    WHERE id = new.id;
END;

-- A calendar knows the meeting by it: it is never changed nor taken away.
CREATE TRIGGER meeting_uid_kept BEFORE UPDATE OF uid ON meeting
WHEN old.uid IS NOT NULL AND new.uid IS NOT old.uid
BEGIN
    SELECT RAISE(ABORT, 'meeting: a calendar UID never changes');
END;
