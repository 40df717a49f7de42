import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { ErrorDisplay, LanguageStore } from '@assoc/platform-web';
import { formatMoney } from '@assoc/shared-util';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { CashmobsData } from '../data-access/cashmobs.data';
import { CashmobReportFigures } from './cashmob-report';

/**
 * After the cashmob, one click posts a thank-you to the association's feed (the network's own
 * createPost), with the figures of the report, in the poster's language; then links to the post.
 */
@Component({
  selector: 'assoc-thank-you-post',
  imports: [MatButtonModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="thanks" data-testid="thank-you-post">
      @if (postId(); as id) {
        <p>
          {{ 'cashmobs.thanks.posted' | translate }}
          <a [routerLink]="['/feed/posts', id]">{{ 'cashmobs.thanks.open' | translate }}</a>
        </p>
      } @else {
        <p class="hint">{{ 'cashmobs.thanks.hint' | translate }}</p>
        <button mat-flat-button type="button" [disabled]="posting()" (click)="post()">
          {{ 'cashmobs.thanks.post' | translate }}
        </button>
      }
    </div>
  `,
  styles: `
    .thanks {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
    }
    .hint {
      margin: 0;
      flex: 1 1 240px;
    }
  `,
})
export class ThankYouPost {
  readonly shopName = input.required<string>();
  readonly report = input.required<CashmobReportFigures>();

  private readonly data = inject(CashmobsData);
  private readonly errors = inject(ErrorDisplay);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageStore).language;

  protected readonly posting = signal(false);
  protected readonly postId = signal<string | null>(null);

  protected async post(): Promise<void> {
    const r = this.report();
    const money = (cents: number | null | undefined) =>
      formatMoney(cents ?? 0, 'EUR', this.language() === 'en' ? 'en-GB' : 'fr-FR');
    const text = this.translate.instant(
      r.revenueCents != null ? 'cashmobs.thanks.text' : 'cashmobs.thanks.textNoRevenue',
      { shop: this.shopName(), people: r.checkIns, revenue: money(r.revenueCents) },
    );
    this.posting.set(true);
    try {
      this.postId.set(await firstValueFrom(this.data.postThanks(text)));
      this.errors.success('cashmobs.thanks.posted');
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.posting.set(false);
    }
  }
}
