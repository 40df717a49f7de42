import { FeaturedProductEntity } from './featured-product.entity';
import { WidgetEntity } from './widget.entity';

/**
 * The tables this library owns (the widgets domain): its module registers them with TypeORM,
 * and apps/api composes every library's list for the TypeORM CLI, the tests and the running API.
 */
export const WIDGETS_ENTITIES = [WidgetEntity, FeaturedProductEntity];
