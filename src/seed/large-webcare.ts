// Webcare in the generated community: teams of staff agents, SLA policies, category routing, and
// cases for about one thread in seventeen, each played through the rules the app applies
// (src/webcare): the escalation rules and due times of sla.ts, the state machine of case-state.ts,
// claims, transfers, replies in public or in private, waiting on the member (the resolution clock
// pauses), resolution and rating; breach marks where a due time passed, as the sweep would set them.
import { clockPausesFromHistory, transitionCase, type CaseSnapshot, type CaseStatus } from '../webcare/case-state.js';
import {
  clockDueAt, openCaseSla, priorityForReason, raiseCaseSla, resolveSlaPolicy, threadEscalationDueTimes,
  type CaseSla, type EscalationReasonKind, type Priority, type SlaPolicy, type SlaPolicyOverride, type ThreadEscalationFacts,
} from '../webcare/sla.js';
import { raiseFlag, decide, type Flag, type Moderation, type ReviewItem } from './large-moderation.js';
import { DAY, HOUR, MINUTE, type Answer, type Plan, type Thread } from './large-plan.js';

export interface Team {
  name: string;
  description: string;
  members: number[];
  categories: string[];
  at: number;
}

export interface PolicyPlan {
  name: string;
  policy: SlaPolicy;
  at: number;
}

export interface Reason {
  kind: EscalationReasonKind;
  priority: Priority;
  detail: string;
  actor: number | null;
  /** Timed rules: the due time in the dedupe key `timer:<thread>:<kind>:<due>` the sweep writes. */
  due: number | null;
  /** Needs-staff flags: the flag in the dedupe key `flag:<flag>`, and the flagger's comment. */
  flag: Flag | null;
  flagComment?: string;
  at: number;
}

export interface Assignment {
  kind: 'CLAIM' | 'ASSIGN' | 'TRANSFER';
  fromAssignee: number | null;
  toAssignee: number | null;
  fromTeam: number | null;
  toTeam: number | null;
  actor: number;
  note: string;
  at: number;
}

export interface CasePlan {
  idx: number;
  thread: Thread;
  team: number;
  priority: Priority;
  status: CaseStatus;
  assignee: number | null;
  isPrivate: boolean;
  firstResponseSeconds: number;
  resolutionSeconds: number;
  firstResponseDueAt: number;
  resolutionDueAt: number;
  pausedSince: number | null;
  firstRespondedAt: number | null;
  resolvedAt: number | null;
  resolvedBy: number | null;
  resolutionNote: string | null;
  transferCount: number;
  rating: number | null;
  ratingComment: string | null;
  ratedAt: number | null;
  firstResponseBreachedAt: number | null;
  resolutionBreachedAt: number | null;
  createdAt: number;
  updatedAt: number;
  reasons: Reason[];
  history: Array<{ status: CaseStatus; actor: number | null; at: number }>;
  assignments: Assignment[];
  notes: Array<{ author: number; body: string; at: number }>;
  messages: Array<{ author: number; fromStaff: boolean; body: string; at: number }>;
  contacts: Array<{ channel: string; summary: string; loggedBy: number; at: number }>;
}

export interface Webcare {
  teams: Team[];
  policies: PolicyPlan[];
  routing: Array<{ category: number; team: number; policy: number | null; at: number }>;
  cases: CasePlan[];
  savedReplies: Array<{ team: number; title: string; body: string; author: number; at: number }>;
  /** Contacts through other channels not tied to a case. */
  contacts: Array<{ member: number; channel: string; summary: string; loggedBy: number; at: number }>;
  /** Per thread: the policy its category routes to (for timers). */
  policyOf: (t: Thread) => SlaPolicy;
}

const TEAMS = [
  { name: 'Billing & contracts', description: 'Invoices, payments, contracts and moving house', categories: ['billing', 'contracts'] },
  { name: 'Energy at home', description: 'Meters, solar panels, heat pumps and outages', categories: ['smart-meter', 'solar-panels', 'heat-pumps', 'outages'] },
  { name: 'Connectivity', description: 'Internet, TV, mobile and the app', categories: ['internet-tv', 'mobile', 'app'] },
  { name: 'E-mobility', description: 'Charging at home and on the road', categories: ['ev-charging'] },
];

const POLICIES: Array<{ name: string; category: string; override: SlaPolicyOverride }> = [
  { name: 'Outages', category: 'outages', override: { communityWindowSeconds: 3600, complaintWindowSeconds: 900, priorities: { P4: { firstResponseSeconds: 2 * 3600, resolutionSeconds: 24 * 3600 }, P3: { resolutionSeconds: 24 * 3600 } } } },
  { name: 'E-mobility', category: 'ev-charging', override: { resolutionWindowSeconds: 12 * 3600, priorities: { P3: { resolutionSeconds: 24 * 3600 }, P4: { resolutionSeconds: 48 * 3600 } } } },
];

const STAFF_REPLIES = {
  en: [
    'Hi, I checked your connection and reset it on our side. Can you try again and let us know?',
    'Thanks for your patience. I corrected the meter readings; the new invoice follows within a week.',
    'I have asked the grid operator to measure the voltage at your address, they will contact you.',
    'I can see the issue in our systems. I have sent you a private message to arrange the details.',
    'A technician will visit you; you will receive an appointment by email.',
    'I have adjusted your advance payment as you asked, it takes effect next month.',
  ],
  nl: [
    'Hoi, ik heb je aansluiting gecontroleerd en aan onze kant gereset. Wil je het opnieuw proberen?',
    'Bedankt voor je geduld. Ik heb de meterstanden gecorrigeerd; de nieuwe factuur volgt binnen een week.',
    'Ik heb de netbeheerder gevraagd de spanning op je adres te meten, zij nemen contact met je op.',
    'Ik zie het in onze systemen. Ik heb je een privébericht gestuurd om de details te regelen.',
    'Er komt een monteur bij je langs; je krijgt de afspraak per e-mail.',
    'Ik heb je voorschot aangepast zoals je vroeg, het gaat volgende maand in.',
  ],
};
const MEMBER_REPLIES = {
  en: ['Thanks, I tried it and it works again.', 'The readings are attached, see the photo.', 'It is still the same after the reset.', 'I sent the documents you asked for.'],
  nl: ['Bedankt, ik heb het geprobeerd en het werkt weer.', 'De standen staan op de foto in de bijlage.', 'Na de reset is het nog hetzelfde.', 'Ik heb de gevraagde documenten gestuurd.'],
};
const NOTES = ['Checked the meter data: readings arrive normally.', 'Grid operator ticket opened.', 'Customer prefers contact by email.', 'Invoice corrected, credit note sent.', 'Second contact about the same issue.', 'Waiting for the installer report.'];
const RESOLUTIONS = ['Connection reset remotely, member confirmed it works.', 'Invoice corrected and credit note sent.', 'Advance payment lowered.', 'Technician visit planned and completed.', 'Explained the annual statement; no error found.', 'Escalated to the grid operator, outage fixed.'];
const RATING_COMMENTS = ['Quick and friendly help.', 'Took a while but it is solved.', 'Still not happy with the outcome.', 'Very clear explanation, thanks.', 'Snel en vriendelijk geholpen.', 'Het duurde lang maar het is opgelost.'];
const HELP_REASONS = { en: ['Nobody answered and I need this fixed before the weekend.', 'The answers did not solve it, I need staff to look at my account.', 'My account details are involved, can we continue in private?'], nl: ['Niemand reageert en ik wil dit voor het weekend opgelost hebben.', 'De antwoorden helpen niet, ik heb iemand nodig die in mijn account kijkt.', 'Het gaat om mijn accountgegevens, kunnen we privé verder?'] };
const CHANNELS = ['PHONE', 'EMAIL', 'WHATSAPP', 'SOCIAL', 'OTHER'];
const CONTACT_SUMMARIES = ['Called about the invoice, explained the readings.', 'Email about the moving date.', 'WhatsApp: asked about the outage in the street.', 'Message on social media about slow internet.', 'Called to ask for a technician.'];

function formatDuration(seconds: number): string {
  if (seconds % 86400 === 0) return `${seconds / 86400} d`;
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}

const MEMBER_REQUESTS_PER_DAY = 3;

/**
 * Plans teams, policies, routing and cases. Adds staff answers and the askers' replies to the
 * threads, and marks threads that staff resolved; call before large-derive.ts.
 */
export function planWebcare(plan: Plan, moderation: Moderation): Webcare {
  const { rng, now, users } = plan;
  const slugs = plan.categories.map((c) => c[0]);
  const admin = plan.admins[0];
  const setupAt = now - 3 * 365 * DAY - 20 * DAY;

  const teams: Team[] = TEAMS.map((t) => ({ ...t, members: [] as number[], at: setupAt }));
  plan.staff.forEach((s, k) => {
    teams[k % teams.length].members.push(s);
    if (k % 5 === 0) teams[(k + 1) % teams.length].members.push(s);
  });
  const teamOfCategory = slugs.map((slug) => teams.findIndex((t) => t.categories.includes(slug)));
  const policies: PolicyPlan[] = POLICIES.map((p) => ({ name: p.name, policy: resolveSlaPolicy(p.override), at: setupAt + DAY }));
  const policyIndexOf = slugs.map((slug) => POLICIES.findIndex((p) => p.category === slug));
  const categoryPolicy = (c: number): SlaPolicy => (policyIndexOf[c] >= 0 ? policies[policyIndexOf[c]].policy : resolveSlaPolicy());
  const routing = slugs.map((_, c) => ({ category: c, team: teamOfCategory[c], policy: policyIndexOf[c] >= 0 ? policyIndexOf[c] : null, at: setupAt + 2 * DAY }));
  const policyOf = (t: Thread) => categoryPolicy(t.category);

  const cases: CasePlan[] = [];
  const requests = new Map<number, number[]>();
  const mayRequest = (member: number, at: number) => (requests.get(member) ?? []).filter((x) => x > at - DAY && x <= at).length < MEMBER_REQUESTS_PER_DAY;
  const agentOf = (team: number) => teams[team].members[Math.floor(rng() * teams[team].members.length)];
  const kinds: Array<[EscalationReasonKind, number]> = [
    ['UNRESOLVED', 0.3], ['UNANSWERED', 0.2], ['MEMBER_ASKED_HELP', 0.16], ['MEMBER_ASKED_PRIVATE', 0.06],
    ['ESCALATED_BY_EXPERT', 0.1], ['ESCALATED_BY_STAFF', 0.09], ['FLAGGED_NEEDS_STAFF', 0.09],
  ];
  const drawKind = () => {
    let x = rng();
    for (const [k, w] of kinds) if ((x -= w) < 0) return k;
    return kinds[0][0];
  };

  for (const t of plan.threads) {
    const complaint = t.complaint !== null;
    // About one thread in twenty escalates; the last three days' threads more often (today's queue).
    if (!complaint && rng() >= (now - t.at < 3 * DAY ? 0.15 : 0.05)) continue;
    const policy = categoryPolicy(t.category);
    const kind: EscalationReasonKind = complaint ? 'COMPLAINT' : drawKind();
    // What the timed rules see before any case: community answers (not the asker's), acceptance, complaint.
    const community = t.answers.filter((a) => a.author !== t.author).map((a) => a.at);
    const official = t.answers.filter((a) => a.expert || a.staff).map((a) => a.at);
    const facts: ThreadEscalationFacts = {
      askedAt: new Date(t.at),
      firstAnswerAt: community.length ? new Date(Math.min(...community)) : null,
      acceptedAnswerAt: t.accepted ? new Date(t.acceptedAt) : null,
      complaintDetectedAt: complaint ? new Date(t.at) : null,
      firstOfficialAnswerAt: official.length ? new Date(Math.min(...official)) : null,
    };
    const dues = threadEscalationDueTimes(facts, policy).filter((d) => d.dueAt.getTime() <= now);
    let manual: Reason | null = null;
    if (kind !== 'UNANSWERED' && kind !== 'UNRESOLVED' && kind !== 'COMPLAINT') {
      manual = manualTrigger(plan, t, kind, moderation, mayRequest);
      if (!manual) continue;
      if (kind === 'MEMBER_ASKED_HELP' || kind === 'MEMBER_ASKED_PRIVATE') requests.set(t.author, [...(requests.get(t.author) ?? []), manual.at]);
    } else if (!dues.some((d) => d.kind === kind)) continue;
    const c = playCase(plan, t, cases.length, teamOfCategory[t.category], policy, dues, manual, agentOf, teams, moderation);
    if (!c) continue;
    cases.push(c);
  }
  // Contacts through other channels, for the member timeline.
  const contacts: Webcare['contacts'] = [];
  for (let k = 0; k < Math.round(plan.threads.length / 200); k++) {
    const member = Math.floor(users.members * rng() ** 2);
    const at = Math.floor(now - 365 * DAY * rng());
    contacts.push({ member, channel: CHANNELS[Math.floor(rng() * CHANNELS.length)], summary: CONTACT_SUMMARIES[Math.floor(rng() * CONTACT_SUMMARIES.length)], loggedBy: plan.staff[Math.floor(rng() * plan.staff.length)], at });
    users.firstAct[member] = Math.min(users.firstAct[member], at);
  }
  const savedReplies = teams.flatMap((team, i) =>
    [
      { title: 'Greeting', body: 'Hi {{member.name}}, thanks for your question about "{{thread.title}}". I am looking into it for you. Kind regards, {{agent.name}}' },
      { title: 'Need meter readings', body: 'Hi {{member.name}}, could you send us a photo of your meter with the current readings? Then we can correct the invoice.' },
      { title: 'Closing', body: 'We are closing this case now. If anything is still unclear about {{category.name}}, just reply here. {{agent.name}}' },
    ].map((r, k) => ({ team: i, ...r, author: team.members[k % team.members.length] ?? admin, at: setupAt + (k + 3) * DAY })),
  );
  return { teams, policies, routing, cases, savedReplies, contacts, policyOf };
}

// A member's, expert's, staff member's or flagger's request for staff, some time after asking.
function manualTrigger(
  plan: Plan, t: Thread, kind: EscalationReasonKind, moderation: Moderation, mayRequest: (member: number, at: number) => boolean,
): Reason | null {
  const { rng, now } = plan;
  const at = Math.floor(t.at + (15 * MINUTE + 36 * HOUR * rng() ** 2));
  if (at > now) return null;
  const lang = t.language;
  const urgent = rng() < 0.2;
  switch (kind) {
    case 'MEMBER_ASKED_HELP':
    case 'MEMBER_ASKED_PRIVATE': {
      if (!mayRequest(t.author, at)) return null;
      const detail = HELP_REASONS[lang][kind === 'MEMBER_ASKED_PRIVATE' ? 2 : Math.floor(rng() * 2)];
      return { kind, priority: priorityForReason(kind), detail, actor: t.author, due: null, flag: null, at };
    }
    case 'ESCALATED_BY_EXPERT': {
      const experts = plan.certifications.filter((c) => c.category === t.category && c.revokedAt === null && c.grantedAt < at && c.user !== t.author);
      if (!experts.length) return null;
      const actor = experts[Math.floor(rng() * experts.length)].user;
      return { kind, priority: priorityForReason(kind, { urgent }), detail: urgent ? 'Safety risk, please call the member today.' : 'Needs someone who can look into the account.', actor, due: null, flag: null, at };
    }
    case 'ESCALATED_BY_STAFF': {
      const actor = plan.staff[Math.floor(rng() * plan.staff.length)];
      return { kind, priority: priorityForReason(kind, { urgent }), detail: urgent ? 'Urgent: possible unsafe installation.' : 'Picked up from social media monitoring.', actor, due: null, flag: null, at };
    }
    case 'FLAGGED_NEEDS_STAFF': {
      if (moderation.flagged.has(t)) return null;
      let flagger = Math.floor(plan.users.members * rng());
      if (flagger === t.author) flagger = (flagger + 1) % plan.users.members;
      const safety = rng() < 0.1;
      const comment = safety ? 'There is a burning smell near the meter cupboard.' : 'This member needs someone from the company.';
      // The flag itself is raised when the case is kept (commit), so no flag is left without its case.
      return { kind, priority: priorityForReason(kind, { urgent: safety }), detail: `${safety ? 'safety flag' : 'flagged as needing staff'}: ${comment}`, actor: flagger, due: null, flag: null, flagComment: comment, at };
    }
    default:
      return null;
  }
}

interface Step {
  at: number;
  apply: () => void;
}

// What is meant to happen to a case, before `now` cuts it short.
interface Intended {
  claimAt: number;
  assignByAdmin: boolean;
  transferAt: number | null;
  transferTeam: boolean;
  respondAt: number;
  publicReply: boolean;
  waitFor: boolean;
  memberReplyAfter: number;
  resolveAfter: number;
  stuck: boolean;
  rate: boolean;
  rating: number;
  rateAfter: number;
  note: boolean;
  contact: boolean;
  replyText: string;
  memberText: string;
  other: number;
  otherTeam: number;
}

/**
 * Plays one case: opened by the earliest trigger, then claimed (or assigned), perhaps transferred,
 * answered in public or in private, perhaps put on hold for the member, and resolved and rated,
 * each step at a plausible time; steps after `now` do not happen yet. Timed rules that fire while
 * the case is open add their reasons (and may raise the priority); the case stays open until the
 * last one that fires, so the thread never needs a second case.
 */
function playCase(
  plan: Plan, t: Thread, idx: number, team: number, policy: SlaPolicy, dues: ReturnType<typeof threadEscalationDueTimes>, manual: Reason | null,
  agentOf: (team: number) => number, teams: Team[], moderation: Moderation,
): CasePlan | null {
  const { rng } = plan;
  const timed: Reason[] = dues.map((d) => ({
    kind: d.kind, priority: d.priority, detail: timedDetail(d.kind, policy, t), actor: null, due: d.dueAt.getTime(), flag: null, at: d.dueAt.getTime(),
  }));
  const triggers = [...timed, ...(manual ? [manual] : [])].sort((a, b) => a.at - b.at || a.priority.localeCompare(b.priority));
  if (!triggers.length) return null;
  // The sweep runs every second: a timed case opens within a second of its due time.
  const createdAt = triggers[0].at + (triggers[0].due !== null ? Math.floor(rng() * 900) : 0);
  // The asker's own later answers would reopen or move the case; such threads get no case here.
  if (t.answers.some((a) => a.author === t.author && a.at > createdAt)) return null;

  // The same first priority wins a tie (most urgent first), as the sweep fires most urgent first.
  const opening = triggers.filter((r) => r.at === triggers[0].at).sort((a, b) => a.priority.localeCompare(b.priority))[0];
  const lang = t.language;
  const isPrivate = opening.kind === 'MEMBER_ASKED_PRIVATE';
  const agent = agentOf(team);
  const urgent = opening.priority === 'P1';
  // Intended timeline (before `now` cuts it), resolution no earlier than `minResolve`.
  // Most cases are picked up and answered in time; a slow day or a long queue breaches some.
  const claimDelay = Math.floor((urgent ? 2 : 5) * MINUTE + (urgent ? 12 : 60) * MINUTE * rng() ** 3 + (rng() < 0.15 ? 8 * HOUR * rng() : 0));
  const plan0: Intended = {
    claimAt: createdAt + claimDelay,
    assignByAdmin: rng() < 0.15,
    transferAt: rng() < 0.12 ? Math.floor(createdAt + claimDelay + (30 * MINUTE + 8 * HOUR * rng())) : null,
    transferTeam: rng() < 0.3,
    respondAt: Math.floor(createdAt + claimDelay + (2 * MINUTE + 40 * MINUTE * rng() ** 3)),
    publicReply: !isPrivate && rng() < 0.8,
    waitFor: rng() < 0.4,
    memberReplyAfter: Math.floor(30 * MINUTE + 3 * DAY * rng() ** 2),
    resolveAfter: Math.floor(10 * MINUTE + 20 * HOUR * rng() ** 3 + (rng() < 0.1 ? 3 * 24 * HOUR * rng() : 0)),
    stuck: rng() < 0.03,
    rate: rng() < 0.65,
    rating: [5, 5, 5, 5, 4, 4, 4, 3, 2, 1, 1][Math.floor(rng() * 11)],
    rateAfter: Math.floor(10 * MINUTE + 2 * DAY * rng()),
    note: rng() < 0.3,
    contact: rng() < 0.15,
    replyText: STAFF_REPLIES[lang][Math.floor(rng() * STAFF_REPLIES[lang].length)],
    memberText: MEMBER_REPLIES[lang][Math.floor(rng() * MEMBER_REPLIES[lang].length)],
    other: agentOf(team),
    otherTeam: (team + 1 + Math.floor(rng() * (teams.length - 1))) % teams.length,
  };
  let minResolve = 0;
  for (let attempt = 0; attempt < 5; attempt++) {
    const c = simulate(plan, t, idx, team, policy, createdAt, opening, triggers, plan0, agent, agentOf, minResolve, isPrivate);
    // A timed rule that would fire after the resolution would need a second case: resolve later.
    const late = c.pendingAfterResolution;
    if (late === null) {
      commit(plan, t, c, moderation);
      return c.case;
    }
    minResolve = Math.floor(late + (30 * MINUTE + 6 * HOUR * rng()));
  }
  return null;
}

interface Simulated {
  case: CasePlan;
  staffAnswer: Answer | null;
  memberComment: { at: number; body: string } | null;
  staffResolvedAt: number | null;
  pendingAfterResolution: number | null;
}

// One run of the case through the state machine; returns the case and what it adds to the thread.
function simulate(
  plan: Plan, t: Thread, idx: number, team: number, policy: SlaPolicy, createdAt: number, opening: Reason, triggers: Reason[],
  p: Intended, agent: number, agentOf: (team: number) => number, minResolve: number, isPrivate: boolean,
): Simulated {
  const { now } = plan;
  let sla: CaseSla = openCaseSla(new Date(createdAt), opening.priority, policy);
  const c: CasePlan = {
    idx, thread: t, team, priority: opening.priority, status: 'NEW', assignee: null, isPrivate,
    firstResponseSeconds: sla.firstResponseSeconds, resolutionSeconds: sla.resolutionSeconds,
    firstResponseDueAt: 0, resolutionDueAt: 0, pausedSince: null, firstRespondedAt: null, resolvedAt: null, resolvedBy: null, resolutionNote: null,
    transferCount: 0, rating: null, ratingComment: null, ratedAt: null, firstResponseBreachedAt: null, resolutionBreachedAt: null,
    createdAt, updatedAt: createdAt, reasons: [], history: [{ status: 'NEW', actor: null, at: createdAt }], assignments: [], notes: [], messages: [], contacts: [],
  };
  const reason = (r: Reason, at: number) => c.reasons.push({ ...r, at });
  reason(opening, createdAt);
  let snap: CaseSnapshot = { status: 'NEW', assigneeId: null, resolvedAt: null };
  let lastClock = createdAt;
  const status = (to: CaseStatus, actor: number | null, at: number) => {
    if (to !== c.status) {
      c.history.push({ status: to, actor, at });
      lastClock = at;
    }
    c.status = to;
    c.updatedAt = at;
  };
  let staffAnswer: Answer | null = null;
  let memberComment: Simulated['memberComment'] = null;
  let staffResolvedAt: number | null = null;
  const steps: Step[] = [];
  const assignee = () => (snap.assigneeId === null ? null : Number(snap.assigneeId));

  let at = p.claimAt;
  const claimer = agent;
  steps.push({
    at,
    apply: () => {
      const kind = p.assignByAdmin ? 'ASSIGN' : 'CLAIM';
      snap = transitionCase(snap, { type: kind, staffId: String(claimer) }, { now: new Date(at) });
      c.assignments.push({ kind, fromAssignee: null, toAssignee: claimer, fromTeam: kind === 'CLAIM' ? c.team : c.team, toTeam: c.team, actor: p.assignByAdmin ? plan.admins[1] : claimer, note: '', at: p.claimAt });
      c.assignee = claimer;
      status('OPEN', p.assignByAdmin ? plan.admins[1] : claimer, p.claimAt);
    },
  });
  if (p.transferAt !== null) {
    const toTeam = p.transferTeam ? p.otherTeam : c.team;
    const to = p.transferTeam ? agentOf(toTeam) : p.other;
    steps.push({
      at: Math.max(p.transferAt, p.claimAt + MINUTE),
      apply: () => {
        const when = Math.max(p.transferAt!, p.claimAt + MINUTE);
        if (to === assignee()) return;
        const from = assignee();
        snap = transitionCase(snap, { type: 'ASSIGN', staffId: String(to) }, { now: new Date(when) });
        c.assignments.push({ kind: 'TRANSFER', fromAssignee: from, toAssignee: to, fromTeam: c.team, toTeam, actor: from ?? plan.admins[1], note: p.transferTeam ? 'Belongs to the other team' : 'Taking over while on leave', at: when });
        c.transferCount++;
        c.team = toTeam;
        c.assignee = to;
        c.updatedAt = when;
      },
    });
  }
  const respondAt = Math.max(p.respondAt, (p.transferAt ?? 0) + MINUTE, p.claimAt + MINUTE);
  steps.push({
    at: respondAt,
    apply: () => {
      const by = assignee()!;
      if (p.publicReply) {
        staffAnswer = { idx: -1, ref: -1, thread: t, author: by, at: respondAt, score: 0, expert: false, staff: true, comments: [], text: p.replyText, seed: 0 };
      } else c.messages.push({ author: by, fromStaff: true, body: p.replyText, at: respondAt });
      c.firstRespondedAt = respondAt;
      c.updatedAt = respondAt;
    },
  });
  at = respondAt;
  if (p.waitFor) {
    const waitAt = respondAt + 2 * MINUTE;
    steps.push({
      at: waitAt,
      apply: () => {
        snap = transitionCase(snap, { type: 'WAIT_FOR_MEMBER' }, { now: new Date(waitAt) });
        status('PENDING_MEMBER', assignee(), waitAt);
      },
    });
    const replyAt = waitAt + p.memberReplyAfter;
    steps.push({
      at: replyAt,
      apply: () => {
        if (c.isPrivate || !p.publicReply) c.messages.push({ author: t.author, fromStaff: false, body: p.memberText, at: replyAt });
        else memberComment = { at: replyAt, body: p.memberText };
        snap = transitionCase(snap, { type: 'MEMBER_REPLIED' }, { now: new Date(replyAt) });
        status('OPEN', t.author, replyAt);
      },
    });
    at = replyAt;
  }
  if (p.note) {
    const noteAt = Math.floor(p.claimAt + (at - p.claimAt) * 0.5 + MINUTE);
    steps.push({ at: noteAt, apply: () => c.notes.push({ author: assignee()!, body: NOTES[c.idx % NOTES.length], at: noteAt }) });
  }
  if (p.contact) {
    const contactAt = createdAt + 20 * MINUTE;
    steps.push({ at: contactAt, apply: () => c.contacts.push({ channel: CHANNELS[c.idx % CHANNELS.length], summary: CONTACT_SUMMARIES[c.idx % CONTACT_SUMMARIES.length], loggedBy: agent, at: contactAt }) });
  }
  const resolveAt = Math.max(at + p.resolveAfter, minResolve);
  if (!p.stuck) {
    steps.push({
      at: resolveAt,
      apply: () => {
        snap = transitionCase(snap, { type: 'RESOLVE' }, { now: new Date(resolveAt) });
        c.resolvedAt = resolveAt;
        c.resolvedBy = assignee();
        c.resolutionNote = RESOLUTIONS[c.idx % RESOLUTIONS.length];
        status('RESOLVED', assignee(), resolveAt);
        // The thread counts as solved by staff unless the community solved it first.
        if (!(t.accepted && t.acceptedAt <= resolveAt)) staffResolvedAt = resolveAt;
      },
    });
    if (p.rate) {
      const rateAt = resolveAt + p.rateAfter;
      steps.push({
        at: rateAt,
        apply: () => {
          c.rating = p.rating;
          c.ratingComment = p.rating <= 2 || c.idx % 3 === 0 ? RATING_COMMENTS[c.idx % RATING_COMMENTS.length] : null;
          c.ratedAt = rateAt;
          c.updatedAt = rateAt;
        },
      });
    }
  }

  // Later triggers while the case is open: a reason each, and a raise when more urgent.
  for (const r of triggers) {
    if (r === opening) continue;
    steps.push({
      at: r.at + (r.due !== null ? 500 : 0),
      apply: () => {
        if (c.status === 'RESOLVED') return;
        if (settled(r, t, staffAnswer, staffResolvedAt)) return;
        const when = r.at + (r.due !== null ? 500 : 0);
        reason(r, when);
        // A request to continue in private makes an open case private (escalation.service).
        if (r.kind === 'MEMBER_ASKED_PRIVATE' && !c.isPrivate) {
          c.isPrivate = true;
          c.updatedAt = when;
        }
        const pauses = clockPausesFromHistory(c.history.map((h) => ({ status: h.status, at: new Date(h.at) })));
        const raised = raiseCaseSla(sla, r.priority, new Date(when), pauses, policy);
        if (raised !== sla) {
          sla = raised;
          c.priority = raised.priority;
          c.firstResponseSeconds = raised.firstResponseSeconds;
          c.resolutionSeconds = raised.resolutionSeconds;
          lastClock = when;
          c.updatedAt = when;
        }
      },
    });
  }

  steps.sort((a, b) => a.at - b.at);
  for (const s of steps) {
    if (s.at > now) break;
    s.apply();
  }
  // Stored due times, as refreshClock and raise leave them, and the breach marks of the sweep.
  const history = c.history.map((h) => ({ status: h.status, at: new Date(h.at) }));
  const pauses = clockPausesFromHistory(history);
  c.firstResponseDueAt = createdAt + c.firstResponseSeconds * 1000;
  c.resolutionDueAt = clockDueAt(new Date(createdAt), c.resolutionSeconds, pauses, new Date(lastClock)).dueAt.getTime();
  const open = pauses.find((x) => !x.to);
  c.pausedSince = open ? open.from.getTime() : null;
  const frMet = c.firstRespondedAt ?? Infinity;
  if (c.firstResponseDueAt < now && frMet > c.firstResponseDueAt && !(c.resolvedAt !== null && c.resolvedAt <= c.firstResponseDueAt)) c.firstResponseBreachedAt = c.firstResponseDueAt;
  if (c.resolutionDueAt < Math.min(c.resolvedAt ?? now, c.pausedSince ?? now, now)) c.resolutionBreachedAt = c.resolutionDueAt;

  // A timed rule that has fired by now but after the resolution, and is not settled by it.
  let pendingAfterResolution: number | null = null;
  if (c.resolvedAt !== null) {
    for (const r of triggers) {
      if (r === opening || r.at <= c.resolvedAt || r.at > now) continue;
      if (settled(r, t, staffAnswer, staffResolvedAt)) continue;
      pendingAfterResolution = Math.max(pendingAfterResolution ?? 0, r.at);
    }
  }
  return { case: c, staffAnswer, memberComment, staffResolvedAt, pendingAfterResolution };
}

// Whether what a timed rule waits for happened by its due time (staff replies and resolution
// count); a request by someone is never settled.
function settled(r: Reason, t: Thread, staffAnswer: Answer | null, staffResolvedAt: number | null): boolean {
  const publicAt = (staffAnswer as Answer | null)?.at ?? Infinity;
  switch (r.kind) {
    case 'UNANSWERED':
      return Math.min(publicAt, ...t.answers.filter((a) => a.author !== t.author).map((a) => a.at)) <= r.at;
    case 'UNRESOLVED':
      return Math.min(staffResolvedAt ?? Infinity, t.accepted ? t.acceptedAt : Infinity) <= r.at;
    case 'COMPLAINT':
      return Math.min(publicAt, ...t.answers.filter((a) => a.expert || a.staff).map((a) => a.at)) <= r.at;
    default:
      return false;
  }
}

// Applies what the case did to the thread: the staff answer, the asker's reply, staff resolution,
// the needs-staff flag that opened it. The asker's other comments after the case opened are
// dropped: on the live site they would have reopened or moved it.
function commit(plan: Plan, t: Thread, s: Simulated, moderation: Moderation): void {
  const c = s.case;
  t.comments = t.comments.filter((x) => !(x.author === t.author && x.at > c.createdAt));
  for (const a of t.answers) a.comments = a.comments.filter((x) => !(x.author === t.author && x.at > c.createdAt));
  for (const r of c.reasons) {
    if (r.kind !== 'FLAGGED_NEEDS_STAFF' || r.actor === null) continue;
    r.flag = raiseFlag(moderation, t, r.actor, 'NEEDS_STAFF', r.at, { comment: r.flagComment });
  }
  if (s.staffAnswer) {
    const a: Answer = { ...s.staffAnswer, ref: plan.answers.length };
    plan.answers.push(a);
    t.answers.push(a);
    plan.users.firstAct[a.author] = Math.min(plan.users.firstAct[a.author], a.at);
  }
  if (s.memberComment) t.comments.push({ author: t.author, at: s.memberComment.at, body: s.memberComment.body, idx: -1 });
  if (s.staffResolvedAt !== null) {
    t.staffResolvedAt = s.staffResolvedAt;
    t.staffResolvedCase = c;
  }
  const acted = (user: number | null, at: number) => {
    if (user !== null) plan.users.firstAct[user] = Math.min(plan.users.firstAct[user], at);
  };
  for (const r of c.reasons) acted(r.actor, r.at);
  for (const h of c.history) acted(h.actor, h.at);
  for (const a of c.assignments) {
    acted(a.actor, a.at);
    acted(a.toAssignee, a.at);
  }
  for (const n of c.notes) acted(n.author, n.at);
  for (const m of c.messages) acted(m.author, m.at);
  for (const x of c.contacts) acted(x.loggedBy, x.at);
  plan.users.firstAct[t.author] = Math.min(plan.users.firstAct[t.author], c.createdAt);
}

function timedDetail(kind: EscalationReasonKind, policy: SlaPolicy, t: Thread): string {
  switch (kind) {
    case 'UNANSWERED':
      return `no answer within the community window (${formatDuration(policy.communityWindowSeconds)})`;
    case 'UNRESOLVED':
      return `no accepted answer within the resolution window (${formatDuration(policy.resolutionWindowSeconds)})`;
    default: {
      const phrases = (t.complaint?.phrases ?? []).map((p) => `"${p}"`).join(', ');
      const score = t.complaint ? ` (score ${t.complaint.score.toFixed(2)})` : '';
      return `reads as a complaint${score}: ${phrases || 'strong negative tone'}; no staff or expert answer within ${formatDuration(policy.complaintWindowSeconds)}`;
    }
  }
}

/** Resolves the needs-staff review items of resolved cases: the agent agreed with the flag. */
export function settleNeedsStaffFlags(plan: Plan, moderation: Moderation, webcare: Webcare): void {
  const byThread = new Map<Thread, CasePlan>(webcare.cases.map((c) => [c.thread, c]));
  for (const item of moderation.items as ReviewItem[]) {
    if (item.flags[0]?.reason !== 'NEEDS_STAFF' || item.status !== 'PENDING') continue;
    const c = byThread.get(item.thread);
    if (c?.resolvedAt && c.resolvedBy !== null) decide(plan, moderation, item, c.resolvedBy, true, c.resolvedAt);
  }
}
