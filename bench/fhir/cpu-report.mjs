// Preloaded (`node --import`) into each measured process: at exit, writes the CPU time the whole process
// used (every thread, from getrusage) and its peak RSS to the file named by BENCH_CPU_FILE.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  const file = process.env.BENCH_CPU_FILE;
  if (file)
    writeFileSync(
      file,
      JSON.stringify({ cpuSeconds: (user + system) / 1e6, maxRssKiB: process.resourceUsage().maxRSS }),
    );
});
