import { Injectable } from '@nestjs/common';
import { AppConfig } from '@assoc/platform-api';
import { toString } from 'qrcode';

/** The app's links for campaigns, and QR codes of them (SVG data URLs: small, sharp at any size, made on the server, offline). */
@Injectable()
export class PromotionLinks {
  constructor(private readonly config: AppConfig) {}

  /** The public campaign page. */
  publicPage(slug: string, offerId?: string): string {
    return `${this.base()}/p/${encodeURIComponent(slug)}${offerId ? `?offer=${encodeURIComponent(offerId)}` : ''}`;
  }

  /** An absolute link to a path the app serves (a cover under /uploads/…). */
  absolute(path: string): string {
    return `${this.base()}${path}`;
  }

  /** What a shop's phone opens when its camera reads a code: the redemption page with the code filled in. */
  redeem(code: string): string {
    return `${this.base()}/redeem/${encodeURIComponent(code)}`;
  }

  async qrDataUrl(text: string): Promise<string> {
    const svg = await toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  }

  private base(): string {
    return this.config.PUBLIC_URL.replace(/\/+$/, '');
  }
}
