// Loaded with `node --import` into a benchmarked process: at exit, writes its CPU time and peak
// RSS (getrusage) to the file named by GOVLINT_BENCH_RUSAGE.
import { writeFileSync } from 'node:fs';

const out = process.env.GOVLINT_BENCH_RUSAGE;
if (out) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000, maxRssKb: usage.maxRSS }));
  });
}
