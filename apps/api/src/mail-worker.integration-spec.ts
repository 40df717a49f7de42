import { createTestApp, TestApp } from '@assoc/platform-testing';
import { MailOutbox, MailTransport, OutboxMailEntity } from '@assoc/platform-api';
import { IsNull } from 'typeorm';

class CountingTransport extends MailTransport {
  readonly sent: string[] = [];
  failFor = new Set<string>();
  async send(mail: { to: string }): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 2));
    if (this.failFor.has(mail.to)) throw new Error('SMTP refused');
    this.sent.push(mail.to);
  }
}

describe('mail outbox and worker', () => {
  let first: TestApp;
  let second: TestApp;
  const transports = [new CountingTransport(), new CountingTransport()];

  beforeAll(async () => {
    first = await createTestApp([], { mailTransport: transports[0] });
    second = await createTestApp([], { mailTransport: transports[1], databaseUrl: first.databaseUrl });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('sends each mail exactly once when two API instances work the same outbox', async () => {
    const outbox = first.app.get(MailOutbox);
    await first.dataSource.transaction(async (manager) => {
      for (let i = 0; i < 60; i++)
        await outbox.enqueue(manager, {
          to: `person${i}@example.fr`,
          subject: 'Bonjour',
          text: 'Texte',
          html: '<p>Texte</p>',
        });
    });
    let sent = 0;
    for (let round = 0; round < 5; round++)
      sent += (
        await Promise.all([first.sendMails(), second.sendMails(), first.sendMails(), second.sendMails()])
      ).reduce((a, b) => a + b, 0);
    const all = [...transports[0].sent, ...transports[1].sent];
    expect(sent).toBe(60);
    expect(all.length).toBe(60);
    expect(new Set(all).size).toBe(60);
    expect(transports[0].sent.length).toBeGreaterThan(0);
    expect(transports[1].sent.length).toBeGreaterThan(0);
    expect(await first.dataSource.getRepository(OutboxMailEntity).countBy({ sentAt: IsNull() })).toBe(0);
  });

  it('writes no mail when the transaction that caused it fails', async () => {
    const outbox = first.app.get(MailOutbox);
    await expect(
      first.dataSource.transaction(async (manager) => {
        await outbox.enqueue(manager, { to: 'ghost@example.fr', subject: 'Jamais', text: 'x', html: 'x' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await first.dataSource.getRepository(OutboxMailEntity).countBy({ to: 'ghost@example.fr' })).toBe(0);
  });

  it('keeps a refused mail for a later retry instead of losing it', async () => {
    transports[0].failFor.add('refused@example.fr');
    const outbox = first.app.get(MailOutbox);
    await first.dataSource.transaction((manager) =>
      outbox.enqueue(manager, { to: 'refused@example.fr', subject: 'Retry', text: 'x', html: 'x' }),
    );
    await first.sendMails();
    const row = await first.dataSource.getRepository(OutboxMailEntity).findOneByOrFail({ to: 'refused@example.fr' });
    expect(row).toMatchObject({ sentAt: null, attempts: 1, lastError: 'Error: SMTP refused' });
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(first.clock.nowMs());
  });

  it('keeps mails queued and sends none while mail is disabled (MAIL_ENABLED=false), then sends them once enabled', async () => {
    const silent = new CountingTransport();
    const disabled = await createTestApp([], {
      mailTransport: silent,
      databaseUrl: first.databaseUrl,
      env: { MAIL_ENABLED: 'false' },
    });
    try {
      await disabled.dataSource.transaction((manager) =>
        disabled.app
          .get(MailOutbox)
          .enqueue(manager, { to: 'later@example.fr', subject: 'Plus tard', text: 'x', html: 'x' }),
      );
      expect(await disabled.sendMails()).toBe(0);
      expect(silent.sent).toEqual([]);
      const row = await disabled.dataSource.getRepository(OutboxMailEntity).findOneByOrFail({ to: 'later@example.fr' });
      expect(row).toMatchObject({ sentAt: null, attempts: 0 });
    } finally {
      await disabled.close();
    }
    await first.sendMails();
    expect(transports[0].sent).toContain('later@example.fr');
  });
});
