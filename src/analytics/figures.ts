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
  casesOpened: number;
  slaFirstResponseCompliance: number | null;
  slaResolutionCompliance: number | null;
  averageRating: number | null;
  satisfiedShare: number | null;
  transfersPerCase: number | null;
  searches: number;
  noResultSearches: number;
  suggestionsShown: number;
  suggestionsOpened: number;
  asksAbandoned: number;
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

export function figures(c: Counters): Figures {
  return {
    questions: c.questions,
    answered: c.answered,
    answeredInWindowShare: ratio(c.answered_in_window, c.questions),
    solvedByCommunity: c.solved_by_community,
    solvedByStaff: c.solved_by_staff,
    communityShare: ratio(c.solved_by_community, c.solved_by_community + c.solved_by_staff),
    expertAnswers: c.expert_answers,
    expertAcceptanceRate: ratio(c.expert_answers_accepted, c.expert_answers),
    casesOpened: c.cases_opened,
    slaFirstResponseCompliance: ratio(c.first_response_met, c.first_response_total),
    slaResolutionCompliance: ratio(c.resolution_met, c.resolution_total),
    averageRating: ratio(c.ratings_sum, c.ratings_count),
    satisfiedShare: ratio(c.ratings_4_5, c.ratings_count),
    transfersPerCase: ratio(c.transfers, c.cases_opened),
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

const FIGURE_COLUMNS: Array<keyof Figures> = [
  'questions', 'answered', 'answeredInWindowShare', 'solvedByCommunity', 'solvedByStaff', 'communityShare', 'expertAnswers', 'expertAcceptanceRate',
  'casesOpened', 'slaFirstResponseCompliance', 'slaResolutionCompliance', 'averageRating', 'satisfiedShare', 'transfersPerCase',
  'searches', 'noResultSearches', 'suggestionsShown', 'suggestionsOpened', 'asksAbandoned',
];

const cell = (v: number | string | null): string => {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(4);
  return /[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
};

/** CSV (RFC 4180, CRLF) of a series: one row per interval start. */
export function seriesCsv(series: Array<{ start: string } & Figures>): string {
  const lines = [['start', ...FIGURE_COLUMNS].join(',')];
  for (const point of series) lines.push([cell(point.start), ...FIGURE_COLUMNS.map((k) => cell(point[k]))].join(','));
  return `${lines.join('\r\n')}\r\n`;
}
