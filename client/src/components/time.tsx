const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const absolute = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const STEPS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Infinity],
];

export function timeAgo(iso: string, now = Date.now()): string {
  let value = (Date.parse(iso) - now) / 1000;
  for (const [unit, size] of STEPS) {
    if (Math.abs(value) < size) return relative.format(Math.round(value), unit);
    value /= size;
  }
  return '';
}

/** "3 hours ago", with the exact time for machines and on hover. */
export function TimeAgo({ iso, prefix }: { iso: string; prefix?: string }) {
  const date = new Date(iso);
  return (
    <time dateTime={iso} title={absolute.format(date)}>
      {prefix ? `${prefix} ` : ''}
      {timeAgo(iso)}
    </time>
  );
}
