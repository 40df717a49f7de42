import { inject, Injectable } from '@angular/core';
import { completeData, resultData } from '@assoc/platform-web/core';
import { Apollo } from 'apollo-angular';
import { Observable } from 'rxjs';
import {
  CustomerFieldsFragment,
  CustomersDocument,
  CustomersQuery,
  ReissueCustomerCardDocument,
  RevokeCustomerCardDocument,
} from '../graphql/customers.generated';

export type CustomerRow = CustomerFieldsFragment;
export type CustomersPage = CustomersQuery['customers'];

/**
 * The board's customers page reads and writes. The list is watched (`cache-and-network`) per search;
 * a revoked or reissued card comes back with its id, so the cached rows update themselves.
 */
@Injectable({ providedIn: 'root' })
export class CustomersData {
  private readonly apollo = inject(Apollo);

  list(search: string, offset: number): Observable<CustomersPage> {
    return this.apollo
      .watchQuery({
        query: CustomersDocument,
        variables: { query: { search: search || null, offset, limit: 50 } },
        fetchPolicy: 'cache-and-network',
      })
      .valueChanges.pipe(completeData((data) => data.customers));
  }

  revoke(customerId: string): Observable<CustomerRow> {
    return this.apollo
      .mutate({ mutation: RevokeCustomerCardDocument, variables: { input: { customerId } } })
      .pipe(resultData((data) => data.revokeCustomerCard));
  }

  reissue(customerId: string): Observable<CustomerRow> {
    return this.apollo
      .mutate({ mutation: ReissueCustomerCardDocument, variables: { input: { customerId } } })
      .pipe(resultData((data) => data.reissueCustomerCard));
  }
}
