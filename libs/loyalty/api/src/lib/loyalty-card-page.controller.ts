import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { AssociationReads, AssociationSummary } from '@assoc/associations-api';
import { customerLocale, customerPageFrame, CustomerSessions, sendCustomerPage } from '@assoc/customers-api';
import { formatCardCode } from '@assoc/customers-domain';
import {
  escapeHtml,
  htmlLang,
  HttpRequest,
  HttpResponse,
  pageLocale,
  Public,
  renderNotFoundPage,
  sendPublicPage,
} from '@assoc/platform-api';
import { Resvg } from '@resvg/resvg-js';
import { toString as qrSvg } from 'qrcode';
import { LoyaltyCardPage } from './loyalty-card-page.service';
import { LOYALTY_CARD_TEXTS } from './loyalty-card-page.texts';
import { cardMain } from './loyalty-card-page.views';

/** The card's home-screen icon: a card with a star, in the public pages' colours (drawn once per size). */
const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" rx="96" fill="#1b5e50"/><rect x="72" y="136" width="368" height="240" rx="28" fill="#fff"/><rect x="72" y="176" width="368" height="40" fill="#e0b84f"/><path d="M256 246l17 35 38 5-28 26 7 38-34-18-34 18 7-38-28-26 38-5z" fill="#1b5e50"/></svg>`;
const ICON_SIZES = [192, 512] as const;
const icons = new Map<number, Buffer>();
function iconPng(size: number): Buffer {
  let png = icons.get(size);
  if (!png) {
    png = Buffer.from(new Resvg(ICON_SVG, { fitTo: { mode: 'width', value: size } }).render().asPng());
    icons.set(size, png);
  }
  return png;
}

/**
 * The customer's loyalty card (issue 17), server-rendered in the customers' page frame: `/communaute/:slug/carte`
 * (QR of the card code, the short code big, balance, rewards and how far, the latest movements) for the signed-in
 * customer only (else to the sign-in page), and what makes it installable on a phone's home screen: a web
 * manifest and its icons under `/communaute/:slug/carte/`.
 */
@Controller('communaute')
export class LoyaltyCardPageController {
  constructor(
    private readonly associations: AssociationReads,
    private readonly sessions: CustomerSessions,
    private readonly cards: LoyaltyCardPage,
  ) {}

  @Public()
  @Get(':slug/carte')
  async card(@Param('slug') slug: string, @Req() req: HttpRequest, @Res() res: HttpResponse): Promise<void> {
    const association = await this.association(slug, req, res);
    if (!association) return;
    const customer = await this.sessions.required(req, res, association);
    if (!customer) return;
    const locale = customerLocale(req, customer);
    const t = LOYALTY_CARD_TEXTS[locale];
    const view = await this.cards.view(customer);
    const code = formatCardCode(view.cardCode);
    const qr = (await qrSvg(view.cardCode, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })).replace(
      '<svg ',
      `<svg role="img" aria-label="${escapeHtml(t.qrAlt(code))}" data-testid="card-qr" width="240" height="240" `,
    );
    const page = customerPageFrame({
      locale,
      url: req.originalUrl,
      title: t.title,
      association: { name: association.name, slug: association.slug },
      customer: { firstName: customer.firstName },
      current: 'card',
      main: cardMain(locale, view, { associationName: association.name, qrSvg: qr, currency: association.currency }),
    });
    // The frame has no slot for head links: the manifest (installable on the home screen) goes in before </head>.
    const base = `/communaute/${encodeURIComponent(association.slug)}/carte`;
    const head = [
      `<link rel="manifest" href="${base}/manifest.webmanifest?lang=${htmlLang(locale)}" />`,
      `<meta name="theme-color" content="#1b5e50" />`,
      `<link rel="apple-touch-icon" href="${base}/icon-192.png" />`,
    ].join('\n    ');
    sendCustomerPage(res, page.replace('</head>', `  ${head}\n  </head>`));
  }

  /** The web app manifest: the card opens full screen from the home screen, in the association's colours. */
  @Public()
  @Get(':slug/carte/manifest.webmanifest')
  async manifest(@Param('slug') slug: string, @Req() req: HttpRequest, @Res() res: HttpResponse): Promise<void> {
    const association = await this.association(slug, req, res);
    if (!association) return;
    const locale = pageLocale(req);
    const base = `/communaute/${encodeURIComponent(association.slug)}`;
    res.header('Content-Type', 'application/manifest+json; charset=utf-8');
    res.header('Cache-Control', 'public, max-age=3600');
    res.send(
      JSON.stringify({
        name: `${LOYALTY_CARD_TEXTS[locale].title} – ${association.name}`,
        short_name: association.name.slice(0, 24),
        lang: htmlLang(locale),
        start_url: `${base}/carte?lang=${htmlLang(locale)}`,
        scope: `${base}/`,
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1b5e50',
        icons: ICON_SIZES.map((size) => ({
          src: `${base}/carte/icon-${size}.png`,
          sizes: `${size}x${size}`,
          type: 'image/png',
          purpose: 'any',
        })),
      }),
    );
  }

  @Public()
  @Get(':slug/carte/icon-:size.png')
  async icon(
    @Param('slug') slug: string,
    @Param('size') size: string,
    @Req() req: HttpRequest,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const px = Number(size);
    if (!ICON_SIZES.includes(px as (typeof ICON_SIZES)[number])) {
      res.status(404).send();
      return;
    }
    if (!(await this.association(slug, req, res))) return;
    res.header('Content-Type', 'image/png');
    res.header('Cache-Control', 'public, max-age=86400');
    res.send(iconPng(px));
  }

  private async association(slug: string, req: HttpRequest, res: HttpResponse): Promise<AssociationSummary | null> {
    const association = await this.associations.bySlug(slug);
    if (association) return association;
    const locale = pageLocale(req);
    sendPublicPage(res, renderNotFoundPage(locale, req.originalUrl, req.originalUrl), { status: 404 });
    return null;
  }
}
