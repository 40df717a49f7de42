import type { TypePolicies } from '@apollo/client';

/** A preference has no id: one per kind in the current association (the store is reset on switching). */
export const notificationsTypePolicies: TypePolicies = {
  NotificationPreference: { keyFields: ['kind'] },
};
