import { ImageKind } from '@assoc/platform-api';

/** Featured products' photos, public (widgets and shop pages), stored by platform's ImageStorage under uploads/products. */
export const PRODUCT_PHOTO: ImageKind = { field: 'photo', folder: 'products', maxMb: 2, access: 'public' };
