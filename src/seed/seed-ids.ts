// Ids of generated rows: UUIDv7 (a millisecond timestamp, then random bits from the seeded PRNG),
// kept 16 bytes each in one typed array per kind of row. Rows are written in creation order, so
// each primary key grows at its right edge during COPY instead of splitting pages at random,
// and the same seed gives the same ids.

export type Rng = () => number;

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export class IdPool {
  readonly bytes: Uint8Array;

  constructor(readonly size: number) {
    this.bytes = new Uint8Array(size * 16);
  }

  /** Sets id `i` from a creation time; call in creation order for ordered keys. */
  set(i: number, ms: number, rng: Rng): void {
    const b = this.bytes;
    const o = i * 16;
    let t = Math.max(0, Math.floor(ms));
    for (let k = 5; k >= 0; k--) {
      b[o + k] = t % 256;
      t = Math.floor(t / 256);
    }
    const r1 = (rng() * 4294967296) >>> 0;
    const r2 = (rng() * 4294967296) >>> 0;
    const r3 = (rng() * 4294967296) >>> 0;
    b[o + 6] = 0x70 | ((r1 >>> 24) & 0x0f);
    b[o + 7] = (r1 >>> 16) & 0xff;
    b[o + 8] = 0x80 | ((r1 >>> 8) & 0x3f);
    b[o + 9] = r1 & 0xff;
    b[o + 10] = r2 >>> 24;
    b[o + 11] = (r2 >>> 16) & 0xff;
    b[o + 12] = (r2 >>> 8) & 0xff;
    b[o + 13] = r2 & 0xff;
    b[o + 14] = r3 >>> 24;
    b[o + 15] = (r3 >>> 16) & 0xff;
  }

  /** Byte offset of id `i` in `bytes` (what BinaryCopyWriter.uuid takes). */
  at(i: number): number {
    return i * 16;
  }

  /** Id `i` as text. */
  hex(i: number): string {
    const b = this.bytes;
    const o = i * 16;
    let s = '';
    for (let k = 0; k < 16; k++) {
      if (k === 4 || k === 6 || k === 8 || k === 10) s += '-';
      s += HEX[b[o + k]];
    }
    return s;
  }

  /** The first 8 hex digits (slug suffixes). */
  short(i: number): string {
    const o = i * 16;
    return HEX[this.bytes[o + 9]] + HEX[this.bytes[o + 12]] + HEX[this.bytes[o + 13]] + HEX[this.bytes[o + 15]];
  }
}

/** Ids that already exist in the database (categories, tags), as a pool. */
export function poolFromHex(ids: readonly string[]): IdPool {
  const pool = new IdPool(ids.length);
  ids.forEach((id, i) => {
    const h = id.replace(/-/g, '');
    for (let k = 0; k < 16; k++) pool.bytes[i * 16 + k] = parseInt(h.slice(2 * k, 2 * k + 2), 16);
  });
  return pool;
}

/**
 * Indices 0..n-1 ordered by `key` ascending (ties by index), via one native numeric sort: keys
 * are whole seconds since 2000, packed above a 22-bit index.
 */
export function orderBy(n: number, key: (i: number) => number): Uint32Array {
  if (n >= 1 << 22) throw new Error('orderBy: too many rows');
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = Math.max(0, Math.floor(key(i) / 1000) - 946_684_800) * 4194304 + i;
  packed.sort();
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = packed[i] % 4194304;
  return out;
}
