import { useEffect, useState } from 'react';

/** Re-renders every `ms` milliseconds and returns the current time. */
export function useNow(ms = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}

/** "1 h 04 min", "3 min 20 s", "45 s": how long, in words a busy agent reads at a glance. */
export function formatDuration(totalSeconds: number): string {
  const s = Math.floor(Math.abs(totalSeconds));
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (d > 0) return `${d} d ${h} h`;
  if (h > 0) return `${h} h ${String(m).padStart(2, '0')} min`;
  if (m > 0) return `${m} min ${String(sec).padStart(2, '0')} s`;
  return `${sec} s`;
}

export const PRIORITY_LABELS: Record<string, string> = {
  P1: 'P1 Urgent',
  P2: 'P2 Member asked',
  P3: 'P3 Unresolved',
  P4: 'P4 Unanswered',
};

export const STATUS_LABELS: Record<string, string> = {
  NEW: 'New',
  OPEN: 'Open',
  PENDING_MEMBER: 'Waiting on member',
  RESOLVED: 'Resolved',
};

export const REASON_LABELS: Record<string, string> = {
  COMPLAINT: 'Reads as a complaint',
  ESCALATED_BY_EXPERT: 'Escalated by an expert',
  ESCALATED_BY_STAFF: 'Escalated by staff',
  FLAGGED_NEEDS_STAFF: 'Flagged: needs staff',
  MEMBER_ASKED_HELP: 'Member asked for help',
  MEMBER_ASKED_PRIVATE: 'Member asked for privacy',
  UNANSWERED: 'No answer in time',
  UNRESOLVED: 'Not solved in time',
};
