import { registerEnumType } from '@nestjs/graphql';

export enum NotificationKind {
  NEW_ANSWER = 'NEW_ANSWER',
  FOLLOWED_THREAD_ANSWER = 'FOLLOWED_THREAD_ANSWER',
  COMMENT_ON_POST = 'COMMENT_ON_POST',
  MENTION = 'MENTION',
  ANSWER_ACCEPTED = 'ANSWER_ACCEPTED',
  VOTE_MILESTONE = 'VOTE_MILESTONE',
  CERTIFICATION_GRANTED = 'CERTIFICATION_GRANTED',
  FLAG_OUTCOME = 'FLAG_OUTCOME',
  POST_MODERATED = 'POST_MODERATED',
  STAFF_REPLIED = 'STAFF_REPLIED',
  CASE_RESOLVED = 'CASE_RESOLVED',
  CASE_ASSIGNED = 'CASE_ASSIGNED',
  CASE_BREACHED = 'CASE_BREACHED',
  CASE_BREACH_SOON = 'CASE_BREACH_SOON',
  MEMBER_REPLIED = 'MEMBER_REPLIED',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  valuesMap: {
    NEW_ANSWER: { description: 'an answer on my question (STAFF_REPLIED when staff answers it)' },
    FOLLOWED_THREAD_ANSWER: { description: 'an answer on a thread I follow' },
    COMMENT_ON_POST: { description: 'a comment on my question or answer' },
    MENTION: { description: '@displayName in a question, answer or comment' },
    VOTE_MILESTONE: { description: 'my post reached a score of 10, 25 or 100' },
    FLAG_OUTCOME: { description: 'moderators decided on a post I flagged' },
    POST_MODERATED: { description: 'my post was hidden, shown again, closed, locked, moved, … (with the reason)' },
    STAFF_REPLIED: { description: 'staff replied on my case, in public or in private' },
    CASE_RESOLVED: { description: 'my case was resolved: please rate the help' },
    CASE_ASSIGNED: { description: 'staff: a case was assigned to me' },
    CASE_BREACHED: { description: 'staff: a case of mine (or of my team, while unassigned) breached its SLA' },
    CASE_BREACH_SOON: { description: 'staff: a case of mine is due within 15 minutes' },
    MEMBER_REPLIED: { description: 'staff: the member replied on a case of mine' },
  },
});

/** Kinds that pile up on one subject; they join an unread group of the same kind and subject. */
export const GROUPED_KINDS = new Set<NotificationKind>([
  NotificationKind.NEW_ANSWER,
  NotificationKind.FOLLOWED_THREAD_ANSWER,
  NotificationKind.COMMENT_ON_POST,
  NotificationKind.STAFF_REPLIED,
  NotificationKind.MEMBER_REPLIED,
]);

/** A group stays open for new items this long after its last one (and while unread). */
export const GROUP_WINDOW_SECONDS = 24 * 3600;

export const VOTE_MILESTONES = [10, 25, 100];

/** How long before a due time the assignee hears that a case is about to breach. */
export const BREACH_SOON_SECONDS = 15 * 60;
