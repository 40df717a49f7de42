/**
 * Run by mail-worker-crash.integration-spec.ts in a child process: an API instance whose only job
 * here is the mail worker (MAIL_WORKER on, polling every 50 ms) on DATABASE_URL, sending through
 * the parent process, which plays the SMTP server: each mail is handed to it over IPC ("deliver":
 * the server has it), and the send returns only when the parent answers ("accepted", the 250
 * reply), so the parent decides when the worker has a mail in hand. SIGTERM closes the app as
 * main.ts does; SIGKILL is a crash.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { httpAdapter, loadConfig, MailTransport, MailWorker, OutgoingMail, PlatformModule } from '@assoc/platform-api';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type FromParent = { type: 'accepted'; seq: number };

class ParentSmtp extends MailTransport {
  private seq = 0;
  private readonly waiting = new Map<number, () => void>();

  constructor() {
    super();
    process.on('message', (message: FromParent) => {
      if (message.type === 'accepted') this.waiting.get(message.seq)?.();
    });
  }

  async send(mail: OutgoingMail): Promise<void> {
    const seq = ++this.seq;
    await new Promise<void>((resolve) => {
      this.waiting.set(seq, resolve);
      process.send?.({ type: 'deliver', seq, to: mail.to });
    });
    this.waiting.delete(seq);
  }
}

async function main(): Promise<void> {
  const databaseUrl = process.env['DATABASE_URL'] as string;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    TEST_CLOCK: 'false',
    MAIL_WORKER: 'true',
    MAIL_POLL_MS: '50',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'assoc-mail-child-')),
  });
  const app = await NestFactory.create(
    PlatformModule.forRoot({ config, databaseUrl, migrations: [], mailTransport: new ParentSmtp() }),
    // The API's adapter (Nest's default would be Express, which the API no longer has).
    httpAdapter(config),
    { logger: false },
  );
  // Tell the parent when the shutdown has reached the worker (its stop flag is set synchronously).
  const worker = app.get(MailWorker);
  const destroy = worker.onModuleDestroy.bind(worker);
  worker.onModuleDestroy = () => {
    const stopped = destroy();
    process.send?.({ type: 'stopping' });
    return stopped;
  };
  process.once('SIGTERM', () => {
    void app.close().then(() => process.exit(0));
  });
  await app.init();
  process.send?.({ type: 'ready' });
}

main().catch((error) => {
  process.stderr.write(String(error?.stack ?? error));
  process.exit(1);
});
