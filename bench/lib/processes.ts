import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Repository root (bench/ lives directly under it). */
export const ROOT = path.resolve(import.meta.dirname, '../..');

/** Runs a command to completion, its output passed through to stderr; resolves with stdout. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}, cwd = ROOT): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      process.stderr.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

/** Runs a TypeScript entry of the server with tsx in a plain `node` process (so its pid is the server's). */
export function spawnTs(entry: string, args: string[], env: NodeJS.ProcessEnv, log: (line: string) => void): ChildProcess {
  return spawnNode(['--import', 'tsx', entry, ...args], env, log);
}

/** Runs `node <nodeArgs>` from the repository root, its output lines passed to `log`. */
export function spawnNode(nodeArgs: string[], env: NodeJS.ProcessEnv, log: (line: string) => void): ChildProcess {
  const child = spawn(process.execPath, nodeArgs, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const forward = (chunk: Buffer) => chunk.toString().split('\n').filter(Boolean).forEach(log);
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  return child;
}

let built: Promise<string> | undefined;

/** Bundles the server into apps/server/dist/main.js (`npm run build -w @linli/server`), once per bench run. */
export function buildServer(): Promise<string> {
  built ??= run(process.execPath, ['apps/server/scripts/build.mjs']).then(() => 'apps/server/dist/main.js');
  return built;
}

/** Peak and current resident set size of a process in MB, from /proc/<pid>/status (VmHWM, VmRSS). */
export function memoryOf(pid: number): { peakMb: number; rssMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(status.match(new RegExp(`${field}:\\s+(\\d+) kB`))?.[1] ?? Number.NaN);
  return { peakMb: Math.round(kb('VmHWM') / 1024), rssMb: Math.round(kb('VmRSS') / 1024) };
}

/** A free TCP port chosen by the kernel. */
export async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
