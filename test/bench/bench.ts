// npm run bench: loads (once) a large community into a dedicated embedded PostgreSQL, starts the
// production build against it, drives it with autocannon over HTTP, and writes BENCHMARKS.md and
// BENCHMARKS.json. Also measures two ceilings on the same machine: a bare Node HTTP server and
// Apollo Server answering the same thread page from memory.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import autocannon from 'autocannon';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { endWindowsAt } from './escalation-windows.js';

const ROOT = process.cwd();
const THREADS = Number(process.env.BENCH_THREADS ?? 100_000);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = 50;
const DATA_DIR = process.env.BENCH_DATA_DIR ?? join(ROOT, '.data', `bench-${THREADS}`);
const PG_PORT = 54339;
const PORT = 3999;
const PASSWORD = 'peerdesk-demo';
const env = { ...process.env, DATA_DIR, EMBEDDED_PG_PORT: String(PG_PORT), LOG_LEVEL: 'warn' };
const URL_BASE = `http://127.0.0.1:${PORT}`;

interface Scenario {
  name: string;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  errors: number;
  note?: string;
  vsNode?: number;
  vsApollo?: number;
}
const results: Scenario[] = [];
const facts: Record<string, unknown> = {};

const log = (...a: unknown[]) => console.log('[bench]', ...a);
const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0);

async function gql(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(`${URL_BASE}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: any[] };
}

/** Runs autocannon with a body chosen per request; counts GraphQL errors as errors. */
type Req = { body?: string; headers?: Record<string, string>; method?: string; kind?: string };

/**
 * One request at a time (no queue): the latency a single user sees, for the heavy reads that
 * 50 connections at once only turn into queueing (search by the engine, analytics).
 */
async function alone(name: string, count: number, next: () => Req): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const r = next();
    const started = performance.now();
    const res = await fetch(`${URL_BASE}/graphql`, { method: 'POST', body: r.body, headers: { 'content-type': 'application/json', ...(r.headers ?? {}) } });
    const text = await res.text();
    if (res.status !== 200 || text.includes('"errors"')) throw new Error(`${name}: ${text.slice(0, 300)}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const row = { name, requests: count, p50: Math.round(pct(times, 50)), p95: Math.round(pct(times, 95)), max: Math.round(times.at(-1) ?? 0) };
  log(`alone: ${name}: p50 ${row.p50} ms, p95 ${row.p95} ms`);
  ((facts.alone ??= []) as unknown[]).push(row);
}

/**
 * 50 connections for DURATION seconds. `next` gives one request, or the requests of one page view
 * sent one after the other on a connection (then rps counts page views and the latencies are
 * those of the whole view).
 */
async function drive(name: string, url: string, next: () => Req | Req[], note?: string, okByKind?: Record<string, number>): Promise<Scenario> {
  const times: number[] = [];
  let errors = 0;
  const steps = [next()].flat().length;
  const instance = autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: Array.from({ length: steps }, (_, step) => ({
      setupRequest: (req: any, context: any) => {
        if (step === 0) {
          context.view = [next()].flat();
          context.started = performance.now();
        }
        const r: Req = context.view[step];
        context.kind = r.kind;
        return { ...req, method: r.method ?? 'POST', body: r.body, headers: { 'content-type': 'application/json', ...(r.headers ?? {}) } };
      },
      onResponse: (status: number, body: string, context: any) => {
        if (status !== 200 || body.includes('"errors"')) errors++;
        else if (okByKind && context.kind) okByKind[context.kind] = (okByKind[context.kind] ?? 0) + 1;
        if (steps > 1 && step === steps - 1) times.push(performance.now() - context.started);
      },
    })),
  });
  if (steps === 1) instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  const result: any = await instance;
  times.sort((a, b) => a - b);
  const s: Scenario = {
    name,
    rps: Math.round(result.requests.average / steps),
    p50: pct(times, 50),
    p95: pct(times, 95),
    p99: pct(times, 99),
    requests: result.requests.total,
    errors: errors + result.errors + result.non2xx,
    note,
  };
  log(`${name}: ${s.rps} ${steps > 1 ? 'page views' : 'req'}/s, p50 ${s.p50} ms, p95 ${s.p95} ms, p99 ${s.p99} ms, errors ${s.errors}`);
  results.push(s);
  return s;
}

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { env, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
}

async function ensureDataSet(): Promise<void> {
  if (existsSync(join(DATA_DIR, 'bench-loaded.json'))) {
    Object.assign(facts, JSON.parse(readFileSync(join(DATA_DIR, 'bench-loaded.json'), 'utf8')));
    log(`data set already loaded in ${DATA_DIR}`);
    return;
  }
  const started = Date.now();
  run('node', ['dist/src/cli/seed-large.js', '--threads', String(THREADS)]);
  const loadSeconds = (Date.now() - started) / 1000;
  const indexStarted = Date.now();
  run('node', ['dist/src/cli/search-reindex.js']);
  const searchIndexSeconds = (Date.now() - indexStarted) / 1000;
  // the analytics rollups of the three generated years (clusters are left out: one similar-questions search per thread)
  const analyticsStarted = Date.now();
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  run('node', ['dist/src/cli/analytics-rebuild.js', '--from', day(Date.now() - 3 * 366 * 86400_000), '--to', day(Date.now() + 86400_000)]);
  const loaded = { loadSeconds, searchIndexSeconds, analyticsRebuildSeconds: (Date.now() - analyticsStarted) / 1000, threads: THREADS };
  writeFileSync(join(DATA_DIR, 'bench-loaded.json'), JSON.stringify(loaded));
  Object.assign(facts, loaded);
}

function startServer(): { proc: ChildProcess; peakRss: () => number; stop: () => Promise<void> } {
  // the same command line as `npm run start:prod` (its heap limit included), without npm in between
  const [, ...args] = (JSON.parse(readFileSync('package.json', 'utf8')).scripts['start:prod'] as string).split(' ');
  const proc = spawn('node', args, {
    env: { ...env, NODE_ENV: 'production', PORT: String(PORT), JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123', SERVE_CLIENT: 'false' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let peak = 0;
  const timer = setInterval(() => {
    try {
      const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${proc.pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
      peak = Math.max(peak, rss);
    } catch {
      // process gone
    }
  }, 250);
  return {
    proc,
    peakRss: () => peak,
    stop: async () => {
      clearInterval(timer);
      proc.kill('SIGTERM');
      await new Promise((r) => proc.once('exit', r));
    },
  };
}

async function waitForHealth(): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${URL_BASE}/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not become healthy');
}

// As the web client asks it: with $viewer false it is the page every reader sees (cached), with
// true it carries the signed-in member's own votes and follow (staff, experts, the asker).
const THREAD_PAGE = `query Page($id: ID!, $viewer: Boolean! = false) { thread(id: $id) {
  id title bodyHtml score status viewCount myVote @include(if: $viewer) following @include(if: $viewer)
  category { id name } tags { name } author { id displayName reputation }
  comments { id bodyHtml author { id displayName } }
  answers(first: 30) { totalCount edges { node {
    id bodyHtml score isExpert isAccepted myVote @include(if: $viewer) author { id displayName reputation }
    comments { id bodyHtml author { id displayName } }
  } } }
} }`;
const THREAD_VIEWER_STATE = `query ThreadViewerState($t: ID!) { threadViewerState(threadId: $t) { threadId following votes { postId value } } }`;
const LIST = `query List($c: ID!, $after: String) { threads(filter: { categoryId: $c }, first: 20, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id slug title status score answerCount lastActivityAt author { id displayName } tags { name } } } } }`;
const SEARCH = `query Search($q: String!) { search(query: $q, limit: 10) { total processingTimeMs hits { id title snippet slug } facets { solved { yes no } } } }`;
const SIMILAR = `query Similar($t: String!) { similarQuestions(title: $t) { id title } }`;
// The analytics page's query as the web client sends it (client/src/pages/analytics/analytics-page.tsx).
const ANALYTICS_PAGE = readFileSync('client/src/pages/analytics/analytics-page.tsx', 'utf8').match(/graphql\(`\s*(query AnalyticsPage[\s\S]*?)`\)/)![1];
const SIMILAR_TITLES = ['My smart meter shows double usage', 'Router keeps restarting after update', 'Mijn voorschot is omhoog gegaan', 'Inverter shows an error every morning'];

async function ceilings(samplePage: string): Promise<{ node: number; apollo: number }> {
  // 1. A bare Node HTTP server returning the thread page's JSON.
  const bare = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(samplePage);
  });
  await new Promise<void>((r) => bare.listen(4001, '127.0.0.1', r));
  const node = await drive('ceiling: bare Node HTTP, thread page JSON', 'http://127.0.0.1:4001/', () => ({ method: 'GET' }));
  bare.close();

  // 2. Apollo Server resolving the same page from memory, field by field, no database.
  const page = JSON.parse(samplePage).data.thread;
  const typeDefs = `
    type User { id: ID! displayName: String! reputation: Int! }
    type Category { id: ID! name: String! }
    type Tag { name: String! }
    type Comment { id: ID! bodyHtml: String! author: User! }
    type Answer { id: ID! bodyHtml: String! score: Int! isExpert: Boolean! isAccepted: Boolean! myVote: String author: User! comments: [Comment!]! }
    type AnswerEdge { node: Answer! }
    type AnswerConnection { totalCount: Int! edges: [AnswerEdge!]! }
    type Thread { id: ID! title: String! bodyHtml: String! score: Int! status: String! viewCount: Int! myVote: String following: Boolean category: Category! tags: [Tag!]! author: User!
      comments: [Comment!]! answers(first: Int): AnswerConnection! }
    type Query { thread(id: ID!): Thread }`;
  const apolloServer = new ApolloServer({ typeDefs, resolvers: { Query: { thread: () => page } } });
  const { url } = await startStandaloneServer(apolloServer, { listen: { port: 4002, host: '127.0.0.1' } });
  const body = JSON.stringify({ query: THREAD_PAGE, variables: { id: page.id }, operationName: 'Page' });
  const apollo = await drive('ceiling: Apollo Server 5 from memory, thread page', url, () => ({ body }));
  await apolloServer.stop();
  return { node: node.rps, apollo: apollo.rps };
}

async function main(): Promise<void> {
  log(`machine: ${os.cpus().length} cores (${os.cpus()[0]?.model}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`);
  await ensureDataSet();
  const server = startServer();
  try {
    await waitForHealth();
    const db = new pg.Client({ connectionString: `postgres://peerdesk:peerdesk@127.0.0.1:${PG_PORT}/peerdesk` });
    await db.connect();
    facts.counts = (await db.query(`SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM threads)::int AS threads, (SELECT count(*) FROM answers)::int AS answers,
      (SELECT count(*) FROM comments)::int AS comments, (SELECT count(*) FROM votes)::int AS votes`)).rows[0];

    // Samples: threads with 30+ answers for the page, categories, a deep cursor (~5,000 rows in).
    const big: string[] = (await db.query(`SELECT id FROM threads WHERE answer_count >= 30 AND deleted_at IS NULL ORDER BY answer_count DESC LIMIT 200`)).rows.map((r) => r.id);
    const anyThreads: string[] = (await db.query(`SELECT id FROM threads TABLESAMPLE SYSTEM (2) WHERE deleted_at IS NULL LIMIT 2000`)).rows.map((r) => r.id);
    const categories: string[] = (await db.query(`SELECT category_id AS id FROM threads GROUP BY category_id ORDER BY count(*) DESC LIMIT 5`)).rows.map((r) => r.id);
    const deep = (await db.query(
      `SELECT category_id, last_activity_at, id FROM (SELECT category_id, last_activity_at, id, row_number() OVER (PARTITION BY category_id ORDER BY last_activity_at DESC, id DESC) n
         FROM threads WHERE deleted_at IS NULL AND hidden_at IS NULL AND category_id = $1) x WHERE n = 5000`,
      [categories[0]],
    )).rows[0];
    const deepCursor = deep ? Buffer.from(JSON.stringify([deep.last_activity_at, deep.id])).toString('base64url') : null;

    // Signed-in members.
    const tokens: Array<{ token: string; id: string }> = [];
    for (let i = 1; i <= 40; i++) {
      const r = await gql(`mutation($i: LoginInput!) { login(input: $i) { accessToken user { id } } }`, { i: { email: `load${i}@voltaro.test`, password: PASSWORD } });
      if (r.data) tokens.push({ token: r.data.login.accessToken, id: r.data.login.user.id });
    }
    const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)];
    const samplePage = JSON.stringify(await gql(THREAD_PAGE, { id: big[0] ?? anyThreads[0] }));
    facts.threadPageBytes = samplePage.length;

    const ceil = await ceilings(samplePage);
    const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
    const G = `${URL_BASE}/graphql`;

    await drive('thread page, anonymous (30 answers, authors, votes, comments)', G, () => ({ body: body(THREAD_PAGE, { id: pick(big) }) }), `${big.length} threads with 30+ answers, round robin`);
    // A member's browser asks for the shared page without a token and for its own state with one.
    await drive(
      'thread page, signed in (shared page + own votes and follow)',
      G,
      () => {
        const id = pick(big);
        return [{ body: body(THREAD_PAGE, { id }) }, { body: body(THREAD_VIEWER_STATE, { t: id }), headers: { authorization: `Bearer ${pick(tokens).token}` } }];
      },
      'page views/s: two requests each, one after the other; latency of the whole view',
    );
    await drive('thread page, signed in as the member (asker, experts, staff: whole page executed)', G, () => ({
      body: body(THREAD_PAGE, { id: pick(big), viewer: true }),
      headers: { authorization: `Bearer ${pick(tokens).token}` },
    }));
    await drive('category list, first page', G, () => ({ body: body(LIST, { c: pick(categories) }) }));
    if (deepCursor) await drive('category list, deep cursor page (~5,000 threads in)', G, () => ({ body: body(LIST, { c: categories[0], after: deepCursor }) }));
    // document counts in the generated set (seed:large's Zipf vocabulary): common 8,765–27,689
    // threads, rare 6–136, misspelled words that are not in the index (typo correction)
    const common = ['invoice', 'meter', 'router', 'storing', 'factuur', 'solar panels', 'advance payment'];
    const rare = ['thermostat lost its settings', 'E653', 'F57', 'Vlieland', 'laadpaal knippert', 'thermostaat kwijt'];
    const typos = ['meterr', 'rooter', 'zonnepanellen', 'warmtepmp', 'invioce', 'omvromer'];
    // Anonymous searches: the same few queries again and again, so mostly answered by the response cache.
    await drive('search, common terms', G, () => ({ body: body(SEARCH, { q: pick(common) }) }));
    await drive('search, rare terms', G, () => ({ body: body(SEARCH, { q: pick(rare) }) }));
    await drive('search, misspelled', G, () => ({ body: body(SEARCH, { q: pick(typos) }) }));
    // One request at a time, signed in (no response cache): what one member waits for the engine.
    const member = () => ({ authorization: `Bearer ${pick(tokens).token}` });
    await alone('search, common terms, signed in', 30, () => ({ body: body(SEARCH, { q: pick(common) }), headers: member() }));
    await alone('search, rare terms, signed in', 30, () => ({ body: body(SEARCH, { q: pick(rare) }), headers: member() }));
    await alone('search, misspelled, signed in', 30, () => ({ body: body(SEARCH, { q: pick(typos) }), headers: member() }));
    await alone('similar questions, signed in', 30, () => ({ body: body(SIMILAR, { t: pick(SIMILAR_TITLES) }), headers: member() }));

    // Signed-in searches are never served from the response cache: these measure the engine itself.
    const signedIn = () => ({ authorization: `Bearer ${pick(tokens).token}` });
    await drive('search, common terms, signed in (engine, no cache)', G, () => ({ body: body(SEARCH, { q: pick(common) }), headers: signedIn() }));
    await drive('search, rare terms, signed in (engine, no cache)', G, () => ({ body: body(SEARCH, { q: pick(rare) }), headers: signedIn() }));
    await drive('search, misspelled, signed in (engine, no cache)', G, () => ({ body: body(SEARCH, { q: pick(typos) }), headers: signedIn() }));
    // The ask form is used signed in, and titles differ with every keystroke: no cache here either.
    await drive('similar questions (ask form, signed in)', G, () => ({ body: body(SIMILAR, { t: pick(SIMILAR_TITLES) }), headers: signedIn() }));

    // Writes: ask, answer, vote, accept — and check that every success left exactly one effect.
    const before = (await db.query(`SELECT (SELECT count(*) FROM threads)::int AS threads, (SELECT count(*) FROM answers)::int AS answers, (SELECT count(*) FROM votes)::int AS votes`)).rows[0];
    const own: Record<string, string[]> = {};
    for (const m of tokens) {
      own[m.id] = (await db.query(`SELECT a.id FROM answers a JOIN threads t ON t.id = a.thread_id WHERE t.author_id = $1 AND a.author_id <> $1 LIMIT 20`, [m.id])).rows.map((r) => r.id);
    }
    const ok: Record<string, number> = { ask: 0, answer: 0, vote: 0, accept: 0 };
    let w = 0;
    const writeScenario = await drive('writes: ask 20%, answer 30%, vote 40%, accept 10%', G, (): Req => {
      const m = pick(tokens);
      const headers = { authorization: `Bearer ${m.token}` };
      const r = w++ % 10;
      const tag = randomUUID().slice(0, 8);
      if (r < 2) return { kind: 'ask' as const, headers, body: body(`mutation($i: AskQuestionInput!) { askQuestion(input: $i) { id } }`, { i: { categoryId: pick(categories), title: `Benchmark question about my meter ${tag}`, body: 'The display shows a reading that does not match my invoice at all.', tags: ['invoice'] } }) };
      if (r < 5) return { kind: 'answer' as const, headers, body: body(`mutation($i: AnswerQuestionInput!) { answerQuestion(input: $i) { id } }`, { i: { threadId: pick(anyThreads), body: `Check the meter readings in the app first, benchmark ${tag}.` } }) };
      if (r < 9) return { kind: 'vote' as const, headers, body: body(`mutation($i: VoteInput!) { vote(input: $i) { score } }`, { i: { postId: pick(anyThreads), value: Math.random() < 0.5 ? 'UP' : 'NONE' } }) };
      const mine = own[m.id];
      return { kind: 'accept' as const, headers, body: body(`mutation($id: ID!) { acceptAnswer(answerId: $id) { id } }`, { id: mine.length ? pick(mine) : pick(anyThreads) }) };
    }, undefined, ok);
    const after = (await db.query(`SELECT (SELECT count(*) FROM threads)::int AS threads, (SELECT count(*) FROM answers)::int AS answers`)).rows[0];
    facts.writeCheck = { asksOk: ok.ask, threadsAdded: after.threads - before.threads, answersOk: ok.answer, answersAdded: after.answers - before.answers, votesOk: ok.vote, acceptsOk: ok.accept };
    writeScenario.note = `ask ${ok.ask} → ${after.threads - before.threads} threads added; answer ${ok.answer} → ${after.answers - before.answers} answers added; vote ${ok.vote}; accept ${ok.accept}. Errors are refusals (e.g. voting on one's own post, accepting on others' threads, new-member rate limits)`;

    // Staff: escalate some threads, then read the queue and claim cases.
    const staffToken = await staffLogin(db);
    if (staffToken) {
      for (const id of anyThreads.slice(0, 300)) await gql(`mutation($i: EscalateThreadInput!) { escalateThread(input: $i) { id } }`, { i: { threadId: id, reason: 'benchmark escalation' } }, staffToken);
      await drive('staff: webcare queue page', G, () => ({ body: body(`{ webcareQueue(first: 20) { totalCount edges { node { id priority status } } } }`, {}), headers: { authorization: `Bearer ${staffToken}` } }));
      await drive('staff: claim next case', G, () => ({ body: body(`mutation { claimNextCase { id } }`, {}), headers: { authorization: `Bearer ${staffToken}` } }), 'after the queue empties, claimNextCase answers null quickly');
    }

    // The analytics page over a year (the client's own query), per week and per day.
    if (staffToken) {
      const year = { from: new Date(Date.now() - 365 * 86400_000).toISOString().slice(0, 10), to: new Date().toISOString().slice(0, 10) };
      const staff = { authorization: `Bearer ${staffToken}` };
      await alone('staff: analytics page, one year by week', 10, () => ({ body: body(ANALYTICS_PAGE, { ...year, interval: 'WEEK' }), headers: staff }));
      await alone('staff: analytics page, one year by day', 10, () => ({ body: body(ANALYTICS_PAGE, { ...year, interval: 'DAY' }), headers: staff }));
      await alone('staff: analytics page, last 30 days by day', 10, () => ({ body: body(ANALYTICS_PAGE, { from: new Date(Date.now() - 30 * 86400_000).toISOString().slice(0, 10), to: year.to, interval: 'DAY' }), headers: staff }));
      await drive('staff: analytics page, one year by week', G, () => ({ body: body(ANALYTICS_PAGE, { ...year, interval: 'WEEK' }), headers: { authorization: `Bearer ${staffToken}` } }));
      await drive('staff: analytics page, one year by day', G, () => ({ body: body(ANALYTICS_PAGE, { ...year, interval: 'DAY' }), headers: { authorization: `Bearer ${staffToken}` } }));
    }

    // Mixed, read-heavy: 90% reads (pages, lists, search), 10% votes.
    let k = 0;
    await drive('mixed: 90% reads, 10% writes', G, () => {
      const r = k++ % 10;
      if (r === 9) return { body: body(`mutation($i: VoteInput!) { vote(input: $i) { score } }`, { i: { postId: pick(anyThreads), value: 'UP' } }), headers: { authorization: `Bearer ${pick(tokens).token}` } };
      if (r < 5) return { body: body(THREAD_PAGE, { id: pick(anyThreads) }) };
      if (r < 7) return { body: body(LIST, { c: pick(categories) }) };
      // a member's view: the shared page is one of the page reads above, this is their own state
      if (r < 8) return { body: body(THREAD_VIEWER_STATE, { t: pick(anyThreads) }), headers: { authorization: `Bearer ${pick(tokens).token}` } };
      return { body: body(SEARCH, { q: pick(common) }) };
    });

    // New content → searchable: a question with a unique word, polled until search finds it.
    const lags: number[] = [];
    for (let i = 0; i < 20; i++) {
      const word = `zq${randomUUID().replace(/-/g, '').slice(0, 10)}`;
      const t0 = Date.now();
      await gql(`mutation($i: AskQuestionInput!) { askQuestion(input: $i) { id } }`, { i: { categoryId: categories[i % categories.length], title: `Meter code ${word} after the update`, body: `My meter shows the code ${word} since this morning, what does it mean?`, tags: ['invoice'] } }, tokens[i % tokens.length].token);
      for (let tries = 0; tries < 500; tries++) {
        const r = await gql(SEARCH, { q: word });
        if (r.data?.search.total > 0) break;
        await new Promise((res) => setTimeout(res, 5));
      }
      lags.push(Date.now() - t0);
    }
    lags.sort((a, b) => a - b);
    facts.escalationAfterDue = await escalationLag(db, tokens.map((m) => m.token), categories[0]);
    facts.newContentToSearchable = { note: 'ask a question with a unique word, then poll search every 5 ms (ms, includes the ask itself)', p50: pct(lags, 50), p95: pct(lags, 95) };

    for (const s of results) {
      if (s.name.startsWith('ceiling')) continue;
      s.vsNode = s.rps / ceil.node;
      s.vsApollo = s.rps / ceil.apollo;
    }
    facts.peakRssMb = Math.round(server.peakRss() / 2 ** 20);
    await db.end();
  } finally {
    await server.stop();
  }
  writeReport();
}

/**
 * Due time → escalation: questions nobody answers are moved back in time so that their community
 * window ends two seconds from now; the app's own scheduler must open their cases. Lag = the
 * case's creation time minus the due time (both read from the database). The questions are moved
 * only once the app has armed their timers (through the outbox, after the ask): a thread moved
 * earlier would be skipped and wait for its real window.
 */
async function escalationLag(db: pg.Client, tokens: string[], categoryId: string): Promise<Record<string, unknown>> {
  const ids: string[] = [];
  for (let i = 0; i < 20; i++) {
    const r = await gql(`mutation($i: AskQuestionInput!) { askQuestion(input: $i) { id } }`, { i: { categoryId, title: `Nobody answers this benchmark question ${randomUUID().slice(0, 8)}`, body: 'Waiting for an answer that does not come.', tags: ['invoice'] } }, tokens[i % tokens.length]);
    if (r.data) ids.push(r.data.askQuestion.id);
  }
  const { dueAt, waitedMs } = await endWindowsAt(db, ids, new Date(Date.now() + 2000));
  const until = Date.now() + 20_000;
  let cases: Array<{ thread_id: string; created_at: Date }> = [];
  while (Date.now() < until) {
    cases = (await db.query(`SELECT thread_id, min(created_at) AS created_at FROM webcare_cases WHERE thread_id = ANY($1::uuid[]) GROUP BY 1`, [ids])).rows;
    if (cases.length === ids.length) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const lags = cases.map((c) => new Date(c.created_at).getTime() - dueAt.get(c.thread_id)!).sort((a, b) => a - b);
  return {
    note: 'ms from a community window ending to its case being opened by the app scheduler (sweeps every second); timersArmedAfterMs: wait for the outbox to arm the last timer after the asks',
    threads: ids.length, moved: dueAt.size, escalated: cases.length, timersArmedAfterMs: waitedMs, p50: pct(lags, 50), p95: pct(lags, 95), max: lags.at(-1) ?? null,
  };
}

async function staffLogin(db: pg.Client): Promise<string | null> {
  const email = 'bench-staff@voltaro.test';
  const exists = (await db.query(`SELECT 1 FROM users WHERE email = $1`, [email])).rowCount;
  if (!exists) run('node', ['dist/src/cli/user-create.js', '--email', email, '--name', 'bench_staff', '--role', 'STAFF', '--password', PASSWORD]);
  const r = await gql(`mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: { email, password: PASSWORD } });
  return r.data?.login.accessToken ?? null;
}

function writeReport(): void {
  const machine = { cores: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, date: new Date().toISOString() };
  writeFileSync(join(ROOT, 'BENCHMARKS.json'), JSON.stringify({ machine, facts, durationSeconds: DURATION, connections: CONNECTIONS, results }, null, 2));
  const row = (s: Scenario) =>
    `| ${s.name} | ${s.rps} | ${s.p50} | ${s.p95} | ${s.p99} | ${s.errors} | ${s.vsNode ? (s.vsNode * 100).toFixed(1) + '%' : ''} | ${s.vsApollo ? (s.vsApollo * 100).toFixed(0) + '%' : ''} |`;
  const md = `# Benchmarks

Generated by \`npm run bench\` (test/bench/bench.ts) on ${machine.date}.
Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}. Load generator: autocannon, ${CONNECTIONS} connections, ${DURATION} s per scenario, on the same machine.
Data set: ${JSON.stringify(facts.counts)}; loaded by \`npm run seed:large\` in ${facts.loadSeconds} s, search index built in ${facts.searchIndexSeconds} s, analytics rollups of three years in ${facts.analyticsRebuildSeconds} s.
Thread page response: ${facts.threadPageBytes} bytes. Peak server memory (RSS): ${facts.peakRssMb} MB.

| scenario | req/s | p50 ms | p95 ms | p99 ms | errors | vs bare Node | vs Apollo from memory |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${results.map(row).join('\n')}

Notes:
${results.filter((s) => s.note).map((s) => `- ${s.name}: ${s.note}`).join('\n')}
- Writes, effects check: ${JSON.stringify(facts.writeCheck)}
- New content to searchable: ${JSON.stringify(facts.newContentToSearchable)}
- Due time to escalation: ${JSON.stringify(facts.escalationAfterDue)}

One request at a time (the latency one user sees, without 50 connections queueing in front of it):

| scenario | requests | p50 ms | p95 ms | max ms |
| --- | ---: | ---: | ---: | ---: |
${((facts.alone ?? []) as Array<{ name: string; requests: number; p50: number; p95: number; max: number }>).map((r) => `| ${r.name} | ${r.requests} | ${r.p50} | ${r.p95} | ${r.max} |`).join('\n')}
`;
  writeFileSync(join(ROOT, 'BENCHMARKS.md'), md);
  log('wrote BENCHMARKS.md and BENCHMARKS.json');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
