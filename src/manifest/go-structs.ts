// The Go types the Apps plugin decodes manifest.json into (research §3.1, §3.2): apps.Manifest
// with its embedded Deploy (plugin v1.0 and later), and apps.ManifestV0_7 (plugin v0.7, and the
// fallback of v1.0–v1.1's DecodeCompatibleManifest, apps/schema_version.go).
import { goAny, goBool, goSlice, goString, goStruct, type GoType } from '../compat/go-unmarshal.js';

/** apps.Expand: every level is an ExpandLevel (a string); unknown keys are ignored. */
const expand = goStruct(
  'Expand',
  ['app', 'acting_user', 'acting_user_access_token', 'locale', 'channel', 'channel_member', 'team', 'team_member', 'post', 'root_post', 'user', 'oauth2_app', 'oauth2_user'].map((n) => [n, goString] as const),
  true,
);

export const EXPAND_KEYS: readonly string[] = expand.kind === 'struct' ? expand.fields.map((f) => f.name) : [];

/** *apps.Call: its UnmarshalJSON takes a bare string (the path) or {path, expand, state}. */
const call: GoType = {
  kind: 'stringOrStruct',
  name: 'Call',
  stringField: 'path',
  struct: goStruct('Call', [
    ['path', goString],
    ['expand', expand],
    ['state', goAny],
  ]),
};

export const CALL_FIELDS = ['bindings', 'on_install', 'on_version_changed', 'on_uninstall', 'on_enable', 'on_disable', 'get_oauth2_connect_url', 'on_oauth2_complete', 'on_remote_webhook'] as const;

const lambdaFunction = goStruct('AWSLambdaFunction', [
  ['path', goString],
  ['name', goString],
  ['handler', goString],
  ['runtime', goString],
]);

const common: ReadonlyArray<readonly [string, GoType]> = [
  ['app_id', goString],
  ['version', goString],
  ['homepage_url', goString],
  ['display_name', goString],
  ['description', goString],
  ['icon', goString],
];

/** apps.Manifest at v1.2.x (Deploy embedded, so its members sit at the top level; no "deploy" key). */
export const MANIFEST_V1 = goStruct('Manifest', [
  ['SchemaVersion', goString],
  ...common,
  ...CALL_FIELDS.map((n) => [n, call] as const),
  ['requested_permissions', goSlice(goString)],
  ['remote_webhook_auth_type', goString],
  ['requested_locations', goSlice(goString)],
  ['aws_lambda', goStruct('AWSLambda', [['functions', goSlice(lambdaFunction)]], true)],
  [
    'http',
    goStruct(
      'HTTP',
      [
        ['root_url', goString],
        ['use_jwt', goBool],
      ],
      true,
    ),
  ],
  [
    'open_faas',
    goStruct(
      'OpenFAAS',
      [
        [
          'functions',
          goSlice(
            goStruct('OpenFAASFunction', [
              ['path', goString],
              ['name', goString],
            ]),
          ),
        ],
      ],
      true,
    ),
  ],
  ['plugin', goStruct('Plugin', [['plugin_id', goString]], true)],
]);

/** apps.ManifestV0_7: "app_type" and a top-level "aws_lambda" array. */
export const MANIFEST_V0_7 = goStruct('ManifestV0_7', [
  ...common.slice(0, 2),
  ['app_type', goString],
  ...common.slice(2),
  ...CALL_FIELDS.filter((n) => n !== 'on_remote_webhook').map((n) => [n, call] as const),
  ['requested_permissions', goSlice(goString)],
  ['requested_locations', goSlice(goString)],
  ['root_url', goString],
  ['aws_lambda', goSlice(lambdaFunction)],
  ['plugin_id', goString],
]);
