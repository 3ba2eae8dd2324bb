import DataLoader from 'dataloader';
import type { GqlContext } from './auth/gql-context.js';

/**
 * A request-scoped DataLoader, created on first use and kept in the GraphQL context, so that a
 * page's field resolvers batch into one query per kind of thing however many items it shows.
 */
export function loader<K, V>(ctx: GqlContext, name: string, batch: (keys: readonly K[]) => Promise<(V | null)[]>): DataLoader<K, V | null> {
  let l = ctx.loaders.get(name) as DataLoader<K, V | null> | undefined;
  if (!l) {
    l = new DataLoader<K, V | null>(batch, { maxBatchSize: 1000 });
    ctx.loaders.set(name, l);
  }
  return l;
}

/** Orders batch results by key: one value (or null) per key. */
export function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((k) => map.get(k) ?? null);
}

/** Groups batch results by key: a list per key. */
export function groupByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}
