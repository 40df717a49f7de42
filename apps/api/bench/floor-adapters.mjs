// `node apps/api/bench/floor-adapters.mjs`: what NestJS + Apollo cost per GraphQL request with nothing
// of ours, on Fastify (what the API uses since ADR 0048) and on Express (what it used before), so the
// API's own floor ("GraphQL floor" in `npm run bench`) can be read against them. It installs, in a
// temporary folder, the repository's versions of Nest, Apollo, graphql and Nest's Fastify adapter plus
// @nestjs/platform-express and @as-integrations/express5 (from the npm registry; they are no longer the
// project's dependencies), starts one minimal server per adapter (schema `type Query { hello: String }`,
// CSRF prevention on, no playground, NODE_ENV=production), and loads `{ __typename }` at 16
// concurrent requests, alternating, 4 rounds of 3 s: medians of requests/s and CPU ms per request.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
/** The version the repository installed (read from node_modules: some packages do not export their package.json). */
const version = (name) => JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
const SAME = ['@nestjs/core', '@nestjs/common', '@nestjs/graphql', '@nestjs/apollo', '@apollo/server', 'graphql'];
const SAME_TOO = ['@nestjs/platform-fastify', '@as-integrations/fastify', 'reflect-metadata', 'rxjs'];
const dir = mkdtempSync(join(tmpdir(), 'assoc-floor-'));
writeFileSync(join(dir, 'package.json'), '{ "private": true }');
const packages = [
  ...[...SAME, ...SAME_TOO].map((name) => `${name}@${version(name)}`),
  // Express is no longer the project's (ADR 0048): Nest's Express adapter of the same major, Apollo's Express 5 integration.
  `@nestjs/platform-express@${version('@nestjs/core').split('.')[0]}`,
  '@as-integrations/express5@1',
];
process.stderr.write(`installing ${packages.join(' ')} in ${dir}\n`);
execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', ...packages], {
  cwd: dir,
  stdio: 'ignore',
});
writeFileSync(
  join(dir, 'server.js'),
  `require('reflect-metadata');
const { Module } = require('@nestjs/common');
const { NestFactory } = require('@nestjs/core');
const { GraphQLModule } = require('@nestjs/graphql');
const { ApolloDriver } = require('@nestjs/apollo');
const AppModule = class AppModule {};
Module({ imports: [GraphQLModule.forRoot({ driver: ApolloDriver, typeDefs: 'type Query { hello: String }',
  resolvers: { Query: { hello: () => 'x' } }, playground: false, csrfPrevention: true })] })(AppModule);
(async () => {
  const fastify = process.argv[2] === 'fastify';
  const app = fastify
    ? await NestFactory.create(AppModule, new (require('@nestjs/platform-fastify').FastifyAdapter)(), { logger: false })
    : await NestFactory.create(AppModule, { logger: false });
  await app.listen(Number(process.env.PORT), '127.0.0.1');
  process.on('SIGTERM', () => process.exit(0));
})();
`,
);

const cpuMs = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
const body = JSON.stringify({ query: '{ __typename }' });
const post = (agent, port) =>
  new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve(text));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
async function load(port, pid, seconds) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  const cpuBefore = cpuMs(pid);
  let done = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (performance.now() < end) {
        await post(agent, port);
        done++;
      }
    }),
  );
  agent.destroy();
  return { rps: done / ((performance.now() - started) / 1000), cpu: (cpuMs(pid) - cpuBefore) / done };
}

const servers = {};
try {
  for (const [i, name] of ['express', 'fastify'].entries()) {
    const port = 41000 + i + Math.floor(Math.random() * 1000) * 2;
    const child = spawn(process.execPath, [join(dir, 'server.js'), name], {
      cwd: dir,
      env: { ...process.env, PORT: String(port), NODE_ENV: 'production' },
      stdio: 'inherit',
    });
    servers[name] = { port, child };
    for (let tries = 0; ; tries++) {
      const answer = await post(undefined, port).catch(() => null);
      if (answer !== null) {
        if (!answer.includes('"__typename":"Query"')) throw new Error(`${name} answered ${answer}`);
        break;
      }
      if (tries > 300) throw new Error(`${name} did not start`);
      await new Promise((resolve) => setTimeout(resolve, 200)); // polling a port that is not open yet
    }
  }
  const results = { express: [], fastify: [] };
  for (let round = 0; round < 4; round++) {
    for (const name of round % 2 ? ['fastify', 'express'] : ['express', 'fastify']) {
      const { port, child } = servers[name];
      await load(port, child.pid, 1);
      results[name].push(await load(port, child.pid, 3));
    }
  }
  console.log('NestJS + Apollo, { __typename }, 16 concurrent, 4 rounds of 3 s (medians):');
  for (const [name, runs] of Object.entries(results)) {
    const median = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
    console.log(
      `  ${name.padEnd(8)} ${median('rps').toFixed(0).padStart(6)} req/s  ${median('cpu').toFixed(3)} ms CPU per request`,
    );
  }
} finally {
  for (const { child } of Object.values(servers)) child.kill('SIGTERM');
}
