import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TradeCategory } from '@assoc/directory-domain';
import { WidgetContent, WidgetLanguage, WidgetSize } from '@assoc/widgets-domain';

registerEnumType(WidgetContent, { name: 'WidgetContent' });
registerEnumType(WidgetLanguage, { name: 'WidgetLanguage' });
registerEnumType(WidgetSize, { name: 'WidgetSize' });

@ObjectType('Widget', {
  description:
    'An embeddable widget (blog-up store), as the president and board manage it; its public data is at /api/public/widgets/:id.',
})
export class WidgetModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => [WidgetContent]) contents!: WidgetContent[];
  @Field(() => [ID]) shopIds!: string[];
  @Field(() => [TradeCategory]) trades!: TradeCategory[];
  @Field(() => WidgetLanguage) language!: WidgetLanguage;
  @Field(() => WidgetSize) size!: WidgetSize;
  @Field(() => Int) maxItems!: number;
  @Field() accentColor!: string;
  @Field() backgroundColor!: string;
  @Field() textColor!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) updatedAt!: Date | null;
}

@ObjectType('WidgetShopChoice', { description: 'A shop of the association a widget may show.' })
export class WidgetShopChoiceModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => TradeCategory) trade!: TradeCategory;
}

@ObjectType('FeaturedProduct', { description: 'A product one’s shop puts forward in the association’s widgets.' })
export class FeaturedProductModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) shopId!: string;
  @Field() name!: string;
  @Field(() => Int, { nullable: true }) priceCents!: number | null;
  @Field() text!: string;
  @Field(() => String, { nullable: true }) link!: string | null;
  @Field(() => String, { nullable: true, description: 'Served by the app (PNG, JPEG or WebP).' }) photoUrl!:
    string | null;
  @Field(() => Int) position!: number;
}

@ObjectType('MyFeaturedProducts', { description: 'One’s shop and its featured products (at most `max`).' })
export class MyFeaturedProductsModel {
  @Field(() => ID, { nullable: true, description: 'Null: no shop yet (save it in “My shop” first).' }) shopId!:
    string | null;
  @Field(() => String, { nullable: true }) shopName!: string | null;
  @Field(() => Int) max!: number;
  @Field(() => [FeaturedProductModel]) products!: FeaturedProductModel[];
}
