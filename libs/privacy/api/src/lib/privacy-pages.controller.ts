import { Controller, Get, Req, Res } from '@nestjs/common';
import {
  AppConfig,
  HttpRequest,
  HttpResponse,
  Locale,
  PageLocale,
  Public,
  PUBLIC_PAGE_TEXTS,
  renderPublicPage,
  sendPublicPage,
} from '@assoc/platform-api';
import { registeredRetention } from '@assoc/platform-domain';
import { legalMain, Operator, privacyMain, privacyPageWords } from './privacy-pages.views';

/**
 * The public privacy page (`GET /privacy`) and legal notice (`GET /legal`), rendered on the server like the
 * other public pages (ADR 0022): readable without signing in and without JavaScript, by people and search
 * engines alike, in French or English (`?lang=`, else Accept-Language). The operator's identity comes from
 * the configuration; the retention periods from the registry the purge jobs read (`registeredRetention`).
 * Registered before the static files.
 */
@Controller()
export class PrivacyPagesController {
  constructor(private readonly config: AppConfig) {}

  private operator(): Operator {
    const c = this.config;
    return {
      name: c.OPERATOR_NAME,
      address: c.OPERATOR_ADDRESS,
      email: c.OPERATOR_EMAIL,
      director: c.PUBLICATION_DIRECTOR,
      hostName: c.HOST_NAME,
      hostAddress: c.HOST_ADDRESS,
    };
  }

  private page(locale: Locale, req: HttpRequest, title: string, path: string, description: string) {
    return {
      locale,
      url: req.originalUrl,
      openGraph: {
        title,
        description,
        siteName: PUBLIC_PAGE_TEXTS[locale].brand,
        url: `${this.config.PUBLIC_URL}${path}`,
      },
    };
  }

  @Public()
  @Get('privacy')
  privacy(@PageLocale() locale: Locale, @Req() req: HttpRequest, @Res() res: HttpResponse): void {
    const w = privacyPageWords(locale);
    sendPublicPage(
      res,
      renderPublicPage({
        ...this.page(locale, req, w.privacyTitle, '/privacy', w.privacyLead),
        main: privacyMain(locale, this.operator(), registeredRetention()),
      }),
    );
  }

  @Public()
  @Get('legal')
  legal(@PageLocale() locale: Locale, @Req() req: HttpRequest, @Res() res: HttpResponse): void {
    const w = privacyPageWords(locale);
    sendPublicPage(
      res,
      renderPublicPage({
        ...this.page(locale, req, w.legalTitle, '/legal', w.legalTitle),
        main: legalMain(locale, this.operator()),
      }),
    );
  }
}
