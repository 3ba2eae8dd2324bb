import MarkdownIt, { type StateCore, type Token } from 'markdown-it';
import sanitizeHtml from 'sanitize-html';


// Handles as in RegisterInput: letters, digits, _ . - (a trailing dot is punctuation, not part of the name).
const MENTION = /(^|[^\p{L}\p{N}_.@-])@([\p{L}\p{N}_.-]{3,30})/gu;

/** Candidate @handles in a Markdown source, lower-cased; the caller resolves which accounts exist. */
export function mentionCandidates(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(MENTION)) names.add(m[2].replace(/\.+$/, '').toLowerCase());
  return [...names];
}

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code', 'em', 'strong', 'del', 's',
    'ul', 'ol', 'li', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'span'],
  allowedAttributes: {
    a: ['href', 'title', 'class', 'data-user'],
    img: ['src', 'alt', 'title'],
    code: ['class'],
    th: ['style'],
    td: ['style'],
    ol: ['start'],
  },
  allowedStyles: { th: { 'text-align': [/^(left|right|center)$/] }, td: { 'text-align': [/^(left|right|center)$/] } },
  allowedClasses: { a: ['mention'], code: [/^language-[\w-]+$/] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  // User links must not pass on ranking or the opener (Discourse and Stack Overflow do the same).
  transformTags: {
    a: (tagName, attribs) =>
      attribs.class === 'mention' ? { tagName, attribs } : { tagName, attribs: { ...attribs, rel: 'nofollow ugc noopener noreferrer', target: '_blank' } },
  },
};
(SANITIZE.allowedAttributes as Record<string, string[]>).a.push('rel', 'target');

/**
 * Markdown to safe HTML. Raw HTML in the source is escaped by markdown-it (`html: false`), and the
 * result passes an allow-list sanitizer as a second line of defence.
 */
export class MarkdownRenderer {
  private readonly md: InstanceType<typeof MarkdownIt>;

  constructor() {
    this.md = new MarkdownIt({ html: false, linkify: true, breaks: false, typographer: false });
    this.md.core.ruler.push('mentions', (state: StateCore) => {
      const known: Map<string, string> = (state.env as { mentions?: Map<string, string> })?.mentions ?? new Map();
      if (!known.size) return;
      for (const block of state.tokens) {
        if (block.type !== 'inline' || !block.children) continue;
        block.children = linkMentions(block.children, known, state.Token as unknown as TokenCtor);
      }
    });
  }

  /** Renders `source`; `mentions` maps lower-cased handles of existing accounts to their display names. */
  render(source: string, mentions: Map<string, string> = new Map()): string {
    return sanitizeHtml(this.md.render(source, { mentions }), SANITIZE);
  }
}

type TokenCtor = new (type: string, tag: string, nesting: -1 | 0 | 1) => Token;

// Splits text tokens outside links into text + mention links; code spans are separate tokens and stay untouched.
function linkMentions(tokens: Token[], known: Map<string, string>, TokenClass: TokenCtor): Token[] {
  const out: Token[] = [];
  let insideLink = 0;
  for (const token of tokens) {
    if (token.type === 'link_open') insideLink++;
    if (token.type === 'link_close') insideLink--;
    if (token.type !== 'text' || insideLink > 0) {
      out.push(token);
      continue;
    }
    let last = 0;
    const text = token.content;
    for (const m of text.matchAll(MENTION)) {
      const handle = m[2].replace(/\.+$/, '');
      const name = known.get(handle.toLowerCase());
      if (!name) continue;
      const start = m.index! + m[1].length;
      out.push(textToken(TokenClass, text.slice(last, start)));
      const open = new TokenClass('link_open', 'a', 1);
      open.attrs = [['href', `/u/${encodeURIComponent(name)}`], ['class', 'mention'], ['data-user', name]];
      out.push(open, textToken(TokenClass, `@${name}`), new TokenClass('link_close', 'a', -1));
      last = start + 1 + handle.length;
    }
    out.push(textToken(TokenClass, text.slice(last)));
  }
  return out;
}

function textToken(TokenClass: TokenCtor, content: string): Token {
  const t = new TokenClass('text', '', 0);
  t.content = content;
  return t;
}
