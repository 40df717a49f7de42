import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { OpeningHoursTable, ShopLogo } from '@assoc/directory-web';
import { DateTimePipe, LanguageStore, parseServerError } from '@assoc/platform-web/core';
import { formatMoney } from '@assoc/shared-util';
import { formatWidgetSlot } from '@assoc/widgets-domain';
import { TranslatePipe } from '@ngx-translate/core';
import { ShowcaseData } from '../data-access/showcase.data';

/**
 * /b/:id — a shop's public page, where the widgets on partner blogs link: its profile, hours,
 * current offers (to the campaign page), upcoming cashmobs (to their sign-up page) and featured
 * products. Without an account; nothing about the shopkeeper.
 */
@Component({
  selector: 'assoc-shop-showcase',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    TranslatePipe,
    DateTimePipe,
    ShopLogo,
    OpeningHoursTable,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shop-showcase-page.html',
  styleUrl: './shop-showcase-page.scss',
})
export class ShopShowcasePage {
  /** Route parameter. */
  readonly id = input.required<string>();

  private readonly data = inject(ShowcaseData);
  protected readonly language = inject(LanguageStore).language;

  protected readonly page = rxResource({
    // headlines come in the visitor's language: read again when it changes
    params: () => ({ id: this.id(), language: this.language() }),
    stream: ({ params }) => this.data.showcase(params.id),
  });
  protected readonly shop = computed(() => (this.page.hasValue() ? this.page.value() : null));
  protected readonly notFound = computed(() => {
    const error = this.page.error();
    return !!error && parseServerError(error).code === 'NOT_FOUND';
  });

  /** "vendredi 11 décembre, 15:00 – 17:00" in the association's time zone, as the widget says it. */
  protected slot(startsAt: string, endsAt: string, timeZone: string): string {
    return formatWidgetSlot(startsAt, endsAt, timeZone, this.language() === 'en' ? 'en' : 'fr');
  }

  protected price(cents: number | null): string {
    const shop = this.shop();
    return cents === null || !shop
      ? ''
      : formatMoney(cents, shop.currency, this.language() === 'en' ? 'en-GB' : 'fr-FR');
  }
}
