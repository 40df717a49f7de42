/**
 * The search order of the browser finder: CHROMIUM_PATH, else the machine's browser, else the
 * packaged one; E2E_BROWSER=packaged skips the machine's browser.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, launchChromium } from './find-chromium.cjs';

describe('findChromium', () => {
  const saved = { ...process.env };
  let bin: string;

  beforeAll(() => {
    // A stand-in for the machine's browser: the first `chromium` on PATH.
    bin = mkdtempSync(join(tmpdir(), 'assoc-find-chromium-'));
    writeFileSync(join(bin, 'chromium'), '#!/bin/sh\necho "this chromium is a stub" >&2\nexit 1\n');
    chmodSync(join(bin, 'chromium'), 0o755);
  });
  afterAll(() => rmSync(bin, { recursive: true, force: true }));
  beforeEach(() => {
    for (const name of ['CHROMIUM_PATH', 'E2E_BROWSER']) delete process.env[name];
    process.env['PATH'] = `${bin}:${saved['PATH']}`;
  });
  afterEach(() => {
    process.env = { ...saved };
  });

  it('takes CHROMIUM_PATH first, even with E2E_BROWSER=packaged', async () => {
    process.env['CHROMIUM_PATH'] = join(bin, 'chromium');
    process.env['E2E_BROWSER'] = 'packaged';
    await expect(findChromium()).resolves.toMatchObject({ path: join(bin, 'chromium'), source: 'CHROMIUM_PATH' });
  });

  it('refuses a CHROMIUM_PATH that is not an executable, in one line', async () => {
    process.env['CHROMIUM_PATH'] = '/nonexistent';
    await expect(findChromium()).rejects.toThrow(/^CHROMIUM_PATH=\/nonexistent is not an executable file: [^\n]+$/);
  });

  it("then the machine's browser", async () => {
    await expect(findChromium()).resolves.toMatchObject({ path: join(bin, 'chromium'), source: 'system' });
  });

  it("skips the machine's browser with E2E_BROWSER=packaged", async () => {
    process.env['E2E_BROWSER'] = 'packaged';
    const found = await findChromium();
    // Unpacked once per version of @sparticuz/chromium into the temp dir, with its fonts.
    expect(found.source).toBe('packaged');
    expect(found.path).toMatch(new RegExp(`^${tmpdir()}/assoc-chromium-\\d+\\.\\d+\\.\\d+/chromium$`));
    expect(found.env['FONTCONFIG_FILE']).toBe(join(found.path, '..', 'fonts.conf'));
  });

  it("falls back to the packaged one when the machine's browser does not start, and says why", async () => {
    const { browser, found, skipped } = await launchChromium({ timeout: 30_000 });
    try {
      expect(found.source).toBe('packaged');
      expect(skipped).toContain('this chromium is a stub');
      const page = await browser.newPage();
      await page.setContent('<h1>Épicerie fine à Vitré</h1>');
      expect(await page.textContent('h1')).toBe('Épicerie fine à Vitré');
    } finally {
      await browser.close();
    }
  });

  it("does not fall back when E2E_BROWSER=system asks for the machine's browser", async () => {
    process.env['E2E_BROWSER'] = 'system';
    await expect(launchChromium({ timeout: 30_000 })).rejects.toThrow(
      /the machine's browser .*chromium does not start: it exited saying "this chromium is a stub"/,
    );
  });
});
