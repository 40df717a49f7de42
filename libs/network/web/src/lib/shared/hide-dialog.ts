import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MODERATION_REASON_MAX } from '@assoc/network-domain';
import { FieldErrorPipe } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';

export interface HideDialogData {
  /** POST or COMMENT, for the wording. */
  subject: 'POST' | 'COMMENT';
}

/** Asks a moderator why a post or comment is hidden (the author is told). */
@Component({
  selector: 'assoc-hide-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'network.hide.title' + data.subject | translate }}</h2>
    <form [formGroup]="form" (ngSubmit)="confirm()">
      <mat-dialog-content>
        <p>{{ 'network.hide.explain' | translate }}</p>
        <mat-form-field class="full">
          <mat-label>{{ 'network.hide.reason' | translate }}</mat-label>
          <textarea matInput [formControl]="reason" rows="3" cdkFocusInitial></textarea>
          @if (reason.invalid && reason.touched) {
            <mat-error>{{ reason.errors | assocFieldError }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" class="destructive">{{ 'network.hide.confirm' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .full {
      width: 100%;
    }
    .destructive {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class HideDialog {
  protected readonly data = inject<HideDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<HideDialog, string>>(MatDialogRef);
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(MODERATION_REASON_MAX)],
  });
  protected readonly form = new FormGroup({ reason: this.reason });

  protected confirm(): void {
    const reason = this.reason.value.trim();
    if (!reason || this.reason.invalid) {
      this.reason.markAsTouched();
      return;
    }
    this.ref.close(reason);
  }
}

/** Opens the dialog; resolves to the reason, or null when cancelled. */
export async function askHideReason(dialog: MatDialog, subject: 'POST' | 'COMMENT'): Promise<string | null> {
  const ref = dialog.open<HideDialog, HideDialogData, string>(HideDialog, {
    data: { subject },
    width: '480px',
    maxWidth: '94vw',
  });
  return (await firstValueFrom(ref.afterClosed())) ?? null;
}
