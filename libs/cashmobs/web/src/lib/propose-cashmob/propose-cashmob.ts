import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import {
  CASHMOB_MESSAGE_MAX,
  DEFAULT_SPEND_MAX_CENTS,
  DEFAULT_SPEND_MIN_CENTS,
  MAX_CAPACITY,
  MEETING_POINT_MAX,
} from '@assoc/cashmobs-domain';
import {
  clearServerErrors,
  dateOrder,
  ErrorDisplay,
  FieldErrorPipe,
  inFuture,
  LanguageStore,
  rangeOrder,
  readTimeOfDay,
  SessionStore,
  wholeNumber,
} from '@assoc/platform-web';
import { centsToInput, parseAmountToCents, zonedLocalToIso } from '@assoc/shared-util';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { CashmobsData } from '../data-access/cashmobs.data';
import type { SuggestedShopFieldsFragment } from '../graphql/cashmobs.generated';
import { amountValidator } from '../shared/amount-validator';

/** The API's field names → this form's controls. */
const FIELD_ALIASES = {
  startsAt: 'startTime',
  endsAt: 'endTime',
  spendMinCents: 'spendMin',
  spendMaxCents: 'spendMax',
};

/** /cashmobs/new?shop=… — propose a cashmob for a shop; its owner is asked to accept. */
@Component({
  selector: 'assoc-propose-cashmob',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './propose-cashmob.html',
  styles: `
    mat-card-content {
      padding-top: 16px;
    }
    .times {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 12px;
    }
  `,
})
export class ProposeCashmob {
  /** Query parameter `shop`: the shop picked in the rotation. */
  readonly shop = input<string | undefined>();

  private readonly data = inject(CashmobsData);
  private readonly errors = inject(ErrorDisplay);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  private readonly language = inject(LanguageStore).language;

  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');
  protected readonly shops = signal<SuggestedShopFieldsFragment[]>([]);
  protected readonly saving = signal(false);
  protected readonly limits = { meetingPoint: MEETING_POINT_MAX, message: CASHMOB_MESSAGE_MAX, capacity: MAX_CAPACITY };
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      shopId: ['', Validators.required],
      date: ['', Validators.required],
      startTime: ['17:00', Validators.required],
      endTime: ['19:00', Validators.required],
      meetingPoint: ['', [Validators.required, Validators.maxLength(MEETING_POINT_MAX)]],
      spendMin: [centsToInput(DEFAULT_SPEND_MIN_CENTS, this.language()), [Validators.required, amountValidator]],
      spendMax: [centsToInput(DEFAULT_SPEND_MAX_CENTS, this.language()), [Validators.required, amountValidator]],
      capacity: ['', [wholeNumber, Validators.min(1), Validators.max(MAX_CAPACITY)]],
      message: ['', Validators.maxLength(CASHMOB_MESSAGE_MAX)],
    },
    {
      // Checked before sending (the API checks again, with the association's lead time): a start still
      // ahead (on the date), the end after the start, the maximum spend at least the minimum.
      validators: [
        inFuture('date', (v) => zonedLocalToIso(`${v['date']}T${v['startTime']}`, this.timeZone())),
        dateOrder('startTime', 'endTime', { read: readTimeOfDay }),
        rangeOrder('spendMin', 'spendMax'),
      ],
    },
  );

  constructor() {
    // The rotation's shops (cached at once when the cashmobs page showed them), by name.
    this.data
      .suggestedShops()
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: (rotation) => {
          const all = [...rotation.suggested, ...rotation.skipped];
          this.shops.set(all.sort((a, b) => a.name.localeCompare(b.name, this.language())));
        },
        error: (error) => this.errors.show(error),
      });
    effect(() => {
      const shop = this.shop();
      if (shop && !this.form.controls.shopId.value) this.form.controls.shopId.setValue(shop);
    });
  }

  protected async submit(): Promise<void> {
    clearServerErrors(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const zone = this.timeZone();
    const capacity = value.capacity.trim() === '' ? null : Number(value.capacity.trim());
    this.saving.set(true);
    try {
      const cashmob = await firstValueFrom(
        this.data.propose({
          shopId: value.shopId,
          startsAt: zonedLocalToIso(`${value.date}T${value.startTime}`, zone) ?? '',
          endsAt: zonedLocalToIso(`${value.date}T${value.endTime}`, zone) ?? '',
          meetingPoint: value.meetingPoint,
          spendMinCents: parseAmountToCents(value.spendMin) ?? 0,
          spendMaxCents: parseAmountToCents(value.spendMax) ?? 0,
          capacity,
          message: value.message,
        }),
      );
      await this.router.navigate(['/cashmobs', cashmob.id]);
    } catch (error) {
      this.errors.show(error, this.form, { fieldAliases: FIELD_ALIASES });
    } finally {
      this.saving.set(false);
    }
  }
}
