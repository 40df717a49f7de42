import { InMemoryCache } from '@apollo/client';
import { WidgetDocument, WidgetFieldsFragment, WidgetsDocument } from '../graphql/widgets.generated';
import { widgetsTypePolicies } from './widgets.type-policies';

function widget(id: string, name: string): WidgetFieldsFragment & { __typename: 'Widget' } {
  return {
    __typename: 'Widget',
    id,
    name,
    contents: ['SHOPS'],
    shopIds: [],
    trades: [],
    language: 'FR',
    size: 'MEDIUM',
    maxItems: 6,
    accentColor: '#1d4ed8',
    backgroundColor: '#ffffff',
    textColor: '#111827',
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
  } as WidgetFieldsFragment & { __typename: 'Widget' };
}

describe('widgets type policies', () => {
  it('opens a widget the list showed from the cache, without waiting for the server', () => {
    const cache = new InMemoryCache({ typePolicies: widgetsTypePolicies });
    cache.writeQuery({
      query: WidgetsDocument,
      data: { widgets: [widget('w1', 'Vivre à Vitré'), widget('w2', 'Travels')] },
    });
    expect(cache.readQuery({ query: WidgetDocument, variables: { id: 'w2' } })).toEqual({
      widget: widget('w2', 'Travels'),
    });
  });

  it('asks the server for a widget the cache has never seen', () => {
    const cache = new InMemoryCache({ typePolicies: widgetsTypePolicies });
    cache.writeQuery({ query: WidgetsDocument, data: { widgets: [widget('w1', 'Vivre à Vitré')] } });
    expect(cache.readQuery({ query: WidgetDocument, variables: { id: 'unknown' } })).toBeNull();
  });
});
