import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AssociationEntity } from '@assoc/associations-api';
import { AppError, Clock } from '@assoc/platform-api';
import { selectWidgetSections, WidgetFeed, WidgetLanguage } from '@assoc/widgets-domain';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
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
    private readonly clock: Clock,
  ) {}

  async feed(id: string): Promise<WidgetFeed> {
    const manager = this.dataSource.manager;
    // The widget and its association in one query.
    const widget = isUUID(id)
      ? ((await manager
          .createQueryBuilder(WidgetEntity, 'w')
          .innerJoinAndMapOne('w.association', AssociationEntity, 'a', 'a.id = w."associationId"')
          .where('w.id = :id', { id })
          .getOne()) as (WidgetEntity & { association: AssociationEntity }) | null)
      : null;
    const association = widget?.association;
    if (!widget || !association) throw AppError.notFound();
    const lang = widget.language === WidgetLanguage.EN ? 'en' : 'fr';
    // The widget's shops, trades and maxItems go into the queries: no kind reads more than it can show.
    const candidates = await this.catalogue.read(
      association,
      widget.contents,
      lang,
      this.clock.now(),
      { shopIds: widget.shopIds, trades: widget.trades },
      widget.maxItems,
    );
    return {
      id: widget.id,
      lang,
      size: widget.size,
      colours: { accent: widget.accentColor, background: widget.backgroundColor, text: widget.textColor },
      association: { name: association.name, town: association.town },
      timeZone: association.timeZone,
      currency: association.currency,
      sections: selectWidgetSections(widget, candidates),
    };
  }
}
