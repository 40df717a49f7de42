import { ImageKind } from '@assoc/platform-api';

/** Post images, private to those who may read the post, stored by platform's ImageStorage under uploads/posts. */
export const POST_IMAGE: ImageKind = { field: 'image', folder: 'posts', maxMb: 5, access: 'private' };

/** Where the app serves a post's image: only to the members who may read the post (its uploader before that). */
export function postImageUrl(imageId: string): string {
  return `/api/network/images/${imageId}`;
}
