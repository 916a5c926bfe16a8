-- Only for tests: stands for a migration that a later version of the application brings.
CREATE TABLE test_only_later_version (id INTEGER);
