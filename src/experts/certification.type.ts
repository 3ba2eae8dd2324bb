import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsUUID } from 'class-validator';

@ObjectType('Certification', { description: 'A member certified as expert for one category' })
export class CertificationType {
  @Field(() => ID) id: string;
  @Field() grantedAt: Date;
  @Field(() => Date, { nullable: true }) expiresAt: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
  @Field() active: boolean;
  userId: string;
  categoryId: string;
  grantedBy: string;
}

@InputType()
export class CertifyExpertInput {
  @Field(() => ID) @IsUUID() userId: string;
  @Field(() => ID) @IsUUID() categoryId: string;
  @Field(() => Date, { nullable: true }) @IsOptional() @Type(() => Date) @IsDate() expiresAt?: Date;
}
