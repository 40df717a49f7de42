// Runs a command with Nx kept offline and quiet; exits the process on failure.
import { spawnSync } from 'node:child_process';

export const env = {
  ...process.env,
  NX_NO_CLOUD: 'true',
  NX_TUI: 'false',
  NX_DAEMON: 'false',
  FORCE_COLOR: process.env.FORCE_COLOR ?? '0',
};

export function run(command, args, extraEnv = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
