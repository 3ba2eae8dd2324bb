import { MigrationInterface, QueryRunner } from 'typeorm';

export class Knowledge1764043600000 implements MigrationInterface {
  name = 'Knowledge1764043600000';

  async up(q: QueryRunner): Promise<void> {
    // Threads mix English and Dutch: every text is indexed three ways (exact words for prefixes and
    // typos, English stems, Dutch stems), accents folded so that "beeindigen" finds "beëindigen".
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    for (const [name, base, stem] of [['knowledge_simple', 'simple', 'simple'], ['knowledge_en', 'english', 'english_stem'], ['knowledge_nl', 'dutch', 'dutch_stem']]) {
      await q.query(`CREATE TEXT SEARCH CONFIGURATION ${name} (COPY = ${base})`);
      await q.query(`ALTER TEXT SEARCH CONFIGURATION ${name} ALTER MAPPING FOR hword, hword_part, word, asciiword, asciihword, hword_asciipart WITH unaccent, ${stem}`);
    }
    await q.query(`
      CREATE FUNCTION knowledge_text_tsv(body text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT to_tsvector('knowledge_simple', body) || to_tsvector('knowledge_en', body) || to_tsvector('knowledge_nl', body)
      $$`);
    // Title A, question B, accepted and expert answers C, tags and category D.
    await q.query(`
      CREATE FUNCTION knowledge_tsv(title text, body text, answers text, tags text[], category text) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(knowledge_text_tsv(title), 'A') || setweight(knowledge_text_tsv(body), 'B')
            || setweight(knowledge_text_tsv(answers), 'C')
            || setweight(to_tsvector('knowledge_simple', replace(array_to_string(tags, ' '), '-', ' ') || ' ' || category), 'D')
      $$`);

    // The PostgreSQL engine's index: one row per SearchDocument, rebuilt from the forum by the sync.
    await q.query(`
      CREATE TABLE search_documents (
        id uuid PRIMARY KEY,
        kind varchar(10) NOT NULL CHECK (kind IN ('thread', 'article')),
        title text NOT NULL,
        body text NOT NULL,
        accepted_answer text NOT NULL DEFAULT '',
        expert_answers text[] NOT NULL DEFAULT '{}',
        tags text[] NOT NULL DEFAULT '{}',
        category_id uuid NOT NULL,
        category_name text NOT NULL,
        solved boolean NOT NULL,
        has_expert_answer boolean NOT NULL,
        score integer NOT NULL,
        boost smallint NOT NULL,
        visibility varchar(10) NOT NULL CHECK (visibility IN ('public', 'hidden')),
        last_activity_at bigint NOT NULL,
        created_at bigint NOT NULL,
        indexed_at timestamptz NOT NULL,
        tsv tsvector NOT NULL,
        title_tsv tsvector NOT NULL
      )`);
    await q.query(`CREATE INDEX search_documents_tsv ON search_documents USING gin (tsv)`);
    // Candidates for "is this it?": few documents share title words, so ranking them stays cheap.
    await q.query(`CREATE INDEX search_documents_title_tsv ON search_documents USING gin (title_tsv)`);
    await q.query(`CREATE INDEX search_documents_tags ON search_documents USING gin (tags)`);
    await q.query(`CREATE INDEX search_documents_category ON search_documents (category_id)`);
    // Empty-text listings in each sort.
    await q.query(`CREATE INDEX search_documents_rank ON search_documents (boost DESC, score DESC, last_activity_at DESC, id)`);
    await q.query(`CREATE INDEX search_documents_activity ON search_documents (last_activity_at DESC, id)`);
    await q.query(`CREATE INDEX search_documents_created ON search_documents (created_at DESC, id)`);
    await q.query(`CREATE INDEX search_documents_score ON search_documents (score DESC, id)`);

    // Every indexed word, for typo correction by trigram similarity (a word absent from the
    // vocabulary is replaced by its nearest neighbours in it).
    await q.query(`CREATE TABLE search_terms (term text PRIMARY KEY)`);
    await q.query(`CREATE INDEX search_terms_trgm ON search_terms USING gin (term gin_trgm_ops)`);


    /**
     * The queries of a search, from its terms as JSON: [{"a": [word, synonyms…], "t": typos?}, …].
     * `match`: each term is any of its alternatives (phrases allowed) in any of the three
     * configurations, a word the index has never seen also any of its nearest indexed words
     * (trigram similarity), the last term also as a prefix; terms joined with AND (or OR).
     * `highlight`: every alternative, its stems and typo fixes as prefixes of exact words, for
     * ts_headline over the exact-word configuration.
     */
    await q.query(`
      CREATE FUNCTION knowledge_queries(terms jsonb, match_all boolean, prefix_last boolean, OUT match tsquery, OUT highlight tsquery)
      LANGUAGE plpgsql STABLE SET client_min_messages = warning AS $$
      DECLARE
        spec jsonb;
        i integer := 0;
        n integer := jsonb_array_length(terms);
        one tsquery;
        alt text;
        part text;
        stem text;
        word text;
        is_prefix boolean;
        fix text;
      BEGIN
        match := ''::tsquery;
        highlight := ''::tsquery;
        FOR spec IN SELECT value FROM jsonb_array_elements(terms) LOOP
          i := i + 1;
          is_prefix := prefix_last AND i = n;
          one := ''::tsquery;
          word := lower(unaccent(spec->'a'->>0));
          FOR alt IN SELECT jsonb_array_elements_text(spec->'a') LOOP
            one := one || phraseto_tsquery('knowledge_simple', alt) || phraseto_tsquery('knowledge_en', alt) || phraseto_tsquery('knowledge_nl', alt);
            FOREACH part IN ARRAY regexp_split_to_array(lower(unaccent(alt)), '[^[:alnum:]]+') LOOP
              CONTINUE WHEN part = '';
              FOREACH stem IN ARRAY ARRAY[part, (ts_lexize('english_stem', part))[1], (ts_lexize('dutch_stem', part))[1]] LOOP
                CONTINUE WHEN stem IS NULL OR (length(stem) < 3 AND stem <> part);
                highlight := highlight || to_tsquery('knowledge_simple', quote_literal(stem) || ':*');
              END LOOP;
            END LOOP;
          END LOOP;
          IF is_prefix AND word ~ '^[[:alnum:]]+$' THEN
            one := one || to_tsquery('knowledge_simple', quote_literal(word) || ':*');
          END IF;
          IF (spec->>'t')::boolean AND NOT EXISTS (SELECT 1 FROM search_terms s WHERE s.term = word)
             AND NOT (is_prefix AND EXISTS (SELECT 1 FROM search_terms s WHERE s.term LIKE replace(replace(word, '%', ''), '_', '') || '%')) THEN
            FOR fix IN SELECT s.term FROM search_terms s WHERE s.term % word AND similarity(s.term, word) >= 0.4
                        ORDER BY similarity(s.term, word) DESC, s.term LIMIT 3 LOOP
              one := one || to_tsquery('knowledge_simple', quote_literal(fix));
              highlight := highlight || to_tsquery('knowledge_simple', quote_literal(fix));
            END LOOP;
          END IF;
          match := CASE WHEN match_all THEN match && one ELSE match || one END;
        END LOOP;
      END $$`);

    // Documents the sync applied, and when: a rebuild replays those applied after it started
    // (on Meilisearch the index swap drops them). Pruned after a day.
    await q.query(`
      CREATE TABLE search_sync_log (
        id bigserial PRIMARY KEY,
        document_id uuid NOT NULL,
        kind varchar(10) NOT NULL,
        synced_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX search_sync_log_synced ON search_sync_log (synced_at)`);

    await q.query(`CREATE TYPE article_status AS ENUM ('PUBLISHED', 'HIDDEN')`);
    await q.query(`
      CREATE TABLE knowledge_articles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(200) NOT NULL UNIQUE,
        category_id uuid NOT NULL REFERENCES categories(id),
        source_thread_id uuid REFERENCES threads(id),
        author_id uuid NOT NULL REFERENCES users(id),
        title varchar(150) NOT NULL,
        body text NOT NULL,
        body_html text NOT NULL,
        tags text[] NOT NULL DEFAULT '{}',
        version integer NOT NULL DEFAULT 1,
        status article_status NOT NULL DEFAULT 'PUBLISHED',
        helpful_count integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    // A thread is promoted once; its article is then edited, not promoted again.
    await q.query(`CREATE UNIQUE INDEX knowledge_articles_source ON knowledge_articles (source_thread_id) WHERE source_thread_id IS NOT NULL`);
    await q.query(`CREATE INDEX knowledge_articles_created ON knowledge_articles (created_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE knowledge_article_versions (
        article_id uuid NOT NULL REFERENCES knowledge_articles(id) ON DELETE CASCADE,
        number integer NOT NULL,
        editor_id uuid NOT NULL REFERENCES users(id),
        reason varchar(300) NOT NULL,
        title varchar(150) NOT NULL,
        body text NOT NULL,
        tags text[] NOT NULL,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (article_id, number)
      )`);

    // What people searched for and how many results they got; zero-result queries are the gaps.
    await q.query(`
      CREATE TABLE search_events (
        id bigserial PRIMARY KEY,
        kind varchar(10) NOT NULL CHECK (kind IN ('search', 'similar')),
        query varchar(500) NOT NULL,
        normalized varchar(500) NOT NULL,
        filters jsonb NOT NULL DEFAULT '{}',
        result_count integer NOT NULL,
        viewer_id uuid REFERENCES users(id),
        session_key varchar(100),
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX search_events_created ON search_events (created_at)`);
    await q.query(`CREATE INDEX search_events_gaps ON search_events (normalized, created_at) WHERE result_count = 0`);

    // Deflection on the ask form: suggestions shown, one opened, then asked anyway or left.
    await q.query(`CREATE TYPE suggestion_event AS ENUM ('SHOWN', 'OPENED', 'ASKED_ANYWAY', 'ABANDONED')`);
    await q.query(`
      CREATE TABLE suggestion_events (
        id bigserial PRIMARY KEY,
        session_key varchar(100) NOT NULL,
        user_id uuid REFERENCES users(id),
        event suggestion_event NOT NULL,
        suggestion_ids uuid[] NOT NULL DEFAULT '{}',
        opened_id uuid,
        thread_id uuid REFERENCES threads(id),
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX suggestion_events_session ON suggestion_events (session_key, created_at)`);
    await q.query(`CREATE INDEX suggestion_events_created ON suggestion_events (created_at, event)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE suggestion_events, search_events, search_sync_log, knowledge_article_versions, knowledge_articles, search_terms, search_documents`);
    await q.query(`DROP TYPE suggestion_event, article_status`);
    await q.query(`DROP FUNCTION knowledge_queries(jsonb, boolean, boolean), knowledge_tsv(text, text, text, text[], text), knowledge_text_tsv(text)`);
    await q.query(`DROP TEXT SEARCH CONFIGURATION knowledge_simple, knowledge_en, knowledge_nl`);
  }
}
