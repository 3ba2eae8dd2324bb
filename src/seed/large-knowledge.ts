// Knowledge in the generated community: articles promoted from solved threads (seeded from the
// question and the accepted answer, as articles.service promotes them, with version rows and the
// link back) or written by staff; and a year of searches and ask-form suggestion sessions, so
// that analytics and the knowledge-gap report have something to show.
import { MarkdownRenderer } from '../forum/markdown/markdown.renderer.js';
import { DAY, HOUR, MINUTE, answerBody, clampAfter, type Plan, type Thread } from './large-plan.js';
import { SAMPLE_QUERIES, seededRandom, type Language } from './large-text.js';
import { DOMAINS, PLACES } from './large-vocabulary.js';

export interface ArticleVersion {
  number: number;
  editor: number;
  reason: string;
  title: string;
  body: string;
  tags: string[];
  at: number;
}

export interface Article {
  idx: number;
  category: number;
  source: Thread | null;
  author: number;
  slug: string;
  title: string;
  body: string;
  bodyHtml: string;
  tags: string[];
  hidden: boolean;
  versions: ArticleVersion[];
  at: number;
  updatedAt: number;
}

export interface SearchEvent {
  kind: 'search' | 'similar';
  query: string;
  filters: string;
  results: number;
  viewer: number | null;
  session: string;
  at: number;
}

export interface SuggestionEvent {
  session: string;
  user: number | null;
  event: 'SHOWN' | 'OPENED' | 'ASKED_ANYWAY' | 'ABANDONED';
  suggestions: Thread[];
  opened: Thread | null;
  thread: Thread | null;
  at: number;
}

export interface Knowledge {
  articles: Article[];
}

const EDIT_REASONS = ['clarified the steps', 'added the menu path in the new app', 'updated after the price change', 'fixed a typo', 'added a photo description'];
const EDIT_LINES = {
  en: ['Update: the setting moved to Settings > Energy in the new app.', 'Tip: write down the readings before you start.', 'This also applies to the newer models.'],
  nl: ['Update: de instelling staat in de nieuwe app onder Instellingen > Energie.', 'Tip: schrijf de standen op voordat je begint.', 'Dit geldt ook voor de nieuwere modellen.'],
};
// Searches that find nothing: the knowledge gaps analytics reports.
const GAPS = ['warmtenet aansluiten', 'heat network connection', 'energy label house', 'thuisbatterij subsidie 2027', 'stadsverwarming storing', 'waterstof ketel', 'saldering afschaffing gevolgen', 'terugleverboete berekenen', 'balcony solar plug', 'stekkerpanelen aanmelden', 'v2g bidirectional charging', 'airco als warmtepomp'];

/** URL slug like the app's: the title in ASCII and a random suffix (unique here). */
export function makeSlug(title: string, suffix: string): string {
  const base = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '');
  return `${base || 'thread'}-${suffix}`;
}

const hex = (rng: () => number, n: number) => {
  let s = '';
  for (let i = 0; i < n; i++) s += Math.floor(rng() * 16).toString(16);
  return s;
};

export function planKnowledge(plan: Plan): Knowledge {
  const { rng, now, threads } = plan;
  const renderer = new MarkdownRenderer();
  const articles: Article[] = [];
  const slugs = new Set<string>();
  const slugFor = (title: string) => {
    for (;;) {
      const s = makeSlug(title, hex(rng, 8));
      if (!slugs.has(s)) {
        slugs.add(s);
        return s;
      }
    }
  };
  const editorFor = (category: number, at: number, not = -1): number => {
    const experts = plan.certifications.filter((c) => c.category === category && c.revokedAt === null && c.grantedAt < at && c.user !== not);
    return experts.length && rng() < 0.6 ? experts[Math.floor(rng() * experts.length)].user : plan.staff[Math.floor(rng() * plan.staff.length)];
  };
  const addVersions = (a: Article, language: Language) => {
    let at = a.at;
    while (rng() < 0.3 && a.versions.length < 4) {
      at = clampAfter(at, at + (1 + 90 * rng()) * DAY, now, rng);
      if (at >= now - MINUTE) break;
      const editor = editorFor(a.category, at);
      const body = `${a.body}\n\n${EDIT_LINES[language][Math.floor(rng() * EDIT_LINES[language].length)]}`;
      a.versions.push({ number: a.versions.length + 1, editor, reason: EDIT_REASONS[Math.floor(rng() * EDIT_REASONS.length)], title: a.title, body, tags: a.tags, at });
      a.body = body;
      a.updatedAt = at;
      plan.users.firstAct[editor] = Math.min(plan.users.firstAct[editor], at);
    }
    a.bodyHtml = renderer.render(a.body);
  };

  // Promoted: well-voted solved threads, some time after they were solved.
  const target = Math.max(5, Math.min(2000, Math.round(threads.length / 100)));
  const solved = threads.filter((t) => t.accepted && t.accepted.author !== t.author && t.score >= 1);
  for (const t of solved) {
    if (articles.length >= target) break;
    if (rng() > (target * 1.3) / solved.length) continue;
    const at = clampAfter(t.acceptedAt, t.acceptedAt + (1 + 60 * rng()) * DAY, now, rng);
    const author = editorFor(t.category, at, -1);
    const tags = [...new Set(t.tags.map((k) => plan.tags[k]))].sort();
    const body = `${t.body.trim()}\n\n## Answer\n\n${answerBody(t.accepted!).trim()}`;
    const a: Article = {
      idx: -1, category: t.category, source: t, author, slug: slugFor(t.title), title: t.title, body, bodyHtml: '', tags, hidden: rng() < 0.03,
      versions: [{ number: 1, editor: author, reason: 'promoted from thread', title: t.title, body, tags, at }], at, updatedAt: at,
    };
    plan.users.firstAct[author] = Math.min(plan.users.firstAct[author], at);
    addVersions(a, t.language);
    articles.push(a);
  }
  // Written by staff: how-tos per category.
  const written = Math.max(2, Math.round(threads.length / 2500));
  for (let k = 0; k < written; k++) {
    const category = k % DOMAINS.length;
    const d = DOMAINS[category];
    const language: Language = k % 3 === 2 ? 'nl' : 'en';
    const L = d[language];
    const task = L.tasks[k % L.tasks.length];
    const title = language === 'nl' ? `Zo ${task.replace(/ ik /, ' je ')}` : `How to ${task.replace(/\bmy\b/g, 'your')}`;
    const steps = [0, 1, 2].map((i) => `${i + 1}. ${L.advice[(k + i) % L.advice.length].replace(/\{(model|code|place|amount|n)\}/g, (_, s: string) => (s === 'place' ? PLACES[k % 40] : s === 'model' ? (d.models[0] ?? L.products[0]) : s === 'code' ? (d.codes[0] ?? 'E21') : String(10 + k)))}`);
    const body = `${language === 'nl' ? 'In drie stappen:' : 'In three steps:'}\n\n${steps.join('\n')}`;
    const at = Math.floor(now - (10 + 700 * rng()) * DAY);
    const author = plan.staff[k % plan.staff.length];
    const tags = [...new Set([d.tags[0], d.tags[1 % d.tags.length]])].sort();
    const a: Article = {
      idx: -1, category, source: null, author, slug: slugFor(title), title: title.slice(0, 150), body, bodyHtml: '', tags, hidden: false,
      versions: [{ number: 1, editor: author, reason: 'written', title: title.slice(0, 150), body, tags, at }], at, updatedAt: at,
    };
    plan.users.firstAct[author] = Math.min(plan.users.firstAct[author], at);
    addVersions(a, language);
    articles.push(a);
  }

  return { articles };
}

// A member who had joined by `at` (join times are settled before these events are planned), or null.
function joinedBy(plan: Plan, rng: () => number, at: number): number | null {
  for (let k = 0; k < 4; k++) {
    const m = Math.floor(plan.users.members * rng() ** 2);
    if (plan.users.joinAt[m] < at) return m;
  }
  return null;
}

/**
 * A year of searches: frequent terms often, the long tail rarely, some knowledge gaps. Planned
 * after the join times are settled (viewers had joined), with a PRNG of its own, so it can run
 * while other tables are written.
 */
export function planSearches(plan: Plan): SearchEvent[] {
  const { now, threads } = plan;
  const rng = seededRandom(plan.seed ^ 0x5ea4c4);
  const pool: string[] = [...SAMPLE_QUERIES.common, ...SAMPLE_QUERIES.common, ...SAMPLE_QUERIES.rare];
  for (const d of DOMAINS) {
    pool.push(...d.en.products.slice(0, 4), ...d.nl.products.slice(0, 4), ...d.models.slice(0, 6), ...d.codes.slice(0, 3));
  }
  pool.push(...PLACES.slice(0, 20).map((p) => `storing ${p}`), ...SAMPLE_QUERIES.misspelled);
  // Matches per query, estimated from a sample of the threads (substring in title, question, accepted answer).
  const step = Math.max(1, Math.floor(threads.length / 2000));
  const sample = threads.filter((_, i) => i % step === 0).map((t) => `${t.title}\n${t.body}\n${t.accepted ? answerBody(t.accepted) : ''}`.toLowerCase());
  const matches = new Map<string, number>();
  const estimate = (q: string) => {
    let n = matches.get(q);
    if (n === undefined) {
      const words = q.toLowerCase().split(/\s+/);
      n = sample.filter((text) => words.every((w) => text.includes(w))).length * step;
      matches.set(q, n);
    }
    return n;
  };
  const count = Math.max(100, Math.round(threads.length / 2));
  const events: SearchEvent[] = [];
  for (let k = 0; k < count; k++) {
    const at = Math.floor(now - 365 * DAY * rng());
    const share = threads.length ? 1 - ((now - at) / (3 * 365 * DAY)) * 0.5 : 1;
    const gap = rng() < 0.06;
    const query = gap ? GAPS[Math.floor(GAPS.length * rng() ** 1.5)] : pool[Math.floor(pool.length * rng() ** 1.3)];
    const viewer = rng() < 0.4 ? joinedBy(plan, rng, at) : null;
    const similar = !gap && rng() < 0.15;
    const filters = !similar && rng() < 0.12 ? JSON.stringify({ solved: true }) : '{}';
    events.push({
      kind: similar ? 'similar' : 'search',
      query,
      filters,
      results: gap ? 0 : similar ? Math.min(5, estimate(query)) : Math.round(estimate(query) * share * (filters === '{}' ? 1 : 0.45)),
      viewer,
      session: `s${hex(rng, 16)}`,
      at,
    });
  }
  return events.sort((a, b) => a.at - b.at);
}

/**
 * Ask-form sessions of the last year: suggestions shown, sometimes opened, then asked anyway (the
 * thread exists) or left (deflected). Like planSearches, planned late with a PRNG of its own.
 */
export function planSuggestions(plan: Plan): SuggestionEvent[] {
  const { now, threads } = plan;
  const rng = seededRandom(plan.seed ^ 0x5a6e57);
  const solvedByCategory = plan.categories.map(() => [] as Thread[]);
  for (const t of [...threads].sort((a, b) => a.at - b.at)) if (t.accepted) solvedByCategory[t.category].push(t);
  const earlierSolved = (t: { category: number; at: number }, n: number): Thread[] => {
    const list = solvedByCategory[t.category];
    let hi = list.length;
    let lo = 0;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].at < t.at) lo = mid + 1;
      else hi = mid;
    }
    const out = new Set<Thread>();
    for (let k = 0; k < n * 3 && out.size < n && lo > 0; k++) out.add(list[Math.floor(lo * (1 - rng() ** 2))] ?? list[lo - 1]);
    return [...out];
  };
  const events: SuggestionEvent[] = [];
  for (const t of threads) {
    if (now - t.at > 365 * DAY || rng() >= 0.2) continue;
    const shown = earlierSolved(t, 3 + Math.floor(rng() * 3));
    if (!shown.length) continue;
    const session = `a${hex(rng, 16)}`;
    const start = Math.floor(t.at - (1 + 4 * rng()) * MINUTE);
    events.push({ session, user: t.author, event: 'SHOWN', suggestions: shown, opened: null, thread: null, at: start });
    if (rng() < 0.3) events.push({ session, user: t.author, event: 'OPENED', suggestions: [], opened: shown[Math.floor(rng() * shown.length)], thread: null, at: start + 30_000 });
    events.push({ session, user: t.author, event: 'ASKED_ANYWAY', suggestions: [], opened: null, thread: t, at: t.at });
  }
  const asked = events.length;
  for (let k = 0; k < asked / 4; k++) {
    const at = Math.floor(now - 365 * DAY * rng());
    const category = Math.floor(rng() * plan.categories.length);
    const shown = earlierSolved({ category, at }, 3 + Math.floor(rng() * 3));
    if (!shown.length) continue;
    const session = `d${hex(rng, 16)}`;
    const user = rng() < 0.5 ? joinedBy(plan, rng, at) : null;
    events.push({ session, user, event: 'SHOWN', suggestions: shown, opened: null, thread: null, at });
    const opened = rng() < 0.7;
    if (opened) events.push({ session, user, event: 'OPENED', suggestions: [], opened: shown[Math.floor(rng() * shown.length)], thread: null, at: at + 40_000 });
    events.push({ session, user, event: 'ABANDONED', suggestions: [], opened: null, thread: null, at: at + (opened ? 3 * MINUTE : 2 * HOUR) });
  }
  return events.filter((e) => e.at <= now).sort((a, b) => a.at - b.at);
}
