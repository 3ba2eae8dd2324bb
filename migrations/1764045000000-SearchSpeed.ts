import { MigrationInterface, QueryRunner } from 'typeorm';

export class SearchSpeed1764045000000 implements MigrationInterface {
  name = 'SearchSpeed1764045000000';

  async up(q: QueryRunner): Promise<void> {
    // OR of many tsqueries in one expression: similar questions look for titles sharing any two
    // words of the question (every pair OR-ed), far fewer candidates than any one word.
    await q.query(`CREATE AGGREGATE tsquery_or_agg(tsquery) (SFUNC = tsquery_or, STYPE = tsquery)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP AGGREGATE tsquery_or_agg(tsquery)`);
  }
}
