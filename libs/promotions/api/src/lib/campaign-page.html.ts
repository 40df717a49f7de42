import { checkboxField, icon, markup, SafeHtml, textField } from '@assoc/platform-api';
import { campaignPageHref, CampaignPageView, ClaimFormView, OfferView } from './campaign-page-view';

type Texts = CampaignPageView['t'];

/** The voucher just claimed: the code, big, its QR code, how long it is valid. Shown once. */
function voucher(v: NonNullable<OfferView['voucher']>, t: Texts): SafeHtml {
  return markup`<section class="voucher" role="status" aria-live="polite" data-testid="voucher" data-focus>
    <h3>${t.voucherTitle}</h3>
    <p>${v.shopLine}</p>
    <p class="voucher-code" data-testid="voucher-code">${v.code}</p>
    <img class="voucher-qr" src="${v.qrCode}" alt="${t.voucherQrAlt}" width="200" height="200" />
    <p>${v.valid}</p>
    <p>${t.voucherHint}</p>
  </section>`;
}

/**
 * "Get my voucher": a button that opens the offer's form. Without the script it asks for the page
 * with this form open (`?claim=`); with it, it shows the form in place (`data-disclose`).
 */
function claim(view: CampaignPageView, o: OfferView, form: ClaimFormView): SafeHtml {
  const t = view.t;
  const id = `claim-${o.id}`;
  const errors = form.errors;
  const alert = errors.form ? markup`<p class="notice notice-error" role="alert">${errors.form}</p>` : '';
  const here = campaignPageHref(view.slug, view.query);
  return markup`${
    form.open
      ? ''
      : markup`<form class="claim-open" method="get" action="${here}#offer-${o.id}">
            ${view.query.trade ? markup`<input type="hidden" name="trade" value="${view.query.trade}" />` : ''}
            <input type="hidden" name="offer" value="${o.id}" />
            ${view.query.lang ? markup`<input type="hidden" name="lang" value="${view.query.lang}" />` : ''}
            <button class="button button-primary full" type="submit" name="claim" value="${o.id}" data-disclose="${id}">
              ${t.getVoucher}
            </button>
          </form>`
  }
    <form class="claim" id="${id}" method="post" action="${here}" data-enhance novalidate${form.open ? '' : ' hidden'}>
      <input type="hidden" name="offerId" value="${o.id}" />
      ${alert}
      ${textField({
        name: 'email',
        idPrefix: id,
        type: 'email',
        label: form.emailLabel,
        value: form.email,
        hint: form.hint,
        error: errors.email,
        autocomplete: 'email',
        required: form.required,
        maxlength: 254,
      })}
      ${checkboxField({ name: 'consent', idPrefix: id, label: form.consentLabel, checked: form.consent, error: errors.consent })}
      <div class="actions">
        <a class="button" href="${here}#offer-${o.id}" data-close="${id}">${t.cancel}</a>
        <button class="button button-primary" type="submit">${t.confirmClaim}</button>
      </div>
    </form>`;
}

function offer(view: CampaignPageView, o: OfferView): SafeHtml {
  const t = view.t;
  return markup`<li class="offer${o.highlight ? ' highlight' : ''}" id="offer-${o.id}" data-testid="public-offer">
    <h3 class="headline">${o.headline}</h3>
    <p class="shop"><strong>${o.shopName}</strong> <span class="chip">${o.trade}</span></p>
    ${o.description ? markup`<p>${o.description}</p>` : ''}
    ${o.conditions ? markup`<p class="sub">${o.conditions}</p>` : ''}
    <p class="address">
      ${icon('place')}<span>${o.address}</span> <a href="${o.mapUrl}" target="_blank" rel="noopener">${t.map}</a>
    </p>
    ${
      o.hours.length
        ? markup`<details class="hours">
            <summary>${t.openingHours}</summary>
            <dl>
              ${o.hours.map(
                (d) =>
                  markup`<div>
                    <dt>${d.day}</dt>
                    <dd>${d.text}</dd>
                  </div>`,
              )}
            </dl>
          </details>`
        : ''
    }
    ${o.onlineUrl ? markup`<p><a href="${o.onlineUrl}" target="_blank" rel="noopener">${t.online}</a></p>` : ''}
    <p class="sub">${t.offerCode} <code>${o.code}</code></p>
    ${o.soldOut ? markup`<p class="notice">${t.soldOut}</p>` : ''} ${o.voucher ? voucher(o.voucher, t) : ''}
    ${o.claim ? claim(view, o, o.claim) : ''}
  </li>`;
}

/** The `<main>` of /p/:slug: the campaign's facts, its notice, the trade filter and the offers with their voucher forms. */
/** The `<main>` of /p/:slug; `share`: the page's share box (`shareBox`), under its description. */
export function campaignPageMain(view: CampaignPageView, share: SafeHtml | null = null): SafeHtml {
  const t = view.t;
  return markup`<article class="card campaign">
    ${view.coverUrl ? markup`<img class="cover" src="${view.coverUrl}" alt="" width="640" height="240" />` : ''}
    <p class="sub">${view.associationName}</p>
    <h1>${view.title}</h1>
    ${view.theme ? markup`<p class="sub">${view.theme}</p>` : ''}
    <p class="dates" data-testid="public-dates">${view.dates}</p>
    ${view.description ? markup`<p class="description">${view.description}</p>` : ''}
    ${
      view.origin
        ? markup`<p class="sub" data-testid="campaign-origin">${t.origin} <a href="${view.origin.link}?lang=${view.lang}">${view.origin.label}</a></p>`
        : ''
    }
    ${share}
    ${
      view.notice
        ? markup`<p class="notice${view.notice.error ? ' notice-error' : ''}" role="status">${view.notice.text}</p>`
        : ''
    }
    ${view.alert ? markup`<p class="notice notice-error" role="alert">${view.alert}</p>` : ''}
    <h2 id="offers-title">${view.offersTitle}</h2>
    ${
      view.filter
        ? markup`<nav class="chips" aria-label="${t.filterByTrade}">
            <ul>
              ${view.filter.map(
                (f) =>
                  markup`<li>
                    <a class="chip-link" href="${f.href}#offers-title" ${f.current ? markup` aria-current="page"` : ''}
                      >${f.label}</a
                    >
                  </li>`,
              )}
            </ul>
          </nav>`
        : ''
    }
    ${view.empty ? markup`<p class="sub">${t.noOffers}</p>` : ''}
    <ul class="offers" aria-labelledby="offers-title">
      ${view.offers.map((o) => offer(view, o))}
    </ul>
  </article>`;
}

/** The `<main>` of an unknown or unpublished campaign's address. */
export function campaignNotFoundWords(t: Texts): { title: string; text: string } {
  return { title: t.notFoundTitle, text: t.notFound };
}
