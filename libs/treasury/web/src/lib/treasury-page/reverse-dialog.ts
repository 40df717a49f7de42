import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { FieldErrorPipe } from '@assoc/platform-web';
import { TREASURY_REASON_MAX } from '@assoc/treasury-domain';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';

export interface ReverseDialogData {
  label: string;
}

/** Asks why an entry is reversed (required) and confirms it: the reversal is posted today, the entry stays. */
@Component({
  selector: 'assoc-treasury-reverse-dialog',
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
    <h2 mat-dialog-title>{{ 'treasury.reverse.title' | translate }}</h2>
    <form [formGroup]="form" (ngSubmit)="confirm()" novalidate>
      <mat-dialog-content>
        <p>{{ 'treasury.reverse.explain' | translate: { label: data.label } }}</p>
        <mat-form-field class="full">
          <mat-label>{{ 'treasury.reverse.reason' | translate }}</mat-label>
          <textarea matInput [formControl]="reason" rows="3" [maxlength]="reasonMax" cdkFocusInitial></textarea>
          <mat-error>{{ reason.errors | assocFieldError }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" class="destructive">{{ 'treasury.reverse.confirm' | translate }}</button>
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
export class ReverseDialog {
  protected readonly data = inject<ReverseDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ReverseDialog, string>>(MatDialogRef);
  protected readonly reasonMax = TREASURY_REASON_MAX;
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(TREASURY_REASON_MAX)],
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

/** Opens the dialog; resolves to the reason, or null when cancelled. */
export async function askReversalReason(dialog: MatDialog, label: string): Promise<string | null> {
  const ref = dialog.open<ReverseDialog, ReverseDialogData, string>(ReverseDialog, {
    data: { label },
    width: '440px',
    maxWidth: '94vw',
  });
  return (await firstValueFrom(ref.afterClosed())) ?? null;
}
