import { inject, Injectable } from '@angular/core';
import { completeData, resultData } from '@assoc/platform-web/core';
import type {
  CreateAssociationInput,
  InviteMemberInput,
  Role,
  SignUpWithInvitationInput,
  UpdateAssociationSettingsInput,
} from '@assoc/platform-web/core';
import { Apollo } from 'apollo-angular';
import { Observable } from 'rxjs';
import {
  AcceptInvitationDocument,
  AssociationSettingsFieldsFragment,
  ChangeMemberRoleDocument,
  CreateAssociationDocument,
  CurrentAssociationDocument,
  InvitationFieldsFragment,
  InvitationPreviewDocument,
  InvitationPreviewQuery,
  InvitationsDocument,
  InviteMemberDocument,
  MembersDocument,
  MembersQuery,
  RemoveMemberDocument,
  ResendInvitationDocument,
  RevokeInvitationDocument,
  SignUpWithInvitationDocument,
  UpdateAssociationSettingsDocument,
} from '../graphql/associations.generated';

export type MembersPage = MembersQuery['directory'];
export type MemberRow = MembersPage['nodes'][number];
export type InvitationPreview = InvitationPreviewQuery['invitationPreview'];

/** The association's GraphQL operations: settings, members, invitations, joining. */
@Injectable({ providedIn: 'root' })
export class AssociationsData {
  private readonly apollo = inject(Apollo);

  /** The current association's settings. From the server: the form starts from what is saved now. */
  settings(): Observable<AssociationSettingsFieldsFragment> {
    return this.apollo
      .query({ query: CurrentAssociationDocument, fetchPolicy: 'network-only' })
      .pipe(resultData((data) => data.association));
  }

  /** Saves the settings; the answer (with the association's id) updates the cached association. */
  updateSettings(input: UpdateAssociationSettingsInput): Observable<AssociationSettingsFieldsFragment> {
    return this.apollo
      .mutate({ mutation: UpdateAssociationSettingsDocument, variables: { input } })
      .pipe(resultData((data) => data.updateAssociationSettings));
  }

  /** Creates an association with me as its president; the new association's id. */
  create(input: CreateAssociationInput): Observable<string> {
    return this.apollo
      .mutate({ mutation: CreateAssociationDocument, variables: { input } })
      .pipe(resultData((data) => data.createAssociation.association.id));
  }

  /** One page of members (50 at a time, with "load more"); each page asked once. */
  members(first: number, after: string | null): Observable<MembersPage> {
    return this.apollo
      .query({ query: MembersDocument, variables: { first, after } })
      .pipe(resultData((data) => data.directory));
  }

  /** Changes a member's role; the answer (membership id and role) updates the cached membership. */
  changeRole(membershipId: string, role: Role): Observable<unknown> {
    return this.apollo.mutate({ mutation: ChangeMemberRoleDocument, variables: { input: { membershipId, role } } });
  }

  /** Removes a member and drops their membership from the cache (lists skip the removed entry). */
  removeMember(membershipId: string): Observable<unknown> {
    return this.apollo.mutate({
      mutation: RemoveMemberDocument,
      variables: { membershipId },
      update: (cache) => {
        cache.evict({ id: cache.identify({ __typename: 'Membership', id: membershipId }) });
        cache.gc();
      },
    });
  }

  /** The association's invitations: from the cache at once when seen before, then from the server. */
  invitations(): Observable<InvitationFieldsFragment[]> {
    return this.apollo
      .watchQuery({ query: InvitationsDocument })
      .valueChanges.pipe(completeData((data) => data.invitations));
  }

  /** Sends an invitation; the new one goes first in the cached list (an invitation re-sent to the same address moves up). */
  invite(input: InviteMemberInput): Observable<InvitationFieldsFragment> {
    return this.apollo
      .mutate({
        mutation: InviteMemberDocument,
        variables: { input },
        update: (cache, { data }) => {
          const invitation = data?.inviteMember;
          if (!invitation) return;
          cache.updateQuery({ query: InvitationsDocument }, (list) =>
            list ? { invitations: [invitation, ...list.invitations.filter((i) => i.id !== invitation.id)] } : list,
          );
        },
      })
      .pipe(resultData((data) => data.inviteMember));
  }

  /** Re-sends an invitation; the answer (with its id) updates the cached invitation. */
  resend(id: string): Observable<unknown> {
    return this.apollo.mutate({ mutation: ResendInvitationDocument, variables: { id } });
  }

  /** Revokes an invitation; the answer (with its id and status) updates the cached invitation. */
  revoke(id: string): Observable<unknown> {
    return this.apollo.mutate({ mutation: RevokeInvitationDocument, variables: { id } });
  }

  /** What an invitation link offers. From the server: the invitation may have been used or revoked since. */
  invitationPreview(token: string): Observable<InvitationPreview> {
    return this.apollo
      .query({ query: InvitationPreviewDocument, variables: { token }, fetchPolicy: 'network-only' })
      .pipe(resultData((data) => data.invitationPreview));
  }

  /** Accepts an invitation as the person logged in; the association's id. */
  acceptInvitation(token: string): Observable<string> {
    return this.apollo
      .mutate({ mutation: AcceptInvitationDocument, variables: { token } })
      .pipe(resultData((data) => data.acceptInvitation.association.id));
  }

  /** Creates an account from an invitation and joins; the association's id. */
  signUpWithInvitation(input: SignUpWithInvitationInput): Observable<string> {
    return this.apollo
      .mutate({ mutation: SignUpWithInvitationDocument, variables: { input } })
      .pipe(resultData((data) => data.signUpWithInvitation.association.id));
  }
}
