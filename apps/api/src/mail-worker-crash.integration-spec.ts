import { MAIL_LEASE_MS, MailOutbox, MailTransport, OutboxMailEntity } from '@assoc/platform-api';
import { createTestApp, TestApp } from '@assoc/platform-testing';
import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { IsNull } from 'typeorm';

const root = join(__dirname, '../../..');

/** The SMTP server both workers send to: how many times each address was delivered. */
class Deliveries {
  readonly count = new Map<string, number>();
  add(to: string): void {
    this.count.set(to, (this.count.get(to) ?? 0) + 1);
  }
  of(prefix: string): number[] {
    return [...this.count].filter(([to]) => to.startsWith(prefix)).map(([, n]) => n);
  }
}

/** The instance that takes over, in this process, delivering to the same server. */
class TakeoverTransport extends MailTransport {
  constructor(private readonly deliveries: Deliveries) {
    super();
  }
  async send(mail: { to: string }): Promise<void> {
    this.deliveries.add(mail.to);
  }
}

type FromChild = { type: 'ready' | 'stopping' } | { type: 'deliver'; seq: number; to: string };

/**
 * A worker in a child process (the real app wiring, its own connections) whose sends the test
 * answers: the first `accepted` ones at once, then the next one is held (the mail in hand).
 */
function startWorker(databaseUrl: string, deliveries: Deliveries, accepted: number) {
  const child: ChildProcess = fork(join(__dirname, 'testing/mail-worker-process.ts'), [], {
    cwd: root,
    execArgv: ['-r', 'ts-node/register/transpile-only', '-r', join(root, 'tools/paths/register.cjs')],
    env: { ...process.env, DATABASE_URL: databaseUrl, TS_NODE_PROJECT: join(root, 'apps/api/tsconfig.app.json') },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  let inHand!: (value: { seq: number; to: string }) => void;
  const held = new Promise<{ seq: number; to: string }>((resolve) => (inHand = resolve));
  let stopping!: () => void;
  const stopped = new Promise<void>((resolve) => (stopping = resolve));
  const exited = new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, stderr })),
  );
  let sent = 0;
  child.on('message', (message: FromChild) => {
    if (message.type === 'stopping') stopping();
    if (message.type !== 'deliver') return;
    deliveries.add(message.to); // the server has the mail
    if (++sent <= accepted) child.send({ type: 'accepted', seq: message.seq });
    else if (sent === accepted + 1) inHand(message);
  });
  return { child, held, stopped, exited, delivered: () => sent };
}

describe('mail worker: a stopped or crashed instance duplicates at most the mail in hand (issue 15)', () => {
  let takeover: TestApp;
  const deliveries = new Deliveries();

  beforeAll(async () => {
    takeover = await createTestApp([], { mailTransport: new TakeoverTransport(deliveries) });
  });
  afterAll(() => takeover.close());

  async function queue(prefix: string, count: number): Promise<void> {
    const outbox = takeover.app.get(MailOutbox);
    await takeover.dataSource.transaction(async (manager) => {
      for (let i = 0; i < count; i++)
        await outbox.enqueue(manager, { to: `${prefix}${i}@example.fr`, subject: 'Bonjour', text: 'x', html: 'x' });
    });
  }

  /** The instance in this process sends whatever is due until nothing is left. */
  async function drain(): Promise<void> {
    while ((await takeover.sendMails()) > 0);
  }

  it('SIGTERM in the middle of a batch: the worker finishes the mail in hand and stops; each mail is delivered once', async () => {
    await queue('term', 30);
    const worker = startWorker(takeover.databaseUrl, deliveries, 4);
    await worker.held; // the fifth mail is at the server, its answer not yet back
    worker.child.kill('SIGTERM');
    await worker.stopped; // the shutdown has reached the worker...
    worker.child.send({ type: 'accepted', seq: 5 }); // ...and now the server answers
    const exit = await worker.exited;
    expect(exit).toMatchObject({ code: 0, stderr: '' });
    expect(worker.delivered()).toBe(5); // stopped after the mail in hand
    await drain();
    const counts = deliveries.of('term');
    expect(counts).toHaveLength(30);
    expect(counts.filter((n) => n !== 1)).toEqual([]);
    expect(await takeover.dataSource.getRepository(OutboxMailEntity).countBy({ sentAt: IsNull() })).toBe(0);
  }, 120_000);

  it('kill -9 in the middle of a batch: only the mail in hand is delivered twice, after its lease', async () => {
    await queue('kill', 30);
    const worker = startWorker(takeover.databaseUrl, deliveries, 4);
    const inHand = await worker.held;
    worker.child.kill('SIGKILL');
    expect(await worker.exited).toMatchObject({ signal: 'SIGKILL' });
    // The others are not held: the other instance sends them at once.
    await drain();
    expect(deliveries.of('kill').filter((n) => n === 1)).toHaveLength(30);
    const pending = await takeover.dataSource.getRepository(OutboxMailEntity).findBy({ sentAt: IsNull() });
    expect(pending.map((m) => m.to)).toEqual([inHand.to]);
    // Its lease over, the mail in hand is sent again: the one duplicate a crash can cause.
    await takeover.advanceClock(MAIL_LEASE_MS + 1000);
    expect(deliveries.count.get(inHand.to)).toBe(2);
    expect(deliveries.of('kill').filter((n) => n !== 1)).toEqual([2]);
    expect(await takeover.dataSource.getRepository(OutboxMailEntity).countBy({ sentAt: IsNull() })).toBe(0);
  }, 120_000);
});
