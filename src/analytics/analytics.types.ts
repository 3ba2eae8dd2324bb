import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

export enum AnalyticsInterval {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(AnalyticsInterval, { name: 'AnalyticsInterval', description: 'Weeks start on Monday' });

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
  @Field(() => Int) casesOpened: number;
  @Field(() => Float, { nullable: true, description: 'First responses in time / first responses given or breached' }) slaFirstResponseCompliance: number | null;
  @Field(() => Float, { nullable: true, description: 'Resolutions in time / resolutions given or breached' }) slaResolutionCompliance: number | null;
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
  @Field() timeZone: string;
  @Field(() => AnalyticsFiguresType) totals: AnalyticsFiguresType;
  @Field(() => [AnalyticsPointType]) series: AnalyticsPointType[];
  @Field(() => Float, { nullable: true, description: 'Over the questions asked in the range, from the raw threads' }) medianTimeToFirstAnswerSeconds: number | null;
  @Field(() => Float, { nullable: true }) p90TimeToFirstAnswerSeconds: number | null;
}

@ObjectType('NoResultQuery')
export class NoResultQueryType {
  @Field() query: string;
  @Field(() => Int) count: number;
  @Field() lastSearchedAt: Date;
}
