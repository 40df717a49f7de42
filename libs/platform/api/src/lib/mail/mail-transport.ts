import { createTransport, Transporter } from 'nodemailer';

/** Sends mails through SMTP_URL; without it, nodemailer's JSON transport only renders them (they stay in the dev mailbox). */
export abstract class MailTransport {
  abstract send(mail: { from: string; to: string; subject: string; text: string; html?: string | null }): Promise<void>;
}

export class NodemailerTransport extends MailTransport {
  private readonly transporter: Transporter;

  constructor(smtpUrl: string | undefined) {
    super();
    this.transporter = smtpUrl ? createTransport(smtpUrl) : createTransport({ jsonTransport: true });
  }

  async send(mail: { from: string; to: string; subject: string; text: string; html?: string | null }): Promise<void> {
    await this.transporter.sendMail({ ...mail, html: mail.html ?? undefined });
  }
}
