import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PRIORITIES, type Priority } from '../sla.js';

export enum CasePriority {
  P1 = 'P1',
  P2 = 'P2',
  P3 = 'P3',
  P4 = 'P4',
}
registerEnumType(CasePriority, { name: 'CasePriority', description: 'P1 urgent … P4 unanswered' });

export interface TeamRow {
  id: string;
  name: string;
  description: string;
  createdAt: Date;
  updatedAt: Date;
}

@ObjectType('WebcareTeam')
export class TeamType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() description: string;
  @Field() createdAt: Date;
}

@ObjectType('PriorityTargets')
export class PriorityTargetsType {
  @Field(() => CasePriority) priority: Priority;
  @Field(() => Int) firstResponseSeconds: number;
  @Field(() => Int) resolutionSeconds: number;
}

export interface PolicyRow {
  id: string;
  name: string;
  communityWindowSeconds: number;
  resolutionWindowSeconds: number;
  complaintWindowSeconds: number;
  priorities: Record<Priority, { firstResponseSeconds: number; resolutionSeconds: number }>;
}

@ObjectType('SlaPolicy', { description: 'Escalation windows and per-priority targets, in seconds' })
export class SlaPolicyType {
  @Field(() => ID, { nullable: true, description: 'null for the built-in default policy' }) id: string | null;
  @Field() name: string;
  @Field(() => Int) communityWindowSeconds: number;
  @Field(() => Int) resolutionWindowSeconds: number;
  @Field(() => Int) complaintWindowSeconds: number;
  @Field(() => [PriorityTargetsType]) targets: PriorityTargetsType[];
}

export interface RoutingRow {
  categoryId: string;
  teamId: string | null;
  policyId: string | null;
  complaintThreshold: number;
}

@ObjectType('CategoryRouting', { description: 'Where a category escalates to, and by which policy' })
export class CategoryRoutingType {
  @Field(() => ID) categoryId: string;
  @Field(() => Float) complaintThreshold: number;
  teamId: string | null;
  policyId: string | null;
}

@InputType()
export class CreateTeamInput {
  @Field() @IsString() @Length(2, 80) name: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(500) description: string;
  @Field(() => [ID], { defaultValue: [] }) @IsUUID('all', { each: true }) @ArrayMaxSize(200) memberIds: string[];
}

@InputType()
export class UpdateTeamInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(2, 80) name?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) description?: string;
  @Field(() => [ID], { nullable: true, description: 'Replaces the members' }) @IsOptional() @IsUUID('all', { each: true }) @ArrayMaxSize(200) memberIds?: string[];
}

@InputType()
export class PriorityTargetsInput {
  @Field(() => CasePriority) @IsEnum(PRIORITIES) priority: Priority;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() firstResponseSeconds?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() resolutionSeconds?: number;
}

@InputType({ description: 'Unset fields take the defaults (on create) or keep their value (on update)' })
export class SlaPolicyInput {
  @Field(() => ID, { nullable: true, description: 'Set to update an existing policy' }) @IsOptional() @IsUUID() id?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(2, 80) name?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() communityWindowSeconds?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() resolutionWindowSeconds?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() complaintWindowSeconds?: number;
  @Field(() => [PriorityTargetsInput], { nullable: true })
  @IsOptional() @ValidateNested({ each: true }) @Type(() => PriorityTargetsInput) @ArrayMaxSize(4)
  targets?: PriorityTargetsInput[];
}

@InputType()
export class SetCategoryRoutingInput {
  @Field(() => ID) @IsUUID() categoryId: string;
  @Field(() => ID, { nullable: true, description: 'null: no team (the shared queue)' }) @IsOptional() @IsUUID() teamId?: string | null;
  @Field(() => ID, { nullable: true, description: 'null: the default policy' }) @IsOptional() @IsUUID() policyId?: string | null;
  @Field(() => Float, { nullable: true, description: 'Complaint score (0..1] at or above which a post counts as a complaint; default 0.5' })
  @IsOptional() @IsNumber() @Min(0.01) @Max(1)
  complaintThreshold?: number;
}
