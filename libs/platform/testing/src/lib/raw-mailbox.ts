import { NodemailerTransport, OutgoingMail } from '@assoc/platform-api';
import { ParsedMail, simpleParser } from 'mailparser';
import { createTransport } from 'nodemailer';

/**
 * A mail transport for tests (createTestApp's `mailTransport`): the app's own NodemailerTransport
 * writes each mail as the RFC 5322 message it would hand to SMTP, kept here and read back with
 * mailparser as a mail client reads it (headers, List-Unsubscribe, Message-ID).
 */
export class RawMailbox extends NodemailerTransport {
  readonly messages: Buffer[] = [];

  constructor() {
    super(createTransport({ streamTransport: true, buffer: true, newline: 'windows' }));
  }

  override async send(mail: OutgoingMail): Promise<void> {
    const info = (await this.deliver(mail)) as { message: Buffer };
    this.messages.push(info.message);
  }

  /** Every message sent so far, parsed, in sending order. */
  read(): Promise<ParsedMail[]> {
    return Promise.all(this.messages.map((message) => simpleParser(message)));
  }
}
