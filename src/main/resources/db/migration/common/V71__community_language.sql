-- The language a community works in (en, fr or es): prompts, answers and digests come in it, and its replies are
-- analysed with that language's analyzer and closed vocabulary, so its trends stay in one language.
ALTER TABLE community ADD COLUMN language_code VARCHAR(2) DEFAULT 'en' NOT NULL;
