-- The depositary's desk (issue 18): a wrong membership event is corrected or annulled with a
-- reason, never edited silently nor deleted; an institution's code can be renamed.
--
-- An annulled event stays in membership_event, with the day it was annulled; statuses, lists,
-- the digest and exports read only the events that stand (annulled_on IS NULL). What a
-- correction changed, and every reason, is in the history under the institution's code.
ALTER TABLE membership_event ADD COLUMN annulled_on TEXT
    CHECK (annulled_on IS NULL OR (date(julianday(annulled_on)) IS annulled_on AND annulled_on >= '0'));

-- The history learns three actions: correct and annul (a membership event), rename (an
-- institution's code). CHECK constraints cannot be altered, so the table is rebuilt as SQLite
-- documents for ALTER; ids are copied unchanged.
CREATE TABLE history_new (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL
                CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('init', 'add', 'edit', 'remove', 'accede',
                                                'withdraw', 'import', 'migrate', 'correct',
                                                'annul', 'rename')),
    entity      TEXT NOT NULL CHECK (entity IN ('registry', 'agreement', 'institution', 'activity',
                                                'meeting', 'project')),
    key         TEXT NOT NULL,
    changes     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(changes))
) STRICT;
INSERT INTO history_new (id, at, actor, action, entity, key, changes)
SELECT id, at, actor, action, entity, key, changes FROM history;
DROP TABLE history;
ALTER TABLE history_new RENAME TO history;
CREATE INDEX history_by_entity ON history (entity, key, id);
CREATE INDEX history_by_at ON history (at);
-- `log --key CODE` follows renames both ways (the rename row's changes hold {"code": [OLD, NEW]}):
-- this keeps the few rename rows apart from a history of millions.
CREATE INDEX history_renames ON history (key) WHERE action = 'rename';
