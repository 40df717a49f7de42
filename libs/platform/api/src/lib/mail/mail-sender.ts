/** Who the mails come from, and the domain their Message-ID names (see README, "Configuration"). */

/** The sender when MAIL_FROM is not set: no-reply at PUBLIC_URL's host (localhost while it is not a URL). */
export function defaultMailFrom(publicUrl: string): string {
  let host = 'localhost';
  try {
    host = new URL(publicUrl).hostname;
  } catch {
    // PUBLIC_URL's own check reports it.
  }
  return `Association de commerçants <no-reply@${host}>`;
}

/** The domain of a sender written `Name <address>` or `address`, lower case ('' when there is none). */
export function senderDomain(mailFrom: string): string {
  const address = /<([^<>]*)>\s*$/.exec(mailFrom)?.[1] ?? mailFrom;
  const at = address.lastIndexOf('@');
  return at < 0
    ? ''
    : address
        .slice(at + 1)
        .trim()
        .replace(/\.$/, '')
        .toLowerCase();
}

/**
 * Why mail providers would refuse or bin mails from this sender, or null: a domain that is not a
 * public name (localhost, an address, a single label) cannot pass SPF, DKIM or DMARC, and every
 * Message-ID would end in it.
 */
export function mailSenderWarning(mailFrom: string): string | null {
  const domain = senderDomain(mailFrom);
  const local =
    !domain ||
    domain === 'localhost' ||
    domain.endsWith('.localhost') ||
    !domain.includes('.') ||
    /^\[?[\d.:]+\]?$/.test(domain);
  return local
    ? `Mails are sent from "${mailFrom}": its domain "${domain}" is not a public one, so mail providers will reject ` +
        'or bin them and every Message-ID ends with it. Set PUBLIC_URL to the public address, or MAIL_FROM.'
    : null;
}
