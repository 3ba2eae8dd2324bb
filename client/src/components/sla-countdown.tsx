import { useRef } from 'react';
import { formatDuration, useNow } from '../lib/sla';

interface Clock {
  dueAt: string;
  remainingSeconds: number | null;
  breached: boolean;
  metAt: string | null;
}

/**
 * A live SLA countdown. It counts from the seconds the server reported when the data arrived, so
 * a browser clock that is off does not move the deadline; paused clocks stand still.
 */
export function SlaCountdown({ label, clock, paused = false }: { label: string; clock: Clock; paused?: boolean }) {
  const now = useNow(1000);
  const anchor = useRef<{ key: string; at: number }>({ key: '', at: now });
  const key = `${clock.dueAt}|${clock.remainingSeconds}`;
  if (anchor.current.key !== key) anchor.current = { key, at: now };

  if (clock.metAt || clock.remainingSeconds === null) {
    return (
      <span className={`sla sla-met${clock.breached ? ' sla-late' : ''}`}>
        {label}: {clock.breached ? 'met late' : 'met'}
      </span>
    );
  }
  const left = paused ? clock.remainingSeconds : clock.remainingSeconds - (now - anchor.current.at) / 1000;
  const overdue = left < 0;
  const soon = !overdue && left < 15 * 60;
  return (
    <span className={`sla${overdue ? ' sla-overdue' : soon ? ' sla-soon' : ''}`} title={`Due ${new Date(clock.dueAt).toLocaleString()}`}>
      {label}: {overdue ? `overdue by ${formatDuration(left)}` : `${formatDuration(left)} left`}
      {paused ? ' (paused)' : ''}
    </span>
  );
}

export function PriorityBadge({ priority, label }: { priority: string; label: string }) {
  return <span className={`badge priority priority-${priority.toLowerCase()}`}>{label}</span>;
}
