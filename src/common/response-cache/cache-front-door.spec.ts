import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppConfig } from '../../config/app-config.js';
import type { OutboxService } from '../../database/outbox/outbox.service.js';
import { installCacheFrontDoor } from './cache-front-door.js';
import { ResponseCacheService } from './response-cache.service.js';

describe('cache front door', () => {
  let server: Server;
  let url: string;
  const behind: Array<{ url?: string; body: unknown }> = [];
  const cache = new ResponseCacheService({ responseCache: true } as AppConfig, { onChange: () => undefined } as unknown as OutboxService);
  const query = '{ thread(id: "x") { id } }';

  beforeAll(async () => {
    server = createServer((req: IncomingMessage & { body?: unknown }, res) => {
      behind.push({ url: req.url, body: req.body });
      res.end('from express');
    });
    installCacheFrontDoor(server, cache);
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

  const post = (body: string, headers: Record<string, string> = {}) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('answers a cached anonymous read itself and runs its hit hook', async () => {
    let hits = 0;
    cache.set(ResponseCacheService.key(query, undefined, undefined), '{"data":{"thread":{"id":"x"}}}', ['lists'], () => hits++);
    behind.length = 0;
    const res = await post(JSON.stringify({ query }));
    expect([res.status, res.headers.get('x-cache'), await res.text()]).toEqual([200, 'hit', '{"data":{"thread":{"id":"x"}}}']);
    expect(behind).toHaveLength(0);
    expect(hits).toBe(1);
  });

  it('hands a miss to Express with the body parsed, and signed-in requests untouched', async () => {
    behind.length = 0;
    await post(JSON.stringify({ query: '{ other }', variables: { a: 1 } }));
    await post(JSON.stringify({ query }), { authorization: 'Bearer x' });
    await post('{not json');
    expect(behind).toEqual([
      { url: '/graphql', body: { query: '{ other }', variables: { a: 1 } } },
      { url: '/graphql', body: undefined }, // signed in: not read here, Express parses it
      { url: '/graphql', body: undefined }, // unreadable JSON: Apollo answers 400
    ]);
  });
});
