// What the engine-side Node suites share: their settings from the Java test, an SDK client per
// AccessKey, a bounded wait, the execution log (an action the SDK's models lack) and the
// tenant REST API. Each suite's environment names its AccessKey pair by a prefix (PREFIX_AK,
// PREFIX_SK).
const assert = require('node:assert/strict');
const Esa = require('@alicloud/esa20240910');
const { $OpenApiUtil } = require('@alicloud/openapi-core');

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`missing environment variable ${name} (the Java test that runs this suite sets it)`);
  return value;
};

const client = (prefix, endpoint = env('ESA_ENDPOINT')) => new Esa.default(new $OpenApiUtil.Config({
  accessKeyId: env(`${prefix}_AK`), accessKeySecret: env(`${prefix}_SK`), endpoint, protocol: 'http',
}));

async function until(what, check, timeoutMs = 30_000, pollMs = 200) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

const logsOf = (c, jobId) => c.callApi(new $OpenApiUtil.Params({
  action: 'ListScheduledPreloadExecutionLogs', version: '2024-09-10', protocol: 'HTTP', pathname: '/',
  method: 'GET', authType: 'AK', style: 'RPC', reqBodyType: 'formData', bodyType: 'json',
}), new $OpenApiUtil.OpenApiRequest({ query: { JobId: jobId, PageSize: '100' } }), {}).then((r) => r.body);

// The tenant side of the REST API, authenticated with the AccessKey pair as HTTP Basic.
async function restJson(prefix, path) {
  const authorization = `Basic ${Buffer.from(`${env(`${prefix}_AK`)}:${env(`${prefix}_SK`)}`).toString('base64')}`;
  const response = await fetch(`http://${env('ESA_ENDPOINT')}${path}`, { headers: { Authorization: authorization } });
  const text = await response.text();
  assert.equal(response.status, 200, `GET ${path}: ${text}`);
  return JSON.parse(text);
}

// A REST call expected to fail: its status and problem code.
async function restProblem(prefix, path) {
  const authorization = `Basic ${Buffer.from(`${env(`${prefix}_AK`)}:${env(`${prefix}_SK`)}`).toString('base64')}`;
  const response = await fetch(`http://${env('ESA_ENDPOINT')}${path}`, { headers: { Authorization: authorization } });
  const text = await response.text();
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/, `GET ${path}: ${text}`);
  return { status: response.status, code: JSON.parse(text).code };
}

module.exports = { env, client, until, logsOf, restJson, restProblem };
