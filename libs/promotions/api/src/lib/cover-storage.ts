import { ImageKind } from '@assoc/platform-api';

/** Campaign cover images, public (the campaign's public page), stored by platform's ImageStorage under uploads/campaigns. */
export const COVER_IMAGE: ImageKind = { field: 'cover', folder: 'campaigns', maxMb: 5, access: 'public' };

/** Where the app serves a stored cover. */
export const coverUrl = (file: string | null): string | null =>
  file ? `/uploads/${COVER_IMAGE.folder}/${file}` : null;

/** The stored cover's name in a URL made by `coverUrl` (null for any other URL). */
export const coverFileOf = (url: string | null): string | null =>
  url?.startsWith(`/uploads/${COVER_IMAGE.folder}/`) ? url.slice(`/uploads/${COVER_IMAGE.folder}/`.length) : null;
