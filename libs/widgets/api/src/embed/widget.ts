/**
 * The blog-up store's embed script, served as /widget.js (bundled and minified by esbuild, see
 * widget-script.ts). Plain DOM, no framework, no cookie, no tracking. Pasted as
 *   <script async src="https://HOST/widget.js" data-widget="ID"></script>
 * it renders right where the tag is; it also fills every <div data-assoc-widget="ID"> of the page.
 * `data-lang` chooses the placeholder's language; `data-fresh` revalidates the data (the app's preview).
 * Everything is drawn inside a Shadow DOM, so the host page's styles do not reach the widget and
 * the widget's do not leak out. Data comes from GET /api/public/widgets/:id without credentials;
 * any failure (404, 429, 500, network, bad data) shows one discreet line, never a broken page, and
 * nothing is thrown to the page's console.
 */
import { TRADE_CATEGORY_LABELS } from '@assoc/directory-domain';
import {
  fillText,
  formatWidgetDay,
  formatWidgetPrice,
  formatWidgetSlot,
  WIDGET_SIZE_METRICS,
  WIDGET_TEXTS,
  WidgetContent,
  WidgetFeed,
  WidgetItem,
  WidgetLang,
  WidgetSize,
} from '@assoc/widgets-domain';

const READY = 'data-assoc-widget-ready';
const COLOUR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

const CSS = `
:host{all:initial;display:block}
.w{all:initial;display:block;box-sizing:border-box;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:var(--fs);line-height:1.4;color:var(--text);background:var(--bg);border:1px solid color-mix(in srgb,var(--text) 15%,transparent);border-radius:12px;padding:12px;text-align:left}
.w *{box-sizing:border-box;margin:0;padding:0;border:0;font:inherit;color:inherit;background:none;text-decoration:none;text-transform:none;letter-spacing:normal}
.h{display:block;font-size:1.15em;font-weight:700;margin:4px 0 10px}
.s{display:block;margin-bottom:14px}
.t{display:block;font-weight:700;font-size:.8em;text-transform:uppercase;letter-spacing:.04em;color:var(--accent);margin:0 0 8px}
.g{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(var(--card),100%),1fr));gap:10px;list-style:none}
.c{display:flex;flex-direction:column;gap:4px;border:1px solid color-mix(in srgb,var(--text) 15%,transparent);border-radius:10px;padding:10px;min-width:0;overflow-wrap:anywhere}
.i{display:block;width:100%;aspect-ratio:4/3;object-fit:cover;border-radius:6px;background:color-mix(in srgb,var(--text) 8%,transparent)}
.l{display:block;width:48px;height:48px;object-fit:contain}
.b{display:block;font-weight:700;font-size:1.1em;color:var(--accent)}
.n{display:block;font-weight:600}
.m{display:block;font-size:.85em;opacity:.8}
.a{display:inline-block;align-self:flex-start;margin-top:auto;padding:6px 10px;border-radius:6px;background:var(--accent);color:var(--bg);font-weight:600;font-size:.85em}
.a:hover,.a:focus-visible{filter:brightness(1.1);outline:2px solid var(--accent);outline-offset:2px}
.e{display:block;font-size:.85em;opacity:.75}
.f{display:block;font-size:.75em;opacity:.65;margin-top:4px}
.k{display:inline-block;align-self:flex-start;padding:2px 8px;border-radius:999px;border:1px solid var(--accent);color:var(--accent);font-size:.75em;font-weight:600}
`;

type Texts = (typeof WIDGET_TEXTS)['fr'];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

const webUrl = (value: unknown): string | null =>
  typeof value === 'string' && /^https?:\/\//i.test(value) ? value : null;

function link(url: string | null, label: string, className = 'a'): HTMLElement | null {
  const safe = webUrl(url);
  if (!safe) return null;
  const a = el('a', className, label);
  a.href = safe;
  a.target = '_blank';
  a.rel = 'noopener';
  return a;
}

function image(src: string | null, alt: string, className: string): HTMLElement | null {
  const safe = webUrl(src);
  if (!safe) return null;
  const img = el('img', className);
  img.src = safe;
  img.alt = alt;
  img.loading = 'lazy';
  img.decoding = 'async';
  return img;
}

function card(item: WidgetItem, feed: WidgetFeed, t: Texts): HTMLLIElement {
  const li = el('li', 'c');
  const add = (...nodes: (Node | null)[]) => nodes.forEach((n) => n && li.appendChild(n));
  const lang = feed.lang;
  const trade = (value: string) => TRADE_CATEGORY_LABELS[value as keyof typeof TRADE_CATEGORY_LABELS]?.[lang] ?? '';
  switch (item.kind) {
    case WidgetContent.OFFERS:
      add(
        el('span', 'b', item.headline),
        el('span', 'n', item.shop),
        el(
          'span',
          'm',
          `${item.campaign} · ${fillText(t.until, { date: formatWidgetDay(item.until, feed.timeZone, lang) })}`,
        ),
        link(item.url, t.offer),
      );
      break;
    case WidgetContent.CASHMOBS:
      add(
        el('span', 'n', item.shop),
        el('span', 'b', formatWidgetSlot(item.startsAt, item.endsAt, feed.timeZone, lang)),
        el('span', 'm', item.place),
        link(item.url, t.signUp),
      );
      break;
    case WidgetContent.PRODUCTS:
      add(
        image(item.photo, item.name, 'i'),
        el('span', 'n', item.name),
        typeof item.mark?.label === 'string' && item.mark.label ? link(item.mark.url, item.mark.label, 'k') : null,
        item.priceCents === null ? null : el('span', 'b', formatWidgetPrice(item.priceCents, feed.currency, lang)),
        el('span', 'm', item.shop),
        item.text ? el('span', 'e', item.text) : null,
        link(item.url, t.product),
      );
      break;
    case WidgetContent.SHOPS:
      add(
        image(item.logo, '', 'l'),
        el('span', 'n', item.name),
        el('span', 'm', [trade(item.trade), `${item.address}, ${item.town}`].filter(Boolean).join(' · ')),
        item.text ? el('span', 'e', item.text) : null,
        link(item.url, t.shop),
      );
      break;
  }
  return li;
}

function frame(root: ShadowRoot, vars: Record<string, string>): HTMLElement {
  const style = el('style', '');
  style.textContent = CSS;
  const box = el('div', 'w');
  for (const [name, value] of Object.entries(vars)) box.style.setProperty(name, value);
  root.replaceChildren(style, box);
  return box;
}

function colour(value: unknown, fallback: string): string {
  return typeof value === 'string' && COLOUR.test(value) ? value : fallback;
}

function render(root: ShadowRoot, feed: WidgetFeed): void {
  const lang: WidgetLang = feed.lang === 'en' ? 'en' : 'fr';
  const t = WIDGET_TEXTS[lang];
  const metrics = WIDGET_SIZE_METRICS[feed.size] ?? WIDGET_SIZE_METRICS[WidgetSize.MEDIUM];
  const box = frame(root, {
    '--accent': colour(feed.colours?.accent, '#1d4ed8'),
    '--bg': colour(feed.colours?.background, '#ffffff'),
    '--text': colour(feed.colours?.text, '#1f2937'),
    '--card': `${metrics.cardMin}px`,
    '--fs': `${metrics.fontPx}px`,
  });
  box.lang = lang;
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', fillText(t.label, { name: feed.association.name }));
  box.appendChild(el('span', 'h', feed.association.name));
  for (const section of feed.sections) {
    const block = el('section', 's');
    block.dataset['kind'] = section.kind;
    block.appendChild(el('h3', 't', t[section.kind]));
    const list = el('ul', 'g');
    for (const item of section.items) list.appendChild(card(item, { ...feed, lang }, t));
    block.appendChild(list);
    box.appendChild(block);
  }
  if (!feed.sections.length) box.appendChild(el('span', 'e', t.empty));
  const join = webUrl(feed.joinUrl);
  if (join) {
    const link = el('a', 'a', t.join);
    link.href = join;
    link.target = '_blank';
    link.rel = 'noopener';
    link.dataset['join'] = 'customers';
    box.appendChild(link);
  }
}

function placeholder(root: ShadowRoot, lang: WidgetLang): void {
  const box = frame(root, {
    '--accent': '#1d4ed8',
    '--bg': 'transparent',
    '--text': '#4b5563',
    '--card': '200px',
    '--fs': '13px',
  });
  box.style.border = '0';
  box.style.padding = '4px 0';
  box.dataset['state'] = 'unavailable';
  box.appendChild(el('span', 'f', WIDGET_TEXTS[lang].unavailable));
}

function guessLang(...hints: (string | null | undefined)[]): WidgetLang {
  for (const hint of hints) if (hint) return hint.toLowerCase().startsWith('en') ? 'en' : 'fr';
  return 'fr';
}

function isFeed(value: unknown): value is WidgetFeed {
  const feed = value as WidgetFeed | null;
  return (
    !!feed &&
    typeof feed === 'object' &&
    Array.isArray(feed.sections) &&
    !!feed.association &&
    typeof feed.association.name === 'string'
  );
}

async function mount(
  host: HTMLElement,
  origin: string,
  id: string,
  langHint: string | null,
  fresh: boolean,
): Promise<void> {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const lang = guessLang(langHint, document.documentElement.lang);
  try {
    const response = await fetch(`${origin}/api/public/widgets/${encodeURIComponent(id)}`, {
      credentials: 'omit',
      mode: 'cors',
      referrerPolicy: 'no-referrer',
      cache: fresh ? 'no-cache' : 'default',
    });
    const feed: unknown = response.ok ? await response.json() : null;
    if (!isFeed(feed)) return placeholder(root, lang);
    render(root, feed);
  } catch {
    placeholder(root, lang);
  }
}

function start(): void {
  const script =
    (document.currentScript as HTMLScriptElement | null) ??
    document.querySelector<HTMLScriptElement>('script[src*="/widget.js"]');
  if (!script?.src) return;
  const origin = new URL(script.src, document.baseURI).origin;
  const id = script.getAttribute('data-widget');
  if (id && !script.hasAttribute(READY) && script.parentNode) {
    script.setAttribute(READY, '');
    const host = document.createElement('assoc-widget');
    host.style.display = 'block';
    script.parentNode.insertBefore(host, script);
    void mount(host, origin, id, script.getAttribute('data-lang'), script.hasAttribute('data-fresh'));
  }
  document.querySelectorAll<HTMLElement>('[data-assoc-widget]').forEach((host) => {
    const hostId = host.getAttribute('data-assoc-widget');
    if (!hostId || host.hasAttribute(READY)) return;
    host.setAttribute(READY, '');
    void mount(host, origin, hostId, host.getAttribute('data-lang'), host.hasAttribute('data-fresh'));
  });
}

try {
  start();
} catch {
  // never break the host page
}
