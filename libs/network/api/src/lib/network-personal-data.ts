import { Injectable, OnModuleInit } from '@nestjs/common';
import { MembershipReads } from '@assoc/associations-api';
import {
  afterCommit,
  Clock,
  DataFile,
  DataPart,
  DataSection,
  dataTime,
  DataValue,
  ImageStorage,
  PersonalData,
  PersonSubject,
} from '@assoc/platform-api';
import { EntityManager, FindOptionsWhere, In, IsNull } from 'typeorm';
import { CommentEntity } from './comment.entity';
import { POST_IMAGE } from './post-image-storage';
import { PostImageEntity } from './post-image.entity';
import { PostReactionEntity } from './post-reaction.entity';
import { PostEntity } from './post.entity';
import { TopicEntity } from './topic.entity';

const iso = dataTime;
const imageKey = (image: PostImageEntity): string => `uploads/${POST_IMAGE.folder}/${image.fileName}`;
const imageInArchive = (image: PostImageEntity): string =>
  `files/network/${image.id}.${image.fileName.split('.').pop()}`;

/** Whose rows: a person's memberships (in the subject's associations), or a whole association. */
type Scope = { associationIds: string[]; membershipIds: string[] | null };

/**
 * What the network holds about a person (issue 25): their posts, comments, reactions, the images they uploaded
 * and the moderation they did. (Topics have no followers and mentions live inside the texts: nothing else is
 * the person's.) Erasing the person empties and deletes what they wrote (the rows stay so the threads keep their
 * shape: others' comments under their posts and replies to their comments are the others' words and stay theirs,
 * out of sight with the post), deletes their reactions and their images (files removed after the commit); the
 * search indexes follow the emptied texts (triggers), and their member entry leaves with the membership. A
 * moderator's hiding of someone else's post is the association's moderation record: it stays, under
 * "Ancien membre". An association's export holds its topics, posts, comments, reactions and images; erasing it
 * empties every text and deletes reactions and images, the topics stay.
 */
@Injectable()
export class NetworkPersonalData implements OnModuleInit {
  constructor(
    private readonly personalData: PersonalData,
    private readonly memberships: MembershipReads,
    private readonly storage: ImageStorage,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.personalData.register({
      domain: 'network',
      exportPerson: (subject, manager) => this.exportPerson(subject, manager),
      erasePerson: (subject, manager) => this.erasePerson(subject, manager),
      exportAssociation: (associationId, manager) => this.exportAssociation(associationId, manager),
      eraseAssociation: (associationId, manager) => this.eraseAssociation(associationId, manager),
    });
  }

  /** The person's memberships; with `lock`, held FOR UPDATE until the closing commits (their writes wait, then find them removed). */
  private async personScope(subject: PersonSubject, manager: EntityManager, lock = false): Promise<Scope | null> {
    const memberships = await this.memberships.personMemberships(subject.userId, subject.associationIds, manager, lock);
    return memberships.length
      ? { associationIds: [...subject.associationIds], membershipIds: memberships.map((m) => m.id) }
      : null;
  }

  async exportPerson(subject: PersonSubject, manager: EntityManager): Promise<DataPart> {
    const scope = await this.personScope(subject, manager);
    if (!scope) return { sections: [] };
    const part = await this.export(scope, manager, 'person');
    const moderated = await this.moderatedBy(scope, manager);
    part.sections.push(moderated);
    return part;
  }

  async exportAssociation(associationId: string, manager: EntityManager): Promise<DataPart> {
    const topics = await manager.find(TopicEntity, { where: { associationId }, order: { position: 'ASC', id: 'ASC' } });
    const part = await this.export({ associationIds: [associationId], membershipIds: null }, manager, 'association');
    part.sections.unshift({
      name: 'network-topics',
      description: {
        fr: 'Les thèmes du réseau : nom, ouvert aux consultants, archivé.',
        en: 'The network’s topics: name, open to consultants, archived.',
      },
      columns: ['topicId', 'name', 'openToConsultants', 'createdAt', 'archivedAt'],
      rows: topics.map((t) => ({
        topicId: t.id,
        name: t.name,
        openToConsultants: t.openToConsultants,
        createdAt: iso(t.createdAt),
        archivedAt: iso(t.archivedAt),
      })),
    });
    return part;
  }

  async erasePerson(subject: PersonSubject, manager: EntityManager): Promise<void> {
    const scope = await this.personScope(subject, manager, true);
    if (scope) await this.erase(scope, manager);
  }

  async eraseAssociation(associationId: string, manager: EntityManager): Promise<void> {
    await this.erase({ associationIds: [associationId], membershipIds: null }, manager);
  }

  private async export(scope: Scope, manager: EntityManager, whose: 'person' | 'association'): Promise<DataPart> {
    const association = { associationId: In(scope.associationIds) };
    const by = (column: string) => (scope.membershipIds ? { [column]: In(scope.membershipIds) } : {});
    const order = { createdAt: 'ASC' as const, id: 'ASC' as const };
    const posts = await manager.find(PostEntity, {
      where: { ...association, ...by('authorMembershipId') },
      relations: { topic: true },
      order,
    });
    const comments = await manager.find(CommentEntity, {
      where: { ...association, ...by('authorMembershipId') },
      order,
    });
    const reactions = await manager.find(PostReactionEntity, {
      where: { ...association, ...by('membershipId') },
      order,
    });
    const images = await manager.find(PostImageEntity, {
      where: { ...association, ...by('uploaderMembershipId') },
      relations: { post: true },
      order,
    });
    // A deleted post's image files are gone (its rows stay): they are listed, not attached.
    const stored = images.filter((i) => !i.post?.deletedAt);
    const names =
      whose === 'association'
        ? await this.names(scope.associationIds[0], [...posts, ...comments], reactions, manager)
        : null;
    const author = (membershipId: string): Record<string, DataValue> =>
      names ? { author: names.get(membershipId) ?? null } : {};
    const person = whose === 'person';
    const sections: DataSection[] = [
      {
        name: 'network-posts',
        description: person
          ? {
              fr: 'Vos publications : texte, thème, épinglage, dates de création, de modification, de suppression et de masquage.',
              en: 'Your posts: text, topic, pinning, when they were written, edited, deleted or hidden.',
            }
          : {
              fr: 'Les publications : auteur, texte, thème, épinglage, dates de création, de modification, de suppression et de masquage.',
              en: 'The posts: author, text, topic, pinning, when they were written, edited, deleted or hidden.',
            },
        columns: [
          'postId',
          ...(person ? [] : ['author']),
          'topic',
          'text',
          'pinned',
          'createdAt',
          'editedAt',
          'deletedAt',
          'hiddenAt',
          'hiddenReason',
        ],
        rows: posts.map((p) => ({
          postId: p.id,
          ...author(p.authorMembershipId),
          topic: p.topic?.name ?? null,
          text: p.text,
          pinned: p.pinned,
          createdAt: iso(p.createdAt),
          editedAt: iso(p.editedAt),
          deletedAt: iso(p.deletedAt),
          hiddenAt: iso(p.hiddenAt),
          hiddenReason: p.hiddenReason,
        })),
      },
      {
        name: 'network-comments',
        description: person
          ? {
              fr: 'Vos commentaires et réponses : publication commentée, texte, dates.',
              en: 'Your comments and replies: the post commented on, text, dates.',
            }
          : {
              fr: 'Les commentaires et réponses : publication, auteur, texte, dates.',
              en: 'The comments and replies: post, author, text, dates.',
            },
        columns: [
          'commentId',
          'postId',
          'replyTo',
          ...(person ? [] : ['author']),
          'text',
          'createdAt',
          'editedAt',
          'deletedAt',
          'hiddenAt',
          'hiddenReason',
        ],
        rows: comments.map((c) => ({
          commentId: c.id,
          postId: c.postId,
          replyTo: c.parentId,
          ...author(c.authorMembershipId),
          text: c.text,
          createdAt: iso(c.createdAt),
          editedAt: iso(c.editedAt),
          deletedAt: iso(c.deletedAt),
          hiddenAt: iso(c.hiddenAt),
          hiddenReason: c.hiddenReason,
        })),
      },
      {
        name: 'network-reactions',
        description: person
          ? { fr: 'Vos réactions aux publications.', en: 'Your reactions to posts.' }
          : { fr: 'Les réactions aux publications, par membre.', en: 'The reactions to posts, by member.' },
        columns: ['postId', ...(person ? [] : ['member']), 'emoji', 'createdAt'],
        rows: reactions.map((r) => ({
          postId: r.postId,
          ...(names ? { member: names.get(r.membershipId) ?? null } : {}),
          emoji: r.emoji,
          createdAt: iso(r.createdAt),
        })),
      },
      {
        name: 'network-images',
        description: {
          fr: 'Les images déposées pour des publications ; le fichier est dans files/network (sauf celles des publications supprimées, effacées).',
          en: 'The images uploaded for posts; the file is in files/network (except those of deleted posts, which were erased).',
        },
        columns: ['imageId', 'postId', 'position', 'file', 'createdAt'],
        rows: images.map((i) => ({
          imageId: i.id,
          postId: i.postId,
          position: i.position,
          file: stored.includes(i) ? imageInArchive(i) : null,
          createdAt: iso(i.createdAt),
        })),
      },
    ];
    const files: DataFile[] = stored.map((i) => ({ path: imageInArchive(i), key: imageKey(i) }));
    return { sections, files };
  }

  /** What the person hid as a moderator (the association's record; the hidden content is its author's). */
  private async moderatedBy(scope: Scope, manager: EntityManager): Promise<DataSection> {
    const where = {
      associationId: In(scope.associationIds),
      hiddenByMembershipId: In(scope.membershipIds ?? []),
    };
    const posts = await manager.find(PostEntity, { where, order: { hiddenAt: 'ASC', id: 'ASC' } });
    const comments = await manager.find(CommentEntity, { where, order: { hiddenAt: 'ASC', id: 'ASC' } });
    return {
      name: 'network-moderation',
      description: {
        fr: 'Ce que vous avez masqué en modérant : publication ou commentaire, date et motif.',
        en: 'What you hid as a moderator: post or comment, when and why.',
      },
      columns: ['kind', 'id', 'hiddenAt', 'reason'],
      rows: [
        ...posts.map((p) => ({ kind: 'post', id: p.id, hiddenAt: iso(p.hiddenAt), reason: p.hiddenReason })),
        ...comments.map((c) => ({ kind: 'comment', id: c.id, hiddenAt: iso(c.hiddenAt), reason: c.hiddenReason })),
      ],
    };
  }

  /** Authors' and reactors' names (as the association shows them: "Ancien membre" for a closed account). */
  private async names(
    associationId: string,
    written: readonly { authorMembershipId: string }[],
    reactions: readonly PostReactionEntity[],
    manager: EntityManager,
  ): Promise<Map<string, string>> {
    const ids = [...new Set([...written.map((w) => w.authorMembershipId), ...reactions.map((r) => r.membershipId)])];
    const contacts = await this.memberships.contacts(associationId, ids, manager);
    return new Map(contacts.map((c) => [c.membershipId, c.name]));
  }

  /**
   * Empties and deletes the texts written in the scope (posts, comments: the search vectors follow by trigger),
   * deletes its reactions and images (files removed once the transaction commits).
   */
  private async erase(scope: Scope, manager: EntityManager): Promise<void> {
    const association = { associationId: In(scope.associationIds) };
    const by = (column: string) => (scope.membershipIds ? { [column]: In(scope.membershipIds) } : {});
    const now = this.clock.now();
    for (const entity of [PostEntity, CommentEntity]) {
      const where = { ...association, ...by('authorMembershipId') };
      await manager.update(entity, where, { text: '', hiddenReason: null });
      await manager.update(entity, { ...where, deletedAt: IsNull() } as FindOptionsWhere<PostEntity>, {
        deletedAt: now,
      });
    }
    await manager.delete(PostReactionEntity, { ...association, ...by('membershipId') });
    const images = await manager.find(PostImageEntity, { where: { ...association, ...by('uploaderMembershipId') } });
    if (!images.length) return;
    await manager.delete(PostImageEntity, { id: In(images.map((i) => i.id)) });
    await afterCommit(manager, 'Deleting erased post images', async () => {
      for (const image of images) await this.storage.remove(POST_IMAGE, image.fileName);
    });
  }
}
