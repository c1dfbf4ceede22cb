// Which function the plugin invokes: upaws match(), with its own test vectors (upstream_test.go).
import { expect, it } from 'vitest';
import { lambdaName } from '../src/compat/naming.js';
import { routeCall } from '../src/manifest/routing.js';

const fns = [
  { index: 0, path: '/', name: 'main', handler: 'h', runtime: 'provided.al2023' },
  { index: 1, path: '/topic', name: 'topic', handler: 'h', runtime: 'provided.al2023' },
  { index: 2, path: '/topic/subtopic', name: 'subtopic', handler: 'h', runtime: 'provided.al2023' },
];
const route = (p: string) => {
  const f = routeCall(p, fns);
  return f ? lambdaName('testID', 'v00.00.000', f.name) : undefined;
};

it.each([
  ['/different', 'testID_v00-00-000_main'],
  ['/topic/subtopic/and-then-some', 'testID_v00-00-000_subtopic'],
  ['/topic/other/and-then-some', 'testID_v00-00-000_topic'],
  // a string prefix, not a path segment prefix
  ['/topicx', 'testID_v00-00-000_topic'],
])('%s → %s', (p, expected) => expect(route(p)).toBe(expected));

it('the first function wins on equal length, and an empty path never matches', () => {
  const twins = [
    { index: 0, path: '/a', name: 'first', handler: 'h', runtime: 'r' },
    { index: 1, path: '/a', name: 'second', handler: 'h', runtime: 'r' },
    { index: 2, path: '', name: 'empty', handler: 'h', runtime: 'r' },
  ];
  expect(routeCall('/a/b', twins)?.name).toBe('first');
  expect(routeCall('/zzz', twins)).toBeUndefined();
});
