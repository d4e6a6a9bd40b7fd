/* global setInterval, clearInterval */
// Runs a command as a child process and measures its wall time and peak resident memory
// (VmHWM from /proc, polled; the kernel keeps the high-water mark, so a late read sees the peak).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

function hwmKiB(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** `{ seconds, peakRssMB, stdout, code }` of `node args...`. */
export function measure(args, options = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], ...options });
    let stdout = '';
    let peak = 0;
    child.stdout.on('data', (d) => (stdout += d));
    const timer = setInterval(() => (peak = Math.max(peak, hwmKiB(child.pid))), 50);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, peakRssMB: peak / 1024, stdout, code });
    });
  });
}
