#!/usr/bin/env node
// Makes sure the browser tests can run on this machine: Debian's Chromium and CJK fonts.
// Installs them with apt-get when running as root; otherwise stops with the command to run.
// E2E tests are never skipped silently: if this fails, `npm test` fails.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
const hasCjkFont = () => {
  try {
    return execSync('fc-list :lang=zh family', { encoding: 'utf8' }).includes('Noto Sans CJK');
  } catch {
    return false;
  }
};
const missing = [];
if (!existsSync(CHROMIUM)) missing.push('chromium');
if (!hasCjkFont()) missing.push('fonts-noto-cjk');
if (missing.length === 0) process.exit(0);

const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(`Browser tests need Debian packages: ${missing.join(', ')}.\nRun as root: ${command}`);
  process.exit(1);
}
console.info(`Installing ${missing.join(', ')} for the browser tests…`);
execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
if (!existsSync(CHROMIUM) || !hasCjkFont()) {
  console.error(`Installation did not provide ${missing.join(', ')}; run: ${command}`);
  process.exit(1);
}
