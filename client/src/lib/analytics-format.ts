import { formatDuration } from './sla';

/** "67%", or a dash when there is nothing to divide by. */
export function percent(share: number | null | undefined, digits = 0): string {
  return share === null || share === undefined ? '—' : `${(share * 100).toFixed(digits)}%`;
}

/** A duration in seconds as "1 h 04 min", or a dash. */
export function duration(seconds: number | null | undefined): string {
  return seconds === null || seconds === undefined ? '—' : formatDuration(Math.round(seconds));
}

/** Hours with one decimal, for chart axes and tables of figures. */
export function hours(seconds: number | null | undefined): number | null {
  return seconds === null || seconds === undefined ? null : Math.round((seconds / 3600) * 10) / 10;
}

export function rating(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${value.toFixed(1)} of 5`;
}

const whole = new Intl.NumberFormat('en');

export function count(n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : whole.format(n);
}

/** YYYY-MM-DD of a local date. */
export function isoDay(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return isoDay(new Date(y, m - 1, d + days));
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** How an interval's start reads on an axis: "5 Jan", "week of 5 Jan", "Jan 2026". */
export function periodLabel(start: string, interval: string, long = false): string {
  const date = new Date(`${start}T00:00:00Z`);
  if (interval === 'MONTH') return monthFormat.format(date);
  const day = dayFormat.format(date);
  return interval === 'WEEK' && long ? `week of ${day}` : day;
}
