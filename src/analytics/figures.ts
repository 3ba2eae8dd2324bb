import type { Counters } from './analytics.service.js';

/** The figures shown for one interval (or the whole range), derived from summed counters. Ratios are fractions 0..1, null with nothing to divide by. */
export interface Figures {
  questions: number;
  answered: number;
  answeredInWindowShare: number | null;
  solvedByCommunity: number;
  solvedByStaff: number;
  communityShare: number | null;
  expertAnswers: number;
  expertAcceptanceRate: number | null;
  newMembers: number;
  casesOpened: number;
  slaFirstResponseCompliance: number | null;
  slaResolutionCompliance: number | null;
  slaCompliance: number | null;
  firstResponseBreaches: number;
  resolutionBreaches: number;
  averageRating: number | null;
  satisfiedShare: number | null;
  transfersPerCase: number | null;
  searches: number;
  noResultSearches: number;
  suggestionsShown: number;
  suggestionsOpened: number;
  asksAbandoned: number;
}

/** Figures that do not sum from daily counters: distinct members, open cases at a moment, percentiles. */
export interface PointExtras {
  activeMembers: number;
  backlog: number;
  medianTimeToFirstAnswerSeconds: number | null;
  p90TimeToFirstAnswerSeconds: number | null;
  medianTimeToAcceptedAnswerSeconds: number | null;
  p90TimeToAcceptedAnswerSeconds: number | null;
}

/** The webcare counters a breakdown row (per team, agent, priority or reason) sums. */
export type WebcareCounts = Pick<
  Counters,
  'cases_opened' | 'first_response_met' | 'first_response_total' | 'resolution_met' | 'resolution_total' | 'transfers' | 'ratings_sum' | 'ratings_count' | 'ratings_4_5'
>;

export interface WebcareFigures {
  casesOpened: number;
  slaFirstResponseCompliance: number | null;
  slaResolutionCompliance: number | null;
  slaCompliance: number | null;
  firstResponseBreaches: number;
  resolutionBreaches: number;
  transfersPerCase: number | null;
  averageRating: number | null;
  satisfiedShare: number | null;
  ratings: number;
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

/** SLA compliance, breaches, transfers and satisfaction from webcare counters. */
export function webcareFigures(c: WebcareCounts): WebcareFigures {
  return {
    casesOpened: c.cases_opened,
    slaFirstResponseCompliance: ratio(c.first_response_met, c.first_response_total),
    slaResolutionCompliance: ratio(c.resolution_met, c.resolution_total),
    // Both clocks together: every target met over every target that came due or was met.
    slaCompliance: ratio(c.first_response_met + c.resolution_met, c.first_response_total + c.resolution_total),
    firstResponseBreaches: c.first_response_total - c.first_response_met,
    resolutionBreaches: c.resolution_total - c.resolution_met,
    transfersPerCase: ratio(c.transfers, c.cases_opened),
    averageRating: ratio(c.ratings_sum, c.ratings_count),
    satisfiedShare: ratio(c.ratings_4_5, c.ratings_count),
    ratings: c.ratings_count,
  };
}

export function figures(c: Counters): Figures {
  const { ratings: _ratings, ...webcare } = webcareFigures(c);
  return {
    questions: c.questions,
    answered: c.answered,
    answeredInWindowShare: ratio(c.answered_in_window, c.questions),
    solvedByCommunity: c.solved_by_community,
    solvedByStaff: c.solved_by_staff,
    communityShare: ratio(c.solved_by_community, c.solved_by_community + c.solved_by_staff),
    expertAnswers: c.expert_answers,
    expertAcceptanceRate: ratio(c.expert_answers_accepted, c.expert_answers),
    newMembers: c.new_members,
    ...webcare,
    searches: c.searches,
    noResultSearches: c.searches_no_result,
    suggestionsShown: c.suggestions_shown,
    suggestionsOpened: c.suggestions_opened,
    asksAbandoned: c.asks_abandoned,
  };
}

export function sumCounters(rows: Counters[], keys: readonly (keyof Counters)[]): Counters {
  const total = Object.fromEntries(keys.map((k) => [k, 0])) as Counters;
  for (const row of rows) for (const k of keys) total[k] += Number(row[k]);
  return total;
}

/** The series' CSV columns, in order: the first nineteen are the original ones, later figures follow. */
export const SERIES_COLUMNS: Array<keyof (Figures & PointExtras)> = [
  'questions', 'answered', 'answeredInWindowShare', 'solvedByCommunity', 'solvedByStaff', 'communityShare', 'expertAnswers', 'expertAcceptanceRate',
  'casesOpened', 'slaFirstResponseCompliance', 'slaResolutionCompliance', 'averageRating', 'satisfiedShare', 'transfersPerCase',
  'searches', 'noResultSearches', 'suggestionsShown', 'suggestionsOpened', 'asksAbandoned',
  'slaCompliance', 'firstResponseBreaches', 'resolutionBreaches', 'backlog', 'newMembers', 'activeMembers',
  'medianTimeToFirstAnswerSeconds', 'p90TimeToFirstAnswerSeconds', 'medianTimeToAcceptedAnswerSeconds', 'p90TimeToAcceptedAnswerSeconds',
];

const cell = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(4);
  if (v instanceof Date) return v.toISOString();
  const s = String(v);
  // Quote separators and line breaks; neutralise spreadsheet formulas in text people typed.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** CSV (RFC 4180, CRLF line ends) of rows, with the given columns in order. */
export function toCsv<T extends object>(columns: ReadonlyArray<keyof T & string>, rows: readonly T[]): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((k) => cell(row[k])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
