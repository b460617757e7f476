// Fuzzing of the RPC parameter handling through the official SDK's generic, correctly signed
// call: random actions, methods, parameter names and values (malformed numbers, JSON, times,
// ids, huge and odd strings). Every answer must be a JSON success or the ESA error envelope
// below 500, and rejected calls must change nothing. Deterministic: the seed is printed and can
// be set with FUZZ_SEED to replay a failure.
const { describe, test, before } = require('node:test');
const assert = require('node:assert/strict');
const Esa = require('@alicloud/esa20240910');
const { $OpenApiUtil } = require('@alicloud/openapi-core');

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`missing environment variable ${name} (EsaSdkIT sets it)`);
  return value;
};

const ACTIONS = ['CreateScheduledPreloadJob', 'GetScheduledPreloadJob', 'ListScheduledPreloadJobs',
  'DeleteScheduledPreloadJob', 'ResetScheduledPreloadJob', 'CreateScheduledPreloadExecutions',
  'ListScheduledPreloadExecutions', 'UpdateScheduledPreloadExecution', 'DeleteScheduledPreloadExecution',
  'StartScheduledPreloadExecution', 'StopScheduledPreloadExecution', 'ListScheduledPreloadExecutionLogs',
  'PreloadCaches', 'DescribePreloadTasks', 'NoSuchAction', 'createScheduledPreloadJob', ''];
const PARAMS = ['Id', 'JobId', 'ExecutionId', 'SiteId', 'Name', 'InsertWay', 'UrlList', 'OssUrl', 'Executions',
  'StartTime', 'EndTime', 'Interval', 'SliceLen', 'PageNumber', 'PageSize', 'Content', 'Headers', 'Status',
  'ClientToken', 'RegionId', 'Format', 'Action', 'Version'];
const ITERATIONS = Number(process.env.FUZZ_ITERATIONS || 300);

function prng(seed) { // mulberry32: small, seedable, good enough for test input
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function values(random, siteId, jobId, planId) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chars = () => Array.from({ length: Math.floor(random() * 40) },
    () => String.fromCodePoint(pick([0x20 + Math.floor(random() * 95), 0xe9, 0x4e2d, 0x1f600, 0x25, 0x26, 0x3d, 0x2b]))).join('');
  return pick([
    () => '', () => ' ', () => chars(), () => 'x'.repeat(1 + Math.floor(random() * 20000)),
    () => String(Math.floor(random() * 1e6) - 5e5), () => '1e400', () => '9'.repeat(40), () => '-0', () => '3.5', () => 'NaN',
    () => siteId, () => jobId, () => planId, () => 'f'.repeat(24), () => 'F'.repeat(24), () => 'g'.repeat(24),
    () => '[', () => '[]', () => '{}', () => '[{}]', () => '[null]', () => '[1,2]', () => '"str"', () => 'null',
    () => '[{"Interval":"x","SliceLen":{}}]', () => '[{"StartTime":"2026-01-01T00:00:00","Interval":1,"SliceLen":1}]',
    () => '[' + '['.repeat(5000) + ']'.repeat(5000) + ']', () => '{"Host":"evil","X":"a\\r\\nb"}',
    () => '2026-13-40T25:61:61Z', () => '2030-01-01T00:00:00+08:00', () => '1970-01-01T00:00:00Z',
    () => 'textBox', () => 'oss', () => 'sitemap', () => 'Complete', () => 'Refreshing',
    () => 'https://www.example.com/' + chars(), () => 'ftp://x', () => '%zz%', () => '\u0000',
  ])();
}

describe('RPC fuzzing with signed requests', () => {
  let client, siteId, jobId, planId;
  const seed = Number(process.env.FUZZ_SEED || Date.now() % 1000000);

  const state = async () => {
    const jobs = await client.listScheduledPreloadJobs(new Esa.ListScheduledPreloadJobsRequest({ siteId, pageSize: 100 }));
    const plans = await client.listScheduledPreloadExecutions(new Esa.ListScheduledPreloadExecutionsRequest({ id: jobId }))
      .then((r) => r.body.executions, (e) => `job gone: ${e.code}`); // a fuzz call may validly delete it
    return JSON.stringify({ jobs: jobs.body.jobs, plans });
  };

  before(async () => {
    client = new Esa.default(new $OpenApiUtil.Config({
      accessKeyId: env('FUZZ_AK'), accessKeySecret: env('FUZZ_SK'), endpoint: env('ESA_ENDPOINT'), protocol: 'http',
    }));
    siteId = Number(env('FUZZ_SITE_ID'));
    const job = await client.createScheduledPreloadJob(new Esa.CreateScheduledPreloadJobRequest({
      name: 'fuzz', siteId, insertWay: 'textBox', urlList: `https://${env('FUZZ_DOMAIN')}/a` }));
    jobId = job.body.id;
    const plans = await client.createScheduledPreloadExecutions(new Esa.CreateScheduledPreloadExecutionsRequest({
      id: jobId, executions: [new Esa.CreateScheduledPreloadExecutionsRequestExecutions({
        startTime: '2030-01-01T00:00:00Z', interval: 60, sliceLen: 1 })] }));
    planId = plans.body.successExecutions[0].id;
  });

  test(`${ITERATIONS} random calls never answer 5xx or non-JSON, and rejected calls change nothing (seed ${seed})`, async () => {
    const random = prng(seed);
    let known = await state();
    for (let i = 0; i < ITERATIONS; i++) {
      const action = ACTIONS[Math.floor(random() * ACTIONS.length)];
      const method = random() < 0.5 ? 'GET' : 'POST';
      const params = {};
      for (let n = Math.floor(random() * 6); n > 0; n--) {
        params[PARAMS[Math.floor(random() * PARAMS.length)]] = values(random, String(siteId), jobId, planId);
      }
      const request = new $OpenApiUtil.OpenApiRequest(method === 'GET' ? { query: params } : { body: params });
      const call = new $OpenApiUtil.Params({ action, version: '2024-09-10', protocol: 'HTTP', pathname: '/', method,
        authType: 'AK', style: 'RPC', reqBodyType: 'formData', bodyType: 'json' });
      const where = `call ${i} (seed ${seed}): ${method} ${action} ${JSON.stringify(params).slice(0, 300)}`;
      const mutating = !/^(Get|List|Describe)/.test(action);
      try {
        await client.callApi(call, request, {});
        if (mutating) known = await state(); // a valid call may change state: that is the new baseline
      } catch (e) {
        assert.ok(e.statusCode >= 400 && e.statusCode < 500, `${where} answered ${e.statusCode} ${e.code}: ${e.message}`);
        assert.ok(e.data && typeof e.data.Code === 'string' && typeof e.data.RequestId === 'string',
          `${where} did not answer the ESA envelope: ${e.message}`);
        if (mutating) assert.equal(await state(), known, `${where} was rejected (${e.code}) but changed state`);
      }
    }
  });
});
