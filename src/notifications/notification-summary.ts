import { NotificationKind as K } from './notification-kinds.js';
import { NotificationRow } from './notification.types.js';

const ACTION_WORDS: Record<string, string> = {
  hidden: 'hidden', unhidden: 'shown again', close: 'closed', community_close: 'closed by community vote', reopen: 'reopened',
  community_reopen: 'reopened by community vote', lock: 'locked', unlock: 'unlocked', mark_duplicate: 'marked as a duplicate',
  merge: 'merged into another thread', move: 'moved to another category',
};

/** The inbox line for a notification; `title` is null when the thread is gone for the reader. */
export function summarize(n: NotificationRow, ctx: { title: string | null; actorName: string | null; categoryName: string | null }): string {
  const on = ctx.title ? `"${ctx.title}"` : 'a thread that is no longer available';
  const who = ctx.actorName ?? 'Someone';
  const many = n.count > 1;
  switch (n.kind) {
    case K.NEW_ANSWER: return many ? `${n.count} new answers on ${on}` : `${who} answered ${on}`;
    case K.FOLLOWED_THREAD_ANSWER: return many ? `${n.count} new answers on ${on}, which you follow` : `${who} answered ${on}, which you follow`;
    case K.COMMENT_ON_POST: return many ? `${n.count} new comments on your post in ${on}` : `${who} commented on your post in ${on}`;
    case K.MENTION: return `${who} mentioned you in ${on}`;
    case K.ANSWER_ACCEPTED: return `Your answer on ${on} was accepted`;
    case K.VOTE_MILESTONE: return `Your post in ${on} reached a score of ${n.data.milestone}`;
    case K.CERTIFICATION_GRANTED: return `You are now a certified expert in ${ctx.categoryName ?? 'a category'}`;
    case K.FLAG_OUTCOME:
      return n.data.outcome === 'HELPFUL' ? `Moderators agreed with your flag on ${on}` : `Moderators declined your flag on ${on}`;
    case K.POST_MODERATED: {
      const what = ACTION_WORDS[n.data.action ?? ''] ?? n.data.action ?? 'moderated';
      return `Your post in ${on} was ${what}${n.data.reason ? `: ${n.data.reason}` : ''}`;
    }
    case K.STAFF_REPLIED:
      if (many) return `${n.count} staff replies about ${on}`;
      return n.data.private ? `Staff sent you a private message about ${on}` : `Staff answered ${on}`;
    case K.CASE_RESOLVED: return `Your case about ${on} was resolved: please rate the help you got`;
    case K.CASE_ASSIGNED: return `${who} assigned you the case about ${on}`;
    case K.CASE_BREACHED: return `The ${n.data.clock === 'FIRST_RESPONSE' ? 'first response' : 'resolution'} time of the case about ${on} was breached`;
    case K.CASE_BREACH_SOON: return `The case about ${on} is due within 15 minutes`;
    case K.MEMBER_REPLIED: return many ? `${n.count} member replies on the case about ${on}` : `The member replied on the case about ${on}`;
  }
}
