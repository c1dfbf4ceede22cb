import { oneLine } from '../output/untrusted.js';
import { grouped } from './digits.js';

/** Human sizes in binary units: "512 B", "3.4 KiB", "19.3 MiB". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(1)} ${units[i]}`;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${grouped(n)} ${n === 1 ? word : many}`;
}

/**
 * Aligns rows of cells into columns separated by two spaces. A cell is one line: any value in it
 * (a function name, a path, a server's words) is shown on one line, escaped (output/untrusted.ts).
 */
export function table(cells: readonly (readonly string[])[], indent = '  '): string {
  const rows = cells.map((row) => row.map((cell) => oneLine(cell)));
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => indent + row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')).join('\n');
}
