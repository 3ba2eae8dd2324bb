import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsString, Length, Matches, MaxLength } from 'class-validator';
import { UserType } from '../users/user.type.js';

@InputType()
export class RegisterInput {
  @Field() @IsEmail({}, { message: 'email must be a valid address' }) @MaxLength(254) email: string;

  // Display names double as @mention handles, so no spaces.
  @Field()
  @Length(3, 30)
  @Matches(/^[\p{L}\p{N}_.-]+$/u, { message: 'displayName may contain letters, digits, _ . and - only' })
  displayName: string;

  @Field() @IsString() @Length(10, 200, { message: 'password must be 10 to 200 characters' }) password: string;
}

@InputType()
export class LoginInput {
  @Field() @IsString() @Length(1, 254) email: string;
  @Field() @IsString() @Length(1, 200) password: string;
}

@ObjectType()
export class AuthPayload {
  @Field() accessToken: string;
  @Field() accessTokenExpiresAt: Date;
  @Field() refreshToken: string;
  @Field(() => UserType) user: UserType;
}
