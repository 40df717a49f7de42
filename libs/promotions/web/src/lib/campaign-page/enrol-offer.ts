import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { OFFER_CONDITIONS_MAX, OFFER_DESCRIPTION_MAX } from '@assoc/promotions-domain';
import { clearServerErrors, ErrorDisplay, FieldErrorPipe } from '@assoc/platform-web';
import { parseAmountToCents } from '@assoc/shared-util';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { CampaignsData } from '../data-access/campaigns.data';
import type { CampaignOfferFieldsFragment } from '../graphql/promotions.generated';
import type { OfferKind } from '@assoc/platform-web/core';
import { OFFER_KINDS } from '../shared/campaign-status';

const FIELD_ALIASES = { amountOffCents: 'amountOff' };

/** A member enrols their shop with an offer while enrolment is open; the board reviews it. */
@Component({
  selector: 'assoc-enrol-offer',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="form-grid">
      <mat-form-field>
        <mat-label>{{ 'promotions.enrol.kind' | translate }}</mat-label>
        <mat-select formControlName="kind">
          @for (k of kinds; track k) {
            <mat-option [value]="k">{{ 'promotions.kinds.' + k | translate }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      @if (kind() === 'PERCENT_OFF') {
        <mat-form-field>
          <mat-label>{{ 'promotions.enrol.percentOff' | translate }}</mat-label>
          <input matInput inputmode="numeric" formControlName="percentOff" aria-required="true" />
          <span matTextSuffix>%</span>
          @if (minDiscount() !== null) {
            <mat-hint>{{ 'promotions.enrol.minDiscount' | translate: { min: minDiscount() } }}</mat-hint>
          }
          <mat-error>{{ form.controls.percentOff.errors | assocFieldError }}</mat-error>
        </mat-form-field>
      } @else if (kind() === 'AMOUNT_OFF') {
        <mat-form-field>
          <mat-label>{{ 'promotions.enrol.amountOff' | translate }}</mat-label>
          <input matInput inputmode="decimal" formControlName="amountOff" aria-required="true" />
          <span matTextSuffix>€</span>
          <mat-error>{{ form.controls.amountOff.errors | assocFieldError }}</mat-error>
        </mat-form-field>
      } @else {
        <div></div>
      }
      <mat-form-field class="span-2">
        <mat-label>{{
          (needsText() ? 'promotions.enrol.descriptionRequired' : 'promotions.enrol.description') | translate
        }}</mat-label>
        <input
          matInput
          formControlName="description"
          [attr.aria-required]="needsText()"
          [maxlength]="limits.description"
        />
        <mat-error>{{ form.controls.description.errors | assocFieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field class="span-2">
        <mat-label>{{ 'promotions.enrol.conditions' | translate }}</mat-label>
        <textarea matInput rows="2" formControlName="conditions" [maxlength]="limits.conditions"></textarea>
        <mat-error>{{ form.controls.conditions.errors | assocFieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'promotions.enrol.maxUses' | translate }}</mat-label>
        <input matInput inputmode="numeric" formControlName="maxUses" />
        <mat-hint>{{ 'promotions.enrol.maxUsesHint' | translate }}</mat-hint>
        <mat-error>{{ form.controls.maxUses.errors | assocFieldError }}</mat-error>
      </mat-form-field>
      <div class="checks">
        <mat-checkbox formControlName="onePerCustomer">{{
          'promotions.enrol.onePerCustomer' | translate
        }}</mat-checkbox>
        @if (channels() !== 'IN_STORE') {
          <mat-checkbox formControlName="online">{{ 'promotions.enrol.online' | translate }}</mat-checkbox>
        }
      </div>
      @if (online()) {
        <mat-form-field class="span-2">
          <mat-label>{{ 'promotions.enrol.onlineUrl' | translate }}</mat-label>
          <input matInput type="url" formControlName="onlineUrl" aria-required="true" />
          <mat-error>{{ form.controls.onlineUrl.errors | assocFieldError }}</mat-error>
        </mat-form-field>
      }
      @if (form.controls.shopId.errors) {
        <p class="error span-2" role="alert">{{ form.controls.shopId.errors | assocFieldError }}</p>
      }
      <div class="actions span-2">
        <button mat-flat-button type="submit" [disabled]="saving()">{{ 'promotions.enrol.submit' | translate }}</button>
      </div>
    </form>
  `,
  styles: `
    .checks {
      display: flex;
      flex-direction: column;
      justify-content: center;
    }
    .error {
      color: var(--mat-sys-error);
      margin: 0;
    }
  `,
})
export class EnrolOffer {
  readonly campaignId = input.required<string>();
  readonly shopId = input.required<string>();
  readonly shopWebsite = input<string | null>(null);
  readonly minDiscount = input<number | null>(null);
  readonly channels = input<string>('BOTH');
  readonly enrolled = output<CampaignOfferFieldsFragment>();

  private readonly data = inject(CampaignsData);
  private readonly errors = inject(ErrorDisplay);

  protected readonly kinds = OFFER_KINDS;
  protected readonly limits = { description: OFFER_DESCRIPTION_MAX, conditions: OFFER_CONDITIONS_MAX };
  protected readonly saving = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    shopId: [''],
    kind: ['PERCENT_OFF' as OfferKind],
    percentOff: ['', [Validators.pattern(/^\s*\d*\s*$/), Validators.min(1), Validators.max(100)]],
    amountOff: ['', Validators.pattern(/^\s*\d{1,6}([.,]\d{1,2})?\s*$/)],
    description: ['', Validators.maxLength(OFFER_DESCRIPTION_MAX)],
    conditions: ['', Validators.maxLength(OFFER_CONDITIONS_MAX)],
    maxUses: ['', [Validators.pattern(/^\s*\d*\s*$/), Validators.min(1)]],
    onePerCustomer: [false],
    online: [false],
    onlineUrl: [''],
  });
  protected readonly kind = toSignal(this.form.controls.kind.valueChanges, {
    initialValue: this.form.controls.kind.value,
  });
  protected readonly online = toSignal(this.form.controls.online.valueChanges, { initialValue: false });
  protected readonly needsText = computed(() => !['PERCENT_OFF', 'AMOUNT_OFF'].includes(this.kind()));

  protected async submit(): Promise<void> {
    clearServerErrors(this.form);
    const v = this.form.getRawValue();
    const c = this.form.controls;
    const required = (control: typeof c.percentOff, needed: boolean) => {
      if (needed && !control.value.trim()) control.setErrors({ required: true });
    };
    required(c.percentOff, v.kind === 'PERCENT_OFF');
    required(c.amountOff, v.kind === 'AMOUNT_OFF');
    required(c.description, this.needsText());
    // Only the fields shown for this kind of offer count.
    const shown = [
      c.description,
      c.conditions,
      c.maxUses,
      ...(v.kind === 'PERCENT_OFF' ? [c.percentOff] : []),
      ...(v.kind === 'AMOUNT_OFF' ? [c.amountOff] : []),
    ];
    if (shown.some((control) => control.invalid)) {
      this.form.markAllAsTouched();
      return;
    }
    const int = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim()));
    this.saving.set(true);
    try {
      const offer = await firstValueFrom(
        this.data.enrol({
          campaignId: this.campaignId(),
          shopId: this.shopId(),
          kind: v.kind,
          percentOff: v.kind === 'PERCENT_OFF' ? int(v.percentOff) : null,
          amountOffCents: v.kind === 'AMOUNT_OFF' ? parseAmountToCents(v.amountOff) : null,
          description: v.description,
          conditions: v.conditions,
          maxUses: int(v.maxUses),
          onePerCustomer: v.onePerCustomer,
          online: v.online,
          onlineUrl: v.online ? v.onlineUrl.trim() || this.shopWebsite() : null,
        }),
      );
      this.enrolled.emit(offer);
    } catch (error) {
      this.errors.show(error, this.form, { fieldAliases: FIELD_ALIASES });
    } finally {
      this.saving.set(false);
    }
  }
}
