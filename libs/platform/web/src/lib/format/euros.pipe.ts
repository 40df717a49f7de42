import { inject, Pipe, PipeTransform } from '@angular/core';
import { LanguageStore } from '../i18n/language-store';
// Not the barrel: this pipe is in the first load, and the barrel would bring all of shared-util (ADR 0036).
import { formatMoney } from '@assoc/shared-util/money';

/**
 * Cents in euros, in the reader's language ("12,50 €" / "€12.50"): cashmob and campaign amounts
 * are euros, and the public pages have no association in session to read a currency from.
 */
@Pipe({ name: 'assocEuros', pure: false })
export class EurosPipe implements PipeTransform {
  private readonly languages = inject(LanguageStore);

  transform(cents: number | null | undefined): string {
    if (cents === null || cents === undefined) return '';
    return formatMoney(cents, 'EUR', this.languages.language() === 'en' ? 'en-GB' : 'fr-FR');
  }
}
