import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CANCEL_REASON_MAX } from '@assoc/promotions-domain';
import { ErrorDisplay, FieldErrorPipe } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { CampaignsData } from '../data-access/campaigns.data';
import type { CampaignFieldsFragment } from '../graphql/promotions.generated';

/** Calling a campaign off, with a reason the shops and the public page show. */
@Component({
  selector: 'assoc-cancel-campaign',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe, FieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (open()) {
      <form [formGroup]="group" (ngSubmit)="cancel()" novalidate class="cancel">
        <mat-form-field>
          <mat-label>{{ 'promotions.cancel.reason' | translate }}</mat-label>
          <textarea matInput rows="2" formControlName="reason" required [maxlength]="max"></textarea>
          <mat-error>{{ reason.errors | assocFieldError }}</mat-error>
        </mat-form-field>
        <div class="actions">
          <button mat-button type="button" (click)="open.set(false)">{{ 'common.close' | translate }}</button>
          <button mat-flat-button type="submit" class="destructive" [disabled]="saving()">
            {{ 'promotions.cancel.confirm' | translate }}
          </button>
        </div>
      </form>
    } @else {
      <button mat-stroked-button type="button" (click)="open.set(true)">
        {{ 'promotions.cancel.open' | translate }}
      </button>
    }
  `,
  styles: `
    .cancel {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .actions {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
      flex-wrap: wrap;
    }
    .destructive {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class CancelCampaign {
  readonly campaignId = input.required<string>();
  readonly cancelled = output<CampaignFieldsFragment>();

  private readonly data = inject(CampaignsData);
  private readonly errors = inject(ErrorDisplay);

  protected readonly max = CANCEL_REASON_MAX;
  protected readonly open = signal(false);
  protected readonly saving = signal(false);
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(CANCEL_REASON_MAX)],
  });
  protected readonly group = new FormGroup({ reason: this.reason });

  protected async cancel(): Promise<void> {
    if (this.reason.invalid) {
      this.reason.markAsTouched();
      return;
    }
    this.saving.set(true);
    try {
      this.cancelled.emit(await firstValueFrom(this.data.cancel(this.campaignId(), this.reason.value)));
      this.open.set(false);
    } catch (error) {
      this.errors.show(error, this.reason);
    } finally {
      this.saving.set(false);
    }
  }
}
