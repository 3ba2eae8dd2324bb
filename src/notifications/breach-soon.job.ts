import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { PeriodicJobs } from '../database/periodic-jobs.js';
import { Tx } from '../database/tx.js';
import { ContentAccess } from './content-access.service.js';
import { NotificationEventsConsumer } from './notification-events.consumer.js';
import { BREACH_SOON_SECONDS, NotificationKind } from './notification-kinds.js';
import { NotificationWriter } from './notification-writer.service.js';

export const BREACH_SOON_JOB = 'notifications.breach-soon';
const BATCH = 500;

/**
 * Warns staff of cases due within 15 minutes: the assignee, or the team while unassigned. A
 * periodic job (one instance at a time); the dedupe key holds the due time, so each due time
 * warns once and a due time moved later (a pause) warns again.
 */
@Injectable()
export class BreachSoonJob implements OnModuleInit {
  constructor(
    private readonly jobs: PeriodicJobs,
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly access: ContentAccess,
    private readonly writer: NotificationWriter,
    private readonly consumer: NotificationEventsConsumer,
  ) {}

  onModuleInit(): void {
    this.jobs.register(BREACH_SOON_JOB, 30_000, () => this.run());
  }

  /** Returns how many notifications were written. */
  async run(): Promise<number> {
    const now = this.clock.now();
    // Paused cases (waiting on the member) have no running clock; webcare_cases_open_by_due serves this.
    const cases: Array<{ id: string; threadId: string; dueAt: Date; responded: boolean }> = await this.tx.em.query(
      `SELECT id, thread_id AS "threadId", due_at AS "dueAt", first_responded_at IS NOT NULL AS responded FROM webcare_cases
        WHERE status <> 'RESOLVED' AND paused_since IS NULL AND due_at > $1 AND due_at <= $2
        ORDER BY due_at, id LIMIT ${BATCH}`,
      [now, new Date(now.getTime() + BREACH_SOON_SECONDS * 1000)],
    );
    let written = 0;
    for (const c of cases) {
      const delivered = await this.tx.run(async (em) => {
        const staff = await this.access.caseStaff(em, c.id);
        const recipients = staff?.assigneeId ? [staff.assigneeId] : await this.access.teamMembers(em, staff?.teamId ?? null);
        const dueAt = new Date(c.dueAt).toISOString();
        return this.writer.write(
          em,
          recipients.map((r) => ({
            recipientId: r, kind: NotificationKind.CASE_BREACH_SOON, key: `breach-soon:${c.id}:${dueAt}:${r}`, threadId: c.threadId, caseId: c.id,
            data: { clock: c.responded ? 'RESOLUTION' : 'FIRST_RESPONSE', dueAt },
          })),
        );
      });
      await this.consumer.announce(delivered);
      written += delivered.length;
    }
    return written;
  }
}
