import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsString, IsUUID, Length } from 'class-validator';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import type { DayRange, Interval } from './analytics.service.js';
import type { Scope } from './analytics-queries.service.js';

export enum AnalyticsInterval {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(AnalyticsInterval, { name: 'AnalyticsInterval', description: 'Weeks start on Monday' });

export enum AnalyticsBreakdown {
  TEAM = 'TEAM',
  AGENT = 'AGENT',
  PRIORITY = 'PRIORITY',
  REASON = 'REASON',
}
registerEnumType(AnalyticsBreakdown, {
  name: 'AnalyticsBreakdown',
  description: 'A case dimension: its team, its assignee (agent), its priority, or the reason it was opened with',
});

export enum AnalyticsTable {
  SERIES = 'SERIES',
  TEAMS = 'TEAMS',
  AGENTS = 'AGENTS',
  PRIORITIES = 'PRIORITIES',
  REASONS = 'REASONS',
  RECURRING_PROBLEMS = 'RECURRING_PROBLEMS',
  TOP_CONTRIBUTORS = 'TOP_CONTRIBUTORS',
  NO_RESULT_QUERIES = 'NO_RESULT_QUERIES',
}
registerEnumType(AnalyticsTable, { name: 'AnalyticsTable', description: 'A table of the analytics page, for CSV export' });

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const parseDate = (value: unknown): string => {
  if (typeof value !== 'string' || !ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new GraphQLError('a Date is a calendar date YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
};

/** A calendar date (YYYY-MM-DD) in the analytics time zone. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD',
  serialize: (v) => String(v),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

@ObjectType('AnalyticsFigures', { description: 'Counts, and ratios as fractions 0..1 (null when there is nothing to divide by)' })
export class AnalyticsFiguresType {
  @Field(() => Int) questions: number;
  @Field(() => Int, { description: 'Questions that got their first answer in the period' }) answered: number;
  @Field(() => Float, { nullable: true, description: 'Share of the questions asked that got a first answer within 4 hours' }) answeredInWindowShare: number | null;
  @Field(() => Int) solvedByCommunity: number;
  @Field(() => Int) solvedByStaff: number;
  @Field(() => Float, { nullable: true, description: 'solvedByCommunity / (solvedByCommunity + solvedByStaff)' }) communityShare: number | null;
  @Field(() => Int) expertAnswers: number;
  @Field(() => Float, { nullable: true }) expertAcceptanceRate: number | null;
  @Field(() => Int, { description: 'Distinct members who asked, answered, commented or voted in the period' }) activeMembers: number;
  @Field(() => Int, { description: 'Members who registered in the period (they belong to no category or team: 0 when filtered)' }) newMembers: number;
  @Field(() => Float, { nullable: true, description: 'Over the questions asked in the period' }) medianTimeToFirstAnswerSeconds: number | null;
  @Field(() => Float, { nullable: true }) p90TimeToFirstAnswerSeconds: number | null;
  @Field(() => Float, { nullable: true, description: 'Over the questions asked in the period whose answer was accepted' }) medianTimeToAcceptedAnswerSeconds: number | null;
  @Field(() => Float, { nullable: true }) p90TimeToAcceptedAnswerSeconds: number | null;
  @Field(() => Int) casesOpened: number;
  @Field(() => Float, { nullable: true, description: 'First responses in time / first responses given or breached' }) slaFirstResponseCompliance: number | null;
  @Field(() => Float, { nullable: true, description: 'Resolutions in time / resolutions given or breached' }) slaResolutionCompliance: number | null;
  @Field(() => Float, { nullable: true, description: 'Both clocks: targets met / targets met or breached' }) slaCompliance: number | null;
  @Field(() => Int) firstResponseBreaches: number;
  @Field(() => Int) resolutionBreaches: number;
  @Field(() => Int, { description: 'Open cases at the end of the period (of the range, for the totals)' }) backlog: number;
  @Field(() => Float, { nullable: true }) averageRating: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of ratings of 4 or 5' }) satisfiedShare: number | null;
  @Field(() => Float, { nullable: true }) transfersPerCase: number | null;
  @Field(() => Int) searches: number;
  @Field(() => Int) noResultSearches: number;
  @Field(() => Int) suggestionsShown: number;
  @Field(() => Int) suggestionsOpened: number;
  @Field(() => Int, { description: 'Asks left after a suggestion was opened' }) asksAbandoned: number;
}

@ObjectType('AnalyticsPoint')
export class AnalyticsPointType extends AnalyticsFiguresType {
  @Field(() => DateScalar, { description: 'First day of the interval' }) start: string;
}

@ObjectType('Analytics')
export class AnalyticsType {
  @Field(() => DateScalar) from: string;
  @Field(() => DateScalar) to: string;
  @Field(() => AnalyticsInterval) interval: AnalyticsInterval;
  @Field(() => ID, { nullable: true }) categoryId: string | null;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field() timeZone: string;
  @Field(() => AnalyticsFiguresType) totals: AnalyticsFiguresType;
  @Field(() => [AnalyticsPointType]) series: AnalyticsPointType[];
  @Field(() => Float, { nullable: true, description: 'Over the questions asked in the range, from the raw threads (= totals.medianTimeToFirstAnswerSeconds)' })
  medianTimeToFirstAnswerSeconds: number | null;
  @Field(() => Float, { nullable: true }) p90TimeToFirstAnswerSeconds: number | null;
  /** What the field resolvers (breakdowns, contributors, recurring problems) report on. */
  report: { range: DayRange; interval: Interval; scope: Scope };
}

@ObjectType('WebcareBreakdownRow', { description: 'Webcare figures of one team, agent, priority or opening reason over the range' })
export class WebcareBreakdownRowType {
  @Field({ description: 'The team or agent id (the nil uuid for none), the priority, or the reason kind' }) key: string;
  @Field({ description: 'The team name, agent display name, priority or reason kind' }) label: string;
  @Field(() => Int) casesOpened: number;
  @Field(() => Float, { nullable: true }) slaFirstResponseCompliance: number | null;
  @Field(() => Float, { nullable: true }) slaResolutionCompliance: number | null;
  @Field(() => Float, { nullable: true }) slaCompliance: number | null;
  @Field(() => Int) firstResponseBreaches: number;
  @Field(() => Int) resolutionBreaches: number;
  @Field(() => Float, { nullable: true, description: 'Wall-clock time from opening to resolution of the cases resolved in the range' }) medianResolutionSeconds: number | null;
  @Field(() => Float, { nullable: true }) transfersPerCase: number | null;
  @Field(() => Float, { nullable: true }) averageRating: number | null;
  @Field(() => Float, { nullable: true }) satisfiedShare: number | null;
  @Field(() => Int) ratings: number;
}

@ObjectType('TopContributor')
export class TopContributorType {
  @Field(() => ID) memberId: string;
  @Field() displayName: string;
  @Field(() => Int) reputationGained: number;
  @Field(() => Int) answers: number;
  @Field(() => Int) acceptedAnswers: number;
}

@ObjectType('KnownIssue', { description: 'Staff know this problem and say where it stands; shown on every thread of the cluster' })
export class KnownIssueType {
  @Field(() => ID) clusterId: string;
  @Field() status: string;
  @Field() since: Date;
}

@ObjectType('RecurringProblem', { description: 'A cluster of threads that ask the same thing, with how many members it hit in the range' })
export class RecurringProblemType {
  @Field(() => ID) clusterId: string;
  @Field({ description: 'Title of the thread the cluster grew from' }) title: string;
  @Field(() => ID) threadId: string;
  @Field() threadSlug: string;
  @Field(() => Int, { description: 'Threads in the cluster, all time' }) threadCount: number;
  @Field(() => Int, { description: 'Threads of the cluster asked in the range' }) newThreads: number;
  @Field(() => Int, { description: 'Askers, members who followed and members who voted up its threads in the range (per thread)' }) membersHit: number;
  @Field(() => Int, { description: 'The same over the period of equal length just before' }) previousMembersHit: number;
  @Field({ description: 'More members hit than in the previous period' }) rising: boolean;
  @Field(() => [Int], { description: 'Members hit per interval of the range' }) sparkline: number[];
  @Field(() => KnownIssueType, { nullable: true }) knownIssue: KnownIssueType | null;
}

@ObjectType('ClusterThread')
export class ClusterThreadType {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field() title: string;
  @Field() createdAt: Date;
  @Field({ description: 'How it joined: SEED, SIMILAR or DUPLICATE' }) via: string;
}

@ObjectType('ThreadCluster')
export class ThreadClusterType {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => Int) threadCount: number;
  @Field(() => KnownIssueType, { nullable: true }) knownIssue: KnownIssueType | null;
  @Field(() => [ClusterThreadType], { description: 'Its threads, newest first (at most 100)' }) threads: ClusterThreadType[];
}

@InputType()
export class KnownIssueInput {
  @Field(() => ID) @IsUUID() clusterId: string;
  @Field({ description: 'Where the problem stands, shown on every thread of the cluster' })
  @IsString() @Length(5, 500, { message: 'say where it stands in 5 to 500 characters' })
  status: string;
}

@ObjectType('NoResultQuery')
export class NoResultQueryType {
  @Field() query: string;
  @Field(() => Int) count: number;
  @Field() lastSearchedAt: Date;
}
