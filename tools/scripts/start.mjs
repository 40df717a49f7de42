// npm start: build the web app and the API, then serve both on http://localhost:3000
// (embedded PostgreSQL under ./data unless DATABASE_URL is set; demo association on first start).
import { run, env } from './run.mjs';
import { spawn } from 'node:child_process';

run('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web']);
// The old generation capped as in the container (ADR 0027) unless NODE_OPTIONS says otherwise.
const api = spawn('node', ['dist/apps/api/main.js'], {
  stdio: 'inherit',
  env: { ...env, NODE_OPTIONS: env.NODE_OPTIONS ?? '--max-old-space-size=256' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code) => process.exit(code ?? 0));
