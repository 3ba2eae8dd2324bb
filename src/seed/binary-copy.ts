// PostgreSQL's binary COPY format, written straight into large buffers. The server parses it
// two to three times faster than text COPY (no uuid, timestamp or number parsing), and writing
// it is cheaper than formatting strings: ids are copied as 16 bytes, times as 8-byte integers.

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
/** Size of the buffers rows are written into. */
export const CHUNK = 1 << 20;
// Microseconds between the Unix epoch and PostgreSQL's (2000-01-01 UTC).
const PG_EPOCH_MS = 946_684_800_000;
const DAY_MS = 86_400_000;
const TWO_32 = 4_294_967_296;

/** Element type oids that binary arrays carry (array_recv checks them). */
export const OID = { text: 25, uuid: 2950 } as const;

/**
 * Encodes rows for `COPY … FROM STDIN (FORMAT binary)`. Call `row(n)` and then exactly n field
 * writers; completed buffers collect in `take()`, so a producer can hand them on as it goes.
 */
export class BinaryCopyWriter {
  private buf: Buffer;
  private view: DataView;
  private pos = 0;
  private done: Buffer[] = [];
  /** Bytes written so far (for progress and memory budgets). */
  bytes = 0;
  rows = 0;

  /** `allocate` hands out CHUNK-sized buffers (a pool may recycle them once sent). */
  constructor(private readonly allocate: () => Buffer = () => Buffer.allocUnsafe(CHUNK)) {
    this.buf = allocate();
    this.view = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength);
    SIGNATURE.copy(this.buf, 0);
    this.view.setInt32(11, 0);
    this.view.setInt32(15, 0);
    this.pos = 19;
  }

  /** Completed buffers since the last call. */
  take(): Buffer[] {
    const out = this.done;
    this.done = [];
    return out;
  }

  /** Ends the data (trailer) and returns the remaining buffers. */
  finish(): Buffer[] {
    this.ensure(2);
    this.view.setInt16(this.pos, -1);
    this.pos += 2;
    this.flush();
    return this.take();
  }

  row(fields: number): this {
    this.ensure(2);
    this.view.setInt16(this.pos, fields);
    this.pos += 2;
    this.rows++;
    return this;
  }

  null(): this {
    this.ensure(4);
    this.view.setInt32(this.pos, -1);
    this.pos += 4;
    return this;
  }

  /** 16 bytes of `pool` from `offset` (ids live in pools, see SeedIds). */
  uuid(pool: Uint8Array, offset: number): this {
    this.ensure(20);
    this.view.setInt32(this.pos, 16);
    const p = this.pos + 4;
    const b = this.buf;
    for (let i = 0; i < 16; i++) b[p + i] = pool[offset + i];
    this.pos = p + 16;
    return this;
  }

  text(s: string): this {
    const len = s.length;
    this.ensure(4 + len * 3);
    // Short ASCII strings (labels, names, emails) are copied by hand: cheaper than a native call.
    if (len <= 40) {
      const b = this.buf;
      const p = this.pos + 4;
      let i = 0;
      for (; i < len; i++) {
        const c = s.charCodeAt(i);
        if (c > 127) break;
        b[p + i] = c;
      }
      if (i === len) {
        this.view.setInt32(this.pos, len);
        this.pos = p + len;
        return this;
      }
    }
    const n = this.buf.write(s, this.pos + 4, 'utf8');
    this.view.setInt32(this.pos, n);
    this.pos += 4 + n;
    return this;
  }

  /**
   * Plain text as the Markdown renderer outputs it: one paragraph, `&`, `<` and `>` escaped.
   * Written in place, without building the HTML string.
   */
  paragraph(s: string): this {
    if (/[&<>]/.test(s)) return this.text(`<p>${s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>\n`);
    this.ensure(12 + s.length * 3);
    const b = this.buf;
    const start = this.pos;
    b[start + 4] = 0x3c; // <p>
    b[start + 5] = 0x70;
    b[start + 6] = 0x3e;
    const n = b.write(s, start + 7, 'utf8');
    let p = start + 7 + n;
    b[p++] = 0x3c; // </p>\n
    b[p++] = 0x2f;
    b[p++] = 0x70;
    b[p++] = 0x3e;
    b[p++] = 0x0a;
    this.view.setInt32(start, p - start - 4);
    this.pos = p;
    return this;
  }

  textOrNull(s: string | null | undefined): this {
    return s === null || s === undefined ? this.null() : this.text(s);
  }

  int2(v: number): this {
    this.ensure(6);
    this.view.setInt32(this.pos, 2);
    this.view.setInt16(this.pos + 4, v);
    this.pos += 6;
    return this;
  }

  int4(v: number): this {
    this.ensure(8);
    this.view.setInt32(this.pos, 4);
    this.view.setInt32(this.pos + 4, v);
    this.pos += 8;
    return this;
  }

  int8(v: number): this {
    this.ensure(12);
    this.view.setInt32(this.pos, 8);
    this.putInt64(this.pos + 4, v);
    this.pos += 12;
    return this;
  }

  float4(v: number): this {
    this.ensure(8);
    this.view.setInt32(this.pos, 4);
    this.view.setFloat32(this.pos + 4, v);
    this.pos += 8;
    return this;
  }

  bool(v: boolean): this {
    this.ensure(5);
    this.view.setInt32(this.pos, 1);
    this.buf[this.pos + 4] = v ? 1 : 0;
    this.pos += 5;
    return this;
  }

  /** A timestamptz from epoch milliseconds. */
  ts(ms: number): this {
    this.ensure(12);
    this.view.setInt32(this.pos, 8);
    this.putInt64(this.pos + 4, Math.floor(ms - PG_EPOCH_MS) * 1000);
    this.pos += 12;
    return this;
  }

  tsOrNull(ms: number | null | undefined): this {
    return ms === null || ms === undefined ? this.null() : this.ts(ms);
  }

  /** A date: the UTC day of epoch milliseconds. */
  date(ms: number): this {
    this.ensure(8);
    this.view.setInt32(this.pos, 4);
    this.view.setInt32(this.pos + 4, Math.floor((ms - PG_EPOCH_MS) / DAY_MS));
    this.pos += 8;
    return this;
  }

  /** jsonb: a version byte, then the JSON text. */
  jsonb(json: string): this {
    this.ensure(5 + json.length * 3);
    this.buf[this.pos + 4] = 1;
    const n = this.buf.write(json, this.pos + 5, 'utf8');
    this.view.setInt32(this.pos, n + 1);
    this.pos += 5 + n;
    return this;
  }

  /** A non-negative numeric with two decimals (flag weights), from hundredths. */
  numeric2(hundredths: number): this {
    const whole = Math.floor(hundredths / 100);
    const frac = hundredths % 100;
    if (whole >= 10_000) throw new Error(`numeric2: ${hundredths / 100} out of range`);
    const digits = whole > 0 ? (frac > 0 ? [whole, frac * 100] : [whole]) : frac > 0 ? [frac * 100] : [];
    const weight = whole > 0 ? 0 : -1;
    this.ensure(12 + digits.length * 2);
    this.view.setInt32(this.pos, 8 + digits.length * 2);
    this.view.setInt16(this.pos + 4, digits.length);
    this.view.setInt16(this.pos + 6, digits.length ? weight : 0);
    this.view.setInt16(this.pos + 8, 0);
    this.view.setInt16(this.pos + 10, 2);
    let p = this.pos + 12;
    for (const d of digits) {
      this.view.setInt16(p, d);
      p += 2;
    }
    this.pos = p;
    return this;
  }

  /** A one-dimensional text[] without nulls. */
  textArray(items: readonly string[]): this {
    if (items.length === 0) return this.emptyArray(OID.text);
    let size = 20;
    for (const s of items) size += 4 + s.length * 3;
    this.ensure(4 + size);
    const start = this.pos;
    this.view.setInt32(start + 4, 1);
    this.view.setInt32(start + 8, 0);
    this.view.setInt32(start + 12, OID.text);
    this.view.setInt32(start + 16, items.length);
    this.view.setInt32(start + 20, 1);
    let p = start + 24;
    for (const s of items) {
      const n = this.buf.write(s, p + 4, 'utf8');
      this.view.setInt32(p, n);
      p += 4 + n;
    }
    this.view.setInt32(start, p - start - 4);
    this.pos = p;
    return this;
  }

  /** A one-dimensional uuid[] from pool offsets. */
  uuidArray(pool: Uint8Array, offsets: readonly number[]): this {
    if (offsets.length === 0) return this.emptyArray(OID.uuid);
    const size = 20 + offsets.length * 20;
    this.ensure(4 + size);
    const v = this.view;
    v.setInt32(this.pos, size);
    v.setInt32(this.pos + 4, 1);
    v.setInt32(this.pos + 8, 0);
    v.setInt32(this.pos + 12, OID.uuid);
    v.setInt32(this.pos + 16, offsets.length);
    v.setInt32(this.pos + 20, 1);
    let p = this.pos + 24;
    for (const o of offsets) {
      v.setInt32(p, 16);
      for (let i = 0; i < 16; i++) this.buf[p + 4 + i] = pool[o + i];
      p += 20;
    }
    this.pos = p;
    return this;
  }

  private emptyArray(oid: number): this {
    this.ensure(16);
    this.view.setInt32(this.pos, 12);
    this.view.setInt32(this.pos + 4, 0);
    this.view.setInt32(this.pos + 8, 0);
    this.view.setInt32(this.pos + 12, oid);
    this.pos += 16;
    return this;
  }

  private putInt64(at: number, v: number): void {
    const hi = Math.floor(v / TWO_32);
    this.view.setInt32(at, hi);
    this.view.setUint32(at + 4, v - hi * TWO_32);
  }

  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    this.flush();
    this.buf = n <= CHUNK ? this.allocate() : Buffer.allocUnsafe(n);
    this.view = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength);
    this.pos = 0;
  }

  private flush(): void {
    if (this.pos === 0) return;
    this.done.push(this.buf.subarray(0, this.pos));
    this.bytes += this.pos;
  }
}
