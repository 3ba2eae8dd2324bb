// Text of the generated community: questions, answers and comments in English and Dutch about
// an energy, internet and mobile company, built from sentence templates whose slots are drawn
// with Zipf-like weights (see large-vocabulary.ts). Deterministic for a given PRNG.
import { COMPLAINT_LINES, DOMAINS, MISSPELLINGS, MONTHS, PLACES, SHARED, type Domain, type LanguageLists } from './large-vocabulary.js';

export type Rng = () => number;
export type Language = 'en' | 'nl';

/** A small, seedable PRNG (mulberry32) so the data set is the same on every run. */
export function seededRandom(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];

/** Draws items with probability proportional to 1 / (rank + 1)^s: the first ones dominate, the tail stays rare. */
export class Zipf<T> {
  private readonly cumulative: Float64Array;

  constructor(
    readonly items: readonly T[],
    s = 1,
  ) {
    this.cumulative = new Float64Array(items.length);
    let sum = 0;
    for (let i = 0; i < items.length; i++) this.cumulative[i] = sum += 1 / Math.pow(i + 1, s);
  }

  draw(rng: Rng): T {
    const x = rng() * this.cumulative[this.cumulative.length - 1];
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo];
  }
}

// A template split into literal parts and slot names, filled without regular expressions.
type Compiled = Array<string | { slot: string }>;
const compiled = new Map<string, Compiled>();
function compile(template: string): Compiled {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/(\{\w+\})/).filter((p) => p !== '').map((p) => (p.startsWith('{') && p.endsWith('}') ? { slot: p.slice(1, -1) } : p));
    compiled.set(template, parts);
  }
  return parts;
}

// "eSIM" and "iPhone" keep their spelling at the start of a title.
const cap = (s: string) => (/^\p{Ll}\p{Lu}/u.test(s) ? s : s.charAt(0).toUpperCase() + s.slice(1));

interface DomainDraws {
  domain: Domain;
  lists: Record<Language, { products: Zipf<string>; problems: Zipf<string>; tasks: Zipf<string>; advice: Zipf<string> }>;
  models: Zipf<string> | null;
  codes: Zipf<string> | null;
  tags: Zipf<string>;
}

const draws = (l: LanguageLists) => ({ products: new Zipf(l.products, 1.0), problems: new Zipf(l.problems, 0.8), tasks: new Zipf(l.tasks, 0.8), advice: new Zipf(l.advice, 0.6) });
const DOMAIN_DRAWS: DomainDraws[] = DOMAINS.map((d) => ({
  domain: d,
  lists: { en: draws(d.en), nl: draws(d.nl) },
  models: d.models.length ? new Zipf(d.models, 1.05) : null,
  codes: d.codes.length ? new Zipf(d.codes, 1.15) : null,
  tags: new Zipf(d.tags, 0.9),
}));
const PLACE_DRAW = new Zipf([...new Set(PLACES)], 1.0);
const SHARED_DRAWS = {
  en: { events: new Zipf(SHARED.en.events, 0.9), details: new Zipf(SHARED.en.details, 0.7), context: new Zipf(SHARED.en.context, 0.5), device: new Zipf(SHARED.en.device, 0.5), questions: new Zipf(SHARED.en.questions, 0.8) },
  nl: { events: new Zipf(SHARED.nl.events, 0.9), details: new Zipf(SHARED.nl.details, 0.7), context: new Zipf(SHARED.nl.context, 0.5), device: new Zipf(SHARED.nl.device, 0.5), questions: new Zipf(SHARED.nl.questions, 0.8) },
};
const MISSPELLED = Object.entries(MISSPELLINGS);

/** The categories of the generated community: slug, name, share of threads. */
export const LARGE_CATEGORIES: ReadonlyArray<readonly [string, string]> = DOMAINS.map((d) => [d.slug, d.name] as const);
const DOMAIN_WEIGHTS = (() => {
  const total = DOMAINS.reduce((s, d) => s + d.weight, 0);
  let sum = 0;
  return DOMAINS.map((d) => (sum += d.weight / total));
})();

/** Every tag the generated threads use. */
export const LARGE_TAGS: readonly string[] = [...new Set([...DOMAINS.flatMap((d) => d.tags), 'error-code', 'account', 'storm', 'warranty'])];

/** A category index, by the domains' shares. */
export function drawCategory(rng: Rng): number {
  const x = rng();
  const i = DOMAIN_WEIGHTS.findIndex((w) => x < w);
  return i < 0 ? DOMAINS.length - 1 : i;
}

/** Fills one template for a domain and language. */
class Filler {
  constructor(
    private readonly rng: Rng,
    private readonly d: DomainDraws,
    private readonly lang: Language,
  ) {}

  fill(template: string): string {
    let out = '';
    for (const part of compile(template)) out += typeof part === 'string' ? part : this.slot(part.slot);
    return out;
  }

  slot(name: string): string {
    const rng = this.rng;
    switch (name) {
      case 'place':
        return PLACE_DRAW.draw(rng);
      case 'model':
        return this.d.models ? this.d.models.draw(rng) : this.d.lists[this.lang].products.draw(rng);
      case 'code':
        return this.d.codes ? this.d.codes.draw(rng) : `E${10 + Math.floor(rng() * 90)}`;
      case 'product':
        return this.d.lists[this.lang].products.draw(rng);
      case 'amount':
        return String(5 + Math.floor(rng() ** 2 * 400));
      case 'n':
        return String(2 + Math.floor(rng() ** 2 * 40));
      case 'month':
        return pick(rng, MONTHS[this.lang]);
      case 'years':
        return String(1 + Math.floor(rng() * 12));
      case 'year':
        return String(1930 + Math.floor(rng() * 92));
      case 'people':
        return String(1 + Math.floor(rng() * 5));
      case 'clock':
        return `${String(Math.floor(rng() * 24)).padStart(2, '0')}:${pick(rng, ['00', '15', '30', '45'])}`;
      case 'version':
        return `${1 + Math.floor(rng() * 9)}.${Math.floor(rng() * 20)}`;
      default:
        throw new Error(`unknown slot {${name}}`);
    }
  }
}

export interface QuestionText {
  title: string;
  body: string;
  language: Language;
  tags: string[];
}

/**
 * A question in a category: about 60% English, 40% Dutch. `complaint` opens the body with a line
 * the complaint detector reads as a complaint; other questions are written in a neutral tone.
 */
export function question(rng: Rng, category: number, complaint = false): QuestionText {
  const d = DOMAIN_DRAWS[category];
  const language: Language = rng() < 0.4 ? 'nl' : 'en';
  const f = new Filler(rng, d, language);
  const L = d.lists[language];
  const S = SHARED[language];
  const SD = SHARED_DRAWS[language];
  const product = L.products.draw(rng);
  const problem = f.fill(L.problems.draw(rng));
  const event = SD.events.draw(rng);
  const my = language === 'nl' ? 'Mijn' : 'My';
  const r = rng();
  let title: string;
  if (r < 0.3) title = `${my} ${product} ${problem}`;
  else if (r < 0.45) title = `${my} ${product} ${problem} ${language === 'nl' ? 'na' : 'after'} ${event}`;
  else if (r < 0.57 && d.models) title = `${d.models.draw(rng)} ${problem}`;
  else if (r < 0.65 && d.codes) title = `${language === 'nl' ? 'Foutcode' : 'Error'} ${d.codes.draw(rng)} ${language === 'nl' ? 'op mijn' : 'on my'} ${d.models ? d.models.draw(rng) : product}`;
  else if (r < 0.8) title = `${language === 'nl' ? 'Hoe' : 'How do I'} ${L.tasks.draw(rng)}?`;
  else if (r < 0.9) title = `${pick(rng, S.openers)} ${event} ${language === 'nl' ? 'mijn' : 'my'} ${product} ${problem}`;
  else if (r < 0.95) title = `${cap(product)} ${language === 'nl' ? 'in' : 'in'} ${PLACE_DRAW.draw(rng)}: ${problem}`;
  else title = `${language === 'nl' ? 'Vraag over mijn' : 'Question about my'} ${product}`;

  const sentences: string[] = [];
  if (complaint) sentences.push(f.fill(pick(rng, COMPLAINT_LINES[language])));
  sentences.push(`${pick(rng, S.openers)} ${event} ${language === 'nl' ? 'heb ik een vraag over mijn' : 'I have a question about my'} ${product}: ${language === 'nl' ? 'hij' : 'it'} ${problem}.`);
  if (rng() < 0.55) sentences.push(f.fill(d.models && rng() < 0.6 ? SD.device.draw(rng) : SD.context.draw(rng)));
  sentences.push(f.fill(SD.details.draw(rng)));
  if (rng() < 0.5) sentences.push(f.fill(SD.details.draw(rng)));
  sentences.push(SD.questions.draw(rng));
  const thanks = pick(rng, S.thanks);
  if (thanks) sentences.push(thanks);
  let body = sentences.join(' ');
  if (rng() < 0.08) body = misspell(rng, body);
  if (rng() < 0.04) title = misspell(rng, title);

  const tags = new Set<string>([d.tags.draw(rng)]);
  if (rng() < 0.55) tags.add(d.tags.draw(rng));
  if (rng() < 0.15) tags.add(d.domain.codes.length && rng() < 0.5 ? 'error-code' : d.tags.draw(rng));
  return { title: cap(title).slice(0, 150), body, language, tags: [...tags] };
}

/** An answer in the thread's language (mostly) with advice from its domain. */
export function answerText(rng: Rng, category: number, threadLanguage: Language): string {
  const d = DOMAIN_DRAWS[category];
  const language: Language = rng() < 0.9 ? threadLanguage : threadLanguage === 'en' ? 'nl' : 'en';
  const f = new Filler(rng, d, language);
  let text = f.fill(d.lists[language].advice.draw(rng));
  const r = rng();
  if (r < 0.25) text += ` ${f.fill(SHARED_DRAWS[language].details.draw(rng))}`;
  else if (r < 0.4) text = `${f.fill(d.lists[language].advice.draw(rng))} ${text}`;
  if (rng() < 0.03) text = misspell(rng, text);
  return text;
}

export function commentText(rng: Rng, language: Language): string {
  return pick(rng, SHARED[language].comments);
}

// Replaces one known word by a common misspelling of it, when the text has one.
function misspell(rng: Rng, text: string): string {
  const start = Math.floor(rng() * MISSPELLED.length);
  for (let k = 0; k < MISSPELLED.length; k++) {
    const [word, wrong] = MISSPELLED[(start + k) % MISSPELLED.length];
    const at = text.indexOf(word);
    if (at >= 0 && !/[\p{L}]/u.test(text.charAt(at + word.length))) return text.slice(0, at) + pick(rng, wrong) + text.slice(at + word.length);
  }
  return text;
}

/** The words search is benchmarked with: frequent, rare and misspelled ones, for the report. */
export const SAMPLE_QUERIES = {
  common: ['invoice', 'meter', 'router', 'factuur', 'storing', 'solar panels', 'advance payment', 'zonnepanelen', 'omvormer', 'app'],
  rare: ['Schiermonnikoog', 'E412', 'Omnik', 'ERR-PE', 'opzegvergoeding', 'Hoymiles', 'Zierikzee', 'roaming', 'laadpaal knippert', 'Kamstrup 382'],
  misspelled: ['invioce', 'rooter', 'zonnepanellen', 'meterr', 'omvromer', 'warmtepmp'],
};
