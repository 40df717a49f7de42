import { CurrentMember, HttpRequest, requestLoader } from '@assoc/platform-api';
import { postImageUrl } from './post-image-storage';
import { PostImageModel } from './post-image.model';
import { PostImagesService } from './post-images.service';

/** The images of a page of posts: one query per request. */
export function postImagesLoader(req: HttpRequest, images: PostImagesService, viewer: CurrentMember) {
  return requestLoader<string, PostImageModel[]>(req, `network:post-images:${viewer.associationId}`, async (postIds) =>
    (await images.byPosts(viewer.associationId, postIds)).map((list) =>
      list.map((i) => ({ id: i.id, url: postImageUrl(i.id) })),
    ),
  );
}
