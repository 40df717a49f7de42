import { notificationLink, plainExcerpt, sentenceKey } from './notification-text';

describe('notification text', () => {
  it('shows mention tokens as @Name in excerpts', () => {
    expect(plainExcerpt('Merci @[Lucie Gautier](0b6f1f8e-3c1a-4d2b-9f3e-2a1b3c4d5e6f) !')).toBe(
      'Merci @Lucie Gautier !',
    );
    expect(plainExcerpt(null)).toBe('');
  });

  it('words moderation by what was hidden', () => {
    expect(sentenceKey({ kind: 'PROJECT_DECIDED', subjectType: 'PROJECT', outcome: 'FUNDED' })).toBe(
      'notifications.kind.PROJECT_DECIDED_FUNDED',
    );
    expect(sentenceKey({ kind: 'MODERATION', subjectType: 'COMMENT' })).toBe('notifications.kind.MODERATION_COMMENT');
    expect(sentenceKey({ kind: 'MODERATION', subjectType: 'POST' })).toBe('notifications.kind.MODERATION_POST');
    expect(sentenceKey({ kind: 'MENTION', subjectType: 'POST' })).toBe('notifications.kind.MENTION');
  });

  it('opens the post, at the comment when it is about one', () => {
    expect(notificationLink({ postId: 'p1', subjectType: 'COMMENT', subjectId: 'c1' })).toEqual({
      path: ['/feed/posts', 'p1'],
      fragment: 'comment-c1',
    });
    expect(notificationLink({ postId: 'p1', subjectType: 'POST', subjectId: 'p1' })).toEqual({
      path: ['/feed/posts', 'p1'],
    });
    expect(notificationLink({ postId: null, subjectType: 'POST', subjectId: null })).toBeNull();
  });
});
