import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AssociationReads, AssociationSummary } from '@assoc/associations-api';
import { joinCustomerLink } from '@assoc/customers-domain';
import { AppConfig, AppError, Clock, QueryShapes } from '@assoc/platform-api';
import {
  selectWidgetSections,
  shownProductIds,
  WidgetFeed,
  WidgetLanguage,
  withProductMarks,
} from '@assoc/widgets-domain';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { FeaturedProductMarks } from './featured-product-marks';
import { PublicCatalogue } from './public-catalogue.service';
import { WidgetEntity } from './widget.entity';

/**
 * The public data of a widget, without an account: what its association shows the public
 * (PublicCatalogue), of the kinds, shops and trades the widget chose, in its language.
 */
@Injectable()
export class WidgetFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalogue: PublicCatalogue,
    private readonly associations: AssociationReads,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly marks: FeaturedProductMarks,
  ) {}

  /** The widget's read, its SQL generated once (every public widget request runs it). */
  private readonly shapes = new QueryShapes();

  async feed(id: string): Promise<WidgetFeed> {
    const manager = this.dataSource.manager;
    // The widget and its association in one query (the association's public facts as associations answers them).
    const widget = isUUID(id)
      ? ((await this.shapes
          .getRawAndEntities<WidgetEntity, { association: AssociationSummary | null }>(
            'widget',
            manager
              .createQueryBuilder(WidgetEntity, 'w')
              .addSelect(this.associations.summaryJson('w."associationId"'), 'association')
              .where('w.id = :id', { id }),
          )
          .then(({ entities, raw }) =>
            entities[0] ? Object.assign(entities[0], { association: raw[0]?.association ?? null }) : null,
          )) as (WidgetEntity & { association: AssociationSummary | null }) | null)
      : null;
    const association = widget?.association;
    if (!widget || !association) throw AppError.notFound();
    const lang = widget.language === WidgetLanguage.EN ? 'en' : 'fr';
    // The widget's shops, trades and maxItems go into the queries: no kind reads more than it can show.
    const candidates = await this.catalogue.read(
      association.id,
      widget.contents,
      lang,
      this.clock.now(),
      { shopIds: widget.shopIds, trades: widget.trades },
      widget.maxItems,
    );
    const sections = selectWidgetSections(widget, candidates);
    // The shown products' marks (community's co-created ones): one more statement, only when products are shown.
    const marks = await this.marks.of(association, shownProductIds(sections), lang);
    return {
      id: widget.id,
      lang,
      size: widget.size,
      colours: { accent: widget.accentColor, background: widget.backgroundColor, text: widget.textColor },
      association: { name: association.name, town: association.town },
      timeZone: association.timeZone,
      currency: association.currency,
      sections: withProductMarks(sections, marks),
      joinUrl: joinCustomerLink(association.slug, lang, 'widget', this.config.PUBLIC_URL),
    };
  }
}
