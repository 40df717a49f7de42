import { GraphqlClient } from '@assoc/platform-testing';

/** GraphQL documents and helpers shared by the network integration tests. */
export const POST_FIELDS = `id text pinned editedAt hidden hiddenReason mine commentCount myReactions
  reactions { emoji symbol count reactedByMe } author { id user { name } } topic { id name } images { id url }`;
export const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { ${POST_FIELDS} } }`;
export const FEED = `query($topicId: ID, $first: Int, $after: String) { feed(topicId: $topicId, first: $first, after: $after) { pageInfo { endCursor hasNextPage } nodes { ${POST_FIELDS} } } }`;
export const CREATE_TOPIC = `mutation($input: CreateTopicInput!) { createTopic(input: $input) { id name openToConsultants position archivedAt } }`;
export const CREATE_COMMENT = `mutation($input: CreateCommentInput!) { createComment(input: $input) { id postId parentId text mine author { user { name } } } }`;
export const NOTIFICATIONS = `{ notifications(first: 50) { nodes { kind subjectType subjectId postId excerpt reason actorName } } }`;

export interface Post {
  id: string;
  text: string;
  pinned: boolean;
  editedAt: string | null;
  hidden: boolean;
  hiddenReason: string | null;
  mine: boolean;
  commentCount: number;
  myReactions: string[];
  reactions: { emoji: string; symbol: string; count: number; reactedByMe: boolean }[];
  author: { id: string; user: { name: string } } | null;
  topic: { id: string; name: string } | null;
  images: { id: string; url: string }[];
}

export interface Notification {
  kind: string;
  subjectType: string;
  subjectId: string | null;
  postId: string | null;
  excerpt: string | null;
  reason: string | null;
  actorName: string | null;
}

export async function createPost(client: GraphqlClient, input: Record<string, unknown>): Promise<Post> {
  return (await client.ok<{ createPost: Post }>(CREATE_POST, { input })).createPost;
}

export async function feed(
  client: GraphqlClient,
  variables: Record<string, unknown> = {},
): Promise<{ nodes: Post[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } }> {
  return (
    await client.ok<{ feed: { nodes: Post[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } }>(FEED, {
      first: 50,
      ...variables,
    })
  ).feed;
}

export async function createTopic(
  client: GraphqlClient,
  name: string,
  openToConsultants = false,
): Promise<{ id: string; name: string }> {
  return (
    await client.ok<{ createTopic: { id: string; name: string } }>(CREATE_TOPIC, { input: { name, openToConsultants } })
  ).createTopic;
}

export async function notifications(client: GraphqlClient): Promise<Notification[]> {
  return (await client.ok<{ notifications: { nodes: Notification[] } }>(NOTIFICATIONS)).notifications.nodes;
}

// The smallest valid PNG (1x1 pixel).
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

export function uploadImage(
  client: GraphqlClient,
  bytes: Buffer = PNG,
  type = 'image/png',
  name = 'photo.png',
): Promise<Response> {
  const form = new FormData();
  form.append('image', new Blob([new Uint8Array(bytes)], { type }), name);
  return client.fetch('/api/network/images', { method: 'POST', body: form });
}

export async function uploadedImageId(client: GraphqlClient): Promise<string> {
  const response = await uploadImage(client);
  if (response.status !== 200) throw new Error(`upload failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { imageId: string }).imageId;
}

export const mention = (name: string, membershipId: string) => `@[${name}](${membershipId})`;
