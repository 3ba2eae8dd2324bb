import type { ThreadStatus } from '../gql/graphql';

const LABELS: Record<ThreadStatus, string> = {
  OPEN: 'Open',
  ANSWERED: 'Answered',
  SOLVED: 'Solved',
  CLOSED: 'Closed',
  DUPLICATE: 'Duplicate',
};

export function ThreadStatusBadge({ status }: { status: ThreadStatus }) {
  return <span className={`badge badge-${status.toLowerCase()}`}>{LABELS[status]}</span>;
}

export function statusLabel(status: ThreadStatus): string {
  return LABELS[status];
}
