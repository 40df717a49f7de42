import { createTransport, Transporter } from 'nodemailer';
import { MailAttachment } from './mail-content';

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  attachments?: MailAttachment[];
}

/** Sends mails through SMTP_URL; without it, nodemailer's JSON transport only renders them (they stay in the dev mailbox). */
export abstract class MailTransport {
  abstract send(mail: OutgoingMail): Promise<void>;
}

export class NodemailerTransport extends MailTransport {
  private readonly transporter: Transporter;

  constructor(smtpUrl: string | undefined) {
    super();
    this.transporter = smtpUrl ? createTransport(smtpUrl) : createTransport({ jsonTransport: true });
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail({
      ...mail,
      html: mail.html ?? undefined,
      attachments: (mail.attachments ?? []).map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        content: a.content,
      })),
    });
  }
}
