import { inject, Pipe, PipeTransform } from '@angular/core';
import { LanguageStore, SessionStore } from '@assoc/platform-web';
import { formatMoney } from '@assoc/shared-util';

/** Cents in the association's currency, in the person's language ("1 234,56 €" / "€1,234.56"). */
@Pipe({ name: 'assocMoney', pure: false })
export class MoneyPipe implements PipeTransform {
  private readonly session = inject(SessionStore);
  private readonly languages = inject(LanguageStore);

  transform(cents: number | null | undefined): string {
    if (cents === null || cents === undefined) return '';
    const currency = this.session.currentAssociation()?.currency ?? 'EUR';
    return formatMoney(cents, currency, this.languages.language() === 'en' ? 'en-GB' : 'fr-FR');
  }
}
