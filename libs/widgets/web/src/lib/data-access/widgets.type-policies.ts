import type { DomainTypePolicies } from '@assoc/platform-web/core';

/**
 * `widget(id)` reads the widget the list already cached, so opening a widget from the list shows
 * it at once (the server's answer follows, cache-and-network).
 */
export const widgetsTypePolicies: DomainTypePolicies = {
  Query: {
    fields: {
      widget: {
        read: (existing, { args, toReference }) => existing ?? toReference({ __typename: 'Widget', id: args?.['id'] }),
      },
    },
  },
};
