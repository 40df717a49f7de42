import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { CodeEntry, DateTimePipe, ErrorDisplay, EurosPipe, LanguageStore, SessionStore } from '@assoc/platform-web';
import { parseAmountToCents } from '@assoc/shared-util';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { CampaignsData, CodeCheck, Redemption } from '../data-access/campaigns.data';

type Check = CodeCheck;

/** An optional amount in euros: digits with a comma or a dot, at most two decimals. */
const AMOUNT = /^\s*\d{1,6}([.,]\d{1,2})?\s*$/;

/**
 * /redeem and /redeem/:code (what an offer's QR opens) — the shopkeeper's phone: a code typed or
 * scanned, the verdict at once in big words, an optional basket, and "Record the use".
 */
@Component({
  selector: 'assoc-redeem-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    CodeEntry,
    EurosPipe,
    DateTimePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './redeem-page.html',
  styleUrl: './redeem-page.scss',
})
export class RedeemPage {
  /** Route parameter, when the page is opened from a QR code. */
  readonly code = input<string | undefined>();

  private readonly data = inject(CampaignsData);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageStore).language;
  /** "Déjà utilisé le … chez …" is told in the association's time zone. */
  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');

  protected readonly checking = signal(false);
  protected readonly recording = signal(false);
  protected readonly entered = signal<string | null>(null);
  protected readonly check = signal<Check | null>(null);
  protected readonly recorded = signal<Redemption | null>(null);
  protected readonly basket = new FormControl('', { nonNullable: true, validators: [Validators.pattern(AMOUNT)] });
  protected readonly recordForm = new FormGroup({ basket: this.basket });

  constructor() {
    effect(() => {
      const code = this.code();
      if (code) untracked(() => void this.checkCode(code));
    });
  }

  protected async checkCode(code: string): Promise<void> {
    this.entered.set(code);
    this.check.set(null);
    this.recorded.set(null);
    this.basket.reset();
    this.checking.set(true);
    try {
      this.check.set(await firstValueFrom(this.data.checkCode(code)));
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.checking.set(false);
    }
  }

  protected async record(): Promise<void> {
    const code = this.entered();
    if (!code || this.basket.invalid) {
      this.basket.markAsTouched();
      return;
    }
    const text = this.basket.value.trim();
    this.recording.set(true);
    try {
      this.recorded.set(
        await firstValueFrom(this.data.redeem({ code, basketCents: text ? parseAmountToCents(text) : null })),
      );
      this.check.set(null);
      this.entered.set(null);
      this.basket.reset();
    } catch (error) {
      this.errors.show(error, null);
      await this.checkCode(code);
    } finally {
      this.recording.set(false);
    }
  }

  protected next(): void {
    this.check.set(null);
    this.entered.set(null);
    this.basket.reset();
  }
}
