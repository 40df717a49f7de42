import { ImageKind } from '@assoc/platform-api';

/** Campaign cover images, public (the campaign's public page), stored by platform's ImageStorage under uploads/campaigns. */
export const COVER_IMAGE: ImageKind = { field: 'cover', folder: 'campaigns', maxMb: 5, access: 'public' };

/** Where the app serves a stored cover. */
export const coverUrl = (file: string | null): string | null =>
  file ? `/uploads/${COVER_IMAGE.folder}/${file}` : null;
