import { loadSearchDefinitions } from '../search-definitions.js';
import { QueryVocabulary } from './query-terms.js';

describe('QueryVocabulary.terms', () => {
  const vocabulary = new QueryVocabulary(loadSearchDefinitions());

  it('drops stop words, keeps negations, and adds synonyms of both languages', () => {
    const terms = vocabulary.terms('Why is my invoice not correct?');
    expect(terms.map((t) => t.a[0])).toEqual(['invoice', 'not', 'correct']);
    expect(terms[0].a).toEqual(expect.arrayContaining(['invoice', 'bill', 'factuur', 'rekening']));
  });

  it('turns a multi-word synonym into one phrase term without typo fixes', () => {
    const [term, next] = vocabulary.terms('slimme meter storing');
    expect(term).toEqual({ a: expect.arrayContaining(['slimme meter', 'smart meter']), t: 0 });
    expect(next.a[0]).toBe('storing');
  });

  it('fixes typos only on words long enough, not on numbers or listed technical words; two from eight letters', () => {
    const byWord = Object.fromEntries(vocabulary.terms('4g kwh e05 fuse modem invoice omvormer thermostat').map((t) => [t.a[0], t.t]));
    expect(byWord).toEqual({ '4g': 0, kwh: 0, e05: 0, fuse: 1, modem: 1, invoice: 1, omvormer: 2, thermostat: 2 });
  });

  it('keeps stop words when a query has nothing else, and at most ten words', () => {
    expect(vocabulary.terms('the and').length).toBeGreaterThan(0);
    expect(vocabulary.terms('a1 b2 c3 d4 e5 f6 g7 h8 i9 j10 k11 l12').length).toBe(10);
  });
});
