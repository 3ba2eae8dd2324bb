import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsUUID, MaxLength } from 'class-validator';
import { RoleEnum } from './user.type.js';

@InputType()
export class SetUserRoleInput {
  @Field(() => ID) @IsUUID() userId: string;
  @Field(() => RoleEnum) @IsEnum(RoleEnum) role: RoleEnum;
}

@InputType()
export class UpdateProfileInput {
  @Field() @MaxLength(500) bio: string;
}
