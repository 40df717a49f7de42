import { formatCardCode } from '@assoc/customers-domain';
import { pointsMissing } from '@assoc/loyalty-domain';
import { htmlLang, Locale, markup, raw, SafeHtml } from '@assoc/platform-api';
import { formatMoney } from '@assoc/shared-util';
import { LoyaltyCardView } from './loyalty-card-page.service';
import { LOYALTY_CARD_TEXTS } from './loyalty-card-page.texts';

/** `/communaute/:slug/carte`'s main: the QR and the short code big, the balance, rewards and how far, the history. */
export function cardMain(
  locale: Locale,
  view: LoyaltyCardView,
  page: { associationName: string; qrSvg: string; currency: string },
): SafeHtml {
  const t = LOYALTY_CARD_TEXTS[locale];
  const lang = htmlLang(locale) === 'en' ? 'en-GB' : 'fr-FR';
  const money = (cents: number) => formatMoney(cents, page.currency, lang);
  const code = formatCardCode(view.cardCode);
  const notice = view.revoked ? t.revoked : !view.consent ? t.noConsent : !view.enabled ? t.programmeOff : null;
  return markup`<article class="card loyalty-card" data-testid="loyalty-card">
    <h1>${t.title}</h1>
    <p class="sub">${t.intro(page.associationName)}</p>
    ${notice ? markup`<p class="notice" role="status">${notice}</p>` : ''}
    <figure class="qr">
      ${raw(page.qrSvg)}
      <figcaption>${t.codeLabel}<span class="card-code" data-testid="card-code">${code}</span></figcaption>
    </figure>
    <p class="card-balance">${t.balance} <strong data-testid="card-balance">${t.points(view.balance)}</strong></p>
  </article>
  <section class="card" aria-labelledby="rewards-title">
    <h2 id="rewards-title">${t.rewards}</h2>
    ${
      view.rewards.length
        ? markup`<ul class="items" data-testid="card-rewards">
          ${view.rewards.map((r) => {
            const missing = pointsMissing(view.balance, r.pointsCost);
            return markup`<li class="item">
              <strong>${r.label}</strong>
              <span>${t.points(r.pointsCost)}</span>
              <span class="hint">${t.rewardValue(money(r.valueCents))}</span>
              <progress max="${String(r.pointsCost)}" value="${String(Math.min(view.balance, r.pointsCost))}"
                aria-label="${r.label}"></progress>
              <span class="hint">${missing ? t.missing(missing) : t.affordable}</span>
            </li>`;
          })}
        </ul>`
        : markup`<p>${t.noRewards}</p>`
    }
  </section>
  <section class="card" aria-labelledby="history-title">
    <h2 id="history-title">${t.history}</h2>
    ${
      view.movements.length
        ? markup`<ul class="items" data-testid="card-history">
          ${view.movements.map(
            (m) => markup`<li class="item">
              <span>${m.day.split('-').reverse().join('/')} · ${t.kinds[m.kind]}${m.label ? markup` · ${m.label}` : ''}</span>
              <strong>${m.points > 0 ? '+' : ''}${t.points(m.points)}</strong>
            </li>`,
          )}
        </ul>`
        : markup`<p>${t.noHistory}</p>`
    }
    <p class="hint">${t.install}</p>
  </section>`;
}
