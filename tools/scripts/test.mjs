// npm test: every test. Unit and API integration tests (jest, real PostgreSQL), then the
// browser journey (Playwright in Debian's chromium) against the built app.
import { run } from './run.mjs';

run('npx', ['nx', 'run-many', '-t', 'test', '--exclude', 'web-e2e', '--outputStyle=static']);
run('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static']);
run('npx', ['nx', 'run', 'web-e2e:e2e', '--outputStyle=static']);
