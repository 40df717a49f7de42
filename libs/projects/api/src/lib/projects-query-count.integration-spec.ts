import { GraphqlClient } from '@assoc/platform-testing';
import { createProject, JOIN, openProject, projectsWorld, World } from './projects-test-helpers';

describe('the project list costs a bounded number of SQL queries whatever the page size', () => {
  let world: World;
  let queries = 0;
  type Runner = { query: (...args: unknown[]) => Promise<unknown> };
  let runner: Runner;
  let original: Runner['query'];

  beforeAll(async () => {
    world = await projectsWorld(2);
    for (let i = 0; i < 30; i++) {
      if (i % 10 === 0) {
        const opened = await openProject(world, { title: `Ouvert ${i}` });
        await world.members[0].ok(JOIN, { id: opened.id });
      } else await createProject(world.api, world.members[i % 2], { title: `Projet ${i}` });
    }
    runner = Object.getPrototypeOf(world.api.dataSource.createQueryRunner()) as Runner;
    original = runner.query;
    runner.query = function (this: unknown, ...args: unknown[]) {
      queries += 1;
      return original.apply(this, args);
    };
  }, 60_000);
  afterAll(async () => {
    if (original) runner.query = original;
    await world.api.close();
  });

  const LIST = `query($first: Int) { projects(first: $first) { nodes { id title consultantIds totals { includingVatCents soloTotalCents }
    budgetLines { label vatCents } shares { cents savingCents } myShare { cents savingCents } participating myVote } } }`;

  async function count(client: GraphqlClient, first: number): Promise<{ queries: number; projects: number }> {
    queries = 0;
    const data = await client.ok<{ projects: { nodes: unknown[] } }>(LIST, { first });
    return { queries, projects: data.projects.nodes.length };
  }

  it('counts the same queries for 5 and for 30 projects, with budgets, shares, savings and the caller’s vote', async () => {
    const five = await count(world.members[0], 5);
    const thirty = await count(world.members[0], 30);
    expect([five.projects, thirty.projects]).toEqual([5, 30]);
    expect(thirty.queries).toBe(five.queries);
    // Session and membership checks, the page, then one query per loader (entities, lines, participants, consultants, votes).
    expect(five.queries).toBeLessThanOrEqual(9);
  });
});
