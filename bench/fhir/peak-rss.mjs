/* global setInterval, clearInterval */
// Runs a command as a child process and measures its wall time, its CPU time (every thread, reported by
// the process itself at exit: cpu-report.mjs) and its peak resident memory (VmHWM from /proc, polled; the
// kernel keeps the high-water mark, so a late read sees the peak; and the process's own maxRSS at exit).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function hwmKiB(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

const preload = new URL('./cpu-report.mjs', import.meta.url).href;

/** `{ seconds, cpuSeconds, peakRssMB, stdout, code }` of `node args...`. */
export function measure(args, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-cpu-'));
  const cpuFile = join(dir, 'cpu.json');
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', preload, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
      ...options,
      env: { ...process.env, ...options.env, BENCH_CPU_FILE: cpuFile },
    });
    let stdout = '';
    let peak = 0;
    child.stdout.on('data', (d) => (stdout += d));
    const timer = setInterval(() => (peak = Math.max(peak, hwmKiB(child.pid))), 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      let own = { cpuSeconds: NaN, maxRssKiB: 0 };
      try {
        own = JSON.parse(readFileSync(cpuFile, 'utf8'));
      } catch {
        // the process died before its exit handler: CPU time unknown
      }
      rmSync(dir, { recursive: true, force: true });
      resolve({ seconds, cpuSeconds: own.cpuSeconds, peakRssMB: Math.max(peak, own.maxRssKiB) / 1024, stdout, code });
    });
  });
}
