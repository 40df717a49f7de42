import { InMemoryCache } from '@apollo/client';
import {
  NotificationPreferencesDocument,
  UpdateNotificationPreferenceDocument,
} from '../graphql/notifications.generated';
import { notificationsTypePolicies } from './notifications.type-policies';

const preference = (kind: string, frequency: string) => ({ __typename: 'NotificationPreference', kind, frequency });

describe('notifications type policies', () => {
  it('shows the saved frequency in the cached preferences once the change is answered', () => {
    const cache = new InMemoryCache({ typePolicies: notificationsTypePolicies });
    cache.writeQuery({
      query: NotificationPreferencesDocument,
      data: { notificationPreferences: [preference('MENTION', 'IMMEDIATELY'), preference('NEW_POST', 'DAILY_DIGEST')] },
    } as never);
    cache.writeQuery({
      query: UpdateNotificationPreferenceDocument,
      dataId: 'ROOT_MUTATION',
      variables: { input: { kind: 'NEW_POST', frequency: 'NEVER' } },
      data: { updateNotificationPreference: preference('NEW_POST', 'NEVER') },
    } as never);
    expect(cache.readQuery({ query: NotificationPreferencesDocument })).toEqual({
      notificationPreferences: [preference('MENTION', 'IMMEDIATELY'), preference('NEW_POST', 'NEVER')],
    });
  });
});
