import { ImageKind } from '@assoc/platform-api';

/** Post images, stored by platform's ImageStorage under uploads/posts. */
export const POST_IMAGE: ImageKind = { field: 'image', folder: 'posts', maxMb: 5 };

export function postImageUrl(fileName: string): string {
  return `/uploads/${POST_IMAGE.folder}/${fileName}`;
}
