import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentMember, Member, Permission } from '@assoc/platform-api';
import { CustomerModel, CustomersPageModel } from './customers-board.models';
import { CustomersBoardService } from './customers-board.service';
import { CustomerCardInput, CustomersQueryInput } from './customers.inputs';

/** The board's customers page (issue 17): count, list, search; a lost card revoked or reissued. */
@Resolver()
export class CustomersBoardResolver {
  constructor(private readonly board: CustomersBoardService) {}

  @Allow(Permission.ViewCustomers)
  @Query(() => CustomersPageModel, {
    description: 'The association’s confirmed customers, newest first, searched by first name, e-mail or card code.',
  })
  customers(
    @Member() member: CurrentMember,
    @Args('query', { type: () => CustomersQueryInput, nullable: true }) query?: CustomersQueryInput,
  ): Promise<CustomersPageModel> {
    return this.board.list(member, query ?? new CustomersQueryInput());
  }

  @Allow(Permission.ManageCustomers)
  @Mutation(() => CustomerModel, { description: 'Revokes a customer’s card (lost, stolen): the counter refuses it.' })
  revokeCustomerCard(@Member() member: CurrentMember, @Args('input') input: CustomerCardInput): Promise<CustomerModel> {
    return this.board.revoke(member, input.customerId);
  }

  @Allow(Permission.ManageCustomers)
  @Mutation(() => CustomerModel, { description: 'Gives a customer a new card code; the old one no longer exists.' })
  reissueCustomerCard(
    @Member() member: CurrentMember,
    @Args('input') input: CustomerCardInput,
  ): Promise<CustomerModel> {
    return this.board.reissue(member, input.customerId);
  }
}
