import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { FieldErrorPipe } from '../errors/field-error.pipe';

/** The dialog's words (translation keys of the calling domain) and the longest reason its API takes. */
export interface ReasonDialogData {
  titleKey: string;
  messageKey: string;
  labelKey: string;
  confirmKey: string;
  params?: Record<string, unknown>;
  maxLength: number;
}

/**
 * Asks why before a destructive act (hiding a post, reversing an entry): a reason is required (blank is
 * none) and confirmed with a destructive button.
 */
@Component({
  selector: 'assoc-reason-dialog',
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
    <h2 mat-dialog-title>{{ data.titleKey | translate: data.params }}</h2>
    <form [formGroup]="form" (ngSubmit)="confirm()" novalidate>
      <mat-dialog-content>
        <p>{{ data.messageKey | translate: data.params }}</p>
        <mat-form-field class="full">
          <mat-label>{{ data.labelKey | translate }}</mat-label>
          <textarea matInput [formControl]="reason" rows="3" [maxlength]="data.maxLength" cdkFocusInitial></textarea>
          <mat-error>{{ reason.errors | assocFieldError }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" class="destructive">
          {{ data.confirmKey | translate: data.params }}
        </button>
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
export class ReasonDialog {
  protected readonly data = inject<ReasonDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ReasonDialog, string>>(MatDialogRef);
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(this.data.maxLength)],
  });
  protected readonly form = new FormGroup({ reason: this.reason });

  protected confirm(): void {
    const reason = this.reason.value.trim();
    if (!reason) this.reason.setErrors({ required: true });
    if (!reason || this.reason.invalid) {
      this.reason.markAsTouched();
      return;
    }
    this.ref.close(reason);
  }
}

/** Opens the dialog; resolves to the reason (trimmed), or null when cancelled. */
export async function askReason(dialog: MatDialog, data: ReasonDialogData): Promise<string | null> {
  const ref = dialog.open<ReasonDialog, ReasonDialogData, string>(ReasonDialog, {
    data,
    width: '460px',
    maxWidth: '94vw',
  });
  return (await firstValueFrom(ref.afterClosed())) ?? null;
}
