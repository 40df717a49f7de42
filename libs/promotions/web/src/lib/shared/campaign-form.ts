import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { CAMPAIGN_DESCRIPTION_MAX, CAMPAIGN_THEME_MAX, CAMPAIGN_TITLE_MAX } from '@assoc/promotions-domain';
import {
  clearServerErrors,
  dateOrder,
  ErrorDisplay,
  FieldErrorPipe,
  inFuture,
  SessionStore,
  wholeNumber,
} from '@assoc/platform-web';
import { isoToZonedLocal, zonedLocalToIso } from '@assoc/shared-util';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { CampaignsData } from '../data-access/campaigns.data';
import type { CampaignFieldsFragment } from '../graphql/promotions.generated';
import type { CampaignChannel, TradeCategory } from '@assoc/platform-web/core';
import { CHANNELS, TRADES } from './campaign-status';

/** A new campaign, or a draft's changes: dates typed in the association's time zone, API field errors under the fields. */
@Component({
  selector: 'assoc-campaign-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="form-grid">
      <mat-form-field class="span-2">
        <mat-label>{{ 'promotions.fields.title' | translate }}</mat-label>
        <input matInput formControlName="title" required [maxlength]="limits.title" />
        <mat-error>{{ form.controls.title.errors | assocFieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field class="span-2">
        <mat-label>{{ 'promotions.fields.theme' | translate }}</mat-label>
        <input matInput formControlName="theme" [maxlength]="limits.theme" />
        <mat-error>{{ form.controls.theme.errors | assocFieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field class="span-2">
        <mat-label>{{ 'promotions.fields.description' | translate }}</mat-label>
        <textarea matInput rows="3" formControlName="description" [maxlength]="limits.description"></textarea>
        <mat-error>{{ form.controls.description.errors | assocFieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'promotions.fields.startsAt' | translate }}</mat-label>
        <input matInput type="datetime-local" formControlName="startsAt" required />
        <mat-hint>{{ 'promotions.fields.timeZoneHint' | translate: { zone: timeZone() } }}</mat-hint>
        <mat-error>{{ form.controls.startsAt.errors | assocFieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'promotions.fields.endsAt' | translate }}</mat-label>
        <input matInput type="datetime-local" formControlName="endsAt" required />
        <mat-error>{{ form.controls.endsAt.errors | assocFieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'promotions.fields.enrolmentDeadline' | translate }}</mat-label>
        <input matInput type="datetime-local" formControlName="enrolmentDeadline" required />
        <mat-hint>{{ 'promotions.fields.enrolmentDeadlineHint' | translate }}</mat-hint>
        <mat-error>{{ form.controls.enrolmentDeadline.errors | assocFieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'promotions.fields.channels' | translate }}</mat-label>
        <mat-select formControlName="channels">
          @for (c of channels; track c) {
            <mat-option [value]="c">{{ 'promotions.channels.' + c | translate }}</mat-option>
          }
        </mat-select>
        <mat-error>{{ form.controls.channels.errors | assocFieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'promotions.fields.minDiscountPercent' | translate }}</mat-label>
        <input matInput inputmode="numeric" formControlName="minDiscountPercent" />
        <span matTextSuffix>%</span>
        <mat-hint>{{ 'promotions.fields.minDiscountHint' | translate }}</mat-hint>
        <mat-error>{{ form.controls.minDiscountPercent.errors | assocFieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'promotions.fields.invitedTrades' | translate }}</mat-label>
        <mat-select formControlName="invitedTrades" multiple>
          @for (t of trades; track t) {
            <mat-option [value]="t">{{ 'trades.' + t | translate }}</mat-option>
          }
        </mat-select>
        <mat-hint>{{ 'promotions.fields.invitedTradesHint' | translate }}</mat-hint>
        <mat-error>{{ form.controls.invitedTrades.errors | assocFieldError }}</mat-error>
      </mat-form-field>
      <div class="actions span-2">
        <button mat-button type="button" (click)="cancelled.emit()">{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{ (campaign() ? 'common.save' : 'promotions.form.create') | translate }}
        </button>
      </div>
    </form>
  `,
})
export class CampaignForm {
  /** The draft being edited; none for a new campaign. */
  readonly campaign = input<CampaignFieldsFragment | null>(null);
  readonly saved = output<CampaignFieldsFragment>();
  readonly cancelled = output();

  private readonly data = inject(CampaignsData);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);

  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');
  protected readonly saving = signal(false);
  protected readonly trades = TRADES;
  protected readonly channels = CHANNELS;
  protected readonly limits = {
    title: CAMPAIGN_TITLE_MAX,
    theme: CAMPAIGN_THEME_MAX,
    description: CAMPAIGN_DESCRIPTION_MAX,
  };
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      title: ['', [Validators.required, Validators.maxLength(CAMPAIGN_TITLE_MAX)]],
      theme: ['', Validators.maxLength(CAMPAIGN_THEME_MAX)],
      description: ['', Validators.maxLength(CAMPAIGN_DESCRIPTION_MAX)],
      startsAt: ['', Validators.required],
      endsAt: ['', Validators.required],
      enrolmentDeadline: ['', Validators.required],
      channels: ['BOTH' as CampaignChannel],
      minDiscountPercent: ['', [wholeNumber, Validators.min(1), Validators.max(100)]],
      invitedTrades: [[] as TradeCategory[]],
    },
    {
      // Checked before sending (the API checks again): the end after the start, the enrolment deadline
      // no later than the start and still ahead.
      validators: [
        dateOrder('startsAt', 'endsAt'),
        dateOrder('enrolmentDeadline', 'startsAt', { error: 'deadlineAfterStart', orEqual: true, on: 'start' }),
        inFuture('enrolmentDeadline', (v) => zonedLocalToIso(String(v['enrolmentDeadline']), this.timeZone())),
      ],
    },
  );

  constructor() {
    effect(() => {
      const c = this.campaign();
      const zone = this.timeZone();
      if (c)
        untracked(() =>
          this.form.setValue({
            title: c.title,
            theme: c.theme,
            description: c.description,
            startsAt: isoToZonedLocal(c.startsAt, zone),
            endsAt: isoToZonedLocal(c.endsAt, zone),
            enrolmentDeadline: isoToZonedLocal(c.enrolmentDeadline, zone),
            channels: c.channels,
            minDiscountPercent: c.minDiscountPercent === null ? '' : String(c.minDiscountPercent),
            invitedTrades: [...c.invitedTrades],
          }),
        );
    });
  }

  protected async submit(): Promise<void> {
    clearServerErrors(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const zone = this.timeZone();
    const fields = {
      title: v.title,
      theme: v.theme,
      description: v.description,
      startsAt: zonedLocalToIso(v.startsAt, zone) ?? '',
      endsAt: zonedLocalToIso(v.endsAt, zone) ?? '',
      enrolmentDeadline: zonedLocalToIso(v.enrolmentDeadline, zone) ?? '',
      channels: v.channels,
      minDiscountPercent: v.minDiscountPercent.trim() === '' ? null : Number(v.minDiscountPercent.trim()),
      invitedTrades: v.invitedTrades,
    };
    const existing = this.campaign();
    this.saving.set(true);
    try {
      if (existing) {
        this.saved.emit(await firstValueFrom(this.data.update({ id: existing.id, ...fields })));
      } else {
        this.saved.emit(await firstValueFrom(this.data.create(fields)));
      }
    } catch (error) {
      this.errors.show(error, this.form);
    } finally {
      this.saving.set(false);
    }
  }
}
