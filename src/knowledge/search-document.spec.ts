import { markdownToText } from './markdown-text.js';
import {
  DEFAULT_BOOST_WEIGHTS,
  buildArticleDocument,
  buildThreadDocument,
  computeBoost,
  type ArticleSource,
  type ThreadSource,
} from './search-document.js';

const thread = (over: Partial<ThreadSource> = {}): ThreadSource => ({
  id: '3f1c8a52-0c1e-4c55-9a55-0b6f0f3f2d10',
  title: '  Slimme meter   geeft geen  standen door ',
  body: 'Sinds **maandag** stuurt mijn [slimme meter](https://example.test/meter) niets meer.',
  tags: ['Slimme-Meter', 'meterstanden', 'slimme-meter', ' '],
  categoryId: 'cat-energy',
  categoryName: 'Energie & meters',
  score: 7,
  createdAt: new Date('2026-01-05T09:00:00.900Z'),
  lastActivityAt: new Date('2026-01-06T10:30:00Z'),
  hidden: false,
  acceptedAnswerBody: null,
  expertAnswerBodies: [],
  ...over,
});

describe('markdownToText', () => {
  it('keeps the words a reader sees and drops markup and URLs', () => {
    const text = markdownToText(
      '# Storing\n\nMijn *router* geeft `error 651`.\n\n- stap 1\n- stap 2\n\n![modem foto](http://x.test/a.png) zie [handleiding](http://x.test)',
    );
    expect(text).toBe('Storing\n\nMijn router geeft error 651.\n\nstap 1\n\nstap 2\n\nmodem foto zie handleiding');
  });

  it('keeps code blocks, because error messages are what people search for', () => {
    expect(markdownToText('Log:\n\n```\nPPP timeout 0x80\n```')).toBe('Log:\n\nPPP timeout 0x80');
  });

  it('strips raw HTML tags but keeps their text, and decodes entities', () => {
    expect(markdownToText('<div>Hallo <b>wereld</b> &amp; zo</div>')).toBe('Hallo wereld & zo');
    expect(markdownToText('a <span class="x">b</span> c')).toBe('a b c');
  });

  it('removes the characters reserved for highlight marks', () => {
    expect(markdownToText('a\uE000b\uE001c')).toBe('abc');
  });
});

describe('buildThreadDocument', () => {
  it('builds a plain-text document with epoch seconds, clean tags and public visibility', () => {
    const doc = buildThreadDocument(thread());
    expect(doc).toEqual({
      id: '3f1c8a52-0c1e-4c55-9a55-0b6f0f3f2d10',
      kind: 'thread',
      title: 'Slimme meter geeft geen standen door',
      body: 'Sinds maandag stuurt mijn slimme meter niets meer.',
      acceptedAnswer: '',
      expertAnswers: [],
      tags: ['slimme-meter', 'meterstanden'],
      categoryId: 'cat-energy',
      categoryName: 'Energie & meters',
      solved: false,
      hasExpertAnswer: false,
      score: 7,
      lastActivityAt: Date.parse('2026-01-06T10:30:00Z') / 1000,
      createdAt: Math.floor(Date.parse('2026-01-05T09:00:00Z') / 1000),
      boost: 0,
      visibility: 'public',
    });
  });

  it('marks a thread with an accepted answer solved and indexes that answer once', () => {
    const doc = buildThreadDocument(
      thread({ acceptedAnswerBody: 'Herstart de **P1-dongle**.', expertAnswerBodies: ['Herstart de **P1-dongle**.', 'Bel de netbeheerder.'] }),
    );
    expect(doc.solved).toBe(true);
    expect(doc.hasExpertAnswer).toBe(true);
    expect(doc.acceptedAnswer).toBe('Herstart de P1-dongle.');
    expect(doc.expertAnswers).toEqual(['Bel de netbeheerder.']);
    expect(doc.boost).toBe(DEFAULT_BOOST_WEIGHTS.solved + DEFAULT_BOOST_WEIGHTS.expertAnswer);
  });

  it('indexes hidden threads as hidden', () => {
    expect(buildThreadDocument(thread({ hidden: true })).visibility).toBe('hidden');
  });

  it('caps long texts and the number of expert answers', () => {
    const limits = { bodyChars: 20, answerChars: 5, expertAnswers: 2 };
    const doc = buildThreadDocument(
      thread({ body: 'woord '.repeat(10), expertAnswerBodies: ['een antwoord', 'twee', 'drie', 'vier'] }),
      { limits },
    );
    expect(doc.body.length).toBeLessThanOrEqual(20);
    expect(doc.body.endsWith('woord')).toBe(true);
    expect(doc.expertAnswers).toEqual(['een', 'twee']);
  });

  it('refuses ids that the engines cannot key on', () => {
    expect(() => buildThreadDocument(thread({ id: 'a/b' }))).toThrow(/id/);
    expect(() => buildThreadDocument(thread({ id: '' }))).toThrow(/id/);
  });

  it('refuses an invalid date rather than indexing NaN', () => {
    expect(() => buildThreadDocument(thread({ createdAt: new Date('nope') }))).toThrow(/date/);
  });
});

describe('buildArticleDocument', () => {
  const article: ArticleSource = {
    id: 'art_1',
    title: 'Zo lees je je meterstanden af',
    body: '## Stap 1\n\nOpen de **meterkast**.',
    tags: ['meterstanden'],
    categoryId: 'cat-energy',
    categoryName: 'Energie',
    score: 3,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    updatedAt: new Date('2026-01-02T00:00:00Z'),
    hidden: false,
  };

  it('counts an article as solved, ranks it above any thread and dates activity by its last version', () => {
    const doc = buildArticleDocument(article);
    expect(doc).toMatchObject({ kind: 'article', body: 'Stap 1\n\nOpen de meterkast.', solved: true, hasExpertAnswer: false, acceptedAnswer: '', expertAnswers: [] });
    expect(doc.lastActivityAt).toBe(Date.parse('2026-01-02T00:00:00Z') / 1000);
    const bestThread = computeBoost({ kind: 'thread', solved: true, hasExpertAnswer: true });
    expect(doc.boost).toBeGreaterThan(bestThread);
  });
});

describe('computeBoost', () => {
  it('orders: article > solved with expert > solved > expert only > neither', () => {
    const b = (kind: 'thread' | 'article', solved: boolean, hasExpertAnswer: boolean) => computeBoost({ kind, solved, hasExpertAnswer });
    const order = [b('article', true, false), b('thread', true, true), b('thread', true, false), b('thread', false, true), b('thread', false, false)];
    expect([...order].sort((x, y) => y - x)).toEqual(order);
    expect(new Set(order).size).toBe(order.length);
  });
});
