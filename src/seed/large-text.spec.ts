import { MarkdownRenderer } from '../forum/markdown/markdown.renderer.js';
import { detectComplaint } from '../webcare/complaint-detector.js';
import { BinaryCopyWriter } from './binary-copy.js';
import { LARGE_CATEGORIES, Zipf, answerText, commentText, question, seededRandom } from './large-text.js';

// A PRNG that returns the given values in turn.
const fixed = (...values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length];
};

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}+.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu) ?? []);

describe('generated community text', () => {
  it('draws Zipf-weighted: ranks 1, 2, 3 with weights 1, 1/2, 1/3 (cumulative 6/11, 9/11, 1)', () => {
    const z = new Zipf(['a', 'b', 'c'], 1);
    // 0.5 → 0.5 < 6/11; 0.6 → between 6/11 and 9/11; 0.85 → above 9/11.
    expect([0.5, 0.6, 0.85, 0.545, 0.546].map((r) => z.draw(fixed(r)))).toEqual(['a', 'b', 'c', 'a', 'b']);
  });

  it('is the same for the same seed', () => {
    const a = seededRandom(5);
    const b = seededRandom(5);
    expect(Array.from({ length: 50 }, () => question(a, 3).body)).toEqual(Array.from({ length: 50 }, () => question(b, 3).body));
  });

  it('never reads as a complaint unless written as one: 3,000 questions and 3,000 answers in every category', () => {
    const rng = seededRandom(11);
    let complaints = 0;
    for (let i = 0; i < 3000; i++) {
      const q = question(rng, i % LARGE_CATEGORIES.length);
      if (detectComplaint({ title: q.title, body: q.body }).isComplaint) complaints++;
      if (detectComplaint({ body: answerText(rng, i % LARGE_CATEGORIES.length, q.language) }).isComplaint) complaints++;
    }
    expect(complaints).toBe(0);
    const written = Array.from({ length: 300 }, (_, i) => question(rng, i % LARGE_CATEGORIES.length, true));
    expect(written.filter((q) => detectComplaint({ title: q.title, body: q.body }).isComplaint)).toHaveLength(300);
  });

  it('stores HTML exactly as the Markdown renderer makes it', () => {
    const rng = seededRandom(12);
    const renderer = new MarkdownRenderer();
    const texts: string[] = [];
    for (let i = 0; i < 700; i++) {
      const q = question(rng, i % LARGE_CATEGORIES.length);
      texts.push(q.body, answerText(rng, i % LARGE_CATEGORIES.length, q.language), commentText(rng, q.language));
    }
    const w = new BinaryCopyWriter();
    for (const t of texts) w.row(1).paragraph(t);
    const data = Buffer.concat(w.finish());
    // Read the fields back: 19-byte header, then per row int16 field count, int32 length, bytes.
    const stored: string[] = [];
    for (let p = 19; data.readInt16BE(p) === 1; ) {
      const n = data.readInt32BE(p + 2);
      stored.push(data.toString('utf8', p + 6, p + 6 + n));
      p += 6 + n;
    }
    expect(stored).toHaveLength(2100);
    expect(stored.filter((html, i) => html !== renderer.render(texts[i]))).toEqual([]);
  });

  it('has a few thousand terms: in 20,000 questions 2,602 distinct, 78 in at least a tenth of them, 830 in five or fewer', () => {
    const rng = seededRandom(42);
    const df = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const q = question(rng, i % LARGE_CATEGORIES.length);
      for (const w of words(`${q.title} ${q.body}`)) df.set(w, (df.get(w) ?? 0) + 1);
    }
    const counts = [...df.values()];
    expect(df.size).toBe(2602);
    expect(counts.filter((n) => n >= 2000)).toHaveLength(78);
    expect(counts.filter((n) => n <= 5)).toHaveLength(830);
  });
});
