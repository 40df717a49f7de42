import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { REVIEW_REASON_MAX } from '@assoc/promotions-domain';
import { ErrorDisplay, FieldErrorPipe } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { CampaignsData } from '../data-access/campaigns.data';
import type { CampaignOfferFieldsFragment } from '../graphql/promotions.generated';

/** One shop's offer as the board reviews it: approve, or reject with a reason. */
@Component({
  selector: 'assoc-offer-review',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe, FieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let o = offer();
    <div class="offer" [attr.data-testid]="'review-' + o.shop.name">
      <div class="head">
        <strong>{{ o.shop.name }}</strong>
        <span class="chip">{{ 'trades.' + o.shop.trade | translate }}</span>
        <span class="chip status-{{ o.status }}">{{ 'promotions.offerStatus.' + o.status | translate }}</span>
      </div>
      <p class="headline">{{ o.headline }}</p>
      @if (o.conditions) {
        <p class="muted">{{ o.conditions }}</p>
      }
      <p class="muted">
        {{ 'promotions.offer.code' | translate }} <code>{{ o.code }}</code>
        @if (o.maxUses !== null) {
          · {{ 'promotions.offer.maxUsesShort' | translate: { count: o.maxUses } }}
        }
        @if (o.onePerCustomer) {
          · {{ 'promotions.offer.onePerCustomer' | translate }}
        }
        · {{ 'promotions.offer.uses' | translate: { count: o.redemptionCount } }}
      </p>
      @if (o.reviewReason) {
        <p class="muted">{{ 'promotions.offer.reviewReason' | translate: { reason: o.reviewReason } }}</p>
      }
      @if (editable() && o.status === 'PENDING') {
        @if (rejecting()) {
          <form [formGroup]="group" (ngSubmit)="review(false)" novalidate class="reject">
            <mat-form-field>
              <mat-label>{{ 'promotions.review.reason' | translate }}</mat-label>
              <input matInput formControlName="reason" required [maxlength]="max" />
              <mat-error>{{ reason.errors | assocFieldError }}</mat-error>
            </mat-form-field>
            <div class="actions">
              <button mat-button type="button" (click)="rejecting.set(false)">{{ 'common.cancel' | translate }}</button>
              <button mat-flat-button type="submit" [disabled]="saving()">
                {{ 'promotions.review.confirmReject' | translate }}
              </button>
            </div>
          </form>
        } @else {
          <div class="actions">
            <button mat-stroked-button type="button" (click)="rejecting.set(true)">
              {{ 'promotions.review.reject' | translate }}
            </button>
            <button mat-flat-button type="button" [disabled]="saving()" (click)="review(true)">
              {{ 'promotions.review.approve' | translate: { shop: o.shop.name } }}
            </button>
          </div>
        }
      }
    </div>
  `,
  styles: `
    .offer {
      padding: 12px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      align-items: center;
    }
    .chip {
      padding: 2px 10px;
      border-radius: 999px;
      background: var(--mat-sys-surface-container-high);
      font: var(--mat-sys-label-medium);
    }
    .status-APPROVED {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .status-REJECTED {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .headline {
      margin: 6px 0 2px;
      font: var(--mat-sys-title-medium);
    }
    .muted {
      margin: 2px 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .reject {
      display: flex;
      flex-direction: column;
      gap: 4px;
      margin-top: 8px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: 8px;
      margin-top: 8px;
    }
  `,
})
export class OfferReview {
  readonly offer = input.required<CampaignOfferFieldsFragment>();
  /** Reviews are possible until the campaign is over. */
  readonly editable = input(true);
  readonly reviewed = output<CampaignOfferFieldsFragment>();

  private readonly data = inject(CampaignsData);
  private readonly errors = inject(ErrorDisplay);

  protected readonly max = REVIEW_REASON_MAX;
  protected readonly rejecting = signal(false);
  protected readonly saving = signal(false);
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(REVIEW_REASON_MAX)],
  });
  protected readonly group = new FormGroup({ reason: this.reason });

  protected async review(approve: boolean): Promise<void> {
    if (!approve && this.reason.invalid) {
      this.reason.markAsTouched();
      return;
    }
    this.saving.set(true);
    try {
      this.reviewed.emit(
        await firstValueFrom(
          this.data.review({ id: this.offer().id, approve, reason: approve ? null : this.reason.value }),
        ),
      );
      this.rejecting.set(false);
    } catch (error) {
      this.errors.show(error, this.reason);
    } finally {
      this.saving.set(false);
    }
  }
}
