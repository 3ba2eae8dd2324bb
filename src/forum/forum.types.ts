import { registerEnumType } from '@nestjs/graphql';

export enum ThreadStatus {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
  SOLVED = 'SOLVED',
  CLOSED = 'CLOSED',
  DUPLICATE = 'DUPLICATE',
}
registerEnumType(ThreadStatus, { name: 'ThreadStatus' });

export enum PostKind {
  QUESTION = 'QUESTION',
  ANSWER = 'ANSWER',
  COMMENT = 'COMMENT',
}
registerEnumType(PostKind, { name: 'PostKind' });

export enum VoteValue {
  UP = 'UP',
  DOWN = 'DOWN',
  NONE = 'NONE',
}
registerEnumType(VoteValue, { name: 'VoteValue', description: 'NONE undoes a vote' });

export enum ThreadSort {
  ACTIVITY = 'ACTIVITY',
  NEWEST = 'NEWEST',
  SCORE = 'SCORE',
  UNANSWERED_FIRST = 'UNANSWERED_FIRST',
}
registerEnumType(ThreadSort, { name: 'ThreadSort' });
