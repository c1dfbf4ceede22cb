// test: the `appsctl aws test s3|lambda` checks as a checklist, each with what to fix when it
// fails. Run with the Apps plugin's own credentials (MM_APPS_AWS_*) it shows whether the plugin can
// read the app's manifest and assets and reach its functions.
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import type { AwsClients } from '../aws/clients.js';
import { errorName, explainAwsError, httpStatus, isNotFound } from '../aws/errors.js';
import { getFunction, invokeDryRun, invokeFunction } from '../aws/lambda-functions.js';
import { headBucket, listPrefix } from '../aws/s3-objects.js';
import { lambdaName, s3ManifestName, s3StaticName } from '../compat/naming.js';
import { readManifest, type AppManifest } from '../manifest/manifest.js';
import { cleanIconPath } from '../manifest/rules.js';
import { routeCall } from '../manifest/routing.js';

export interface CheckItem {
  check: string;
  status: 'ok' | 'fail' | 'skipped';
  detail: string;
  fix?: string;
}

export interface CheckOptions {
  appId?: string;
  version?: string;
  /** Also invoke the function that serves /ping (runs the app's code). */
  invoke?: boolean;
}

export interface CheckReport {
  identity?: string;
  credentialSource: string;
  items: CheckItem[];
  ok: boolean;
}

const denied = (err: unknown) => httpStatus(err) === 403 || /AccessDenied/.test(errorName(err));

async function readObject(clients: AwsClients, key: string): Promise<Buffer> {
  const r = await clients.s3.send(new GetObjectCommand({ Bucket: clients.settings.bucket, Key: key }));
  return Buffer.from(await r.Body!.transformToByteArray());
}

export async function checkAws(clients: AwsClients, options: CheckOptions): Promise<CheckReport> {
  const { settings } = clients;
  const bucket = settings.bucket;
  const report: CheckReport = { credentialSource: settings.credentialSource, items: [], ok: true };
  const add = (item: CheckItem) => {
    report.items.push(item);
    if (item.status === 'fail') report.ok = false;
  };

  try {
    const who = await clients.sts.send(new GetCallerIdentityCommand({}));
    report.identity = who.Arn ?? '';
    add({ check: 'credentials', status: 'ok', detail: `${who.Arn} (from ${settings.credentialSource})` });
  } catch (err) {
    add({ check: 'credentials', status: 'fail', detail: explainAwsError(err, 'sts:GetCallerIdentity', settings).message });
    return report;
  }

  try {
    await headBucket(clients.s3, bucket);
    add({ check: 'bucket', status: 'ok', detail: `${bucket} is reachable` });
  } catch (err) {
    add({
      check: 'bucket',
      status: 'fail',
      detail: `${bucket}: ${isNotFound(err) ? 'does not exist' : denied(err) ? 'access denied' : explainAwsError(err, 's3:HeadBucket', settings).message}`,
      fix: isNotFound(err)
        ? `create it with mm-apps-deploy init --bucket ${bucket} --create, or set MM_APPS_S3_BUCKET to the right bucket`
        : 'the invoke policy needs s3:ListBucket on the bucket (mm-apps-deploy init creates it)',
    });
  }

  if (!options.appId || !options.version) return report;
  const { appId, version } = options;
  const manifestKey = s3ManifestName(appId, version);
  let manifest: AppManifest | undefined;
  try {
    const bytes = await readObject(clients, manifestKey);
    manifest = readManifest(bytes).manifest;
    if (!manifest) throw new Error('it is not a valid manifest');
    add({ check: 'manifest', status: 'ok', detail: `${manifestKey} (${bytes.length} bytes, ${manifest.displayName || manifest.appId})` });
  } catch (err) {
    add({
      check: 'manifest',
      status: 'fail',
      detail: `${manifestKey}: ${isNotFound(err) ? 'not found' : denied(err) ? 'access denied' : (err as Error).message}`,
      fix: isNotFound(err) ? `provision ${appId} ${version} (mm-apps-deploy provision)` : 'the invoke policy needs s3:GetObject on manifests/* (mm-apps-deploy init creates it)',
    });
    return report;
  }

  // One static asset: the icon when there is one, else the first asset of this version.
  const prefix = s3StaticName(appId, version, '');
  try {
    const icon = manifest.icon ? cleanIconPath(manifest.icon) : undefined;
    const key = icon?.kind === 'static' ? s3StaticName(appId, version, icon.path) : [...(await listPrefix(clients.s3, bucket, prefix)).keys()][0];
    if (!key) add({ check: 'static asset', status: 'skipped', detail: `no assets under ${prefix}` });
    else {
      const bytes = await readObject(clients, key);
      add({ check: 'static asset', status: 'ok', detail: `${key} (${bytes.length} bytes)` });
    }
  } catch (err) {
    add({
      check: 'static asset',
      status: 'fail',
      detail: `${prefix}…: ${isNotFound(err) ? 'not found' : denied(err) ? 'access denied' : (err as Error).message}`,
      fix: isNotFound(err) ? `provision ${appId} ${version} again` : 'the invoke policy needs s3:GetObject on static/* (mm-apps-deploy init creates it)',
    });
  }

  for (const fn of manifest.functions) {
    const name = lambdaName(appId, version, fn.name);
    try {
      const current = await getFunction(clients.lambda, name);
      if (!current) add({ check: `function ${fn.name}`, status: 'fail', detail: `${name} does not exist`, fix: `provision ${appId} ${version}` });
      else if (current.state && current.state !== 'Active')
        add({ check: `function ${fn.name}`, status: 'fail', detail: `${name} is ${current.state}`, fix: 'wait a minute and check again; a Failed function must be provisioned again' });
      else add({ check: `function ${fn.name}`, status: 'ok', detail: `${name} is Active` });
    } catch (err) {
      if (!denied(err)) {
        add({ check: `function ${fn.name}`, status: 'fail', detail: `${name}: ${explainAwsError(err, 'lambda:GetFunction', settings).message}` });
        continue;
      }
      // The plugin's invoke user may only invoke: check that, without running the function.
      try {
        await invokeDryRun(clients.lambda, name);
        add({ check: `function ${fn.name}`, status: 'ok', detail: `${name} can be invoked (dry run)` });
      } catch (e) {
        add({
          check: `function ${fn.name}`,
          status: 'fail',
          detail: `${name}: ${isNotFound(e) ? 'does not exist' : denied(e) ? 'invocation denied' : (e as Error).message}`,
          fix: isNotFound(e) ? `provision ${appId} ${version}` : 'add the function to the invoke policy (mm-apps-deploy provision does it when the policy exists)',
        });
      }
    }
  }

  if (options.invoke) {
    const target = routeCall('/ping', manifest.functions);
    if (!target) add({ check: 'invoke /ping', status: 'skipped', detail: 'no function serves /ping' });
    else {
      const name = lambdaName(appId, version, target.name);
      const call = { path: '/ping', context: { app_id: appId } };
      try {
        // The payload the plugin sends (research mattermost-apps-aws.md §7.2).
        const r = await invokeFunction(clients.lambda, name, { path: '/ping', httpMethod: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(call) });
        const outcome = interpretPing(r.payload, r.functionError);
        add({ check: 'invoke /ping', status: outcome.ok ? 'ok' : 'fail', detail: `${name}: ${outcome.detail}`, ...(outcome.ok ? {} : { fix: "look at the function's CloudWatch logs" }) });
      } catch (err) {
        add({ check: 'invoke /ping', status: 'fail', detail: `${name}: ${explainAwsError(err, 'lambda:InvokeFunction', settings).message}` });
      }
    }
  }
  return report;
}

/**
 * The plugin's rule (statusCode exactly 200, a body that decodes to a CallResponse), and appsctl's
 * `aws test lambda`: the answer must be apps.NewTextResponse("PONG"), {"type":"ok","text":"PONG"}
 * (v0.7's test wanted "markdown": "PONG", which is accepted too).
 */
export function interpretPing(payload: string, functionError?: string): { ok: boolean; detail: string } {
  if (functionError) return { ok: false, detail: `the function failed (${functionError}): ${payload.slice(0, 200)}` };
  let response: { statusCode?: unknown; body?: unknown };
  try {
    response = JSON.parse(payload) as typeof response;
  } catch {
    return { ok: false, detail: `the answer is not JSON: ${payload.slice(0, 200)}` };
  }
  if (response.statusCode !== 200) return { ok: false, detail: `statusCode is ${String(response.statusCode)}, the plugin needs 200` };
  try {
    const body = JSON.parse(String(response.body)) as { type?: string; text?: string; markdown?: string };
    if (body.type !== 'ok') return { ok: false, detail: `answered a CallResponse of type ${body.type}: ${body.text ?? ''}` };
    if (body.text !== 'PONG' && body.markdown !== 'PONG') return { ok: false, detail: `answered ${JSON.stringify(body).slice(0, 200)}, and appsctl aws test lambda expects {"type":"ok","text":"PONG"}` };
    return { ok: true, detail: `answered ${JSON.stringify(body)}` };
  } catch {
    return { ok: false, detail: 'the body is not a CallResponse (JSON)' };
  }
}
