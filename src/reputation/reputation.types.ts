import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Connection } from '../common/pagination/connection.js';

@ObjectType('ReputationEvent')
export class ReputationEventType {
  @Field(() => ID) id: string;
  @Field({ description: 'question_upvoted, answer_upvoted, post_downvoted, downvoted_answer, answer_accepted, expert_answer_accepted, accepted_an_answer, adjustment' })
  kind: string;
  @Field(() => Int) points: number;
  @Field() reversal: boolean;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => ID, { nullable: true }) threadId: string | null;
  @Field(() => ID, { nullable: true }) postId: string | null;
  @Field() createdAt: Date;
}

export const ReputationEventConnection = Connection(ReputationEventType);

@ObjectType('PrivilegeThresholds')
export class PrivilegeThresholdsType {
  @Field(() => Int) ask: number;
  @Field(() => Int) answer: number;
  @Field(() => Int) commentOwn: number;
  @Field(() => Int) voteUp: number;
  @Field(() => Int) flag: number;
  @Field(() => Int) commentAnywhere: number;
  @Field(() => Int) createTag: number;
  @Field(() => Int) voteDown: number;
  @Field(() => Int) editOthers: number;
  @Field(() => Int) voteClose: number;
}

@ObjectType('ReputationPoints')
export class ReputationPointsType {
  @Field(() => Int) questionUpvoted: number;
  @Field(() => Int) answerUpvoted: number;
  @Field(() => Int) answerAccepted: number;
  @Field(() => Int) acceptorBonus: number;
  @Field(() => Int) postDownvoted: number;
  @Field(() => Int) downvoterPenalty: number;
  @Field(() => Int) expertAnswerAccepted: number;
}

@ObjectType('ReputationRules')
export class ReputationRulesType {
  @Field(() => ReputationPointsType) points: ReputationPointsType;
  @Field(() => Int) dailyVoteCap: number;
  @Field(() => PrivilegeThresholdsType) privileges: PrivilegeThresholdsType;
}

const rep = () => (target: object, key: string) => {
  IsOptional()(target, key);
  IsInt()(target, key);
  Min(-1000)(target, key);
  Max(100000)(target, key);
};

@InputType()
export class PrivilegeThresholdsInput {
  @Field(() => Int, { nullable: true }) @rep() ask?: number;
  @Field(() => Int, { nullable: true }) @rep() answer?: number;
  @Field(() => Int, { nullable: true }) @rep() commentOwn?: number;
  @Field(() => Int, { nullable: true }) @rep() voteUp?: number;
  @Field(() => Int, { nullable: true }) @rep() flag?: number;
  @Field(() => Int, { nullable: true }) @rep() commentAnywhere?: number;
  @Field(() => Int, { nullable: true }) @rep() createTag?: number;
  @Field(() => Int, { nullable: true }) @rep() voteDown?: number;
  @Field(() => Int, { nullable: true }) @rep() editOthers?: number;
  @Field(() => Int, { nullable: true }) @rep() voteClose?: number;
}

@InputType()
export class ReputationPointsInput {
  @Field(() => Int, { nullable: true }) @rep() questionUpvoted?: number;
  @Field(() => Int, { nullable: true }) @rep() answerUpvoted?: number;
  @Field(() => Int, { nullable: true }) @rep() answerAccepted?: number;
  @Field(() => Int, { nullable: true }) @rep() acceptorBonus?: number;
  @Field(() => Int, { nullable: true }) @rep() postDownvoted?: number;
  @Field(() => Int, { nullable: true }) @rep() downvoterPenalty?: number;
  @Field(() => Int, { nullable: true }) @rep() expertAnswerAccepted?: number;
}

@InputType()
export class UpdateReputationRulesInput {
  @Field(() => ReputationPointsInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ReputationPointsInput) points?: ReputationPointsInput;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100000) dailyVoteCap?: number;
  @Field(() => PrivilegeThresholdsInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => PrivilegeThresholdsInput) privileges?: PrivilegeThresholdsInput;
}
