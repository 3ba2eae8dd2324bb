import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MAX_SEARCH_LIMIT } from '../search-port.js';

export enum SearchKindValue {
  THREAD = 'thread',
  ARTICLE = 'article',
}
registerEnumType(SearchKindValue, { name: 'SearchKind' });

export enum SearchSortValue {
  RELEVANCE = 'relevance',
  NEWEST = 'newest',
  ACTIVITY = 'activity',
  SCORE = 'score',
}
registerEnumType(SearchSortValue, { name: 'SearchSort', description: 'RELEVANCE on an empty query lists articles, solved and expert-answered threads first' });

export enum SuggestionEventKind {
  SHOWN = 'SHOWN',
  OPENED = 'OPENED',
  ASKED_ANYWAY = 'ASKED_ANYWAY',
  ABANDONED = 'ABANDONED',
}
registerEnumType(SuggestionEventKind, {
  name: 'SuggestionEventKind',
  description: 'Ask-form suggestions: shown, one opened, the member posted anyway, or left without posting',
});

const SESSION_KEY = /^[A-Za-z0-9_-]{8,100}$/;

@InputType()
export class SearchFilters {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() categoryId?: string;
  @Field(() => [String], { nullable: true, description: 'Every tag must be present' })
  @IsOptional() @ArrayMaxSize(5) @IsString({ each: true }) @MaxLength(35, { each: true })
  tags?: string[];
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() solved?: boolean;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() hasExpertAnswer?: boolean;
  @Field(() => SearchKindValue, { nullable: true }) @IsOptional() @IsEnum(SearchKindValue) kind?: SearchKindValue;
}

@ArgsType()
export class SearchArgs {
  @Field(() => String, { defaultValue: '', description: 'What the user typed; empty lists everything visible in the chosen sort' })
  @IsString() @MaxLength(200)
  query = '';

  @Field(() => SearchFilters, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => SearchFilters) filters?: SearchFilters;

  @Field(() => Int, { defaultValue: 1 }) @IsInt() @Min(1) @Max(50) page = 1;

  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1) @Max(MAX_SEARCH_LIMIT) limit = 20;

  @Field(() => SearchSortValue, { defaultValue: SearchSortValue.RELEVANCE }) @IsEnum(SearchSortValue) sort: SearchSortValue = SearchSortValue.RELEVANCE;

  @Field(() => String, { nullable: true, description: 'Anonymous or member session key, to relate searches to ask-form events' })
  @IsOptional() @Matches(SESSION_KEY, { message: 'sessionKey must be 8 to 100 letters, digits, - or _' })
  sessionKey?: string;
}

@ArgsType()
export class SimilarQuestionsArgs {
  @Field(() => String) @IsString() @Length(3, 150) title: string;
  @Field(() => String, { defaultValue: '' }) @IsString() @MaxLength(30000) body = '';
  @Field(() => Int, { defaultValue: 5 }) @IsInt() @Min(1) @Max(10) limit = 5;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(SESSION_KEY, { message: 'sessionKey must be 8 to 100 letters, digits, - or _' }) sessionKey?: string;
}

@InputType()
export class SuggestionEventInput {
  @Field(() => String) @Matches(SESSION_KEY, { message: 'sessionKey must be 8 to 100 letters, digits, - or _' }) sessionKey: string;
  @Field(() => SuggestionEventKind) @IsIn(Object.values(SuggestionEventKind)) event: SuggestionEventKind;
  @Field(() => [ID], { nullable: true, description: 'The suggestions shown (SHOWN)' })
  @IsOptional() @ArrayMaxSize(20) @IsUUID('all', { each: true })
  suggestionIds?: string[];
  @Field(() => ID, { nullable: true, description: 'The suggestion opened (OPENED)' }) @IsOptional() @IsUUID() openedId?: string;
  @Field(() => ID, { nullable: true, description: 'The question posted anyway (ASKED_ANYWAY)' }) @IsOptional() @IsUUID() threadId?: string;
}

@ObjectType('SearchHit')
export class SearchHitType {
  @Field(() => ID) id: string;
  @Field(() => SearchKindValue) kind: SearchKindValue;
  @Field(() => String, { description: 'HTML: the title escaped, matched words in <mark>' }) title: string;
  @Field(() => String, { description: 'HTML: a passage around the matches, escaped, matched words in <mark>' }) snippet: string;
  @Field(() => String, { description: 'Where the hit lives: the thread slug, or the article slug' }) slug: string;
  @Field(() => String, { nullable: true, description: 'Slug of the thread (of an article: its source thread)' }) threadSlug: string | null;
  @Field(() => Float) score: number;
  @Field(() => ID) categoryId: string;
  @Field(() => [String]) tags: string[];
  @Field(() => Boolean) solved: boolean;
  @Field(() => Boolean) hasExpertAnswer: boolean;
  @Field(() => Date) lastActivityAt: Date;
}

@ObjectType()
export class FacetCount {
  @Field(() => String) value: string;
  @Field(() => Int) count: number;
}

@ObjectType()
export class BooleanFacetCounts {
  @Field(() => Int) yes: number;
  @Field(() => Int) no: number;
}

@ObjectType('SearchFacets')
export class SearchFacetsType {
  @Field(() => [FacetCount], { description: 'Category ids, most frequent first' }) categories: FacetCount[];
  @Field(() => [FacetCount]) tags: FacetCount[];
  @Field(() => BooleanFacetCounts) solved: BooleanFacetCounts;
  @Field(() => BooleanFacetCounts) hasExpertAnswer: BooleanFacetCounts;
}

@ObjectType('SearchResult')
export class SearchResultType {
  @Field(() => [SearchHitType]) hits: SearchHitType[];
  @Field(() => Int, { description: 'Matching documents the viewer may see' }) total: number;
  @Field(() => Int) page: number;
  @Field(() => Int) limit: number;
  @Field(() => SearchFacetsType) facets: SearchFacetsType;
  @Field(() => Int) processingTimeMs: number;
}
