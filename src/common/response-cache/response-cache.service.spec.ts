import type { AppConfig } from '../../config/app-config.js';
import type { OutboxService } from '../../database/outbox/outbox.service.js';
import { ResponseCacheService, SEARCH_TAG } from './response-cache.service.js';

function cache(): ResponseCacheService {
  return new ResponseCacheService({ responseCache: true } as AppConfig, { onChange: () => undefined } as unknown as OutboxService);
}

describe('ResponseCacheService', () => {
  it('does not store a response whose tag was invalidated while it was being computed', () => {
    const c = cache();
    const since = c.now;
    c.invalidate(['id:a']); // a change commits while the response is computed from the old state
    c.set('k1', 'old', ['id:a'], undefined, since);
    expect(c.get('k1')).toBeUndefined();
    c.set('k2', 'unrelated', ['id:b'], undefined, since);
    expect(c.get('k2')?.body.toString()).toBe('unrelated');
  });

  it('keeps the hook to run on every hit', () => {
    const c = cache();
    let hits = 0;
    c.set('k', 'body', ['lists'], () => hits++);
    c.get('k')?.onHit?.();
    c.get('k')?.onHit?.();
    expect(hits).toBe(2);
  });

  it('maps a search index write to the search tag, and other changes to their ids and the lists', () => {
    const id = '5f0c2b1e-8a43-4c1e-9c56-3f1d2a7b9e10';
    expect(ResponseCacheService.tagsOf([{ searchIndex: true }]).sort()).toEqual([SEARCH_TAG]);
    expect(ResponseCacheService.tagsOf([{ threadId: id }]).sort()).toEqual([`id:${id}`, 'lists']);
  });
});
