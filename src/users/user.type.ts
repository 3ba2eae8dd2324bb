import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum RoleEnum {
  MEMBER = 'MEMBER',
  STAFF = 'STAFF',
  ADMIN = 'ADMIN',
}
registerEnumType(RoleEnum, { name: 'Role' });

@ObjectType('User')
export class UserType {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field(() => RoleEnum) role: RoleEnum;
  @Field(() => Int) reputation: number;
  @Field() bio: string;
  @Field() createdAt: Date;
  /** Only the account itself and staff see these; null for everyone else. */
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => Date, { nullable: true }) suspendedUntil: Date | null;
  @Field(() => String, { nullable: true }) suspensionReason: string | null;
}
