import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  clearServerErrors,
  confirmAction,
  DateTimePipe,
  ErrorDisplay,
  FieldErrorPipe,
  LanguageStore,
  SessionStore,
} from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  InvitationFieldsFragment,
  InvitationsDocument,
  InviteMemberDocument,
  ResendInvitationDocument,
  RevokeInvitationDocument,
} from '../graphql/associations.generated';
import type { Role } from '@assoc/platform-web/core';
import { ROLES } from '../shared/roles';

/** Invite by e-mail and follow the invitations sent (status, resend, revoke). */
@Component({
  selector: 'assoc-invitations-panel',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    FieldErrorPipe,
    DateTimePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invitations-panel.html',
  styleUrl: './invitations-panel.scss',
})
export class InvitationsPanel {
  private readonly apollo = inject(Apollo);
  private readonly dialog = inject(MatDialog);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);
  protected readonly lang = inject(LanguageStore).language;
  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');

  protected readonly roles = ROLES;
  protected readonly invitations = signal<InvitationFieldsFragment[]>([]);
  protected readonly sending = signal(false);
  protected readonly busyId = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    role: ['MEMBER' as Role, Validators.required],
  });

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const result = await firstValueFrom(
        this.apollo.query({ query: InvitationsDocument, fetchPolicy: 'network-only' }),
      );
      this.invitations.set(result.data?.invitations ?? []);
    } catch (error) {
      this.errors.show(error);
    }
  }

  protected async invite(): Promise<void> {
    clearServerErrors(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.sending.set(true);
    try {
      const input = this.form.getRawValue();
      const result = await firstValueFrom(this.apollo.mutate({ mutation: InviteMemberDocument, variables: { input } }));
      const invitation = result.data?.inviteMember;
      if (invitation) this.invitations.update((list) => [invitation, ...list.filter((i) => i.id !== invitation.id)]);
      this.form.reset({ email: '', role: 'MEMBER' });
      this.errors.success('associations.invitations.sent', { email: input.email });
    } catch (error) {
      this.errors.show(error, this.form);
    } finally {
      this.sending.set(false);
    }
  }

  protected async resend(invitation: InvitationFieldsFragment): Promise<void> {
    this.busyId.set(invitation.id);
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({ mutation: ResendInvitationDocument, variables: { id: invitation.id } }),
      );
      this.replace(result.data?.resendInvitation);
      this.errors.success('associations.invitations.resent', { email: invitation.email });
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.busyId.set(null);
    }
  }

  protected async revoke(invitation: InvitationFieldsFragment): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      titleKey: 'associations.invitations.revokeTitle',
      messageKey: 'associations.invitations.revokeMessage',
      confirmKey: 'associations.invitations.revokeConfirm',
      params: { email: invitation.email },
      destructive: true,
    });
    if (!confirmed) return;
    this.busyId.set(invitation.id);
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({ mutation: RevokeInvitationDocument, variables: { id: invitation.id } }),
      );
      this.replace(result.data?.revokeInvitation);
      this.errors.success('associations.invitations.revoked', { email: invitation.email });
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.busyId.set(null);
    }
  }

  private replace(invitation: InvitationFieldsFragment | undefined): void {
    if (!invitation) return;
    this.invitations.update((list) => list.map((i) => (i.id === invitation.id ? invitation : i)));
  }
}
