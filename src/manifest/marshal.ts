// json.Marshal(apps.Manifest) as plugin v1.1+ and appsctl produce it (research §3.1, §3.4): struct
// field order, `omitempty` applied, unknown keys dropped, HTML-safe escaping. It is the body of the
// plugin's update-app-listing request, which is built from what Go decoded, never from the raw
// file: a manifest key like "Replace" or "add_deploys" cannot reach the request.
import type { GoJsonNode } from '../compat/go-json-scanner.js';
import { GoRaw, GoStruct, goMarshal, type GoValue as OutValue } from '../compat/go-json.js';
import type { GoValue } from '../compat/go-unmarshal.js';
import { CALL_FIELDS, EXPAND_KEYS } from './go-structs.js';
import type { AppManifest } from './manifest.js';

type Fields = [string, OutValue][];

const str = (v: GoValue | undefined) => (typeof v === 'string' ? v : '');
const rec = (v: GoValue | undefined) => (v !== null && typeof v === 'object' && !Array.isArray(v) && !('kind' in v) ? (v as Record<string, GoValue>) : undefined);
const isNode = (v: GoValue | undefined): v is GoJsonNode => v !== null && typeof v === 'object' && !Array.isArray(v) && 'kind' in v && 'start' in v;

/** Adds a string field unless empty (`omitempty`). */
function text(out: Fields, name: string, v: GoValue | undefined): void {
  if (str(v) !== '') out.push([name, str(v)]);
}

function stringSlice(out: Fields, name: string, v: GoValue | undefined): void {
  if (Array.isArray(v) && v.length > 0) out.push([name, v.map(str)]);
}

function call(c: Record<string, GoValue>, source: Buffer): GoStruct {
  const fields: Fields = [];
  text(fields, 'path', c.path);
  const expand = rec(c.expand);
  if (expand) {
    const levels: Fields = [];
    for (const key of EXPAND_KEYS) text(levels, key, expand[key]);
    fields.push(['expand', new GoStruct(levels)]);
  }
  // interface{}: Go re-encodes what it decoded; the JSON as written means the same to it
  const state = c.state;
  if (isNode(state) && state.kind !== 'null') fields.push(['state', new GoRaw(source.subarray(state.start, state.end).toString('utf8'))]);
  return new GoStruct(fields);
}

/** The apps.Manifest fields of `m`, in Go's order, as json.Marshal writes them. */
export function manifestFields(m: AppManifest): Fields {
  const g = m.go;
  const out: Fields = [];
  text(out, 'SchemaVersion', g.SchemaVersion);
  for (const name of ['app_id', 'version', 'homepage_url', 'display_name', 'description', 'icon']) text(out, name, g[name]);
  for (const name of CALL_FIELDS) {
    const c = rec(g[name]);
    if (c) out.push([name, call(c, m.source)]);
  }
  stringSlice(out, 'requested_permissions', g.requested_permissions);
  text(out, 'remote_webhook_auth_type', g.remote_webhook_auth_type);
  stringSlice(out, 'requested_locations', g.requested_locations);
  const lambda = rec(g.aws_lambda);
  if (lambda) {
    const fns = Array.isArray(lambda.functions) ? lambda.functions : [];
    const fields: Fields = [];
    if (fns.length > 0) {
      fields.push(['functions', fns.map((f) => new GoStruct(['path', 'name', 'handler', 'runtime'].map((k) => [k, str(rec(f)?.[k])])))]);
    }
    out.push(['aws_lambda', new GoStruct(fields)]);
  }
  const http = rec(g.http);
  if (http) {
    const fields: Fields = [];
    text(fields, 'root_url', http.root_url);
    if (http.use_jwt === true) fields.push(['use_jwt', true]);
    out.push(['http', new GoStruct(fields)]);
  }
  const openFaas = rec(g.open_faas);
  if (openFaas) {
    const fns = Array.isArray(openFaas.functions) ? openFaas.functions : [];
    out.push([
      'open_faas',
      new GoStruct(
        fns.length > 0
          ? [
              [
                'functions',
                fns.map(
                  (f) =>
                    new GoStruct([
                      ['path', str(rec(f)?.path)],
                      ['name', str(rec(f)?.name)],
                    ]),
                ),
              ],
            ]
          : [],
      ),
    ]);
  }
  const plugin = rec(g.plugin);
  if (plugin) {
    const fields: Fields = [];
    text(fields, 'plugin_id', plugin.plugin_id);
    out.push(['plugin', new GoStruct(fields)]);
  }
  return out;
}

/** json.Marshal(apps.Manifest). */
export function marshalManifest(m: AppManifest): string {
  return goMarshal(new GoStruct(manifestFields(m)));
}
