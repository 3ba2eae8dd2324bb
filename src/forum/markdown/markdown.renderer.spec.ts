import sanitizeHtml from 'sanitize-html';
import { MarkdownRenderer, mentionCandidates } from './markdown.renderer.js';

// The real elements and attributes of an HTML string (escaped text is not an element).
function elements(html: string): Array<{ tag: string; attribs: Record<string, string> }> {
  const found: Array<{ tag: string; attribs: Record<string, string> }> = [];
  sanitizeHtml(html, {
    allowedTags: false,
    allowedAttributes: false,
    exclusiveFilter: (frame) => {
      found.push({ tag: frame.tag, attribs: frame.attribs });
      return false;
    },
  });
  return found;
}

const md = new MarkdownRenderer();

// Payloads from the OWASP XSS filter evasion cheat sheet and Markdown-specific vectors.
const XSS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg/onload=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](  javascript:alert(1))',
  '[click](java\tscript:alert(1))',
  '[click](&#106;avascript:alert(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[click](vbscript:msgbox(1))',
  '![img](javascript:alert(1))',
  '![img](x" onerror="alert(1))',
  '<iframe src="https://evil.example"></iframe>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<body onload=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '[x](https://ok.example "title" onclick="alert(1)")',
  '<a href="https://ok.example" onclick="alert(1)">x</a>',
  '`<script>alert(1)</script>`',
  '<<script>script>alert(1)<</script>/script>',
  '<object data="javascript:alert(1)"></object>',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel="stylesheet" href="javascript:alert(1)">',
  '[a](//evil.example/x)',
];

describe('MarkdownRenderer', () => {
  it('renders Markdown', () => {
    expect(md.render('**bold** and `code`\n\n- one\n- two')).toBe('<p><strong>bold</strong> and <code>code</code></p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n');
  });

  it.each(XSS)('neutralises %s', (payload) => {
    for (const el of elements(md.render(payload))) {
      expect(['p', 'a', 'img', 'code', 'pre', 'strong', 'em', 'br']).toContain(el.tag);
      for (const [name, value] of Object.entries(el.attribs)) {
        expect(name).not.toMatch(/^on/i);
        if (name === 'href' || name === 'src') expect(value).toMatch(/^(https:|http:|mailto:|\/u\/)/);
      }
    }
  });

  it('makes user links safe: nofollow, no opener', () => {
    expect(md.render('[docs](https://voltaro.example/help)')).toBe(
      '<p><a href="https://voltaro.example/help" rel="nofollow ugc noopener noreferrer" target="_blank">docs</a></p>\n',
    );
  });

  it('links mentions of existing accounts, but not in code or links, nor unknown names', () => {
    const known = new Map([['eva_expert', 'Eva_Expert']]);
    const html = md.render('Ask @eva_expert. Not @nobody, not `@eva_expert`, not [@eva_expert](https://x.example).', known);
    expect(html).toContain('<a href="/u/Eva_Expert" class="mention" data-user="Eva_Expert">@Eva_Expert</a>.');
    expect(html.match(/class="mention"/g)).toHaveLength(1);
    expect(html).toContain('@nobody');
  });

  it('finds mention candidates, without e-mail addresses or trailing dots', () => {
    expect(mentionCandidates('Hi @Eva_Expert and @mo.member. Mail me at jan@voltaro.example')).toEqual(['eva_expert', 'mo.member']);
  });
});
