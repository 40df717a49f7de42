import { icon, markup, SafeHtml } from '@assoc/platform-api';
import { ShopPageView } from './shop-page-view';

function identity(v: ShopPageView): SafeHtml {
  const logo =
    'url' in v.logo
      ? markup`<img class="logo" src="${v.logo.url}" alt="${v.logo.alt}" width="72" height="72" />`
      : markup`<span class="logo initials" aria-hidden="true">${v.logo.initials}</span>`;
  return markup`<header class="identity">
    ${logo}
    <div>
      <p class="sub">${v.memberOf}</p>
      <h1 data-testid="showcase-name">${v.name}</h1>
      <p class="sub">${v.trade}</p>
    </div>
  </header>`;
}

function hours(v: ShopPageView): SafeHtml {
  const t = v.t;
  return markup`<h2>${t.hours}</h2>
    <table class="week">
      <caption class="visually-hidden">
        ${t.hours}
      </caption>
      <tbody>
        ${v.hours.map(
          (line) => markup`<tr${line.today ? markup` class="today"` : ''}>
          <th scope="row">${line.label}${line.today ? markup` <span class="today-badge">${t.today}</span>` : ''}</th>
          <td>${line.periods.length ? line.periods.join(', ') : markup`<span class="closed">${t.closed}</span>`}</td>
        </tr>`,
        )}
      </tbody>
    </table>`;
}

/**
 * The `<main>` of /b/:id: the shop's profile, its current offers, upcoming cashmobs, featured
 * products (photos lazy, below the fold), its week and `share` (the page's share box, `shareBox`).
 */
export function shopPageMain(v: ShopPageView, share: SafeHtml | null = null): SafeHtml {
  const t = v.t;
  return markup`<article class="card showcase">
    ${identity(v)} ${v.description ? markup`<p class="description">${v.description}</p>` : ''}
    <p class="address">
      ${icon('place')}<span>${v.address}</span> <a href="${v.mapUrl}" target="_blank" rel="noopener">${t.map}</a>
    </p>
    ${v.website ? markup`<p><a class="button" href="${v.website}" target="_blank" rel="noopener">${t.website}</a></p>` : ''}
    ${
      v.offers.length
        ? markup`<h2 id="showcase-offers">${t.offers}</h2>
            <ul class="items" aria-labelledby="showcase-offers">
              ${v.offers.map(
                (o) =>
                  markup`<li class="item" data-testid="showcase-offer">
                    <strong class="headline">${o.headline}</strong>
                    <span class="sub">${o.meta}</span>
                    <a class="button button-primary" href="${o.url}">${t.seeOffer}</a>
                  </li>`,
              )}
            </ul>`
        : ''
    }
    ${
      v.cashmobs.length
        ? markup`<h2 id="showcase-cashmobs">${t.cashmobs}</h2>
            <ul class="items" aria-labelledby="showcase-cashmobs">
              ${v.cashmobs.map(
                (c) =>
                  markup`<li class="item" data-testid="showcase-cashmob">
                    <strong class="headline">${c.slot}</strong>
                    <span class="sub">${c.place}</span>
                    <a class="button button-primary" href="${c.url}">${t.signUp}</a>
                  </li>`,
              )}
            </ul>`
        : ''
    }
    ${
      v.products.length
        ? markup`<h2 id="showcase-products">${t.products}</h2>
            <ul class="products" aria-labelledby="showcase-products">
              ${v.products.map(
                (p) =>
                  markup`<li class="item" data-testid="showcase-product">
                    ${p.photoUrl ? markup`<img src="${p.photoUrl}" alt="${p.name}" width="400" height="300" loading="lazy" />` : ''}
                    <strong>${p.name}</strong>
                    ${p.mark ? markup`<a class="chip-link" data-testid="product-mark" href="${p.mark.url}">${p.mark.label}</a>` : ''}
                    ${p.price ? markup`<span class="headline">${p.price}</span>` : ''}
                    ${p.text ? markup`<span class="sub">${p.text}</span>` : ''}
                    ${p.link ? markup`<a href="${p.link}" target="_blank" rel="noopener">${t.seeProduct}</a>` : ''}
                  </li>`,
              )}
            </ul>`
        : ''
    }
    ${hours(v)} ${share}
  </article>`;
}
