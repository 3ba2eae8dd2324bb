import fixture from '../../test/fixtures/complaints.json' with { type: 'json' };
import { detectComplaint, type ComplaintLanguage } from './complaint-detector.js';

interface FixturePost {
  id: string;
  language: string;
  label: string;
  title: string;
  body: string;
  tags?: string[];
}

const posts = fixture.posts as FixturePost[];

// Floors the shipped lexicons meet on test/fixtures/complaints.json; a change that drops below them is a regression.
const FLOORS: Record<ComplaintLanguage, { precision: number; recall: number }> = {
  en: { precision: 0.85, recall: 0.8 },
  nl: { precision: 0.85, recall: 0.8 },
};

function measure(language: ComplaintLanguage, guessLanguage: boolean) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  for (const post of posts.filter((p) => p.language === language)) {
    const result = detectComplaint(post, guessLanguage ? {} : { language });
    const actual = post.label === 'complaint';
    if (result.isComplaint && actual) tp++;
    if (result.isComplaint && !actual) {
      fp++;
      misses.push(`false positive ${post.id} (${post.label}, ${result.score}): ${result.matchedPhrases.join(' | ')}`);
    }
    if (!result.isComplaint && actual) {
      fn++;
      misses.push(`false negative ${post.id} (${result.score}): ${post.title}`);
    }
  }
  return { precision: tp / (tp + fp), recall: tp / (tp + fn), tp, fp, fn, misses };
}

describe('complaint detector on the labelled fixture', () => {
  it('has a balanced fixture of at least 120 posts', () => {
    expect(posts.length).toBeGreaterThanOrEqual(120);
    for (const language of ['en', 'nl']) {
      const own = posts.filter((p) => p.language === language);
      expect(own.length).toBeGreaterThanOrEqual(55);
      expect(new Set(own.map((p) => p.label))).toEqual(new Set(['complaint', 'neutral', 'compliment']));
    }
  });

  it('guesses the language of every post', () => {
    const wrong = posts.filter((p) => detectComplaint(p).language !== p.language).map((p) => p.id);
    expect(wrong).toEqual([]);
  });

  it.each<ComplaintLanguage>(['en', 'nl'])('%s: precision and recall of isComplaint meet the floor', (language) => {
    const m = measure(language, true);
    console.log(
      `complaint detector [${language}] precision ${m.precision.toFixed(3)} recall ${m.recall.toFixed(3)} ` +
        `(tp ${m.tp}, fp ${m.fp}, fn ${m.fn})\n${m.misses.join('\n')}`,
    );
    expect(m.precision).toBeGreaterThanOrEqual(FLOORS[language].precision);
    expect(m.recall).toBeGreaterThanOrEqual(FLOORS[language].recall);
  });
});
