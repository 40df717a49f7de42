import {
  DEFAULT_EMAIL_FREQUENCY,
  EmailFrequency,
  frequenciesWithDefaults,
  NOTIFICATION_KINDS,
  NotificationKind,
  notificationPath,
} from '../index';

describe('e-mail frequencies', () => {
  it('falls back to each kind’s default where the member chose nothing', () => {
    const frequencies = frequenciesWithDefaults([{ kind: NotificationKind.MENTION, frequency: EmailFrequency.NEVER }]);
    expect(frequencies[NotificationKind.MENTION]).toBe(EmailFrequency.NEVER);
    expect(frequencies[NotificationKind.COMMENT_ON_MY_POST]).toBe(
      DEFAULT_EMAIL_FREQUENCY[NotificationKind.COMMENT_ON_MY_POST],
    );
    expect(Object.keys(frequencies).sort()).toEqual([...NOTIFICATION_KINDS].sort());
  });

  it('tells people at once about what is addressed to them, and sums up the chatter', () => {
    expect(DEFAULT_EMAIL_FREQUENCY[NotificationKind.MENTION]).toBe(EmailFrequency.IMMEDIATELY);
    expect(DEFAULT_EMAIL_FREQUENCY[NotificationKind.MODERATION]).toBe(EmailFrequency.IMMEDIATELY);
    expect(DEFAULT_EMAIL_FREQUENCY[NotificationKind.COMMENT_ON_MY_POST]).toBe(EmailFrequency.DAILY_DIGEST);
  });
});

describe('where a notification leads', () => {
  it('opens the post, scrolled to the comment when it is about one', () => {
    expect(notificationPath({ subjectType: 'POST', subjectId: 'p1', postId: 'p1' })).toEqual({
      path: ['/feed/posts', 'p1'],
    });
    expect(notificationPath({ subjectType: 'COMMENT', subjectId: 'c1', postId: 'p1' })).toEqual({
      path: ['/feed/posts', 'p1'],
      fragment: 'comment-c1',
    });
  });

  it('opens the project for project notifications', () => {
    expect(notificationPath({ subjectType: 'PROJECT', subjectId: 'x1' })).toEqual({ path: ['/projects', 'x1'] });
  });

  it('has nowhere to go without a subject', () => {
    expect(notificationPath({ subjectType: 'POST', subjectId: null, postId: null })).toBeNull();
    expect(notificationPath({ subjectType: 'PROJECT', subjectId: null })).toBeNull();
  });
});
