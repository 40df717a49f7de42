import { inject, Injectable } from '@angular/core';
import type {
  FundLoyaltyPotInput,
  LoyaltyPurchaseInput,
  LoyaltyRedeemInput,
  LoyaltyRewardInput,
  LoyaltySettingsInput,
  LoyaltyShopInput,
  ReverseLoyaltyMovementInput,
} from '@assoc/platform-web/core';
import { completeData, resultData } from '@assoc/platform-web/core';
import { Apollo } from 'apollo-angular';
import { Observable } from 'rxjs';
import {
  FundLoyaltyPotDocument,
  LoyaltyCardDocument,
  LoyaltyCardQuery,
  LoyaltyCounterDocument,
  LoyaltyCounterQuery,
  LoyaltyMovementFieldsFragment,
  LoyaltyProgrammeDocument,
  LoyaltyProgrammeQuery,
  LoyaltyRewardFieldsFragment,
  RecordLoyaltyPurchaseDocument,
  RecordLoyaltyPurchaseMutation,
  RedeemLoyaltyRewardDocument,
  ReverseLoyaltyMovementDocument,
  SaveLoyaltyRewardDocument,
  SetLoyaltyShopDocument,
  UpdateLoyaltySettingsDocument,
} from '../graphql/loyalty.generated';

export type LoyaltyProgramme = LoyaltyProgrammeQuery['loyaltyProgramme'];
export type LoyaltyReward = LoyaltyRewardFieldsFragment;
export type LoyaltyMovement = LoyaltyMovementFieldsFragment;
export type LoyaltyCounterView = LoyaltyCounterQuery['loyaltyCounter'];
export type LoyaltyCardView = LoyaltyCardQuery['loyaltyCard'];
export type LoyaltyCounterResult = RecordLoyaltyPurchaseMutation['recordLoyaltyPurchase'];

/** A change on the board's page reads the programme again (the pot, the movements, the shops). */
const AFTER_BOARD = ['LoyaltyProgramme'];
/** A shop joining or leaving changes the board's list and the counter. */
const AFTER_SHOP = ['LoyaltyProgramme', 'LoyaltyCounter'];

/** The loyalty pages' reads and writes (the board's /loyalty, the shop's /loyalty/counter). */
@Injectable({ providedIn: 'root' })
export class LoyaltyData {
  private readonly apollo = inject(Apollo);

  programme(): Observable<LoyaltyProgramme> {
    return this.apollo
      .watchQuery({ query: LoyaltyProgrammeDocument, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(completeData((data) => data.loyaltyProgramme));
  }

  counter(): Observable<LoyaltyCounterView> {
    return this.apollo
      .watchQuery({ query: LoyaltyCounterDocument, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(completeData((data) => data.loyaltyCounter));
  }

  /** A card at the counter: `network-only`, the balance must be the one the server holds now (another shop may just have redeemed). */
  card(code: string): Observable<LoyaltyCardView> {
    return this.apollo
      .query({ query: LoyaltyCardDocument, variables: { code }, fetchPolicy: 'network-only' })
      .pipe(resultData((data) => data.loyaltyCard));
  }

  updateSettings(input: LoyaltySettingsInput) {
    return this.apollo
      .mutate({ mutation: UpdateLoyaltySettingsDocument, variables: { input }, refetchQueries: AFTER_BOARD })
      .pipe(resultData((data) => data.updateLoyaltySettings));
  }

  saveReward(input: LoyaltyRewardInput): Observable<LoyaltyReward> {
    return this.apollo
      .mutate({ mutation: SaveLoyaltyRewardDocument, variables: { input }, refetchQueries: AFTER_BOARD })
      .pipe(resultData((data) => data.saveLoyaltyReward));
  }

  setShop(input: LoyaltyShopInput) {
    return this.apollo
      .mutate({ mutation: SetLoyaltyShopDocument, variables: { input }, refetchQueries: AFTER_SHOP })
      .pipe(resultData((data) => data.setLoyaltyShop));
  }

  fundPot(input: FundLoyaltyPotInput): Observable<number> {
    return this.apollo
      .mutate({ mutation: FundLoyaltyPotDocument, variables: { input }, refetchQueries: AFTER_BOARD })
      .pipe(resultData((data) => data.fundLoyaltyPot));
  }

  reverse(input: ReverseLoyaltyMovementInput): Observable<LoyaltyMovement> {
    return this.apollo
      .mutate({
        mutation: ReverseLoyaltyMovementDocument,
        variables: { input },
        refetchQueries: AFTER_BOARD,
        awaitRefetchQueries: true,
      })
      .pipe(resultData((data) => data.reverseLoyaltyMovement));
  }

  recordPurchase(input: LoyaltyPurchaseInput): Observable<LoyaltyCounterResult> {
    return this.apollo
      .mutate({ mutation: RecordLoyaltyPurchaseDocument, variables: { input } })
      .pipe(resultData((data) => data.recordLoyaltyPurchase));
  }

  redeem(input: LoyaltyRedeemInput): Observable<LoyaltyCounterResult> {
    return this.apollo
      .mutate({ mutation: RedeemLoyaltyRewardDocument, variables: { input } })
      .pipe(resultData((data) => data.redeemLoyaltyReward));
  }
}
