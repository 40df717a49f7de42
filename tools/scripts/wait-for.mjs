// Waits until a file exists (used by `npm run dev` to start the API after its first build).
import { existsSync } from 'node:fs';
const file = process.argv[2];
const started = Date.now();
while (!existsSync(file)) {
  if (Date.now() - started > 120_000) process.exit(1);
  await new Promise((resolve) => setTimeout(resolve, 500));
}
