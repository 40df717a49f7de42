/**
 * The one place that decides which Chromium the browser journeys drive and how it is started, shared
 * by the journeys (apps/web-e2e/src/support/browser.ts) and the preflight (tools/scripts/preflight.mjs).
 * See docs/adr/0011-packaged-browser.md.
 *
 * Search order: CHROMIUM_PATH when set; else a Chromium or Chrome installed on the machine; else the
 * Chromium that the @sparticuz/chromium npm package ships (unpacked once into the temp dir).
 * E2E_BROWSER=packaged skips the machine's browser (CI sets it: the newcomer's path is the tested
 * one); E2E_BROWSER=system refuses to fall back to the packaged one.
 */
'use strict';
const { execFile, spawnSync } = require('node:child_process');
const {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} = require('node:fs');
const { tmpdir } = require('node:os');
const { basename, delimiter, dirname, join, resolve } = require('node:path');

/**
 * Headless, without the sandbox (containers and root have none), and nothing that talks to Google.
 * Not @sparticuz/chromium's own `args`: they turn off web security, site isolation and mixed-content
 * blocking and run everything in one process, which would hide the CORS and cross-origin behaviour
 * the widget journey tests.
 */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

const SYSTEM_COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];
const SET_PATH = 'set CHROMIUM_PATH to a Chrome or Chromium executable';
const FIX = `${SET_PATH}, or unset it to use the Chromium that npm install brought`;

function isExecutable(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first Chromium or Chrome on PATH or at a usual place, or undefined. */
function findSystemChromium() {
  const dirs = (process.env['PATH'] ?? '').split(delimiter).filter(Boolean);
  for (const command of SYSTEM_COMMANDS) {
    for (const dir of dirs) {
      const candidate = join(dir, command);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return SYSTEM_PATHS.find(isExecutable);
}

function browserMode() {
  const mode = process.env['E2E_BROWSER'] ?? '';
  if (mode !== '' && mode !== 'packaged' && mode !== 'system') {
    throw new Error(
      `E2E_BROWSER=${mode} is not understood: use E2E_BROWSER=packaged, E2E_BROWSER=system, or leave it unset`,
    );
  }
  return mode;
}

/**
 * Where a Chromium comes from: `{ path, source, env }`, source being 'CHROMIUM_PATH', 'system' or
 * 'packaged', env what the browser process needs on top of ours. Throws an Error whose message is
 * one line naming what is missing and how to fix it.
 */
async function findChromium() {
  const given = process.env['CHROMIUM_PATH'];
  if (given) {
    if (!isExecutable(given)) throw new Error(`CHROMIUM_PATH=${given} is not an executable file: ${FIX}`);
    return { path: given, source: 'CHROMIUM_PATH', env: {} };
  }
  const mode = browserMode();
  if (mode !== 'packaged') {
    const system = findSystemChromium();
    if (system) return { path: system, source: 'system', env: {} };
    if (mode === 'system') {
      throw new Error(
        `E2E_BROWSER=system but no ${SYSTEM_COMMANDS.join(', ')} on PATH nor /usr/bin/chromium: install one, set CHROMIUM_PATH, or unset E2E_BROWSER to use the packaged Chromium`,
      );
    }
  }
  return packagedChromium();
}

function sparticuzDir() {
  // The package's main is build/cjs/index.cjs; its package.json is not exported.
  return resolve(dirname(require.resolve('@sparticuz/chromium')), '../..');
}

/** The Chromium of @sparticuz/chromium, unpacked once into <temp dir>/assoc-chromium-<version>. */
async function packagedChromium() {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `no Chromium found: none on this machine, and the one @sparticuz/chromium ships runs on Linux x64 only (this is ${process.platform}-${process.arch}); install Google Chrome or Chromium, or set CHROMIUM_PATH`,
    );
  }
  let packageDir;
  try {
    packageDir = sparticuzDir();
  } catch {
    throw new Error(`no Chromium found: @sparticuz/chromium is not installed (run npm install), or ${SET_PATH}`);
  }
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const dir = join(tmpdir(), `assoc-chromium-${version}`);
  const unpacked = !isComplete(dir);
  if (unpacked) await unpack(dir);
  return { path: join(dir, 'chromium'), source: 'packaged', env: packagedEnv(dir), ...(unpacked ? { unpacked } : {}) };
}

function isComplete(dir) {
  return (
    isExecutable(join(dir, 'chromium')) && existsSync(join(dir, 'fonts.conf')) && existsSync(join(dir, 'al2023', 'lib'))
  );
}

/**
 * Unpacks into a private folder, then renames it into place: an interrupted unpack or two runs at
 * once never leave a half-written browser behind (the package's own default, <temp dir>/chromium,
 * is reused as is whatever state or version it is in).
 */
async function unpack(dir) {
  removeAbandonedUnpacks(dir);
  const staging = `${dir}.partial-${process.pid}-${Date.now().toString(36)}`;
  mkdirSync(staging, { recursive: true });
  try {
    const executable = await unpackInto(staging);
    if (executable !== join(staging, 'chromium') || !isExecutable(executable)) {
      throw new Error(`@sparticuz/chromium unpacked its browser to ${executable}, not into ${staging}`);
    }
    writeFileSync(join(staging, 'fonts.conf'), fontsConf(dir));
    try {
      renameSync(staging, dir);
    } catch (error) {
      // Another run finished first: use its copy.
      if (!isComplete(dir)) throw error;
      rmSync(staging, { recursive: true, force: true });
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(
      `the packaged Chromium could not be unpacked into ${dirname(dir)}: ${firstLine(error)}; free some space there or point TMPDIR elsewhere, or ${SET_PATH}`,
    );
  }
}

/** Runs unpack-chromium.cjs with the temp dir pointed at `staging`; resolves to the executable's path. */
function unpackInto(staging) {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [join(__dirname, 'unpack-chromium.cjs')],
      { env: { ...process.env, TMPDIR: staging }, encoding: 'utf8', timeout: 120_000 },
      (error, stdout, stderr) => (error ? fail(new Error(stderr.trim() || error.message)) : done(stdout.trim())),
    );
  });
}

/** Removes the staging folders of unpacks whose process is gone (interrupted runs). */
function removeAbandonedUnpacks(dir) {
  const prefix = `${basename(dir)}.partial-`;
  let entries = [];
  try {
    entries = readdirSync(dirname(dir));
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.startsWith(prefix)) continue;
    const pid = Number(entry.slice(prefix.length).split('-')[0]);
    if (pid && isAlive(pid)) continue;
    rmSync(join(dirname(dir), entry), { recursive: true, force: true });
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function escapeXml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The machine's fonts as Chromium's built-in fontconfig default finds them, plus the Open Sans the
 * package ships, so that a machine without any font still renders text (and French accents).
 */
function fontsConf(dir) {
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts</dir>
  <dir>/usr/local/share/fonts</dir>
  <dir prefix="xdg">fonts</dir>
  <dir>${escapeXml(join(dir, 'fonts'))}</dir>
  <cachedir>${escapeXml(join(dir, 'fontconfig-cache'))}</cachedir>
  <include ignore_missing="yes">/etc/fonts/conf.d</include>
</fontconfig>
`;
}

/** Libraries the dynamic loader cannot find for this executable ([] when ldd is not there). */
function missingLibraries(executable) {
  const result = spawnSync('ldd', [executable], { encoding: 'utf8', timeout: 5_000 });
  if (result.status !== 0 || typeof result.stdout !== 'string') return [];
  return result.stdout
    .split('\n')
    .filter((line) => line.includes('not found'))
    .map((line) => line.trim().split(/\s/)[0]);
}

function packagedEnv(dir) {
  const env = { FONTCONFIG_FILE: join(dir, 'fonts.conf') };
  if (missingLibraries(join(dir, 'chromium')).length > 0) {
    const current = process.env['LD_LIBRARY_PATH'];
    env.LD_LIBRARY_PATH = [join(dir, 'al2023', 'lib'), ...(current ? [current] : [])].join(':');
  }
  return env;
}

/** One line out of an error; for Playwright's launch errors, what the browser said or how it exited. */
function firstLine(error) {
  // eslint-disable-next-line no-control-regex
  const message = (error instanceof Error ? error.message : String(error)).replace(/\u001b\[[0-9;]*m/g, '');
  const lines = message
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const first = (lines[0] ?? 'unknown error').replace(/^browserType\.launch: /, '');
  if (!/has been closed|exited|Failed to launch/.test(first)) return first;
  const said = lines
    .map((line) => /\[pid=\d+\]\[err\] (.+)/.exec(line)?.[1])
    .find((line) => line && !/^\[[\d/.:]+WARNING/.test(line));
  if (said) return `it exited saying "${said}"`;
  const exit = lines.map((line) => /<process did exit: (exitCode=\S+), (signal=\S+)>/.exec(line)).find(Boolean);
  return exit ? `it exited at once (${exit[1]} ${exit[2]})` : first;
}

function describe(found) {
  if (found.source === 'CHROMIUM_PATH') return `CHROMIUM_PATH=${found.path}`;
  if (found.source === 'system') return `the machine's browser ${found.path}`;
  return `the packaged Chromium ${found.path}`;
}

async function launch(playwright, found, timeout) {
  return playwright.chromium.launch({
    executablePath: found.path,
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, ...found.env },
    timeout,
  });
}

/**
 * Finds and starts Chromium (headless, through playwright-core): `{ browser, found, skipped }`.
 * When the machine's browser was picked without being asked for and does not start (Ubuntu's snap
 * stub, a broken install), the packaged one is used instead and `skipped` says why. Errors carry
 * one line naming what is wrong and how to fix it.
 */
async function launchChromium(options = {}) {
  const timeout = options.timeout ?? 60_000;
  const playwright = require('playwright-core');
  const found = await findChromium();
  try {
    return { browser: await launch(playwright, found, timeout), found };
  } catch (error) {
    if (found.source !== 'system' || browserMode() === 'system') {
      const fix = found.source === 'CHROMIUM_PATH' ? FIX : `install Chromium or Chrome, or ${SET_PATH}`;
      throw new Error(`${describe(found)} does not start: ${firstLine(error)}; ${fix}`);
    }
    const skipped = `${found.path} does not start: ${firstLine(error)}`;
    const packaged = await packagedChromium();
    try {
      return { browser: await launch(playwright, packaged, timeout), found: packaged, skipped };
    } catch (packagedError) {
      throw new Error(`${skipped}, nor does ${describe(packaged)}: ${firstLine(packagedError)}; ${SET_PATH}`);
    }
  }
}

module.exports = { CHROMIUM_ARGS, findChromium, launchChromium };
