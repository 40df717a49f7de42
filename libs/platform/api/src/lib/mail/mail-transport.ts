import { createTransport, SentMessageInfo, Transporter } from 'nodemailer';
import { MailAttachment } from './mail-content';

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  attachments?: MailAttachment[];
  /** Header fields from the outbox: `Message-ID` and, for mails a member can stop, `List-Unsubscribe`. */
  headers?: Record<string, string>;
}

/** Sends mails through SMTP_URL; without it, nodemailer's JSON transport only renders them (they stay in the dev mailbox). */
export abstract class MailTransport {
  abstract send(mail: OutgoingMail): Promise<void>;
}

export class NodemailerTransport extends MailTransport {
  private readonly transporter: Transporter;

  /** An SMTP URL, nothing (JSON transport), or a ready transporter (the tests' raw message stream). */
  constructor(smtp: string | undefined | Transporter) {
    super();
    this.transporter =
      typeof smtp === 'object' ? smtp : smtp ? createTransport(smtp) : createTransport({ jsonTransport: true });
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.deliver(mail);
  }

  /** Sends and returns what nodemailer answers (the raw message, with a stream transport). */
  protected deliver(mail: OutgoingMail): Promise<SentMessageInfo> {
    const { 'Message-ID': messageId, ...headers } = mail.headers ?? {};
    return this.transporter.sendMail({
      ...mail,
      html: mail.html ?? undefined,
      messageId,
      headers,
      attachments: (mail.attachments ?? []).map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        content: a.content,
      })),
    });
  }
}
