import { describeError } from './describe-error.js';

describe('describeError', () => {
  it('gives an Error its stack and own fields', () => {
    const err = Object.assign(new Error('relation "x" does not exist'), { code: '42P01' });
    const text = describeError(err);
    expect(text).toMatch(/^Error: relation "x" does not exist\n\s+at /);
    expect(text).toContain("code: '42P01'");
  });

  it('lists the inner errors of an AggregateError that has no message', () => {
    const err = new AggregateError([new Error('connect ECONNREFUSED ::1:5432'), new Error('connect ECONNREFUSED 127.0.0.1:5432')]);
    const text = describeError(err);
    expect(text.split('\n')[0]).toBe('2 errors: connect ECONNREFUSED ::1:5432; connect ECONNREFUSED 127.0.0.1:5432');
    expect(text).toContain('Error: connect ECONNREFUSED 127.0.0.1:5432\n');
  });

  it('includes the cause', () => {
    expect(describeError(new Error('seed failed', { cause: new Error('disk full') }))).toContain('[cause]: Error: disk full');
  });

  it('says what was thrown when it is not an Error', () => {
    expect(describeError(undefined)).toBe('failed without a reason (the value thrown or rejected with was undefined)');
    expect(describeError(null)).toBe('failed without a reason (the value thrown or rejected with was null)');
    expect(describeError('port taken')).toBe("a value that is not an Error was thrown: 'port taken'");
    expect(describeError({ status: 3 })).toBe('a value that is not an Error was thrown: { status: 3 }');
  });
});
