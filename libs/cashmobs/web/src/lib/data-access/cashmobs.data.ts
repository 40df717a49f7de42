import { inject, Injectable } from '@angular/core';
import { completeData, resultData } from '@assoc/platform-web/core';
import type { ProposeCashmobInput, ProposeOtherSlotInput, RecordCashmobResultInput } from '@assoc/platform-web/core';
import { Apollo } from 'apollo-angular';
import { Observable } from 'rxjs';
import {
  AcceptCashmobDocument,
  AcceptOtherSlotDocument,
  AddWalkInDocument,
  CancelCashmobDocument,
  CashmobDocument,
  CashmobFieldsFragment,
  CashmobReportDocument,
  CashmobReportQuery,
  CashmobsDocument,
  CashmobSettingsDocument,
  CashmobSignUpFieldsFragment,
  CashmobSignUpsDocument,
  CheckInByCodeDocument,
  CheckInSignUpDocument,
  DeclineCashmobDocument,
  PostCashmobThanksDocument,
  ProposeCashmobDocument,
  ProposeOtherSlotDocument,
  RecordCashmobResultDocument,
  SuggestedShopsDocument,
  SuggestedShopsQuery,
  SupportCashmobDocument,
  UnsupportCashmobDocument,
  UpdateCashmobSettingsDocument,
} from '../graphql/cashmobs.generated';

export type CashmobReportFigures = CashmobReportQuery['cashmobReport'];
export type ShopRotation = SuggestedShopsQuery['suggestedShops'];

/**
 * The association's cashmobs' GraphQL operations (members, organisers, the shop, the day's check-in).
 * Lists and pages are watched (cache-and-network): seen before, they show at once and refresh
 * behind; the mutations answer with the changed cashmob (its id), which updates every watcher.
 */
@Injectable({ providedIn: 'root' })
export class CashmobsData {
  private readonly apollo = inject(Apollo);

  cashmobs(): Observable<CashmobFieldsFragment[]> {
    return this.apollo.watchQuery({ query: CashmobsDocument }).valueChanges.pipe(completeData((data) => data.cashmobs));
  }

  cashmob(id: string): Observable<CashmobFieldsFragment> {
    return this.apollo
      .watchQuery({ query: CashmobDocument, variables: { id } })
      .valueChanges.pipe(completeData((data) => data.cashmob));
  }

  /** The figures after a published cashmob. From the server: they change with every check-in and the result. */
  report(id: string): Observable<CashmobReportFigures> {
    return this.apollo
      .query({ query: CashmobReportDocument, variables: { id }, fetchPolicy: 'network-only' })
      .pipe(resultData((data) => data.cashmobReport));
  }

  /** The shops in the rotation (suggested first, skipped after), keyed by shop (cashmobsTypePolicies). */
  suggestedShops(): Observable<ShopRotation> {
    return this.apollo
      .watchQuery({ query: SuggestedShopsDocument })
      .valueChanges.pipe(completeData((data) => data.suggestedShops));
  }

  /** The association's lead time. From the server: the form starts from what is saved now. */
  leadTimeDays(): Observable<number> {
    return this.apollo
      .query({ query: CashmobSettingsDocument, fetchPolicy: 'network-only' })
      .pipe(resultData((data) => data.cashmobSettings.leadTimeDays));
  }

  updateLeadTime(leadTimeDays: number): Observable<unknown> {
    return this.apollo.mutate({ mutation: UpdateCashmobSettingsDocument, variables: { leadTimeDays } });
  }

  /** Proposes a cashmob; it joins the cached list. */
  propose(input: ProposeCashmobInput): Observable<CashmobFieldsFragment> {
    return this.apollo
      .mutate({
        mutation: ProposeCashmobDocument,
        variables: { input },
        update: (cache, { data }) => {
          const cashmob = data?.proposeCashmob;
          if (!cashmob) return;
          cache.updateQuery({ query: CashmobsDocument }, (list) =>
            list ? { cashmobs: [...list.cashmobs.filter((c) => c.id !== cashmob.id), cashmob] } : list,
          );
        },
      })
      .pipe(resultData((data) => data.proposeCashmob));
  }

  /** I support (or stop supporting) a proposed cashmob; the answer updates the cached cashmob. */
  setSupport(id: string, support: boolean): Observable<unknown> {
    return support
      ? this.apollo.mutate({ mutation: SupportCashmobDocument, variables: { id } })
      : this.apollo.mutate({ mutation: UnsupportCashmobDocument, variables: { id } });
  }

  accept(id: string): Observable<CashmobFieldsFragment> {
    return this.apollo
      .mutate({ mutation: AcceptCashmobDocument, variables: { id } })
      .pipe(resultData((data) => data.acceptCashmob));
  }

  proposeOtherSlot(input: ProposeOtherSlotInput): Observable<CashmobFieldsFragment> {
    return this.apollo
      .mutate({ mutation: ProposeOtherSlotDocument, variables: { input } })
      .pipe(resultData((data) => data.proposeOtherSlot));
  }

  decline(id: string, message: string): Observable<CashmobFieldsFragment> {
    return this.apollo
      .mutate({ mutation: DeclineCashmobDocument, variables: { id, message } })
      .pipe(resultData((data) => data.declineCashmob));
  }

  acceptOtherSlot(id: string): Observable<CashmobFieldsFragment> {
    return this.apollo
      .mutate({ mutation: AcceptOtherSlotDocument, variables: { id } })
      .pipe(resultData((data) => data.acceptOtherSlot));
  }

  cancel(id: string, reason: string): Observable<CashmobFieldsFragment> {
    return this.apollo
      .mutate({ mutation: CancelCashmobDocument, variables: { id, reason } })
      .pipe(resultData((data) => data.cancelCashmob));
  }

  recordResult(input: RecordCashmobResultInput): Observable<CashmobFieldsFragment> {
    return this.apollo
      .mutate({ mutation: RecordCashmobResultDocument, variables: { input } })
      .pipe(resultData((data) => data.recordCashmobResult));
  }

  /** Posts the thank-you to the network's feed; the new post's id. */
  postThanks(text: string): Observable<string> {
    return this.apollo
      .mutate({ mutation: PostCashmobThanksDocument, variables: { input: { text } } })
      .pipe(resultData((data) => data.createPost.id));
  }

  /**
   * The sign-ups at the door, filtered by a search. From the server: several organisers check
   * people in at the same time.
   */
  signUps(cashmobId: string, search: string | null): Observable<CashmobSignUpFieldsFragment[]> {
    return this.apollo
      .query({ query: CashmobSignUpsDocument, variables: { cashmobId, search }, fetchPolicy: 'network-only' })
      .pipe(resultData((data) => data.cashmobSignUps));
  }

  checkIn(signUpId: string): Observable<CashmobSignUpFieldsFragment> {
    return this.apollo
      .mutate({ mutation: CheckInSignUpDocument, variables: { signUpId } })
      .pipe(resultData((data) => data.checkInSignUp));
  }

  checkInByCode(cashmobId: string, code: string): Observable<CashmobSignUpFieldsFragment> {
    return this.apollo
      .mutate({ mutation: CheckInByCodeDocument, variables: { cashmobId, code } })
      .pipe(resultData((data) => data.checkInByCode));
  }

  addWalkIn(cashmobId: string, firstName: string): Observable<unknown> {
    return this.apollo.mutate({ mutation: AddWalkInDocument, variables: { cashmobId, firstName } });
  }
}
