-- Issue 28: control characters (SPEC §2 "Text"). pymes refuses them in one-line fields, and allows
-- only line breaks and tabs in long ones (description, notes, agenda, minutes), but a registry
-- written by other means (the sqlite3 shell) took any: they broke the Atom feed and reached the
-- pages raw. From now on the registry refuses them itself. C0 (U+0001-U+001F), DEL and C1
-- (U+007F-U+009F), as `text_problem` (core/text.cpp) reads them.
--
-- Triggers rather than CHECKs: a table rebuild would refuse to migrate a registry that already
-- holds one, and an update that keeps such a value as it is stays allowed (an import row that
-- holds exactly what the record holds). `pymes db check` lists the values that hold one.
CREATE TRIGGER IF NOT EXISTS agreement_text_insert BEFORE INSERT ON agreement
WHEN new.title GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
  OR new.signed_in GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
BEGIN
    SELECT RAISE(ABORT, 'agreement: a text holds a control character');
END;
CREATE TRIGGER IF NOT EXISTS agreement_text_update BEFORE UPDATE ON agreement
WHEN (new.title IS NOT old.title AND new.title GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
  OR (new.signed_in IS NOT old.signed_in AND new.signed_in GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
BEGIN
    SELECT RAISE(ABORT, 'agreement: a text holds a control character');
END;
CREATE TRIGGER IF NOT EXISTS institution_text_insert BEFORE INSERT ON institution
WHEN new.code GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
  OR new.name GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
  OR new.scope GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
  OR new.kind GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
  OR new.website GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
  OR new.email GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
  OR new.contact GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
  OR new.notes GLOB '*[' || char(1) || '-' || char(8) || char(11) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
BEGIN
    SELECT RAISE(ABORT, 'institution: a text holds a control character');
END;
CREATE TRIGGER IF NOT EXISTS institution_text_update BEFORE UPDATE ON institution
WHEN (new.code IS NOT old.code AND new.code GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
  OR (new.name IS NOT old.name AND new.name GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
  OR (new.scope IS NOT old.scope AND new.scope GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
  OR (new.kind IS NOT old.kind AND new.kind GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
  OR (new.website IS NOT old.website AND new.website GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
  OR (new.email IS NOT old.email AND new.email GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
  OR (new.contact IS NOT old.contact AND new.contact GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
  OR (new.notes IS NOT old.notes AND new.notes GLOB '*[' || char(1) || '-' || char(8) || char(11) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
BEGIN
    SELECT RAISE(ABORT, 'institution: a text holds a control character');
END;
CREATE TRIGGER IF NOT EXISTS membership_event_text_insert BEFORE INSERT ON membership_event
WHEN new.institution GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
  OR new.place GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
  OR new.reference GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
BEGIN
    SELECT RAISE(ABORT, 'membership_event: a text holds a control character');
END;
CREATE TRIGGER IF NOT EXISTS membership_event_text_update BEFORE UPDATE ON membership_event
WHEN (new.institution IS NOT old.institution AND new.institution GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
  OR (new.place IS NOT old.place AND new.place GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
  OR (new.reference IS NOT old.reference AND new.reference GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
BEGIN
    SELECT RAISE(ABORT, 'membership_event: a text holds a control character');
END;
CREATE TRIGGER IF NOT EXISTS meeting_text_insert BEFORE INSERT ON meeting
WHEN new.title GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
  OR new.timezone GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
  OR new.place GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
  OR new.host GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
  OR new.agenda GLOB '*[' || char(1) || '-' || char(8) || char(11) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
  OR new.minutes GLOB '*[' || char(1) || '-' || char(8) || char(11) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
BEGIN
    SELECT RAISE(ABORT, 'meeting: a text holds a control character');
END;
CREATE TRIGGER IF NOT EXISTS meeting_text_update BEFORE UPDATE ON meeting
WHEN (new.title IS NOT old.title AND new.title GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
  OR (new.timezone IS NOT old.timezone AND new.timezone GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
  OR (new.place IS NOT old.place AND new.place GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
  OR (new.host IS NOT old.host AND new.host GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
  OR (new.agenda IS NOT old.agenda AND new.agenda GLOB '*[' || char(1) || '-' || char(8) || char(11) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
  OR (new.minutes IS NOT old.minutes AND new.minutes GLOB '*[' || char(1) || '-' || char(8) || char(11) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
BEGIN
    SELECT RAISE(ABORT, 'meeting: a text holds a control character');
END;
CREATE TRIGGER IF NOT EXISTS activity_text_insert BEFORE INSERT ON activity
WHEN new.ref GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
  OR new.institution GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
  OR new.title GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
  OR new.url GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
  OR new.tags GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
  OR new.description GLOB '*[' || char(1) || '-' || char(8) || char(11) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
BEGIN
    SELECT RAISE(ABORT, 'activity: a text holds a control character');
END;
CREATE TRIGGER IF NOT EXISTS activity_text_update BEFORE UPDATE ON activity
WHEN (new.ref IS NOT old.ref AND new.ref GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
  OR (new.institution IS NOT old.institution AND new.institution GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
  OR (new.title IS NOT old.title AND new.title GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
  OR (new.url IS NOT old.url AND new.url GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
  OR (new.tags IS NOT old.tags AND new.tags GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
  OR (new.description IS NOT old.description AND new.description GLOB '*[' || char(1) || '-' || char(8) || char(11) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
BEGIN
    SELECT RAISE(ABORT, 'activity: a text holds a control character');
END;
CREATE TRIGGER IF NOT EXISTS project_text_insert BEFORE INSERT ON project
WHEN new.ref GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
  OR new.title GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
  OR new.lead GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
  OR new.funding GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
  OR new.description GLOB '*[' || char(1) || '-' || char(8) || char(11) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
BEGIN
    SELECT RAISE(ABORT, 'project: a text holds a control character');
END;
CREATE TRIGGER IF NOT EXISTS project_text_update BEFORE UPDATE ON project
WHEN (new.ref IS NOT old.ref AND new.ref GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
  OR (new.title IS NOT old.title AND new.title GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
  OR (new.lead IS NOT old.lead AND new.lead GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
  OR (new.funding IS NOT old.funding AND new.funding GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
  OR (new.description IS NOT old.description AND new.description GLOB '*[' || char(1) || '-' || char(8) || char(11) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
BEGIN
    SELECT RAISE(ABORT, 'project: a text holds a control character');
END;
CREATE TRIGGER IF NOT EXISTS meeting_attendee_text_insert BEFORE INSERT ON meeting_attendee
WHEN new.institution GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
BEGIN
    SELECT RAISE(ABORT, 'meeting_attendee: a text holds a control character');
END;
CREATE TRIGGER IF NOT EXISTS meeting_attendee_text_update BEFORE UPDATE ON meeting_attendee
WHEN (new.institution IS NOT old.institution AND new.institution GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
BEGIN
    SELECT RAISE(ABORT, 'meeting_attendee: a text holds a control character');
END;
CREATE TRIGGER IF NOT EXISTS project_partner_text_insert BEFORE INSERT ON project_partner
WHEN new.institution GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
BEGIN
    SELECT RAISE(ABORT, 'project_partner: a text holds a control character');
END;
CREATE TRIGGER IF NOT EXISTS project_partner_text_update BEFORE UPDATE ON project_partner
WHEN (new.institution IS NOT old.institution AND new.institution GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
BEGIN
    SELECT RAISE(ABORT, 'project_partner: a text holds a control character');
END;
CREATE TRIGGER IF NOT EXISTS history_text_insert BEFORE INSERT ON history
WHEN new.actor GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*'
BEGIN
    SELECT RAISE(ABORT, 'history: a text holds a control character');
END;
CREATE TRIGGER IF NOT EXISTS history_text_update BEFORE UPDATE ON history
WHEN (new.actor IS NOT old.actor AND new.actor GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
BEGIN
    SELECT RAISE(ABORT, 'history: a text holds a control character');
END;
