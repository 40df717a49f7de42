import { ImageKind } from '@assoc/platform-api';

/** Featured products' photos, stored by platform's ImageStorage under uploads/products. */
export const PRODUCT_PHOTO: ImageKind = { field: 'photo', folder: 'products', maxMb: 2 };
