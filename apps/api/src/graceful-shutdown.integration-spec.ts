import { Controller, Get, Module } from '@nestjs/common';
import { Public, shutDownGracefully } from '@assoc/platform-api';
import { createAssociation, createTestApp, signedUpClient, TestApp } from '@assoc/platform-testing';
import { connect } from 'node:net';
import WebSocket from 'ws';
import { DOMAIN_MODULES } from './app.module';

/** Requests that wait until the test opens the gate: "in flight" for as long as the test wants. */
class Gate {
  arrived = 0;
  private opened = false;
  private held: (() => void)[] = [];
  private watchers: { n: number; resolve: () => void }[] = [];

  pass(): Promise<void> {
    this.arrived++;
    for (const w of this.watchers.filter((w) => this.arrived >= w.n)) w.resolve();
    return this.opened ? Promise.resolve() : new Promise((resolve) => this.held.push(resolve));
  }

  /** Resolves once `n` requests have reached the handler. */
  arrivals(n: number): Promise<void> {
    return this.arrived >= n ? Promise.resolve() : new Promise((resolve) => this.watchers.push({ n, resolve }));
  }

  open(): void {
    this.opened = true;
    this.held.splice(0).forEach((release) => release());
  }
}

let gate = new Gate();

@Controller('slow')
class SlowController {
  @Public()
  @Get()
  async slow(): Promise<{ done: boolean; text: string }> {
    await gate.pass();
    return { done: true, text: 'x'.repeat(4000) };
  }
}

@Module({ controllers: [SlowController] })
class SlowModule {}

/** Resolves once a new TCP connection to the port is refused (the listener is closed). */
async function listenerClosed(url: string): Promise<void> {
  const { port } = new URL(url);
  for (;;) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => resolve(true));
    });
    if (refused) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const slowRequest = (api: TestApp) =>
  fetch(`${api.url}/slow`).then(async (response) => ({
    status: response.status,
    body: (await response.json()) as { done: boolean; text: string },
  }));

describe('graceful shutdown (what main.ts runs on SIGTERM)', () => {
  it('fails readiness at once, serves through the delay, closes WebSockets with 1001, answers every request in flight, then closes', async () => {
    gate = new Gate();
    const api = await createTestApp([...DOMAIN_MODULES, SlowModule], {
      env: { SHUTDOWN_DELAY_MS: '800', SHUTDOWN_TIMEOUT_MS: '20000' },
    });
    const member = await signedUpClient(api);
    const { associationId } = await createAssociation(member);

    // A graphql-ws client, logged in, acknowledged.
    const socket = new WebSocket(`${api.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', {
      headers: { cookie: member.cookieHeader },
    });
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    const acknowledged = new Promise<void>((resolve) =>
      socket.on('message', (data) => JSON.parse(String(data)).type === 'connection_ack' && resolve()),
    );
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { associationId } })));
    await acknowledged;

    // 50 requests in flight before the signal.
    const before = Array.from({ length: 50 }, () => slowRequest(api));
    await gate.arrivals(50);

    const shutdown = shutDownGracefully(api.app, 'SIGTERM');

    // During the delay: not ready, still alive, still serving new requests (told to close the connection).
    const ready = await fetch(`${api.url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ error: { shutdown: { status: 'down' } } });
    expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
    const during = Array.from({ length: 10 }, () => slowRequest(api));
    await gate.arrivals(60);
    const query = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(query.status).toBe(200);
    expect(query.headers.get('connection')).toBe('close');
    expect(await query.json()).toEqual({ data: { me: null } });

    // After the delay: no new connections; the WebSocket is told to go elsewhere.
    await listenerClosed(api.url);
    expect(await closed).toBe(1001);

    // The 60 requests still in flight all get their whole answer.
    gate.open();
    const answers = await Promise.all([...before, ...during]);
    expect(answers).toHaveLength(60);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ done: true, text: 'x'.repeat(4000) });
    }
    await shutdown;
  }, 60_000);

  it('cuts what is still running after SHUTDOWN_TIMEOUT_MS and finishes closing', async () => {
    gate = new Gate();
    const api = await createTestApp([SlowModule], { env: { SHUTDOWN_DELAY_MS: '0', SHUTDOWN_TIMEOUT_MS: '300' } });
    const stuck = slowRequest(api).then(
      () => 'answered',
      () => 'cut',
    );
    await gate.arrivals(1);
    await shutDownGracefully(api.app, 'SIGTERM');
    expect(await stuck).toBe('cut');
    gate.open();
  }, 30_000);
});
