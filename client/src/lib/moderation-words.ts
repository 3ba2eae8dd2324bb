/** Audit actions as people say them: "closed", "marked as duplicate". */
export const ACTION_WORDS: Record<string, string> = {
  close: 'closed',
  reopen: 'reopened',
  lock: 'locked',
  unlock: 'unlocked',
  pin: 'pinned',
  unpin: 'unpinned',
  mark_duplicate: 'marked as duplicate',
  merge: 'merged into the original',
  move: 'moved',
  hide: 'hid a post',
  unhide: 'showed a hidden post again',
  auto_hide: 'hid a post (flags)',
  community_close: 'closed by community vote',
  community_reopen: 'reopened by community vote',
  review_agree: 'agreed with flags',
  review_dismiss: 'dismissed flags',
  suspend: 'suspended a member',
  unsuspend: 'lifted a suspension',
  known_issue_set: 'marked a known issue',
  known_issue_cleared: 'cleared a known issue',
};

export function actionWords(action: string): string {
  return ACTION_WORDS[action] ?? action.replace(/_/g, ' ');
}

export const FLAG_REASON_WORDS: Record<string, string> = {
  SPAM: 'Spam',
  OFFENSIVE: 'Rude or offensive',
  OFF_TOPIC: 'Off topic',
  DUPLICATE: 'Duplicate',
  NEEDS_STAFF: 'Needs staff',
};
