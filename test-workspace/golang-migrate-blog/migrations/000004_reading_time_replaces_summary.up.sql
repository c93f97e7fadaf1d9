-- The listing page now shows an estimated reading time instead of the summary.
ALTER TABLE posts ADD COLUMN reading_minutes INTEGER NOT NULL DEFAULT 1;

UPDATE posts
SET reading_minutes = GREATEST(1, array_length(regexp_split_to_array(body, '\s+'), 1) / 200);

ALTER TABLE posts DROP COLUMN summary;
