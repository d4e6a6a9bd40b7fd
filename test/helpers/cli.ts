import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (tests run the built CLI: `npm run build` comes first in `npm test`). */
export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const BIN = join(ROOT, 'bin', 'run.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  env?: Record<string, string>;
  input?: string;
  /**
   * Run without root's power to read any file (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH dropped
   * with util-linux `setpriv`), so that a folder of mode 000 is unreadable as it is for a user.
   * No effect when the tests do not run as root.
   */
  withoutFilePrivileges?: boolean;
}

const AS_ROOT = process.getuid?.() === 0;

/** Runs the real CLI (`bin/run.js`) as a child process, as a user would. */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const command = [process.execPath, BIN, ...args];
    if (options.withoutFilePrivileges && AS_ROOT)
      command.unshift('setpriv', '--bounding-set', '-dac_override,-dac_read_search');
    const child = spawn(command[0]!, command.slice(1), {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** A fresh temporary folder for one test. */
export function tempDir(prefix = 'readiness-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}
