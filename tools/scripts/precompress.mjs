// Precompresses a built web app for the API to serve as is: for every text file over 1 kB (JS, CSS,
// HTML, SVG, JSON, web manifest, plain text), a `.br` (brotli, best quality) and a `.gz` (gzip -9)
// beside it, so no request ever pays for compression. Usage: node tools/scripts/precompress.mjs DIR
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.webmanifest', '.txt', '.map']);
const MIN_BYTES = 1024;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (TEXT.has(extname(entry.name)) && statSync(path).size >= MIN_BYTES) yield path;
  }
}

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node tools/scripts/precompress.mjs DIR');
  process.exit(2);
}
let raw = 0;
let br = 0;
let gz = 0;
let count = 0;
for (const path of files(dir)) {
  const content = readFileSync(path);
  const brotli = brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
  const gzip = gzipSync(content, { level: 9 });
  writeFileSync(`${path}.br`, brotli);
  writeFileSync(`${path}.gz`, gzip);
  raw += content.length;
  br += brotli.length;
  gz += gzip.length;
  count++;
}
const kB = (n) => `${Math.round(n / 1024)} kB`;
console.log(`precompressed ${count} files in ${dir}: ${kB(raw)} raw, ${kB(gz)} gzip, ${kB(br)} brotli`);
