// action.yml as GitHub reads it: valid against GitHub's own schema for action metadata (the
// @actions/languageservice that the GitHub Actions extension for VS Code uses), and a Marketplace
// description (at most 125 characters).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { validate } from '@actions/languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { expect, it } from 'vitest';

const ACTION_YML = path.resolve('action.yml');
const text = readFileSync(ACTION_YML, 'utf8');

let checked = 0;

/** The diagnostics of `content` as action.yml (a new document each time: results are cached by URI). */
async function problems(content: string): Promise<string[]> {
  const doc = TextDocument.create(pathToFileURL(path.join(path.dirname(ACTION_YML), `check-${checked++}`, 'action.yml')).href, 'yaml', 1, content);
  return (await validate(doc)).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message}`);
}

it('action.yml is valid action metadata for GitHub', async () => {
  expect(await problems(text)).toEqual([]);
});

it('the schema check catches what GitHub would reject', async () => {
  // so that the test above cannot pass by checking nothing
  expect(await problems(text.replace(/^ {2}using: node24$/m, '  using: node99'))).toEqual([expect.stringMatching(/Unexpected value 'node99'/)]);
  expect(await problems(text.replace(/^ {2}main: .*\n/m, ''))).toEqual([expect.stringMatching(/'main' is required/)]);
  expect(await problems(text.replace(/^name: .*\n/m, ''))).toEqual([expect.stringMatching(/Required property is missing: name/)]);
  expect(await problems(text.replace(/^ {2}color: \S+$/m, '  color: pink'))).toEqual([expect.stringMatching(/Unexpected value 'pink'/)]);
  expect(await problems(`${text}\nbranding-colour: blue\n`)).toEqual([expect.stringMatching(/Unexpected value 'branding-colour'/)]);
});

it('the description fits the Marketplace (125 characters at most)', () => {
  const description = /^description: (.+)$/m.exec(text)?.[1];
  expect(description, 'description: on one line').toBeDefined();
  expect(description!.length).toBeLessThanOrEqual(125);
});
