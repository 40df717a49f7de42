import { ApolloClient, ApolloLink, gql, InMemoryCache } from '@apollo/client';
import { Observable } from 'rxjs';
import { sessionEndedLink } from './session-ended';

/** A client whose server answers `answer` to every operation, behind the link. */
function clientAnswering(answer: ApolloLink.Result, ended: () => void) {
  const server = new ApolloLink(
    () =>
      new Observable((observer) => {
        observer.next(answer);
        observer.complete();
      }),
  );
  return new ApolloClient({ link: ApolloLink.from([sessionEndedLink(ended), server]), cache: new InMemoryCache() });
}

const ME = gql`
  query Me {
    me {
      id
    }
  }
`;

describe('sessionEndedLink', () => {
  it('reports an UNAUTHENTICATED answer', async () => {
    const ended = jest.fn();
    const client = clientAnswering(
      { data: null, errors: [{ message: 'Not logged in', extensions: { code: 'UNAUTHENTICATED' } }] },
      ended,
    );
    await client.query({ query: ME }).catch(() => undefined);
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('ignores other errors and good answers', async () => {
    const ended = jest.fn();
    await clientAnswering({ data: null, errors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }] }, ended)
      .query({ query: ME })
      .catch(() => undefined);
    await clientAnswering({ data: { me: { __typename: 'User', id: '1' } } }, ended).query({ query: ME });
    expect(ended).not.toHaveBeenCalled();
  });
});
