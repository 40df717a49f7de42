import { gql, InMemoryCache } from '@apollo/client';
import { composeTypePolicies } from './type-policies';

describe('composeTypePolicies', () => {
  it("keeps each domain's fields of a shared type such as Query", () => {
    const composed = composeTypePolicies({
      network: { Query: { fields: { feed: { keyArgs: false } } } },
      projects: { Query: { fields: { projects: { keyArgs: ['status'] } } }, Vote: { keyFields: false } },
    });
    expect(Object.keys(composed['Query'].fields ?? {})).toEqual(['feed', 'projects']);
    expect(composed['Vote'].keyFields).toBe(false);
  });

  it('refuses a type or field that two domains both set, naming them', () => {
    expect(() =>
      composeTypePolicies({ network: { Post: { keyFields: ['id'] } }, projects: { Post: { keyFields: ['slug'] } } }),
    ).toThrow('Type policy Post is defined by both network and projects');
    expect(() =>
      composeTypePolicies({
        network: { Query: { fields: { feed: { keyArgs: false } } } },
        projects: { Query: { fields: { feed: { keyArgs: ['x'] } } } },
      }),
    ).toThrow('Type policy Query.feed is defined by both network and projects');
  });

  it('gives Apollo a cache in which a merge policy keeps the fields a later answer leaves out', () => {
    const cache = new InMemoryCache({
      typePolicies: composeTypePolicies({ projects: { Summary: { merge: true } } }),
    });
    const full = gql`
      query {
        item(id: 1) {
          id
          summary {
            yes
            reached
          }
        }
      }
    `;
    const partial = gql`
      query {
        item(id: 1) {
          id
          summary {
            yes
          }
        }
      }
    `;
    cache.writeQuery({
      query: full,
      data: { item: { __typename: 'Item', id: 1, summary: { __typename: 'Summary', yes: 1, reached: true } } },
    });
    cache.writeQuery({
      query: partial,
      data: { item: { __typename: 'Item', id: 1, summary: { __typename: 'Summary', yes: 2 } } },
    });
    expect(cache.readQuery<{ item: { summary: unknown } }>({ query: full })?.item.summary).toEqual({
      __typename: 'Summary',
      yes: 2,
      reached: true,
    });
  });
});
