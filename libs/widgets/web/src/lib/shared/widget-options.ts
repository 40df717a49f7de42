import { TradeCategory } from '@assoc/directory-domain';
import { WidgetContent, WidgetLanguage, WidgetSize } from '@assoc/widgets-domain';

export const CONTENTS: readonly WidgetContent[] = [
  WidgetContent.OFFERS,
  WidgetContent.CASHMOBS,
  WidgetContent.PRODUCTS,
  WidgetContent.SHOPS,
];
export const LANGUAGES: readonly WidgetLanguage[] = [WidgetLanguage.FR, WidgetLanguage.EN];
export const SIZES: readonly WidgetSize[] = [WidgetSize.SMALL, WidgetSize.MEDIUM, WidgetSize.LARGE];
export const TRADES: readonly TradeCategory[] = Object.values(TradeCategory);
