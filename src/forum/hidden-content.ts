/** What members see instead of a post hidden by flags or a moderator. */
export const HIDDEN_TEXT = 'This post is hidden while moderators review it.';
export const HIDDEN_HTML = `<p class="hidden-post">${HIDDEN_TEXT}</p>`;
