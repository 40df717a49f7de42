import { Injectable } from '@nestjs/common';
import { AppConfig } from '@assoc/platform-api';
import { WidgetLang, WidgetProductMark } from '@assoc/widgets-domain';

/** A mark a featured product carries on the public pages (issue 17: community's "imaginé avec nos clients"). */
export interface FeaturedProductMark {
  /** What the badge says, in French and English. */
  label: { fr: string; en: string };
  /** Where it leads: a path of the app's public site (e.g. `/communaute/:slug/idees/:id`), made absolute here. */
  path: string;
}

/** The association whose featured products are shown: its id, and its public slug for the links. */
export interface MarkedAssociation {
  id: string;
  slug: string;
}

/**
 * A domain that marks featured products (community, which uses widgets: widgets cannot read it, so it registers
 * here from its module's `onModuleInit`). Given featured products of ONE association, it answers those that carry
 * its mark, reading only that association's rows, in one statement at most.
 */
export interface FeaturedProductMarkProvider {
  /** The domain's name, one provider per domain. */
  domain: string;
  marks(
    association: MarkedAssociation,
    productIds: readonly string[],
  ): Promise<ReadonlyMap<string, FeaturedProductMark>>;
}

/**
 * The marks of featured products, as the public shop page (/b/:id) and the widgets' JSON show them. Nothing is read
 * when no product is shown or no domain registered; else one statement per provider (one today: community).
 */
@Injectable()
export class FeaturedProductMarks {
  private readonly providers = new Map<string, FeaturedProductMarkProvider>();

  constructor(private readonly config: AppConfig) {}

  register(provider: FeaturedProductMarkProvider): void {
    if (this.providers.has(provider.domain))
      throw new Error(`Featured product marks of ${provider.domain} registered twice`);
    this.providers.set(provider.domain, provider);
  }

  /**
   * The marks of these products of the association, by product id, in `lang`, their links absolute (widgets run on
   * other sites) and in that language: only the ids asked, the first provider's mark (by domain name) when several.
   */
  async of(
    association: MarkedAssociation,
    productIds: readonly string[],
    lang: WidgetLang,
  ): Promise<Map<string, WidgetProductMark>> {
    const ids = [...new Set(productIds)];
    const marks = new Map<string, WidgetProductMark>();
    if (!ids.length || !this.providers.size) return marks;
    const providers = [...this.providers.values()].sort((a, b) => a.domain.localeCompare(b.domain));
    const answers = await Promise.all(providers.map((provider) => provider.marks(association, ids)));
    for (const answer of answers)
      for (const id of ids) {
        const mark = answer.get(id);
        if (mark && !marks.has(id) && /^\/(?![/\\])/.test(mark.path))
          marks.set(id, { label: mark.label[lang], url: this.link(mark.path, lang) });
      }
    return marks;
  }

  private link(path: string, lang: WidgetLang): string {
    return `${this.config.PUBLIC_URL.replace(/\/+$/, '')}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
  }
}
