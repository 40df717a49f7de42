import { Logger } from '@nestjs/common';
import fastify from 'fastify';
import { spawn } from 'node:child_process';
import { Writable } from 'node:stream';
import { AppLogger } from './app-logger';
import { requestIds, requestLines } from './request-logging';

/** An AppLogger writing into an array of parsed JSON lines. */
function capture(level = 'info') {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: new AppLogger({ LOG_LEVEL: level as 'info' }, sink), lines };
}

describe('AppLogger (Nest messages as JSON lines, without a per-request context)', () => {
  afterEach(() => Logger.overrideLogger(false));

  it("writes Nest's messages with their context, an error's stack, and an object's fields", () => {
    const { logger, lines } = capture();
    Logger.overrideLogger(logger);
    new Logger('MailWorker').log('3 mails sent');
    new Logger('Errors').error('boom', 'Error: boom\n    at x (y.ts:1:1)');
    new Logger('Errors').error({ reqId: 7, msg: 'Error: bad\n    at z' });
    new Logger('Jobs').debug('not at info level');
    expect(lines.map(({ level, context, msg, stack, reqId }) => ({ level, context, msg, stack, reqId }))).toEqual([
      { level: 30, context: 'MailWorker', msg: '3 mails sent', stack: undefined, reqId: undefined },
      { level: 50, context: 'Errors', msg: 'boom', stack: 'Error: boom\n    at x (y.ts:1:1)', reqId: undefined },
      { level: 50, context: 'Errors', msg: 'Error: bad\n    at z', stack: undefined, reqId: 7 },
    ]);
  });

  it('writes an Error under err with its message', () => {
    const { logger, lines } = capture();
    logger.warn(new Error('pool exhausted'), 'Database');
    expect(lines[0]).toMatchObject({ level: 40, context: 'Database', msg: 'pool exhausted' });
    expect((lines[0]['err'] as { stack: string }).stack).toContain('pool exhausted');
  });

  it('shares its output with the request lines, whose id a later line can name', async () => {
    const { logger, lines } = capture();
    const requests = requestLines(logger.pino, { isProduction: true });
    const app = fastify({ genReqId: requestIds() });
    app.addHook('onResponse', (request, reply, done) => {
      requests(request, reply);
      done();
    });
    app.get('/x', (request, reply) => {
      logger.error({ reqId: Number(request.id), msg: 'failed' }, 'Errors'); // as the error filter writes it
      return reply.send('ok');
    });
    try {
      await app.inject({ url: '/x' });
    } finally {
      await app.close();
    }
    const [error, request] = lines;
    expect(error).toMatchObject({ msg: 'failed', context: 'Errors' });
    expect(request).toMatchObject({ msg: 'request completed', req: { url: '/x' } });
    expect(error['reqId']).toBe((request['req'] as { id: unknown }).id);
  });
});

describe('AppLogger in production (buffered standard output)', () => {
  /** A process that writes through a production AppLogger, then waits (`stay`) or exits at once. */
  function child(then: 'stay' | 'exit') {
    const script = `
      const { AppLogger } = require(${JSON.stringify(require.resolve('./app-logger'))});
      const logger = new AppLogger({ LOG_LEVEL: 'info', isProduction: true });
      logger.log('first line', 'Test');
      logger.log('second line', 'Test');
      if (${JSON.stringify(then)} === 'exit') process.exit(0);
      setTimeout(() => undefined, 60_000);`;
    const process_ = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], {
      env: { ...process.env, TS_NODE_COMPILER_OPTIONS: '{"module":"commonjs","esModuleInterop":true}' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    process_.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const messages = () =>
      out
        .split('\n')
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as { msg: string }).msg);
    return { process: process_, messages };
  }

  it('writes a quiet instance’s lines within about a second, without waiting for 4 kB more', async () => {
    const { process: running, messages } = child('stay');
    try {
      await new Promise<void>((done) => running.stdout.on('data', () => messages().length === 2 && done()));
      expect(messages()).toEqual(['first line', 'second line']);
      expect(running.exitCode).toBeNull(); // still running: the lines came from the periodic flush
    } finally {
      running.kill();
    }
  });

  it('writes the buffered lines when the process exits at once', async () => {
    const { process: exiting, messages } = child('exit');
    const code = await new Promise<number | null>((done) => exiting.on('close', done));
    expect(code).toBe(0);
    expect(messages()).toEqual(['first line', 'second line']);
  });
});
