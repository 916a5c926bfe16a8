-- The crisis blocks of the guide and the crisis panel show a contact's notes to every user: the
-- first-start notes of two contacts carried a reference to the project's source files. Only notes
-- still as first stored are changed; a centre's own wording stays.
UPDATE social_service SET notes = 'Nederlandstalig.'
 WHERE notes = 'Nederlandstalig. Vermeld in seed 004 (L1599-1606) als partner van Smes.';
UPDATE social_service SET notes = 'Luisterlijn.'
 WHERE notes = 'Luisterlijn. Vermeld in seed 004 (L1599-1606).';
