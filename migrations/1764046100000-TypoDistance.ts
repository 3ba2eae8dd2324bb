import { MigrationInterface, QueryRunner } from 'typeorm';

export class TypoDistance1764046100000 implements MigrationInterface {
  name = 'TypoDistance1764046100000';

  async up(q: QueryRunner): Promise<void> {
    // Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
    // adjacent letters, each one typo; anything above k is reported as k + 1 (computed in a band).
    await q.query(`
      CREATE FUNCTION knowledge_typo_distance(a text, b text, k integer) RETURNS integer
      LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
      DECLARE
        x text[] := regexp_split_to_array(a, '');
        y text[] := regexp_split_to_array(b, '');
        n integer := length(a);
        m integer := length(b);
        far integer := k + 1;
        prev2 integer[];
        prev integer[];
        cur integer[];
        i integer;
        j integer;
        v integer;
        best integer;
      BEGIN
        IF abs(n - m) > k THEN RETURN far; END IF;
        IF n = 0 OR m = 0 THEN RETURN least(greatest(n, m), far); END IF;
        prev := array_fill(far, ARRAY[m + 1], ARRAY[0]);
        FOR j IN 0..least(m, k) LOOP prev[j] := j; END LOOP;
        prev2 := prev;
        FOR i IN 1..n LOOP
          cur := array_fill(far, ARRAY[m + 1], ARRAY[0]);
          IF i <= k THEN cur[0] := i; END IF;
          best := far;
          FOR j IN greatest(1, i - k)..least(m, i + k) LOOP
            v := least(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + CASE WHEN x[i] = y[j] THEN 0 ELSE 1 END);
            IF i > 1 AND j > 1 AND x[i] = y[j - 1] AND x[i - 1] = y[j] THEN v := least(v, prev2[j - 2] + 1); END IF;
            cur[j] := least(v, far);
            best := least(best, cur[j]);
          END LOOP;
          IF best > k THEN RETURN far; END IF;
          prev2 := prev;
          prev := cur;
        END LOOP;
        RETURN least(prev[m], far);
      END $$`);

    /**
     * Typo fixes for a word the index does not know, at most three: first the indexed words
     * (search_terms) within `typos` typos, nearest first, then, as before, words of trigram
     * similarity 0.4 or more. Words within reach: the word less one letter, with two neighbouring
     * letters swapped, or (four letters) with one letter replaced, all looked up by name, since
     * trigrams miss these in short words; and the ten words nearest by trigrams (pg_trgm's %),
     * checked by distance. Generic plans: a plan for one word would read the whole vocabulary
     * when it looks small.
     */
    await q.query(`
      CREATE FUNCTION knowledge_typo_fixes(word text, typos integer) RETURNS SETOF text
      LANGUAGE plpgsql STABLE PARALLEL SAFE SET plan_cache_mode = force_generic_plan AS $$
      BEGIN
        RETURN QUERY
          SELECT c.term FROM (
            SELECT s.term, 1 AS distance FROM search_terms s
             WHERE s.term = ANY (ARRAY(
                     SELECT left(word, k - 1) || substr(word, k + 1) FROM generate_series(1, length(word)) k
                     UNION ALL
                     SELECT left(word, k - 1) || substr(word, k + 1, 1) || substr(word, k, 1) || substr(word, k + 2) FROM generate_series(1, length(word) - 1) k
                     UNION ALL
                     SELECT left(word, k - 1) || l || substr(word, k + 1)
                       FROM generate_series(1, length(word)) k, unnest(string_to_array('abcdefghijklmnopqrstuvwxyz', NULL)) l
                      WHERE length(word) <= 4))
               AND s.term <> word
            UNION ALL
            SELECT t.term, t.distance FROM (
              SELECT n.term, knowledge_typo_distance(n.term, word, typos) AS distance FROM (
                SELECT s.term FROM search_terms s
                 WHERE s.term % word AND s.term <> word AND length(s.term) BETWEEN length(word) - typos AND length(word) + typos
                 ORDER BY similarity(s.term, word) DESC, s.term LIMIT 10
              ) n
            ) t WHERE t.distance <= typos
            UNION ALL
            -- then words alike by trigrams though further off, as before
            SELECT s.term, typos + 1 FROM search_terms s WHERE s.term % word AND similarity(s.term, word) >= 0.4
          ) c
          GROUP BY c.term ORDER BY min(c.distance), similarity(c.term, word) DESC, c.term LIMIT 3;
      END $$`);

    // knowledge_queries() of 1764043600000-Knowledge with knowledge_typo_fixes(): a word the index
    // has never seen also matches the indexed words within the typos its term allows (t: 0, 1 or 2,
    // by its length; true, from callers of the first version, means 1) before those that are only
    // alike. Trigram similarity alone (>= 0.4) missed swapped letters ("invioce" shares 4 of 12
    // trigrams with "invoice", "omvromer" 5 of 13 with "omvormer": a swap breaks up to four) and
    // most typos in words of four or five letters.
    await q.query(`
      CREATE OR REPLACE FUNCTION knowledge_queries(terms jsonb, match_all boolean, prefix_last boolean, OUT match tsquery, OUT highlight tsquery)
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
        typos integer;
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
          -- t: how many typos the word may have (true from callers of the first version: one)
          typos := CASE spec->>'t' WHEN 'true' THEN 1 WHEN 'false' THEN 0 ELSE coalesce((spec->>'t')::integer, 0) END;
          IF typos > 0 AND NOT EXISTS (SELECT 1 FROM search_terms s WHERE s.term = word)
             AND NOT (is_prefix AND EXISTS (SELECT 1 FROM search_terms s WHERE s.term LIKE replace(replace(word, '%', ''), '_', '') || '%')) THEN
            FOR fix IN SELECT knowledge_typo_fixes(word, typos) LOOP
              one := one || to_tsquery('knowledge_simple', quote_literal(fix));
              highlight := highlight || to_tsquery('knowledge_simple', quote_literal(fix));
            END LOOP;
          END IF;
          match := CASE WHEN match_all THEN match && one ELSE match || one END;
        END LOOP;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION knowledge_queries(terms jsonb, match_all boolean, prefix_last boolean, OUT match tsquery, OUT highlight tsquery)
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
    await q.query(`DROP FUNCTION knowledge_typo_fixes(text, integer), knowledge_typo_distance(text, text, integer)`);
  }
}
