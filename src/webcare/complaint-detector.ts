import en from '../../search/sentiment/en.json' with { type: 'json' };
import nl from '../../search/sentiment/nl.json' with { type: 'json' };

export const COMPLAINT_LANGUAGES = ['en', 'nl'] as const;
export type ComplaintLanguage = (typeof COMPLAINT_LANGUAGES)[number];

/** The shape of search/sentiment/<language>.json. */
export interface SentimentLexicon {
  language: string;
  description?: string;
  /** Common words of the language, counted to guess the language of a post. */
  markers: string[];
  negators: string[];
  /** How many words before a match a negator may stand. */
  negationScope: number;
  /** How many words after a negatedPositive match a negator may stand ("klopt niet"). */
  postNegationScope: number;
  /** Words that end the scope of a negation, like punctuation does. */
  clauseBreakers: string[];
  numbers: string[];
  ordinals: string[];
  ordinalSuffixes: string[];
  modifiers: Record<string, number>;
  negative: Record<string, number>;
  negatedPositive: Record<string, number>;
  positive: Record<string, number>;
  signals: {
    allCapsWord: number;
    allCapsMax: number;
    exclamationRun: number;
    exclamationMax: number;
    questionRun: number;
    questionMax: number;
  };
}

export interface ComplaintInput {
  title?: string | null;
  body: string;
}

export interface ComplaintOptions {
  /** Score at or above which the post counts as a complaint. */
  threshold?: number;
  /** Skip guessing the language. */
  language?: ComplaintLanguage;
}

export type ComplaintSignalKind = 'phrase' | 'negated-positive' | 'praise' | 'all-caps' | 'exclamations' | 'questions';

export interface ComplaintSignal {
  kind: ComplaintSignalKind;
  /** The words as written in the post, or a description for typographic signals. */
  text: string;
  /** The lexicon pattern that matched. */
  pattern?: string;
  /** What it added to the raw score (negative for praise). */
  weight: number;
}

export interface ComplaintAssessment {
  /** 0..1; 1 − e^(−raw), where raw is the sum of the signals' weights. */
  score: number;
  isComplaint: boolean;
  threshold: number;
  language: ComplaintLanguage;
  /** The complaint words and phrases as written, in text order, for the case reason. */
  matchedPhrases: string[];
  signals: ComplaintSignal[];
}

export const DEFAULT_COMPLAINT_THRESHOLD = 0.5;

type TokenTest = { kind: 'word'; value: string } | { kind: 'prefix'; value: string } | { kind: 'num' } | { kind: 'ord' };

interface Entry {
  pattern: string;
  tests: TokenTest[];
  negative: number;
  positive: number;
  negatedPositive: number;
}

interface CompiledLexicon {
  source: SentimentLexicon;
  byFirstWord: Map<string, Entry[]>;
  scanEverywhere: Entry[];
  modifiers: Array<{ words: string[]; factor: number }>;
  negators: Set<string>;
  clauseBreakers: Set<string>;
  markers: Set<string>;
  numbers: Set<string>;
  ordinals: Set<string>;
  ordinalPattern: RegExp;
}

interface Token {
  norm: string;
  start: number;
  end: number;
  word: boolean;
}

interface Match {
  entry: Entry;
  start: number;
  end: number;
}

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*|[.!?;:,\n]/gu;

/**
 * Scores forum posts for complaint and strong negative emotion from word lists kept as data:
 * weighted words and phrases, modifiers ("really", "echt"), negation within a clause ("not bad",
 * "geen probleem"), negated praise ("not acceptable"), and all caps and runs of "!!" as weak signals.
 */
export class ComplaintDetector {
  private readonly lexicons: Record<ComplaintLanguage, CompiledLexicon>;

  constructor(
    lexicons: Readonly<Record<ComplaintLanguage, SentimentLexicon>>,
    private readonly defaultThreshold = DEFAULT_COMPLAINT_THRESHOLD,
  ) {
    checkThreshold(defaultThreshold);
    this.lexicons = { en: compile(lexicons.en), nl: compile(lexicons.nl) };
  }

  /** Scores a post's title and body; the language is guessed unless given. */
  assess(post: ComplaintInput, options: ComplaintOptions = {}): ComplaintAssessment {
    const threshold = options.threshold ?? this.defaultThreshold;
    checkThreshold(threshold);
    // A line break keeps the title's last words and the body's first words out of one phrase.
    const text = post.title ? `${post.title}\n${post.body}` : post.body;
    const tokens = tokenize(text);
    const language = options.language ?? this.guessFromTokens(tokens);
    const lexicon = this.lexicons[language];

    const signals = [...this.lexiconSignals(lexicon, tokens, text), ...typographicSignals(lexicon.source, text)];
    const raw = signals.reduce((sum, s) => sum + s.weight, 0);
    const score = raw > 0 ? round(1 - Math.exp(-raw)) : 0;
    const matchedPhrases = signals
      .filter((s) => (s.kind === 'phrase' || s.kind === 'negated-positive') && s.weight > 0)
      .map((s) => s.text);
    return { score, isComplaint: score >= threshold, threshold, language, matchedPhrases, signals };
  }

  /** The language whose common words occur most often in `text`; English on a tie. */
  guessLanguage(text: string): ComplaintLanguage {
    return this.guessFromTokens(tokenize(text));
  }

  private guessFromTokens(tokens: Token[]): ComplaintLanguage {
    let best: ComplaintLanguage = COMPLAINT_LANGUAGES[0];
    let bestCount = -1;
    for (const language of COMPLAINT_LANGUAGES) {
      const markers = this.lexicons[language].markers;
      const count = tokens.filter((t) => t.word && markers.has(t.norm)).length;
      if (count > bestCount) {
        best = language;
        bestCount = count;
      }
    }
    return best;
  }

  private lexiconSignals(lexicon: CompiledLexicon, tokens: Token[], text: string): ComplaintSignal[] {
    const matches = selectMatches(findMatches(lexicon, tokens), tokens.length);
    const covered = new Array<boolean>(tokens.length).fill(false);
    for (const m of matches) covered.fill(true, m.start, m.end);

    // Each pattern counts once, at its strongest occurrence: a title repeated in the body is not two complaints.
    const strongest = new Map<string, ComplaintSignal & { at: number }>();
    for (const m of matches) {
      const negator = findNegator(lexicon, tokens, covered, m);
      const factor = modifierFactor(lexicon, tokens, negator ?? m.start);
      let signal: ComplaintSignal | null = null;
      if (negator !== null) {
        if (m.entry.negatedPositive > 0) {
          const from = Math.min(negator, m.start);
          const to = Math.max(negator + 1, m.end);
          signal = { kind: 'negated-positive', text: surface(text, tokens, from, to), pattern: m.entry.pattern, weight: m.entry.negatedPositive * factor };
        }
      } else if (m.entry.negative > 0) {
        signal = { kind: 'phrase', text: surface(text, tokens, m.start, m.end), pattern: m.entry.pattern, weight: m.entry.negative * factor };
      } else if (m.entry.positive > 0) {
        signal = { kind: 'praise', text: surface(text, tokens, m.start, m.end), pattern: m.entry.pattern, weight: -m.entry.positive * factor };
      }
      if (!signal) continue;
      const key = `${signal.kind}:${m.entry.pattern}`;
      const previous = strongest.get(key);
      if (!previous || Math.abs(signal.weight) > Math.abs(previous.weight)) strongest.set(key, { ...signal, at: m.start });
    }
    return [...strongest.values()]
      .sort((a, b) => a.at - b.at)
      .map(({ at: _at, ...s }) => ({ ...s, weight: round(s.weight) }));
  }
}

function compile(source: SentimentLexicon): CompiledLexicon {
  const numbers = new Set(source.numbers.map(normalize));
  const ordinals = new Set(source.ordinals.map(normalize));
  const entries = new Map<string, Entry>();
  const add = (list: Record<string, number>, field: 'negative' | 'positive' | 'negatedPositive') => {
    for (const [pattern, weight] of Object.entries(list)) {
      if (!Number.isFinite(weight) || weight <= 0) throw new Error(`sentiment lexicon ${source.language}: weight of "${pattern}" must be positive`);
      const key = normalize(pattern).trim();
      const entry = entries.get(key) ?? { pattern: key, tests: compilePattern(source.language, key), negative: 0, positive: 0, negatedPositive: 0 };
      entry[field] = weight;
      entries.set(key, entry);
    }
  };
  add(source.negative, 'negative');
  add(source.positive, 'positive');
  add(source.negatedPositive, 'negatedPositive');

  const byFirstWord = new Map<string, Entry[]>();
  const scanEverywhere: Entry[] = [];
  for (const entry of entries.values()) {
    const first = entry.tests[0];
    if (first.kind === 'word') byFirstWord.set(first.value, [...(byFirstWord.get(first.value) ?? []), entry]);
    else scanEverywhere.push(entry);
  }
  const suffixes = source.ordinalSuffixes.map((s) => s.replace(/[^\p{L}]/gu, '')).join('|');
  return {
    source,
    byFirstWord,
    scanEverywhere,
    modifiers: Object.entries(source.modifiers)
      .map(([words, factor]) => ({ words: normalize(words).split(/\s+/), factor }))
      .sort((a, b) => b.words.length - a.words.length),
    negators: new Set(source.negators.map(normalize)),
    clauseBreakers: new Set(source.clauseBreakers.map(normalize)),
    markers: new Set(source.markers.map(normalize)),
    numbers,
    ordinals,
    ordinalPattern: new RegExp(`^\\d+(?:${suffixes})$`, 'u'),
  };
}

function compilePattern(language: string, pattern: string): TokenTest[] {
  return pattern.split(/\s+/).map((part): TokenTest => {
    if (part === '{num}') return { kind: 'num' };
    if (part === '{ord}') return { kind: 'ord' };
    if (part.includes('{')) throw new Error(`sentiment lexicon ${language}: unknown class in "${pattern}"`);
    if (part.endsWith('*') && part.length > 1) return { kind: 'prefix', value: part.slice(0, -1) };
    return { kind: 'word', value: part };
  });
}

function normalize(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'");
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    tokens.push({ norm: normalize(raw), start: m.index, end: m.index + raw.length, word: /[\p{L}\p{N}]/u.test(raw) });
  }
  return tokens;
}

function testToken(lexicon: CompiledLexicon, test: TokenTest, token: Token | undefined): boolean {
  if (!token || !token.word) return false;
  switch (test.kind) {
    case 'word':
      return token.norm === test.value;
    case 'prefix':
      return token.norm.startsWith(test.value);
    case 'num':
      return /^\d+$/.test(token.norm) || lexicon.numbers.has(token.norm);
    case 'ord':
      return lexicon.ordinals.has(token.norm) || lexicon.ordinalPattern.test(token.norm);
  }
}

function findMatches(lexicon: CompiledLexicon, tokens: Token[]): Match[] {
  const matches: Match[] = [];
  tokens.forEach((token, i) => {
    if (!token.word) return;
    const candidates = [...(lexicon.byFirstWord.get(token.norm) ?? []), ...lexicon.scanEverywhere];
    for (const entry of candidates) {
      if (entry.tests.every((test, k) => testToken(lexicon, test, tokens[i + k]))) {
        matches.push({ entry, start: i, end: i + entry.tests.length });
      }
    }
  });
  return matches;
}

// Longest matches first, then the heavier one: "worst service" wins over "worst", and the words
// inside a phrase (the "no" of "no explanation") are not read again on their own.
function selectMatches(matches: Match[], tokenCount: number): Match[] {
  const weight = (m: Match) => Math.max(m.entry.negative, m.entry.positive, m.entry.negatedPositive);
  const sorted = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || weight(b) - weight(a) || a.start - b.start);
  const taken = new Array<boolean>(tokenCount).fill(false);
  const chosen: Match[] = [];
  for (const m of sorted) {
    if (taken.slice(m.start, m.end).some(Boolean)) continue;
    taken.fill(true, m.start, m.end);
    chosen.push(m);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

// The index of a free negator in the same clause within scope before the match (or after it, for negated praise).
function findNegator(lexicon: CompiledLexicon, tokens: Token[], covered: boolean[], m: Match): number | null {
  const isBoundary = (t: Token) => !t.word || lexicon.clauseBreakers.has(t.norm);
  for (let i = m.start - 1, words = 0; i >= 0 && words < lexicon.source.negationScope; i--) {
    const t = tokens[i];
    if (isBoundary(t)) break;
    words++;
    if (!covered[i] && lexicon.negators.has(t.norm)) return i;
  }
  // After the match only for negated praise: "klopt niet" is a complaint, but the "geen" of
  // "al drie weken geen internet" does not undo the three weeks.
  const after = m.entry.negatedPositive > 0 ? lexicon.source.postNegationScope : 0;
  for (let i = m.end, words = 0; i < tokens.length && words < after; i++) {
    const t = tokens[i];
    if (isBoundary(t)) break;
    words++;
    if (!covered[i] && lexicon.negators.has(t.norm)) return i;
  }
  return null;
}

// The factor of a modifier right before `index` ("really fed up", "echt schandalig").
function modifierFactor(lexicon: CompiledLexicon, tokens: Token[], index: number): number {
  for (const { words, factor } of lexicon.modifiers) {
    const from = index - words.length;
    if (from < 0) continue;
    if (words.every((w, k) => tokens[from + k].word && tokens[from + k].norm === w)) return factor;
  }
  return 1;
}

function typographicSignals(lexicon: SentimentLexicon, text: string): ComplaintSignal[] {
  const s = lexicon.signals;
  const signals: ComplaintSignal[] = [];
  const shouted = (text.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 4 && /^\p{Lu}+$/u.test(w));
  if (shouted.length > 0) {
    signals.push({ kind: 'all-caps', text: shouted.join(' '), weight: round(Math.min(shouted.length * s.allCapsWord, s.allCapsMax)) });
  }
  const exclamations = text.match(/[!?]*![!?]*!+[!?]*/g) ?? [];
  if (exclamations.length > 0) {
    signals.push({ kind: 'exclamations', text: exclamations.join(' '), weight: round(Math.min(exclamations.length * s.exclamationRun, s.exclamationMax)) });
  }
  const questions = text.match(/\?{2,}/g) ?? [];
  if (questions.length > 0) {
    signals.push({ kind: 'questions', text: questions.join(' '), weight: round(Math.min(questions.length * s.questionRun, s.questionMax)) });
  }
  return signals;
}

function surface(text: string, tokens: Token[], from: number, to: number): string {
  return text.slice(tokens[from].start, tokens[to - 1].end);
}

function checkThreshold(threshold: number): void {
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`complaint threshold must be in (0, 1], got ${threshold}`);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The detector over the shipped lexicons in search/sentiment/. */
export const complaintDetector = new ComplaintDetector({ en: en as SentimentLexicon, nl: nl as SentimentLexicon });

/** Scores a post with the shipped lexicons; see ComplaintDetector.assess. */
export function detectComplaint(post: ComplaintInput, options: ComplaintOptions = {}): ComplaintAssessment {
  return complaintDetector.assess(post, options);
}

/** Guesses whether `text` is English or Dutch with the shipped lexicons. */
export function guessLanguage(text: string): ComplaintLanguage {
  return complaintDetector.guessLanguage(text);
}
