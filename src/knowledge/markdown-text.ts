import MarkdownIt, { type Token } from 'markdown-it';

// html: true so that raw HTML arrives as html_* tokens we can strip, instead of as literal text
const md = new MarkdownIt({ html: true, linkify: false });

// U+E000 and U+E001 mark highlights in engine responses; they must never come from users
const RESERVED = /[\uE000\uE001]/g;
const TAG = /<\/?[A-Za-z][^>]*>/g;
const ENTITY = /&(#\d+|#x[0-9a-f]+|amp|lt|gt|quot|apos|nbsp);/gi;

/**
 * Markdown to plain text for indexing: keeps the words a reader sees (text, code, link and image
 * text) and drops markup, URLs and raw HTML tags. Blocks are separated by a blank line so that
 * engines do not glue the last word of a paragraph to the first of the next.
 */
export function markdownToText(markdown: string): string {
  const blocks: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const text = current.join('').replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim();
    if (text) blocks.push(text);
    current = [];
  };
  for (const token of md.parse(markdown, {})) {
    switch (token.type) {
      case 'inline':
        current.push(inlineText(token.children ?? []));
        break;
      case 'fence':
      case 'code_block':
        // error messages and settings in code blocks are exactly what people search for
        current.push(token.content);
        flush();
        break;
      case 'html_block':
        current.push(htmlToText(token.content));
        flush();
        break;
      default:
        if (token.nesting === -1 || token.type === 'hr') flush();
    }
  }
  flush();
  return blocks.join('\n\n').replace(RESERVED, '');
}

function inlineText(children: Token[]): string {
  let out = '';
  for (const child of children) {
    switch (child.type) {
      case 'text':
      case 'code_inline':
        out += child.content;
        break;
      case 'image':
        // markdown-it keeps the alt text in the children of the image token
        out += inlineText(child.children ?? []);
        break;
      case 'softbreak':
      case 'hardbreak':
        out += '\n';
        break;
      case 'html_inline':
        out += htmlToText(child.content);
        break;
      default:
        break;
    }
  }
  return out;
}

function htmlToText(html: string): string {
  return html.replace(TAG, ' ').replace(ENTITY, (entity) => decodeEntity(entity)).replace(/\s+/g, ' ');
}

function decodeEntity(entity: string): string {
  const name = entity.slice(1, -1).toLowerCase();
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  if (named[name] !== undefined) return named[name];
  const code = name.startsWith('#x') ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
}

/** A one-line plain text field (titles, names): whitespace collapsed, reserved marks removed. */
export function plainLine(text: string): string {
  return text.replace(RESERVED, '').replace(/\s+/g, ' ').trim();
}
