-- Issue 20: a period's meetings without walking every meeting before it. A meeting meets a
-- period when coalesce(end_date, date) >= from AND date <= to; the index on date bounds only the
-- second half. The longest span the registry keeps bounds the first: no meeting that overlaps
-- `from` starts earlier than `from` minus that span, and max() of this expression reads one
-- entry of its index (entities/activity_period.cpp, meetings_starting_near).
CREATE INDEX meeting_by_span ON meeting ((julianday(coalesce(end_date, date)) - julianday(date)));
