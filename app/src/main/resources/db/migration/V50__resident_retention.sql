-- Retention (issue 8): the day a resident's record was anonymised by an administrator.
-- Their names and free text are gone from then on; codes, dates, counts and categories stay for reports.
ALTER TABLE resident ADD COLUMN anonymised_on DATE;
