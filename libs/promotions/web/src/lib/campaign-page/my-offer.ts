import { DOCUMENT } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { ErrorDisplay, fetchFile, LanguageStore } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { CampaignsData } from '../data-access/campaigns.data';
import type { CampaignOfferFieldsFragment } from '../graphql/promotions.generated';

/** The member's own offer: its review, its code and QR code, and the A4 poster to print. */
@Component({
  selector: 'assoc-my-offer',
  imports: [MatButtonModule, MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let o = offer();
    <div class="my-offer" data-testid="my-offer">
      <p class="head">
        <strong>{{ o.shop.name }}</strong>
        <span class="chip status-{{ o.status }}" data-testid="my-offer-status">{{
          'promotions.offerStatus.' + o.status | translate
        }}</span>
      </p>
      <p class="headline">{{ o.headline }}</p>
      @if (o.conditions) {
        <p class="muted">{{ o.conditions }}</p>
      }
      @if (o.reviewReason) {
        <p class="notice" [class.notice-error]="o.status === 'REJECTED'">
          {{ 'promotions.offer.reviewReason' | translate: { reason: o.reviewReason } }}
        </p>
      }
      <div class="code-block">
        @if (qr()) {
          <img [src]="qr()" [alt]="'promotions.offer.qrAlt' | translate" width="160" height="160" />
        }
        <div>
          <p class="muted">{{ 'promotions.offer.code' | translate }}</p>
          <p class="code" data-testid="my-offer-code">{{ o.code }}</p>
          <p class="muted">{{ 'promotions.offer.uses' | translate: { count: o.redemptionCount } }}</p>
          <button mat-stroked-button type="button" (click)="poster()" [disabled]="downloading()">
            <mat-icon svgIcon="download" />
            {{ 'promotions.offer.poster' | translate }}
          </button>
        </div>
      </div>
    </div>
  `,
  styles: `
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      margin: 0;
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
      margin: 8px 0 2px;
      font: var(--mat-sys-title-medium);
    }
    .muted {
      margin: 2px 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .code-block {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
      align-items: center;
      margin-top: 12px;
    }
    .code-block img {
      background: #fff;
      border-radius: 8px;
    }
    .code {
      margin: 0 0 8px;
      font:
        700 1.75rem / 1.2 ui-monospace,
        'DejaVu Sans Mono',
        monospace;
      letter-spacing: 0.08em;
    }
  `,
})
export class MyOffer {
  readonly offer = input.required<CampaignOfferFieldsFragment>();

  private readonly data = inject(CampaignsData);
  private readonly errors = inject(ErrorDisplay);
  private readonly http = inject(HttpClient);
  private readonly doc = inject(DOCUMENT);
  private readonly language = inject(LanguageStore).language;

  protected readonly qr = signal<string | null>(null);
  protected readonly downloading = signal(false);

  constructor() {
    effect(() => {
      const id = this.offer().id;
      untracked(() => void this.loadQr(id));
    });
  }

  protected async poster(): Promise<void> {
    const o = this.offer();
    const lang = this.language() === 'en' ? 'en' : 'fr';
    this.downloading.set(true);
    try {
      await fetchFile(
        this.http,
        `/api/campaigns/offers/${encodeURIComponent(o.id)}/poster.pdf?locale=${lang}`,
        `${lang === 'fr' ? 'affiche' : 'poster'}-${o.code}.pdf`,
        this.doc,
      );
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.downloading.set(false);
    }
  }

  private async loadQr(id: string): Promise<void> {
    try {
      this.qr.set(await firstValueFrom(this.data.offerQr(id)));
    } catch (error) {
      this.errors.show(error);
    }
  }
}
