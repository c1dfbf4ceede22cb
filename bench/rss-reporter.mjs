// Loaded with `node --import` by the benchmarks: writes the process's peak resident set size
// (worker threads included) to the file named by MMAD_BENCH_RSS_FILE when the process exits.
import { writeFileSync } from 'node:fs';

const file = process.env.MMAD_BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
