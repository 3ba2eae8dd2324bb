const WORD = /[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu;

/** Lower-case words of a text, in order (letters and digits; inner hyphens and apostrophes kept). */
export function tokenize(text: string): string[] {
  return (text.toLowerCase().normalize('NFC').match(WORD) ?? []).map((w) => w.replace(/'/g, ''));
}

/**
 * The words to search for when looking for questions similar to one being asked. Engines rank
 * well on a few distinctive words and poorly on a whole post (Meilisearch reads only the first
 * ten query words), so: the title's words first, then the body's most repeated words, without
 * stop words or repeats, at most `maxWords`.
 */
export function similarQueryTerms(title: string, body: string, stopWords: ReadonlySet<string>, maxWords: number): string[] {
  const keep = (w: string) => !stopWords.has(w) && (w.length > 1 || /\d/.test(w));
  const terms: string[] = [];
  const chosen = new Set<string>();
  for (const word of tokenize(title)) {
    if (terms.length >= maxWords) return terms;
    if (keep(word) && !chosen.has(word)) {
      chosen.add(word);
      terms.push(word);
    }
  }
  const counts = new Map<string, { count: number; first: number }>();
  tokenize(body).forEach((word, position) => {
    if (!keep(word) || chosen.has(word)) return;
    const seen = counts.get(word);
    if (seen) seen.count += 1;
    else counts.set(word, { count: 1, first: position });
  });
  const byWeight = [...counts.entries()].sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first);
  for (const [word] of byWeight) {
    if (terms.length >= maxWords) break;
    terms.push(word);
  }
  return terms;
}

/**
 * Puts solved threads and articles before unsolved threads, keeping the engine's order within
 * each group (the ask form shows "is this it?" answers first).
 */
export function solvedFirst<T extends { solved: boolean; kind: string }>(hits: readonly T[]): T[] {
  const answered = hits.filter((h) => h.solved || h.kind === 'article');
  const open = hits.filter((h) => !(h.solved || h.kind === 'article'));
  return [...answered, ...open];
}
