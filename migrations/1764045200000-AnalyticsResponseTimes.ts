import { MigrationInterface, QueryRunner } from 'typeorm';

export class AnalyticsResponseTimes1764045200000 implements MigrationInterface {
  name = 'AnalyticsResponseTimes1764045200000';

  async up(q: QueryRunner): Promise<void> {
    // Response times per local day and scope (a category, or the nil uuid for all): the seconds from
    // asking to the first answer and to the accepted answer of every question asked that day, sorted.
    // Percentiles over any run of days are exact: the unnested arrays are the raw values.
    // Filled by the refresh job and `npm run analytics:rebuild` (run it for past days after upgrading).
    await q.query(`
      CREATE TABLE analytics_response_times (
        scope_id uuid NOT NULL,
        day date NOT NULL,
        first_answer double precision[] NOT NULL,
        accepted double precision[] NOT NULL,
        PRIMARY KEY (scope_id, day)
      )`);
    // Threads whose response times may have changed (first answer, acceptance, deletion, move), noted
    // from the outbox; the refresh job rolls up again the days they were asked on and empties it.
    await q.query(`CREATE TABLE analytics_changed_threads (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, thread_id uuid NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE analytics_changed_threads, analytics_response_times`);
  }
}
