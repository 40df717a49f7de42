import { inject, Injectable } from '@angular/core';
import { completeData, resultData } from '@assoc/platform-web/core';
import type { TradeCategory, UpdateMyShopInput } from '@assoc/platform-web/core';
import { Apollo } from 'apollo-angular';
import { map, Observable } from 'rxjs';
import {
  DirectoryDocument,
  DirectoryQuery,
  MemberDocument,
  MemberQuery,
  MyShopDocument,
  ShopFieldsFragment,
  UpdateMyShopDocument,
} from '../graphql/directory.generated';

export type DirectoryPage = DirectoryQuery['directory'];
export type DirectoryEntry = DirectoryPage['nodes'][number];
export type MemberDetails = MemberQuery['member'];

export interface DirectoryFilter {
  search: string | null;
  trade: TradeCategory | null;
}

/** The member directory's GraphQL operations: the list, a member's page, my shop. */
@Injectable({ providedIn: 'root' })
export class DirectoryData {
  private readonly apollo = inject(Apollo);

  /** One page of the directory for a search and a trade (each keystroke's page asked once). */
  page(filter: DirectoryFilter, first: number, after: string | null): Observable<DirectoryPage> {
    return this.apollo
      .query({ query: DirectoryDocument, variables: { ...filter, first, after } })
      .pipe(resultData((data) => data.directory));
  }

  /** A member and their shop: from the cache at once when seen before, then from the server. */
  member(id: string): Observable<MemberDetails> {
    return this.apollo
      .watchQuery({ query: MemberDocument, variables: { id } })
      .valueChanges.pipe(completeData((data) => data.member));
  }

  /** My shop, or null before I describe it. From the server: the form starts from what is saved now. */
  myShop(): Observable<ShopFieldsFragment | null> {
    return this.apollo
      .query({ query: MyShopDocument, fetchPolicy: 'network-only' })
      .pipe(map((result) => result.data?.myShop ?? null));
  }

  /** Saves my shop; the answer (with its id) updates the cached shop the directory and profile show. */
  updateMyShop(input: UpdateMyShopInput): Observable<ShopFieldsFragment | null> {
    return this.apollo
      .mutate({ mutation: UpdateMyShopDocument, variables: { input } })
      .pipe(map((result) => result.data?.updateMyShop ?? null));
  }
}
