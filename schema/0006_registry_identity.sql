-- Issue 19: calendars and open data published by many registries must not collide.
--
-- The registry's identifier: a random version-4 UUID, made once (at `init`, which applies every
-- migration, or here for a registry made before), kept by later migrations and by `db backup`
-- (a copy of the file). Calendar UIDs and published identifiers are built from it.
CREATE TABLE registry_identity (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    uuid TEXT NOT NULL CHECK (length(uuid) = 36 AND uuid GLOB
         '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-4[0-9a-f][0-9a-f][0-9a-f]-[89ab][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]')
) STRICT;
INSERT INTO registry_identity (id, uuid)
SELECT 1, substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-' ||
          substr('89ab', 1 + (abs(random()) % 4), 1) || substr(h, 18, 3) || '-' || substr(h, 21, 12)
FROM (SELECT lower(hex(randomblob(16))) AS h);

-- The hour a timed meeting ends (SPEC §2): on `end_date` when it has one, else on `date`. A
-- timed meeting without it lasts two hours in calendars.
ALTER TABLE meeting ADD COLUMN end_time TEXT
    CHECK (end_time IS NULL OR (end_time GLOB '[0-2][0-9]:[0-5][0-9]' AND end_time <= '23:59'
                                AND time IS NOT NULL
                                AND ((end_date IS NOT NULL AND end_date > date) OR end_time > time)));
