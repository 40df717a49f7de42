import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
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
  ListPlaceholder,
  resetAfterSubmit,
  SessionStore,
} from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AssociationsData } from '../data-access/associations.data';
import type { InvitationFieldsFragment } from '../graphql/associations.generated';
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
    ListPlaceholder,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invitations-panel.html',
  styleUrl: './invitations-panel.scss',
})
export class InvitationsPanel {
  private readonly data = inject(AssociationsData);
  private readonly dialog = inject(MatDialog);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);
  protected readonly lang = inject(LanguageStore).language;
  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');

  protected readonly roles = ROLES;
  protected readonly invitations = signal<InvitationFieldsFragment[]>([]);
  /** False until the first answer (cached or the server's): a placeholder, never "none sent", meanwhile. */
  protected readonly loaded = signal(false);
  protected readonly sending = signal(false);
  protected readonly busyId = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    role: ['MEMBER' as Role, Validators.required],
  });
  private readonly formDirective = viewChild(FormGroupDirective);

  constructor() {
    // The cached list at once when seen before, then the server's; sending, re-sending and revoking
    // update the cached invitations, which shows here.
    this.data
      .invitations()
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: (invitations) => {
          this.invitations.set(invitations);
          this.loaded.set(true);
        },
        error: (error) => this.errors.show(error),
      });
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
      await firstValueFrom(this.data.invite(input));
      resetAfterSubmit(this.form, this.formDirective(), { email: '', role: 'MEMBER' });
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
      await firstValueFrom(this.data.resend(invitation.id));
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
      await firstValueFrom(this.data.revoke(invitation.id));
      this.errors.success('associations.invitations.revoked', { email: invitation.email });
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.busyId.set(null);
    }
  }
}
