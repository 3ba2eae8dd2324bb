import { similarQueryTerms, solvedFirst, tokenize } from './similar-query.js';

describe('tokenize', () => {
  it('lower-cases and keeps inner hyphens, digits and accented letters', () => {
    expect(tokenize("Wi-Fi valt weg na update 2.1; cv-ketel géén storing! Don't")).toEqual([
      'wi-fi', 'valt', 'weg', 'na', 'update', '2', '1', 'cv-ketel', 'géén', 'storing', 'dont',
    ]);
  });
});

describe('similarQueryTerms', () => {
  const stop = new Set(['de', 'mijn', 'is', 'het', 'the', 'my', 'a']);

  it('takes title words first, then the most repeated body words, without stop words or repeats', () => {
    const terms = similarQueryTerms('Mijn slimme meter is offline', 'De meter knippert. Dongle knippert rood, dongle warm.', stop, 10);
    expect(terms).toEqual(['slimme', 'meter', 'offline', 'knippert', 'dongle', 'rood', 'warm']);
  });

  it('stops at the word limit', () => {
    expect(similarQueryTerms('one two three four', 'five six', stop, 3)).toEqual(['one', 'two', 'three']);
  });

  it('keeps one-character numbers but drops one-letter words', () => {
    expect(similarQueryTerms('a 5 g router', '', stop, 10)).toEqual(['5', 'router']);
  });
});

describe('solvedFirst', () => {
  it('puts solved threads and articles first and keeps the order within each group', () => {
    const hits = [
      { id: '1', kind: 'thread', solved: false },
      { id: '2', kind: 'thread', solved: true },
      { id: '3', kind: 'article', solved: false },
      { id: '4', kind: 'thread', solved: false },
      { id: '5', kind: 'thread', solved: true },
    ];
    expect(solvedFirst(hits).map((h) => h.id)).toEqual(['2', '3', '5', '1', '4']);
  });
});
