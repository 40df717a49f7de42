import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = join(__dirname, '../../../../..');
const SCRIPT = join(ROOT, 'libs/platform/api/src/lib/database/testing/stoppable-embedded.ts');

/** A real PostgreSQL of the test's own that it can stop and start again (same port, same data). */
export interface StoppablePostgres {
  /** The `postgres` database of that server. */
  url: string;
  /** Stops the server (fast shutdown: open connections are cut with 57P01). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it for good and deletes its files. */
  close(): Promise<void>;
}

/**
 * Starts an embedded PostgreSQL in a child process (see stoppable-embedded.ts), for tests of what
 * the API does while its database is away, and after it is back.
 */
export async function startStoppablePostgres(): Promise<StoppablePostgres> {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', SCRIPT],
    { cwd: ROOT, env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'libs/platform/api/tsconfig.json') } },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  const waiting: { expect: (line: string) => boolean; resolve: (line: string) => void }[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    const at = waiting.findIndex((w) => w.expect(line));
    if (at >= 0) waiting.splice(at, 1)[0].resolve(line);
  });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`stoppable PostgreSQL exited (${code}): ${stderr}`))),
  );
  exited.catch(() => undefined);
  const next = (expect: (line: string) => boolean) =>
    Promise.race([new Promise<string>((resolve) => waiting.push({ expect, resolve })), exited]);
  const command = async (name: string, answer: string) => {
    const done = next((line) => line === answer);
    child.stdin.write(`${name}\n`);
    await done;
  };
  const first = await next((line) => line.startsWith('{'));
  return {
    url: (JSON.parse(first) as { url: string }).url,
    stop: () => command('stop', 'stopped'),
    start: () => command('start', 'started'),
    close: async () => {
      const ended = new Promise((resolve) => child.once('exit', resolve));
      child.stdin.end();
      await ended;
    },
  };
}
