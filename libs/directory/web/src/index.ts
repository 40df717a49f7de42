export { directoryRoutes } from './lib/directory.routes';
export { ShopLogo } from './lib/shared/shop-logo';
export { OpeningHoursTable } from './lib/shared/opening-hours-table';
export { directoryTexts } from './lib/directory.texts';
