// Consistency checks of a generated data set (npm run seed:large -- --check, and the large-seed
// e2e test): each counts the rows that break one rule the app keeps. Every count must be 0.
import type { Client } from 'pg';
import { MarkdownRenderer } from '../forum/markdown/markdown.renderer.js';
import { clockPausesFromHistory, type CaseStatus } from '../webcare/case-state.js';
import { detectComplaint } from '../webcare/complaint-detector.js';
import { clockDueAt } from '../webcare/sla.js';
import { SEED_MARKER } from './large-seed.js';

export interface CheckResult {
  name: string;
  violations: number;
  seconds?: number;
}

// $1 is the load time (the data set's "now"): breach marks are as the sweep had set them then.
const SQL_CHECKS: Array<[string, string]> = [
  // Forum counters and scores.
  ['thread score = sum of its votes', `SELECT count(*) FROM threads t LEFT JOIN (SELECT post_id, sum(value) AS s FROM votes GROUP BY post_id) v ON v.post_id = t.id
     WHERE t.score <> coalesce(v.s, 0)`],
  ['answer score = sum of its votes', `SELECT count(*) FROM answers a LEFT JOIN (SELECT post_id, sum(value) AS s FROM votes GROUP BY post_id) v ON v.post_id = a.id
     WHERE a.score <> coalesce(v.s, 0)`],
  ['votes: author and kind of the post, never the voter', `SELECT count(*) FROM votes v LEFT JOIN threads t ON t.id = v.post_id LEFT JOIN answers a ON a.id = v.post_id
     WHERE v.voter_id = v.author_id OR v.author_id <> coalesce(t.author_id, a.author_id) OR v.post_kind::text <> CASE WHEN t.id IS NOT NULL THEN 'QUESTION' ELSE 'ANSWER' END`],
  ['thread counters, first answer, expert mark and last activity', `SELECT count(*) FROM threads t
     LEFT JOIN (SELECT thread_id, count(*) AS n, min(created_at) AS first, max(created_at) AS last, bool_or(is_expert) AS expert FROM answers WHERE deleted_at IS NULL GROUP BY thread_id) a ON a.thread_id = t.id
     LEFT JOIN (SELECT thread_id, count(*) FILTER (WHERE answer_id IS NULL) AS n, max(created_at) AS last FROM comments WHERE deleted_at IS NULL GROUP BY thread_id) c ON c.thread_id = t.id
     WHERE t.answer_count <> coalesce(a.n, 0) OR t.comment_count <> coalesce(c.n, 0) OR t.has_expert_answer <> coalesce(a.expert, false)
        OR t.first_answered_at IS DISTINCT FROM a.first
        OR t.last_activity_at <> GREATEST(t.created_at, a.last, c.last, t.solved_at, t.staff_resolved_at)`],
  ['answer comment_count = its comments', `SELECT count(*) FROM answers a LEFT JOIN (SELECT answer_id, count(*) AS n FROM comments WHERE answer_id IS NOT NULL AND deleted_at IS NULL GROUP BY answer_id) c
     ON c.answer_id = a.id WHERE a.comment_count <> coalesce(c.n, 0)`],
  ['comment on an answer of the same thread', `SELECT count(*) FROM comments c JOIN answers a ON a.id = c.answer_id WHERE a.thread_id <> c.thread_id`],
  ['accepted answer belongs to the thread and is not the asker’s', `SELECT count(*) FROM threads t JOIN answers a ON a.id = t.accepted_answer_id WHERE a.thread_id <> t.id OR a.author_id = t.author_id`],
  ['status agrees with answers, acceptance and staff resolution', `SELECT count(*) FROM threads t WHERE t.status::text <> CASE
     WHEN t.accepted_answer_id IS NOT NULL OR t.staff_resolved_at IS NOT NULL THEN 'SOLVED' WHEN t.answer_count > 0 THEN 'ANSWERED' ELSE 'OPEN' END
     OR (t.status = 'SOLVED') <> (t.solved_at IS NOT NULL)`],
  ['solved_at = the acceptance, else the staff resolution', `SELECT count(*) FROM threads t LEFT JOIN reputation_events e ON e.post_id = t.accepted_answer_id AND e.kind = 'accepted_an_answer'
     WHERE (t.accepted_answer_id IS NULL AND t.solved_at IS DISTINCT FROM t.staff_resolved_at) OR (t.accepted_answer_id IS NOT NULL AND t.solved_at <> e.created_at)`],
  ['is_expert = author certified in the category now', `SELECT count(*) FROM answers a JOIN threads t ON t.id = a.thread_id
     LEFT JOIN (SELECT DISTINCT user_id, category_id FROM expert_certifications WHERE revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $1)) x
       ON x.user_id = a.author_id AND x.category_id = t.category_id
     WHERE a.is_expert <> (x.user_id IS NOT NULL)`],
  ['tags.thread_count = tagged threads', `SELECT count(*) FROM tags g LEFT JOIN (SELECT tag_id, count(*) AS n FROM thread_tags GROUP BY tag_id) x ON x.tag_id = g.id WHERE g.thread_count <> coalesce(x.n, 0)`],
  ['revision 1 of every question and answer', `SELECT (SELECT count(*) FROM threads t LEFT JOIN revisions r ON r.post_id = t.id AND r.number = 1 WHERE r.id IS NULL OR r.body <> t.body OR r.title <> t.title)
     + (SELECT count(*) FROM answers a LEFT JOIN revisions r ON r.post_id = a.id AND r.number = 1 WHERE r.id IS NULL OR r.body <> a.body)`],
  ['askers and answerers follow their threads', `SELECT (SELECT count(*) FROM threads t LEFT JOIN thread_follows f ON f.thread_id = t.id AND f.user_id = t.author_id WHERE f.thread_id IS NULL)
     + (SELECT count(*) FROM (SELECT DISTINCT thread_id, author_id FROM answers) a LEFT JOIN thread_follows f ON f.thread_id = a.thread_id AND f.user_id = a.author_id WHERE f.thread_id IS NULL)`],
  ['nobody acts before joining', `SELECT (SELECT count(*) FROM threads t JOIN users u ON u.id = t.author_id WHERE t.created_at < u.created_at)
     + (SELECT count(*) FROM answers a JOIN users u ON u.id = a.author_id WHERE a.created_at < u.created_at)
     + (SELECT count(*) FROM votes v JOIN users u ON u.id = v.voter_id WHERE v.created_at < u.created_at)
     + (SELECT count(*) FROM comments c JOIN users u ON u.id = c.author_id WHERE c.created_at < u.created_at)
     + (SELECT count(*) FROM webcare_case_status_changes s JOIN users u ON u.id = s.actor_id WHERE s.at < u.created_at)
     + (SELECT count(*) FROM search_events s JOIN users u ON u.id = s.viewer_id WHERE s.created_at < u.created_at)
     + (SELECT count(*) FROM suggestion_events s JOIN users u ON u.id = s.user_id WHERE s.created_at < u.created_at)`],
  ['answers, comments and votes come after their post', `SELECT (SELECT count(*) FROM answers a JOIN threads t ON t.id = a.thread_id WHERE a.created_at < t.created_at)
     + (SELECT count(*) FROM comments c JOIN threads t ON t.id = c.thread_id WHERE c.created_at < t.created_at)
     + (SELECT count(*) FROM comments c JOIN answers a ON a.id = c.answer_id WHERE c.created_at < a.created_at)
     + (SELECT count(*) FROM votes v LEFT JOIN threads t ON t.id = v.post_id LEFT JOIN answers a ON a.id = v.post_id WHERE v.created_at < coalesce(t.created_at, a.created_at))`],
  ['nothing happens after the load time', `SELECT (SELECT count(*) FROM threads WHERE last_activity_at > $1) + (SELECT count(*) FROM votes WHERE created_at > $1)
     + (SELECT count(*) FROM reputation_events WHERE created_at > $1) + (SELECT count(*) FROM webcare_cases WHERE updated_at > $1)
     + (SELECT count(*) FROM users WHERE created_at > $1)`],

  // Reputation.
  ['reputation = ledger sum', `SELECT count(*) FROM users u LEFT JOIN (SELECT user_id, sum(points) AS s FROM reputation_events GROUP BY user_id) e ON e.user_id = u.id
     WHERE u.reputation_points <> coalesce(e.s, 0)`],
  ['vote points within the daily cap, given in time order', `SELECT count(*) FROM (SELECT points, sum(points) OVER w - points AS before FROM reputation_events
     WHERE kind IN ('question_upvoted', 'answer_upvoted') WINDOW w AS (PARTITION BY user_id, cap_day ORDER BY id)) x WHERE points <> LEAST(10, 200 - before)`],
  ['a member’s ledger in time order, cap day = day of the event', `SELECT count(*) FROM (SELECT cap_day, created_at, lag(created_at) OVER (PARTITION BY user_id ORDER BY id) AS previous
     FROM reputation_events) e WHERE e.cap_day <> (e.created_at AT TIME ZONE 'UTC')::date OR e.created_at < e.previous`],
  ['one ledger event per upvote, two per downvote on an answer', `SELECT count(*) FROM votes v LEFT JOIN (SELECT post_id, actor_id, count(*) AS n FROM reputation_events
     WHERE kind IN ('question_upvoted', 'answer_upvoted', 'post_downvoted', 'downvoted_answer') GROUP BY post_id, actor_id) e ON e.post_id = v.post_id AND e.actor_id = v.voter_id
     WHERE coalesce(e.n, 0) <> CASE WHEN v.value = 1 OR v.post_kind = 'QUESTION' THEN 1 ELSE 2 END`],
  ['ledger vote events have their vote', `SELECT count(*) FROM reputation_events e LEFT JOIN votes v ON v.post_id = e.post_id AND v.voter_id = e.actor_id
     WHERE e.kind IN ('question_upvoted', 'answer_upvoted', 'post_downvoted', 'downvoted_answer')
       AND (v.post_id IS NULL OR v.value <> CASE WHEN e.kind IN ('question_upvoted', 'answer_upvoted') THEN 1 ELSE -1 END
            OR (e.kind = 'downvoted_answer') <> (e.user_id = v.voter_id) OR (e.kind <> 'downvoted_answer' AND e.user_id <> v.author_id))`],
  ['acceptance events = accepted answers', `SELECT (SELECT count(*) FROM threads t JOIN answers a ON a.id = t.accepted_answer_id
       LEFT JOIN (SELECT post_id, count(*) FILTER (WHERE kind = 'answer_accepted' AND points = 15) AS accepted, count(*) FILTER (WHERE kind = 'accepted_an_answer' AND points = 2) AS bonus,
                         min(user_id::text) FILTER (WHERE kind = 'answer_accepted') AS author, min(user_id::text) FILTER (WHERE kind = 'accepted_an_answer') AS asker
                    FROM reputation_events WHERE kind IN ('answer_accepted', 'accepted_an_answer') GROUP BY post_id) e ON e.post_id = a.id
      WHERE coalesce(e.accepted, 0) <> 1 OR coalesce(e.bonus, 0) <> 1 OR e.author <> a.author_id::text OR e.asker <> t.author_id::text)
     + (SELECT count(*) FROM reputation_events e LEFT JOIN threads t ON t.accepted_answer_id = e.post_id AND t.id = e.thread_id
         WHERE e.kind IN ('answer_accepted', 'accepted_an_answer', 'expert_answer_accepted') AND t.id IS NULL)`],
  ['expert bonus only for an expert of the category at acceptance', `SELECT count(*) FROM reputation_events e JOIN threads t ON t.id = e.thread_id WHERE e.kind = 'expert_answer_accepted'
     AND NOT EXISTS (SELECT 1 FROM expert_certifications x WHERE x.user_id = e.user_id AND x.category_id = t.category_id AND x.granted_at <= e.created_at
     AND (x.revoked_at IS NULL OR x.revoked_at > e.created_at))`],

  // Moderation.
  ['flag counters = decided flags', `SELECT count(*) FROM users u LEFT JOIN (SELECT flagger_id, count(*) FILTER (WHERE status = 'HELPFUL') AS h, count(*) FILTER (WHERE status = 'DECLINED') AS d
     FROM flags GROUP BY flagger_id) f ON f.flagger_id = u.id WHERE u.flags_helpful <> coalesce(f.h, 0) OR u.flags_declined <> coalesce(f.d, 0)`],
  ['review item weight = its flags, version = flags + decision + 1', `SELECT count(*) FROM review_items r JOIN (SELECT review_item_id, sum(weight) AS w, count(*) AS n FROM flags GROUP BY review_item_id) f
     ON f.review_item_id = r.id WHERE r.weight <> f.w OR r.version <> 1 + f.n + (CASE WHEN r.resolved_at IS NULL THEN 0 ELSE 1 END)`],
  ['flag status follows its review item', `SELECT count(*) FROM flags f JOIN review_items r ON r.id = f.review_item_id WHERE f.status::text <> CASE r.status WHEN 'PENDING' THEN 'PENDING' WHEN 'APPROVED' THEN 'HELPFUL' ELSE 'DECLINED' END
     OR (f.resolved_at IS NULL) <> (r.resolved_at IS NULL) OR f.post_id <> r.post_id`],
  ['decided review items have history and audit', `SELECT count(*) FROM review_items r WHERE r.resolved_at IS NOT NULL AND (NOT EXISTS (SELECT 1 FROM review_item_history h WHERE h.review_item_id = r.id AND h.status = r.status)
     OR NOT EXISTS (SELECT 1 FROM moderation_audit m WHERE m.target_id = r.id))`],

  // Webcare.
  ['case status agrees with its timestamps', `SELECT count(*) FROM webcare_cases c WHERE (c.status = 'RESOLVED') <> (c.resolved_at IS NOT NULL) OR (c.status = 'RESOLVED') <> (c.resolved_by IS NOT NULL)
     OR (c.status = 'NEW') <> (c.assignee_id IS NULL) OR (c.status IN ('PENDING_MEMBER', 'RESOLVED')) <> (c.paused_since IS NOT NULL)
     OR (c.status = 'RESOLVED' AND c.paused_since <> c.resolved_at) OR (c.status IN ('PENDING_MEMBER', 'RESOLVED') AND c.first_responded_at IS NULL)
     OR (c.rating IS NOT NULL) <> (c.rated_at IS NOT NULL) OR (c.rating IS NOT NULL AND (c.status <> 'RESOLVED' OR c.rated_at < c.resolved_at))`],
  ['case status = its last status change, the first one NEW at creation', `SELECT count(*) FROM webcare_cases c
     WHERE c.status <> (SELECT s.status FROM webcare_case_status_changes s WHERE s.case_id = c.id ORDER BY s.at DESC, s.id DESC LIMIT 1)
     OR NOT EXISTS (SELECT 1 FROM webcare_case_status_changes s WHERE s.case_id = c.id AND s.status = 'NEW' AND s.at = c.created_at)`],
  ['first response due = creation + budget', `SELECT count(*) FROM webcare_cases c WHERE c.first_response_due_at <> c.created_at + c.first_response_seconds * interval '1 second'`],
  ['first-response breach marked exactly when the due time passed unanswered', `SELECT count(*) FROM webcare_cases c WHERE (c.first_response_breached_at IS NOT NULL) <>
     (c.first_response_due_at < $1 AND coalesce(c.first_responded_at, 'infinity') > c.first_response_due_at AND coalesce(c.resolved_at, 'infinity') > c.first_response_due_at)
     OR c.first_response_breached_at <> c.first_response_due_at`],
  ['resolution breach marked exactly when the due time passed unresolved', `SELECT count(*) FROM webcare_cases c WHERE (c.resolution_breached_at IS NOT NULL) <>
     (c.resolution_due_at < LEAST($1, coalesce(c.resolved_at, $1), coalesce(c.paused_since, $1))) OR c.resolution_breached_at <> c.resolution_due_at`],
  ['case priority = its most urgent reason', `SELECT count(*) FROM webcare_cases c WHERE c.priority <> (SELECT min(r.priority) FROM webcare_case_reasons r WHERE r.case_id = c.id)`],
  ['transfer_count = transfers', `SELECT count(*) FROM webcare_cases c WHERE c.transfer_count <> (SELECT count(*) FROM webcare_case_assignments x WHERE x.case_id = c.id AND x.kind = 'TRANSFER')`],
  ['case member is the asker, category the thread’s', `SELECT count(*) FROM webcare_cases c JOIN threads t ON t.id = c.thread_id WHERE c.member_id <> t.author_id OR c.category_id <> t.category_id`],
  ['private cases: those the member asked to continue in private', `SELECT count(*) FROM webcare_cases c
     WHERE c.is_private <> EXISTS (SELECT 1 FROM webcare_case_reasons r WHERE r.case_id = c.id AND r.kind = 'MEMBER_ASKED_PRIVATE')`],
  ['at most one open case per thread', `SELECT count(*) FROM (SELECT thread_id FROM webcare_cases WHERE status <> 'RESOLVED' GROUP BY thread_id HAVING count(*) > 1) x`],
  ['staff-resolved threads point at their resolved case', `SELECT count(*) FROM threads t LEFT JOIN webcare_cases c ON c.id = t.staff_resolved_case_id
     WHERE (t.staff_resolved_at IS NOT NULL) <> (c.id IS NOT NULL) OR (c.id IS NOT NULL AND (c.resolved_at <> t.staff_resolved_at OR c.thread_id <> t.id))`],
  ['every thread has a webcare timer, swept to the load time', `SELECT (SELECT count(*) FROM threads t LEFT JOIN webcare_thread_timers w ON w.thread_id = t.id WHERE w.thread_id IS NULL)
     + (SELECT count(*) FROM webcare_thread_timers WHERE swept_until <> $1 OR next_due_at <= $1)`],
  ['complaint cases have a detected complaint', `SELECT count(*) FROM webcare_case_reasons r JOIN webcare_thread_timers w ON w.thread_id = r.thread_id WHERE r.kind = 'COMPLAINT' AND w.complaint_detected_at IS NULL`],
  ['needs-staff cases have their flag', `SELECT count(*) FROM webcare_case_reasons r WHERE r.kind = 'FLAGGED_NEEDS_STAFF' AND NOT EXISTS (SELECT 1 FROM flags f WHERE r.dedupe_key = 'flag:' || f.id AND f.reason = 'NEEDS_STAFF')`],
  ['member requests at most 3 a day', `SELECT count(*) FROM webcare_case_reasons r WHERE r.kind IN ('MEMBER_ASKED_HELP', 'MEMBER_ASKED_PRIVATE') AND (SELECT count(*) FROM webcare_case_reasons o
     WHERE o.actor_id = r.actor_id AND o.kind IN ('MEMBER_ASKED_HELP', 'MEMBER_ASKED_PRIVATE') AND o.created_at > r.created_at - interval '1 day' AND o.created_at <= r.created_at) > 3`],
  ['team members are staff, assignees too', `SELECT (SELECT count(*) FROM webcare_team_members m JOIN users u ON u.id = m.user_id WHERE u.role = 'MEMBER')
     + (SELECT count(*) FROM webcare_cases c JOIN users u ON u.id = c.assignee_id WHERE u.role = 'MEMBER')`],

  // Knowledge.
  ['article version = its latest version row', `SELECT count(*) FROM knowledge_articles a WHERE a.version <> (SELECT max(number) FROM knowledge_article_versions v WHERE v.article_id = a.id)
     OR a.version <> (SELECT count(*) FROM knowledge_article_versions v WHERE v.article_id = a.id)
     OR NOT EXISTS (SELECT 1 FROM knowledge_article_versions v WHERE v.article_id = a.id AND v.number = a.version AND v.title = a.title AND v.body = a.body AND v.tags = a.tags)`],
  ['promoted articles come from solved threads, by experts or staff', `SELECT count(*) FROM knowledge_articles a JOIN threads t ON t.id = a.source_thread_id JOIN users u ON u.id = a.author_id
     WHERE t.accepted_answer_id IS NULL OR a.created_at < t.solved_at
     OR (u.role = 'MEMBER' AND NOT EXISTS (SELECT 1 FROM expert_certifications x WHERE x.user_id = u.id AND x.category_id = t.category_id AND x.granted_at <= a.created_at))`],
  ['asked-anyway events name the asker’s thread', `SELECT count(*) FROM suggestion_events e LEFT JOIN threads t ON t.id = e.thread_id WHERE e.event = 'ASKED_ANYWAY' AND (t.id IS NULL OR t.author_id <> e.user_id)`],
  ['search events normalised as the app does', `SELECT count(*) FROM search_events WHERE normalized <> lower(regexp_replace(query, '\\s+', ' ', 'g'))`],
];

/** Runs every check; `sample` limits the checks done in JavaScript (complaints, rendering, SLA clocks). */
export async function checkLargeDataSet(db: Client, sample = 5000): Promise<CheckResult[]> {
  const { rows: marker } = await db.query(`SELECT (value->>'at')::timestamptz AS at FROM settings WHERE key = $1`, [SEED_MARKER]);
  if (!marker.length) throw new Error('no generated data set in this database');
  const now: Date = marker[0].at;
  const results: CheckResult[] = [];
  for (const [name, sql] of SQL_CHECKS) {
    const started = Date.now();
    const { rows } = await db.query(sql, sql.includes('$1') ? [now] : []).catch((err: Error) => {
      throw new Error(`check "${name}": ${err.message}`);
    });
    results.push({ name, violations: Number(Object.values(rows[0])[0]), seconds: (Date.now() - started) / 1000 });
  }
  results.push(await checkResolutionClocks(db));
  results.push(await checkComplaints(db, sample));
  results.push(await checkRendering(db, sample));
  return results;
}

// The stored resolution due time is what refreshClock (after a status change) or a priority raise
// computed from the status history at that moment: a pause still open then counts up to it.
async function checkResolutionClocks(db: Client): Promise<CheckResult> {
  const { rows: cases } = await db.query(`SELECT id, created_at, resolution_seconds, resolution_due_at FROM webcare_cases`);
  const { rows: history } = await db.query(`SELECT case_id, status, at FROM webcare_case_status_changes ORDER BY at, id`);
  const { rows: reasons } = await db.query(`SELECT case_id, priority, created_at FROM webcare_case_reasons ORDER BY created_at, id`);
  const byCase = new Map<string, Array<{ status: CaseStatus; at: Date }>>();
  for (const h of history) byCase.set(h.case_id, [...(byCase.get(h.case_id) ?? []), { status: h.status, at: h.at }]);
  // When each case last had its clock refreshed: its last status change, or a later raise.
  const refreshed = new Map<string, number>();
  for (const [id, list] of byCase) refreshed.set(id, list[list.length - 1].at.getTime());
  const urgency = new Map<string, string>();
  for (const r of reasons) {
    const before = urgency.get(r.case_id);
    if (before !== undefined && r.priority < before) refreshed.set(r.case_id, Math.max(refreshed.get(r.case_id) ?? 0, r.created_at.getTime()));
    if (before === undefined || r.priority < before) urgency.set(r.case_id, r.priority);
  }
  let violations = 0;
  for (const c of cases) {
    const pauses = clockPausesFromHistory(byCase.get(c.id) ?? []);
    const at = new Date(refreshed.get(c.id) ?? c.created_at.getTime());
    if (clockDueAt(c.created_at, c.resolution_seconds, pauses, at).dueAt.getTime() !== c.resolution_due_at.getTime()) violations++;
  }
  return { name: 'resolution due time = the clock over the status history', violations };
}

// Threads whose timer says "complaint" read as one, and (in a sample) the others do not.
async function checkComplaints(db: Client, sample: number): Promise<CheckResult> {
  const { rows } = await db.query(
    `SELECT t.title, t.body, w.complaint_detected_at IS NOT NULL AS flagged FROM threads t JOIN webcare_thread_timers w ON w.thread_id = t.id
      WHERE w.complaint_detected_at IS NOT NULL OR t.id IN (SELECT id FROM threads ORDER BY id LIMIT $1)`,
    [sample],
  );
  const violations = rows.filter((r) => detectComplaint({ title: r.title, body: r.body }).isComplaint !== r.flagged).length;
  return { name: 'complaint detection agrees with the timers', violations };
}

// The stored HTML is what the Markdown renderer makes of the source.
async function checkRendering(db: Client, sample: number): Promise<CheckResult> {
  const renderer = new MarkdownRenderer();
  const { rows } = await db.query(
    `(SELECT body, body_html FROM threads ORDER BY id LIMIT $1) UNION ALL (SELECT body, body_html FROM answers ORDER BY id LIMIT $1)
     UNION ALL (SELECT body, body_html FROM comments ORDER BY id LIMIT $1) UNION ALL (SELECT body, body_html FROM knowledge_articles ORDER BY id LIMIT $1)`,
    [Math.ceil(sample / 2)],
  );
  return { name: 'body_html = rendered body', violations: rows.filter((r) => renderer.render(r.body) !== r.body_html).length };
}
