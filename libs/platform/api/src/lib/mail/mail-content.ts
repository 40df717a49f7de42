/** A small file sent with a mail (an .ics invitation), kept as text in the outbox. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface MailContent {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: MailAttachment[];
}

export interface MailLayout {
  to: string;
  subject: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footer?: string;
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** One simple, readable layout for every transactional mail, as text and as HTML. */
export function renderMail(layout: MailLayout): MailContent {
  const text = [
    layout.greeting,
    '',
    ...layout.paragraphs.flatMap((p) => [p, '']),
    ...(layout.action ? [`${layout.action.label} : ${layout.action.url}`, ''] : []),
    layout.footer ?? '',
  ]
    .join('\n')
    .trim();
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#222;max-width:560px">
<p>${escapeHtml(layout.greeting)}</p>
${layout.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${layout.action ? `<p><a href="${escapeHtml(layout.action.url)}" style="background:#8a3b12;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(layout.action.label)}</a></p><p style="font-size:12px;color:#666">${escapeHtml(layout.action.url)}</p>` : ''}
${layout.footer ? `<p style="font-size:12px;color:#666">${escapeHtml(layout.footer)}</p>` : ''}
</body></html>`;
  return { to: layout.to, subject: layout.subject, text, html };
}
