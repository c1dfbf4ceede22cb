// --help texts and the README's synopsis, produced from the commands' option specs (command.ts):
// what parses is what is documented.
import { COMMON_OPTIONS } from './args.js';
import type { CommandSpec, OptionSpec } from './command.js';

const BIN = 'mm-apps-deploy';
/** Column where option help starts (as in the texts written before these were generated). */
const HELP_COLUMN = 27;

function flagText(name: string, o: OptionSpec): string {
  const value = o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : '';
  return `${o.short ? `-${o.short}, ` : '    '}--${name}${value}`;
}

/** "  -o, --output FILE        where to write…" with continuation lines aligned. */
function optionLines(name: string, o: OptionSpec): string {
  const head = `  ${flagText(name, o)}`;
  const [first, ...rest] = o.help.split('\n');
  const indent = ' '.repeat(HELP_COLUMN);
  const lines = head.length + 1 <= HELP_COLUMN ? [`${head.padEnd(HELP_COLUMN)}${first}`] : [head, `${indent}${first}`];
  return [...lines, ...rest.map((l) => `${indent}${l}`)].join('\n');
}

/** The full --help text of a command. */
export function commandHelp(spec: CommandSpec): string {
  const common = spec.commonSection ?? 'Options';
  const sections = new Map<string, [string, OptionSpec][]>();
  for (const [name, o] of Object.entries(spec.options)) {
    const title = o.section ?? 'Options';
    sections.set(title, [...(sections.get(title) ?? []), [name, o]]);
  }
  sections.set(common, [...(sections.get(common) ?? []), ...Object.entries(COMMON_OPTIONS)]);
  const blocks = [...sections].map(([title, options]) => {
    const extra = spec.sections?.[title];
    return [`${title}:`, ...(extra?.intro ? [extra.intro] : []), ...options.map(([n, o]) => optionLines(n, o)), ...(extra?.note ? [extra.note] : [])].join('\n');
  });
  return [`Usage: ${BIN} ${spec.name}${spec.args ? ` ${spec.args}` : ''} [options]`, spec.description, ...blocks, spec.epilogue].join('\n\n');
}

/** One option as the synopsis shows it: "[-o FILE]", "--keep N", "[--env KEY=VALUE ...]". */
function synopsisItem(name: string, o: OptionSpec): string {
  const value = o.type === 'string' ? ` ${o.choices ? o.choices.join('|') : (o.value ?? 'VALUE')}` : '';
  const text = `${o.short ? `-${o.short}` : `--${name}`}${value}${o.multiple ? ' ...' : ''}`;
  return o.required ? text : `[${text}]`;
}

/** "npx mm-apps-deploy provision PATH [--bucket B] …", wrapped at `width` with 4-space continuation lines. */
export function synopsis(spec: CommandSpec, width = 100): string {
  const items = [`npx ${BIN} ${spec.name}${spec.args ? ` ${spec.args}` : ''}`, ...Object.entries(spec.options).map(([n, o]) => synopsisItem(n, o))];
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    if (line && line.length + 1 + item.length > width) {
      lines.push(line);
      line = `    ${item}`;
    } else line = line ? `${line} ${item}` : item;
  }
  return [...lines, line].join('\n');
}

/** The synopsis of every command, then the options they all have: the README's "Use the CLI" block. */
export function synopsisBlock(specs: readonly CommandSpec[]): string {
  const common = Object.entries(COMMON_OPTIONS).map(([n, o]) => synopsisItem(n, o));
  return [...specs.map((s) => synopsis(s)), `npx ${BIN} <command> ${common.join(' ')}`].join('\n');
}
