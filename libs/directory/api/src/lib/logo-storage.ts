import { ImageKind } from '@assoc/platform-api';

/** Shop logos, public (shown on the public shop pages and widgets), stored by platform's ImageStorage under uploads/logos. */
export const LOGO_IMAGE: ImageKind = { field: 'logo', folder: 'logos', maxMb: 2, access: 'public' };

/** Where the app serves a shop's logo. */
export const logoPath = (file: string | null): string | null => (file ? `/uploads/${LOGO_IMAGE.folder}/${file}` : null);

/** The stored logo's name in a link made from `logoPath` (absolute or not); null for any other link. */
export const logoFileOf = (url: string | null): string | null =>
  (url && new RegExp(`/uploads/${LOGO_IMAGE.folder}/([^/?#]+)$`).exec(url)?.[1]) || null;
