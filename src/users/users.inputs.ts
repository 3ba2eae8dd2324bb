import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsEnum, IsUUID, Length, MaxLength } from 'class-validator';
import { Type } from 'class-transformer';
import { RoleEnum } from './user.type.js';

@InputType()
export class SetUserRoleInput {
  @Field(() => ID) @IsUUID() userId: string;
  @Field(() => RoleEnum) @IsEnum(RoleEnum) role: RoleEnum;
}

@InputType()
export class SuspendUserInput {
  @Field(() => ID) @IsUUID() userId: string;
  @Field() @Type(() => Date) @IsDate() until: Date;
  @Field() @Length(3, 500) reason: string;
}

@InputType()
export class UpdateProfileInput {
  @Field() @MaxLength(500) bio: string;
}
