/**
 * Unpacks the Chromium of @sparticuz/chromium into os.tmpdir() and prints the executable's path.
 * find-chromium.cjs runs it in a child process whose TMPDIR is a private staging folder: the package
 * unpacks into the temp dir it reads from the environment, which a parent cannot change for it from
 * inside a jest sandbox (its process.env is a copy).
 */
'use strict';
const { createReadStream } = require('node:fs');
const { createRequire } = require('node:module');
const { tmpdir } = require('node:os');
const { dirname, join, resolve } = require('node:path');
const { pipeline } = require('node:stream/promises');
const { createBrotliDecompress } = require('node:zlib');

async function main() {
  const sparticuz = require('@sparticuz/chromium');
  const Chromium = sparticuz.default ?? sparticuz;
  const executable = await Chromium.executablePath();
  // NSS and expat built for Amazon Linux, which the package ships for machines without them;
  // find-chromium.cjs uses them only when the machine lacks them.
  const bin = resolve(dirname(require.resolve('@sparticuz/chromium')), '../../bin');
  const tarFs = createRequire(require.resolve('@sparticuz/chromium'))('tar-fs');
  await pipeline(
    createReadStream(join(bin, 'al2023.tar.br')),
    createBrotliDecompress(),
    tarFs.extract(join(tmpdir(), 'al2023')),
  );
  process.stdout.write(executable);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
