import { gql, InMemoryCache } from '@apollo/client';
import { projectsTypePolicies } from './projects.type-policies';

const VOTE = gql`
  query Vote {
    project(id: "p1") {
      id
      vote {
        for
        against
        abstain
        quorumReached
      }
    }
  }
`;
const COUNTS = gql`
  query Counts {
    project(id: "p1") {
      id
      vote {
        for
        against
        abstain
      }
    }
  }
`;

function project(vote: Record<string, unknown>) {
  return { project: { __typename: 'Project', id: 'p1', vote: { __typename: 'VoteResult', ...vote } } };
}

describe('projects type policies', () => {
  it("keeps the vote's quorum when a later answer carries only the counts", () => {
    const cache = new InMemoryCache({ typePolicies: projectsTypePolicies });
    cache.writeQuery({ query: VOTE, data: project({ for: 2, against: 0, abstain: 1, quorumReached: true }) });
    cache.writeQuery({ query: COUNTS, data: project({ for: 3, against: 0, abstain: 0 }) });
    expect(cache.readQuery({ query: VOTE })).toEqual(project({ for: 3, against: 0, abstain: 0, quorumReached: true }));
  });

  it('shows the newest quorum when the answer carries it', () => {
    const cache = new InMemoryCache({ typePolicies: projectsTypePolicies });
    cache.writeQuery({ query: VOTE, data: project({ for: 2, against: 0, abstain: 0, quorumReached: false }) });
    cache.writeQuery({ query: VOTE, data: project({ for: 3, against: 0, abstain: 0, quorumReached: true }) });
    expect(cache.readQuery({ query: VOTE })).toEqual(project({ for: 3, against: 0, abstain: 0, quorumReached: true }));
  });
});
