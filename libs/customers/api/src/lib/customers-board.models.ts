import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CustomerConsents')
export class CustomerConsentsModel {
  @Field({ description: 'Consented to the loyalty card.' }) loyalty!: boolean;
  @Field({ description: 'Consented to the shops’ news.' }) news!: boolean;
  @Field({ description: 'Consented to the ideas box.' }) ideas!: boolean;
}

@ObjectType('Customer', { description: 'A customer of the association, as the board sees them (issue 17).' })
export class CustomerModel {
  @Field(() => ID) id!: string;
  @Field() firstName!: string;
  @Field() email!: string;
  @Field({ description: 'Printed `ABCD-EFGH`.' }) cardCode!: string;
  @Field() cardRevoked!: boolean;
  @Field(() => CustomerConsentsModel) consents!: CustomerConsentsModel;
  @Field() joinedAt!: Date;
  @Field(() => String, { nullable: true, description: 'The public page the join came from (cashmob, shop…).' })
  joinedFrom!: string | null;
}

@ObjectType('CustomersPage')
export class CustomersPageModel {
  @Field(() => Int, { description: 'Confirmed customers (not erased) matching the search.' }) total!: number;
  @Field(() => Int, { description: 'All confirmed customers of the association.' }) count!: number;
  @Field(() => [CustomerModel]) items!: CustomerModel[];
  @Field({ description: 'The join page’s address, for a poster or a link.' }) joinUrl!: string;
}
