// Helper of the benchmark's "due time → escalation" measurement (bench.ts, escalationLag), kept in
// its own file so that an end-to-end test can check it against the app's scheduler.

/** The part of a pg Client (or Pool) used here. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<{ rows: any[]; rowCount: number | null }>;
}

export interface MovedWindows {
  /** Per thread, the due time its first timed rule now has (epoch ms). */
  dueAt: Map<string, number>;
  /** How long the app took to arm the threads' timers after this was called. */
  waitedMs: number;
}

/**
 * Moves questions back in time so that the first timed rule the app armed for each (for an
 * unanswered question: the community window) ends at `endsAt`, as if they had been asked that
 * long ago: the thread's creation, its timer's swept_until and next_due_at move together, keeping
 * the policy's window. The app arms a new question's timer after commit, when its webcare outbox
 * consumer handles forum.thread.asked, so this first waits until every thread has an armed timer:
 * a thread without one cannot be moved, and the consumer would later arm it for the real window
 * (hours). Throws when a timer is not armed within `timeoutMs` or a thread was not moved.
 */
export async function endWindowsAt(db: Queryable, threadIds: string[], endsAt: Date, timeoutMs = 60_000): Promise<MovedWindows> {
  const started = Date.now();
  for (;;) {
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM webcare_thread_timers WHERE thread_id = ANY($1::uuid[]) AND next_due_at IS NOT NULL`,
      [threadIds],
    );
    if (rows[0].n === threadIds.length) break;
    if (Date.now() - started > timeoutMs) {
      throw new Error(`${threadIds.length - rows[0].n} of ${threadIds.length} threads have no armed escalation timer after ${timeoutMs} ms`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const waitedMs = Date.now() - started;
  const moved = await db.query(
    `WITH shifted AS (
       SELECT t.id, tm.next_due_at - t.created_at AS span FROM threads t JOIN webcare_thread_timers tm ON tm.thread_id = t.id
        WHERE t.id = ANY($1::uuid[]) AND tm.next_due_at IS NOT NULL
     ), moved AS (
       UPDATE threads t SET created_at = $2::timestamptz - s.span FROM shifted s WHERE t.id = s.id RETURNING t.id, t.created_at, s.span
     )
     UPDATE webcare_thread_timers tm SET swept_until = m.created_at, next_due_at = m.created_at + m.span FROM moved m WHERE tm.thread_id = m.id
     RETURNING tm.thread_id, tm.next_due_at`,
    [threadIds, endsAt],
  );
  if (moved.rows.length !== threadIds.length) throw new Error(`moved ${moved.rows.length} of ${threadIds.length} threads`);
  return { dueAt: new Map(moved.rows.map((r) => [r.thread_id as string, new Date(r.next_due_at).getTime()])), waitedMs };
}
