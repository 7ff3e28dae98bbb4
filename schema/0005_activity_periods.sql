-- The period queries (the digest's week, `activity list --from --to`, a year's count) must not
-- walk the table when a week holds 20,000 activities. activity_by_span, on
-- (coalesce(end_on, start_on), start_on), bounded only one side of an overlap: for a week early
-- in a dense year it walked every activity that ended later (1M activities in one year: 0.3 s
-- for the counts of one week).
--
-- activity_by_period puts each activity in a class by the length of its span (0: a day, then at
-- most 7, 31, 92, 366, 1827 days, then longer), then start_on: an activity of class K that
-- overlaps [from, to] starts in [from - K days, to], so each class is one bounded range of the
-- index (lib/src/entities/activity_period.cpp repeats the expression; SQLite uses the index only
-- for the same expression). It also holds what the digest counts and ranks by (area,
-- institution, highlight, recorded_on): a week's counts by area and its first 25 come from the
-- index alone, and only the rows shown are read. activity_by_recorded_on likewise, for
-- "recorded in the period" and "taking place" (start_on, end_on) without reading rows.
-- The number of indexes an import builds stays three.
DROP INDEX IF EXISTS activity_by_span;
DROP INDEX IF EXISTS activity_by_period;
CREATE INDEX activity_by_period ON activity (
    CASE WHEN end_on IS NULL OR end_on <= start_on THEN 0
         WHEN end_on <= date(start_on, '+7 days') THEN 7
         WHEN end_on <= date(start_on, '+31 days') THEN 31
         WHEN end_on <= date(start_on, '+92 days') THEN 92
         WHEN end_on <= date(start_on, '+366 days') THEN 366
         WHEN end_on <= date(start_on, '+1827 days') THEN 1827
         ELSE 3652425 END,
    start_on, end_on, area, institution, highlight, recorded_on);
DROP INDEX IF EXISTS activity_by_recorded_on;
CREATE INDEX activity_by_recorded_on
    ON activity (recorded_on, area, institution, highlight, start_on, end_on);
