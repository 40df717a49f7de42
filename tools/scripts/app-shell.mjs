#!/usr/bin/env node
/**
 * The log-in page's app shell (ADR 0022): after the Angular build, writes `login.fr.html` and
 * `login.en.html` beside index.html: the same page with the public frame and the log-in card drawn in
 * plain HTML (the texts from the shell's and identity's translation files, the styles from the global
 * style sheet: no inline script or style, the CSP holds). The API answers GET /login with the one in
 * the reader's language (apps/api/src/web-app.ts), so a phone draws the page before the scripts arrive;
 * the app removes it once its first page has rendered (apps/web/src/app/app.ts). It is inert and
 * hidden from assistive technology: nothing can be typed into it and lost.
 *
 * Usage: node tools/scripts/app-shell.mjs <browser output folder>
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = resolve(process.argv[2] ?? 'dist/apps/web/browser');
const index = readFileSync(join(out, 'index.html'), 'utf8');
const json = (path) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const icon = (name) => {
  const file = join(ROOT, 'libs/shared/util/src/icons', `${name}.ts`);
  const path = existsSync(file) ? /=\s*'([^']+)'/.exec(readFileSync(file, 'utf8'))?.[1] : undefined;
  if (!path) throw new Error(`no icon ${name} in libs/shared/util/src/icons`);
  return `<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><path fill="currentColor" d="${path}"/></svg>`;
};
const escape = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

for (const lang of ['fr', 'en']) {
  const shell = json(`apps/web/public/i18n/${lang}.json`);
  const { identity } = json(`libs/identity/web/src/i18n/${lang}.json`);
  const t = (text) => escape(text);
  const field = (label, type) =>
    `<label class="app-shell-field"><span>${t(label)}</span><input type="${type}" tabindex="-1"></label>`;
  const markup =
    `<div id="app-shell" class="app-shell" inert aria-hidden="true">` +
    `<header class="app-shell-toolbar"><span class="app-shell-mark">${icon('store')}</span>` +
    `<span class="app-shell-name">${t(shell.app.name)}</span><span class="app-shell-lang">${lang.toUpperCase()}</span></header>` +
    `<main class="app-shell-content"><div class="app-shell-card">` +
    `<h1>${t(identity.logIn.title)}</h1><p class="app-shell-subtitle">${t(identity.logIn.subtitle)}</p>` +
    field(identity.fields.email, 'email') +
    field(identity.fields.password, 'password') +
    `<p class="app-shell-forgot">${t(identity.logIn.forgot)}</p>` +
    `<span class="app-shell-button">${t(identity.logIn.submit)}</span>` +
    `<p class="app-shell-footer">${t(identity.logIn.noAccount)} <u>${t(identity.logIn.toSignUp)}</u></p>` +
    `</div></main><footer class="app-shell-tagline">${t(shell.app.tagline)}</footer></div>`;
  const page = index
    .replace(/<html\b([^>]*)\blang="[^"]*"/i, (_, before) => `<html${before}lang="${lang}"`)
    .replace(/<title>[\s\S]*?<\/title>/i, () => `<title>${t(identity.logIn.title)} · ${t(shell.app.name)}</title>`)
    .replace(/<assoc-root>/i, () => `${markup}<assoc-root>`);
  if (!page.includes('id="app-shell"')) throw new Error('index.html has no <assoc-root>');
  writeFileSync(join(out, `login.${lang}.html`), page);
}
console.log(`app shell: login.fr.html and login.en.html in ${out}`);
