-- Where a plan action comes from, as data: the screens put it into words in the reader's language.
-- Both null for actions added in the tracker itself. Older rows keep their stored source_note text.
ALTER TABLE plan_action ADD COLUMN origin_session_date DATE;
ALTER TABLE plan_action ADD COLUMN origin_case_id BIGINT;
