import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { ResponseCacheService } from './response-cache.service.js';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

// Larger bodies, or bodies of unknown length, go to Express untouched.
const MAX_BODY = 64 * 1024;

function eligible(req: IncomingMessage): boolean {
  const length = Number(req.headers['content-length']);
  return (
    req.method === 'POST' &&
    (req.url === '/graphql' || req.url?.startsWith('/graphql?') === true) &&
    !req.headers.authorization &&
    (req.headers['content-type'] ?? '').startsWith('application/json') &&
    length > 0 &&
    length <= MAX_BODY
  );
}

/**
 * Serves cached anonymous GraphQL reads before Express sees them: on this machine Express 5's own
 * work per request costs more than everything else a cache hit does (a bare Node server answers
 * the same cached JSON about 2.5 times as fast; see BENCHMARKS.md). A miss goes on to Express with
 * its body already read and parsed (body-parser leaves a request whose body was read alone), where
 * ResponseCacheMiddleware stores the response.
 */
export function installCacheFrontDoor(server: Server, cache: ResponseCacheService): void {
  const listeners = server.listeners('request') as Listener[];
  if (!cache.enabled || listeners.length !== 1) return;
  const [express] = listeners;
  server.removeListener('request', express);
  server.on('request', (req: IncomingMessage & { body?: unknown; cacheKey?: string }, res: ServerResponse) => {
    if (!eligible(req)) return express(req, res);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('error', () => res.destroy());
    req.on('end', () => {
      let body: { query?: unknown; variables?: unknown; operationName?: unknown } | undefined;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        body = undefined; // Apollo answers 400 for a missing body
      }
      const key = body && typeof body.query === 'string' && !Array.isArray(body) ? ResponseCacheService.key(body.query, body.operationName, body.variables) : undefined;
      const hit = key ? cache.get(key) : undefined;
      if (!hit) {
        req.body = body;
        req.cacheKey = key; // looked up already: the middleware stores under it
        return express(req, res);
      }
      res.statusCode = 200;
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.setHeader('x-cache', 'hit');
      res.setHeader('x-request-id', (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID());
      res.end(hit.body);
      hit.onHit?.();
    });
  });
}
