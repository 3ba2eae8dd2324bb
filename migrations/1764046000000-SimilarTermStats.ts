import { MigrationInterface, QueryRunner } from 'typeorm';

export class SimilarTermStats1764046000000 implements MigrationInterface {
  name = 'SimilarTermStats1764046000000';

  async up(q: QueryRunner): Promise<void> {
    // How many public titles hold each lexeme of title_tsv (lexemes in fewer than 10 are left out
    // and count as rare). Similar questions start their candidate scans from the question's rarest
    // words, so that common words (in thousands of titles) never drive them. Refreshed by the
    // PostgreSQL engine after a rebuild and periodically; close enough between refreshes.
    await q.query(`CREATE TABLE search_term_stats (lexeme text PRIMARY KEY, documents integer NOT NULL)`);
    // AND of many tsqueries: titles holding every word of a subset of the question's title words.
    await q.query(`CREATE AGGREGATE tsquery_and_agg(tsquery) (SFUNC = tsquery_and, STYPE = tsquery)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP AGGREGATE tsquery_and_agg(tsquery)`);
    await q.query(`DROP TABLE search_term_stats`);
  }
}
