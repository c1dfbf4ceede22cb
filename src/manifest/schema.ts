// The JSON shape of manifest.json as the Apps plugin decodes it (apps.Manifest, research §3.1–3.2).
// Only types are checked here, the way Go's decoder would fail; the rules are in rules.ts. Unknown
// keys are allowed (Go ignores them), and null is allowed wherever Go would leave a zero value.
import { z } from 'zod';

const str = z.string().nullable().optional();

/** apps.Call: an object, or a bare string that is its path. */
const call = z
  .union([z.string(), z.looseObject({ path: str, expand: z.record(z.string(), z.string()).nullable().optional(), state: z.unknown().optional() })])
  .nullable()
  .optional();

export const lambdaFunctionSchema = z.looseObject({ path: str, name: str, handler: str, runtime: str });

const functions = z.array(lambdaFunctionSchema).nullable().optional();

const common = {
  app_id: str,
  version: str,
  homepage_url: str,
  display_name: str,
  description: str,
  icon: str,
  bindings: call,
  on_install: call,
  on_version_changed: call,
  on_uninstall: call,
  on_enable: call,
  on_disable: call,
  get_oauth2_connect_url: call,
  on_oauth2_complete: call,
  on_remote_webhook: call,
  requested_permissions: z.array(z.string()).nullable().optional(),
  requested_locations: z.array(z.string()).nullable().optional(),
  remote_webhook_auth_type: str,
};

/** Current format (plugin v1.0+): deploy types are top-level keys. */
export const currentManifestSchema = z.looseObject({
  ...common,
  aws_lambda: z.looseObject({ functions }).nullable().optional(),
  http: z.looseObject({ root_url: str, use_jwt: z.boolean().nullable().optional() }).nullable().optional(),
  open_faas: z.looseObject({ functions: z.array(z.looseObject({ path: str, name: str })).nullable().optional() }).nullable().optional(),
  plugin: z.looseObject({ plugin_id: str }).nullable().optional(),
});

/** Legacy format (plugin v0.7 and earlier, accepted until v1.1): `app_type` and an array. */
export const legacyManifestSchema = z.looseObject({
  ...common,
  app_type: str,
  root_url: str,
  aws_lambda: functions,
});

export type CurrentManifestJson = z.infer<typeof currentManifestSchema>;
export type LegacyManifestJson = z.infer<typeof legacyManifestSchema>;
