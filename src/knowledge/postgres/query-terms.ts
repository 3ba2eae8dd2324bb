import { allStopWords, type SearchDefinitions } from '../search-definitions.js';
import { tokenize } from '../similar-query.js';

/** One query term as knowledge_queries() reads it: alternatives (the word first, then synonyms) and how many typos may be fixed (0, 1 or 2). */
export interface QueryTerm {
  a: string[];
  t: number;
}

/** Synonyms, stop words and typo rules of search/, prepared for building query terms. */
export class QueryVocabulary {
  private readonly synonyms = new Map<string, Set<string>>();
  private readonly phraseLengths: number[];
  readonly stopWords: ReadonlySet<string>;
  private readonly noTypos: ReadonlySet<string>;
  private readonly minTypoLength: number;
  private readonly minTwoTyposLength: number;
  private readonly typosEnabled: boolean;
  private readonly typosOnNumbers: boolean;

  constructor(defs: Pick<SearchDefinitions, 'synonyms' | 'stopWords' | 'typoTolerance'>) {
    const add = (from: string, to: string) => {
      if (from === to) return;
      const set = this.synonyms.get(from) ?? new Set<string>();
      set.add(to);
      this.synonyms.set(from, set);
    };
    for (const group of defs.synonyms.mutual) for (const a of group) for (const b of group) add(a, b);
    for (const [from, tos] of Object.entries(defs.synonyms.oneWay)) for (const to of tos) add(from, to);
    const lengths = new Set([...this.synonyms.keys()].map((k) => k.split(' ').length).filter((n) => n > 1));
    this.phraseLengths = [...lengths].sort((a, b) => b - a);
    this.stopWords = new Set(allStopWords(defs));
    this.noTypos = new Set(defs.typoTolerance.disableOnWords);
    this.minTypoLength = defs.typoTolerance.minWordSizeForTypos.oneTypo;
    this.minTwoTyposLength = defs.typoTolerance.minWordSizeForTypos.twoTypos;
    this.typosEnabled = defs.typoTolerance.enabled;
    this.typosOnNumbers = !defs.typoTolerance.disableOnNumbers;
  }

  /**
   * The terms of a query: its words without stop words (unless it has nothing else), at most
   * `maxWords`; a run of words that is a multi-word synonym ("slimme meter") becomes one phrase term.
   */
  terms(text: string, maxWords = 10): QueryTerm[] {
    const all = tokenize(text);
    const kept = all.filter((w) => !this.stopWords.has(w));
    return this.termsOf((kept.length > 0 ? kept : all).slice(0, maxWords));
  }

  /** Terms of words already chosen (for similar questions: see similarQueryTerms). */
  termsOf(words: readonly string[]): QueryTerm[] {
    const terms: QueryTerm[] = [];
    for (let i = 0; i < words.length; ) {
      const phrase = this.phraseAt(words, i);
      if (phrase) {
        terms.push({ a: [phrase.text, ...(this.synonyms.get(phrase.text) ?? [])], t: 0 });
        i += phrase.length;
        continue;
      }
      const word = words[i];
      terms.push({ a: [word, ...(this.synonyms.get(word) ?? [])], t: this.typosAllowed(word) });
      i += 1;
    }
    return terms;
  }

  private phraseAt(words: readonly string[], i: number): { text: string; length: number } | undefined {
    for (const length of this.phraseLengths) {
      if (i + length > words.length) continue;
      const text = words.slice(i, i + length).join(' ');
      if (this.synonyms.has(text)) return { text, length };
    }
    return undefined;
  }

  /** As Meilisearch counts them: one typo from minWordSizeForTypos.oneTypo letters, two from twoTypos. */
  private typosAllowed(word: string): number {
    if (!this.typosEnabled || word.length < this.minTypoLength || this.noTypos.has(word)) return 0;
    if (!this.typosOnNumbers && /\d/.test(word)) return 0;
    return word.length >= this.minTwoTyposLength ? 2 : 1;
  }
}
