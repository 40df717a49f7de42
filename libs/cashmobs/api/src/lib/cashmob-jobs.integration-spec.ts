import { StatementCounter, TestApp } from '@assoc/platform-testing';
import {
  cashmobsWorld,
  DAY,
  freshIp,
  HOUR,
  jobs,
  published,
  SIGN_UP,
  signUpInput,
  slot,
  startApp,
  visitor,
  World,
} from './cashmobs-test-helpers';

describe('reminder and purge jobs', () => {
  let world: World;
  let second: TestApp | undefined;
  beforeAll(async () => {
    world = await cashmobsWorld(2);
    second = await startApp({ databaseUrl: world.api.databaseUrl });
  });
  // The second instance closes first: it shares the first one's database.
  afterAll(async () => {
    await second?.close();
    await world.api.close();
  });

  it('sends each reminder once per confirmed sign-up, in their language, even when two instances race', async () => {
    const c = await published(world, world.shops[0], { capacity: 3 });
    const inputs = [
      signUpInput({ firstName: 'Anne' }),
      signUpInput({ firstName: 'Ben', locale: 'EN' }),
      signUpInput({ firstName: 'Chloé' }),
      signUpInput({ firstName: 'Dan' }),
    ];
    for (const input of inputs) await visitor(world.api, freshIp()).request(SIGN_UP, { slug: c.slug, input });
    const startsAt = new Date(c.startsAt);
    const reminders = async () => (await world.api.mails()).filter((m) => /^(Rappel|Reminder)/.test(m.subject));

    expect(await jobs(world.api).run(new Date(startsAt.getTime() - 25 * HOUR))).toEqual({ reminders: 0, purged: 0 });
    const dayBefore = new Date(startsAt.getTime() - 23 * HOUR);
    const runs = await Promise.all([
      jobs(world.api).run(dayBefore),
      jobs(second as TestApp).run(dayBefore),
      jobs(world.api).run(dayBefore),
      jobs(second as TestApp).run(dayBefore),
    ]);
    expect(runs.reduce((sum, r) => sum + r.reminders, 0)).toBe(3);
    const sent = await reminders();
    expect(sent.map((m) => m.to).sort()).toEqual(
      inputs
        .slice(0, 3)
        .map((i) => i.email)
        .sort(),
    );
    expect(sent.find((m) => m.to === inputs[1].email)?.text).toContain('It’s tomorrow!');
    expect(sent.find((m) => m.to === inputs[0].email)?.text).toContain('C’est demain !');

    const twoHours = new Date(startsAt.getTime() - 90 * 60 * 1000);
    const again = await Promise.all([jobs(world.api).run(twoHours), jobs(second as TestApp).run(twoHours)]);
    expect(again.reduce((sum, r) => sum + r.reminders, 0)).toBe(3);
    expect(await jobs(world.api).run(twoHours)).toEqual({ reminders: 0, purged: 0 });
    const all = await reminders();
    expect(all).toHaveLength(6);
    for (const input of inputs.slice(0, 3)) expect(all.filter((m) => m.to === input.email)).toHaveLength(2);
    expect(all.filter((m) => m.text.includes('deux heures') || m.text.includes('two hours'))).toHaveLength(3);
  });

  it('anonymises sign-ups 30 days after the end, once, keeping the counts', async () => {
    const c = await published(world, world.shops[1]);
    for (const input of [signUpInput(), signUpInput()])
      await visitor(world.api, freshIp()).request(SIGN_UP, { slug: c.slug, input });
    const endsAt = new Date(c.endsAt);
    const REPORT = `query($id: ID!) { cashmobReport(id: $id) { confirmed } }`;
    expect(await world.president.ok(REPORT, { id: c.id })).toEqual({ cashmobReport: { confirmed: 2 } });
    expect((await jobs(world.api).run(new Date(endsAt.getTime() + 29 * DAY))).purged).toBe(0);
    const at = new Date(endsAt.getTime() + 30 * DAY);
    const runs = await Promise.all([jobs(world.api).run(at), jobs(second as TestApp).run(at)]);
    // the first test's cashmob ended earlier: both are purged, each once
    expect(runs.reduce((sum, r) => sum + r.purged, 0)).toBe(2);
    const rows = await world.api.dataSource.query(
      `SELECT "firstName", email, "manageTokenHash", "anonymisedAt" FROM cashmob_sign_ups WHERE "cashmobId" = $1`,
      [c.id],
    );
    expect(rows).toEqual([
      { firstName: null, email: null, manageTokenHash: null, anonymisedAt: at },
      { firstName: null, email: null, manageTokenHash: null, anonymisedAt: at },
    ]);
    expect(await world.president.ok(REPORT, { id: c.id })).toEqual({ cashmobReport: { confirmed: 2 } });
    expect((await jobs(world.api).run(at)).purged).toBe(0);
  });

  it('reads a cashmob’s venue once for a batch of its reminders, not once per sign-up', async () => {
    const c = await published(world, world.shops[0], slot(world.api.clock.now(), 12));
    for (const firstName of ['Eva', 'Farid', 'Gaëlle', 'Hugo'])
      await visitor(world.api, freshIp()).request(SIGN_UP, { slug: c.slug, input: signUpInput({ firstName }) });
    const counter = new StatementCounter(world.api.dataSource);
    try {
      const { sql, result } = await counter.measure(() =>
        jobs(world.api).run(new Date(new Date(c.startsAt).getTime() - 23 * HOUR)),
      );
      expect(result).toEqual({ reminders: 4, purged: 0 });
      expect(sql.filter((statement) => statement.includes('FROM shops'))).toHaveLength(1);
    } finally {
      counter.restore();
    }
  });
});
