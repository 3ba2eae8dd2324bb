import { buildMeiliFilter, quoteFilterValue, visibilityFilter } from './meili-filter.js';

describe('quoteFilterValue', () => {
  it('double-quotes and escapes backslashes and double quotes', () => {
    expect(quoteFilterValue('wifi')).toBe('"wifi"');
    expect(quoteFilterValue('12" scherm')).toBe('"12\\" scherm"');
    expect(quoteFilterValue('C:\\pad')).toBe('"C:\\\\pad"');
    // a backslash before a quote must not end up escaping the closing quote
    expect(quoteFilterValue('a\\"')).toBe('"a\\\\\\""');
    expect(quoteFilterValue("it's")).toBe('"it\'s"');
  });

  it('cannot be broken out of by a value that looks like filter syntax', () => {
    const injected = quoteFilterValue('x" OR visibility = "hidden');
    expect(injected).toBe('"x\\" OR visibility = \\"hidden"');
  });
});

describe('visibilityFilter', () => {
  it('shows visitors and members public content only', () => {
    expect(visibilityFilter({ scope: 'public' })).toBe('visibility = "public"');
  });

  it('adds no clause for staff', () => {
    expect(visibilityFilter({ scope: 'all' })).toBeUndefined();
  });

  it('shows experts hidden content in their categories only', () => {
    expect(visibilityFilter({ scope: 'categories', categoryIds: ['c1', 'c2', 'c1'] })).toBe(
      '(visibility = "public" OR (visibility = "hidden" AND categoryId IN ["c1", "c2"]))',
    );
    expect(visibilityFilter({ scope: 'categories', categoryIds: [] })).toBe('visibility = "public"');
  });
});

describe('buildMeiliFilter', () => {
  const pub = { scope: 'public' } as const;

  it('returns undefined when nothing restricts the search', () => {
    expect(buildMeiliFilter(undefined, { scope: 'all' })).toBeUndefined();
    expect(buildMeiliFilter({ tags: [], categoryId: [] }, { scope: 'all' })).toBeUndefined();
  });

  it('joins every filter with AND, booleans unquoted', () => {
    expect(buildMeiliFilter({ categoryId: 'c1', solved: true, hasExpertAnswer: false, kind: 'thread' }, pub)).toBe(
      'visibility = "public" AND categoryId = "c1" AND solved = true AND hasExpertAnswer = false AND kind = "thread"',
    );
  });

  it('turns several categories into IN', () => {
    expect(buildMeiliFilter({ categoryId: ['c1', 'c2'] }, { scope: 'all' })).toBe('categoryId IN ["c1", "c2"]');
    expect(buildMeiliFilter({ categoryId: ['c1'] }, { scope: 'all' })).toBe('categoryId = "c1"');
  });

  it('requires every tag by default and any tag with tagMatch any', () => {
    expect(buildMeiliFilter({ tags: ['glasvezel', 'router'] }, { scope: 'all' })).toBe('tags = "glasvezel" AND tags = "router"');
    expect(buildMeiliFilter({ tags: ['glasvezel', 'router'], tagMatch: 'any' }, { scope: 'all' })).toBe('tags IN ["glasvezel", "router"]');
    expect(buildMeiliFilter({ tags: ['5"', '5"'] }, { scope: 'all' })).toBe('tags = "5\\""');
  });

  it('keeps the OR of expert visibility inside parentheses next to other filters', () => {
    expect(buildMeiliFilter({ solved: false }, { scope: 'categories', categoryIds: ['c9'] })).toBe(
      '(visibility = "public" OR (visibility = "hidden" AND categoryId IN ["c9"])) AND solved = false',
    );
  });
});
