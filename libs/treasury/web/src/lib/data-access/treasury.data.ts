import { inject, Injectable } from '@angular/core';
import type {
  RecordShopPaymentInput,
  RecordTreasuryEntryInput,
  ReverseTreasuryEntryInput,
} from '@assoc/platform-web/core';
import { completeData, resultData } from '@assoc/platform-web/core';
import { Apollo } from 'apollo-angular';
import { Observable } from 'rxjs';
import {
  CloseShopStatementDocument,
  RecordShopPaymentDocument,
  RecordTreasuryEntryDocument,
  ReverseTreasuryEntryDocument,
  ShopStatementDocument,
  ShopStatementFieldsFragment,
  TreasuryBalancesDocument,
  TreasuryBalancesQuery,
  TreasuryEntryFieldsFragment,
  TreasuryJournalDocument,
  TreasuryJournalQuery,
  TreasuryShopsDocument,
  TreasuryShopsQuery,
} from '../graphql/treasury.generated';

export type TreasuryBalance = TreasuryBalancesQuery['treasuryBalances'][number];
export type TreasuryJournalPage = TreasuryJournalQuery['treasuryJournal'];
export type TreasuryEntry = TreasuryEntryFieldsFragment;
export type ShopStatement = ShopStatementFieldsFragment;
export type TreasuryShop = TreasuryShopsQuery['treasuryShops'][number];

/** A recorded entry changes the balances, the journal's first page, statements and the shops with a payable: read again. */
const AFTER_RECORD = ['TreasuryBalances', 'TreasuryJournal', 'ShopStatement', 'TreasuryShops'];

/**
 * The treasury page's reads and writes. Reads are watched (`cache-and-network`); each journal page is
 * its own query (its cursor is an argument), so going back a page shows it from the cache.
 */
@Injectable({ providedIn: 'root' })
export class TreasuryData {
  private readonly apollo = inject(Apollo);

  balances(): Observable<TreasuryBalance[]> {
    return this.apollo
      .watchQuery({ query: TreasuryBalancesDocument, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(completeData((data) => data.treasuryBalances));
  }

  journal(after: string | null): Observable<TreasuryJournalPage> {
    return this.apollo
      .watchQuery({
        query: TreasuryJournalDocument,
        variables: { page: { first: 20, after } },
        fetchPolicy: 'cache-and-network',
      })
      .valueChanges.pipe(completeData((data) => data.treasuryJournal));
  }

  shops(): Observable<TreasuryShop[]> {
    return this.apollo
      .watchQuery({ query: TreasuryShopsDocument, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(completeData((data) => data.treasuryShops));
  }

  statement(shopId: string, month: string): Observable<ShopStatement> {
    return this.apollo
      .watchQuery({ query: ShopStatementDocument, variables: { shopId, month }, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(completeData((data) => data.shopStatement));
  }

  payShop(input: RecordShopPaymentInput): Observable<TreasuryEntry> {
    return this.apollo
      .mutate({
        mutation: RecordShopPaymentDocument,
        variables: { input },
        refetchQueries: AFTER_RECORD,
        awaitRefetchQueries: true,
      })
      .pipe(resultData((data) => data.recordShopPayment));
  }

  record(input: RecordTreasuryEntryInput): Observable<TreasuryEntry> {
    return this.apollo
      .mutate({
        mutation: RecordTreasuryEntryDocument,
        variables: { input },
        refetchQueries: AFTER_RECORD,
        awaitRefetchQueries: true,
      })
      .pipe(resultData((data) => data.recordTreasuryEntry));
  }

  /** Closes a past month's statement; the statement shown is the one answered (and the watched one is read again). */
  close(shopId: string, month: string): Observable<ShopStatement> {
    return this.apollo
      .mutate({
        mutation: CloseShopStatementDocument,
        variables: { shopId, month },
        refetchQueries: ['ShopStatement'],
        awaitRefetchQueries: true,
      })
      .pipe(resultData((data) => data.closeShopStatement));
  }

  reverse(input: ReverseTreasuryEntryInput): Observable<TreasuryEntry> {
    return this.apollo
      .mutate({
        mutation: ReverseTreasuryEntryDocument,
        variables: { input },
        refetchQueries: AFTER_RECORD,
        awaitRefetchQueries: true,
      })
      .pipe(resultData((data) => data.reverseTreasuryEntry));
  }
}
