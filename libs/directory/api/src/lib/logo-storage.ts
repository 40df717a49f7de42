import { ImageKind } from '@assoc/platform-api';

/** Shop logos, public (shown on the public shop pages and widgets), stored by platform's ImageStorage under uploads/logos. */
export const LOGO_IMAGE: ImageKind = { field: 'logo', folder: 'logos', maxMb: 2, access: 'public' };

/** Where the app serves a shop's logo. */
export const logoPath = (file: string | null): string | null => (file ? `/uploads/${LOGO_IMAGE.folder}/${file}` : null);
