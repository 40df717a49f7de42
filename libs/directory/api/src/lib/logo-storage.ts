import { ImageKind } from '@assoc/platform-api';

/** Shop logos, stored by platform's ImageStorage under uploads/logos. */
export const LOGO_IMAGE: ImageKind = { field: 'logo', folder: 'logos', maxMb: 2 };

/** Where the app serves a shop's logo. */
export const logoPath = (file: string | null): string | null => (file ? `/uploads/${LOGO_IMAGE.folder}/${file}` : null);
