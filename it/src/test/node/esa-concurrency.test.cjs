// Concurrent commands on one plan are linearized (optimistic locking, retried): none fails and
// none is lost. Uses the fuzz tenant provisioned by EsaSdkIT (a high rate limit).
const { test } = require('node:test');
const assert = require('node:assert/strict');
const Esa = require('@alicloud/esa20240910');
const { $OpenApiUtil } = require('@alicloud/openapi-core');

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`missing environment variable ${name} (EsaSdkIT sets it)`);
  return value;
};

test('twenty concurrent updates of one plan all succeed and the last committed one wins', async () => {
  const client = new Esa.default(new $OpenApiUtil.Config({
    accessKeyId: env('FUZZ_AK'), accessKeySecret: env('FUZZ_SK'), endpoint: env('ESA_ENDPOINT'), protocol: 'http',
  }));
  const siteId = Number(env('FUZZ_SITE_ID'));
  const job = await client.createScheduledPreloadJob(new Esa.CreateScheduledPreloadJobRequest({
    name: 'concurrency', siteId, insertWay: 'textBox', urlList: `https://${env('FUZZ_DOMAIN')}/c` }));
  const created = await client.createScheduledPreloadExecutions(new Esa.CreateScheduledPreloadExecutionsRequest({
    id: job.body.id, executions: [new Esa.CreateScheduledPreloadExecutionsRequestExecutions({
      startTime: '2030-01-01T00:00:00Z', interval: 60, sliceLen: 1 })] }));
  const planId = created.body.successExecutions[0].id;

  const sliceLens = Array.from({ length: 20 }, (_, i) => 100 + i);
  const results = await Promise.allSettled(sliceLens.map((sliceLen) => client.updateScheduledPreloadExecution(
    new Esa.UpdateScheduledPreloadExecutionRequest({ id: planId, sliceLen }))));

  const failures = results.filter((r) => r.status === 'rejected').map((r) => `${r.reason.code}: ${r.reason.message}`);
  assert.deepEqual(failures, [], 'every concurrent update succeeds');
  const final = await client.listScheduledPreloadExecutions(new Esa.ListScheduledPreloadExecutionsRequest({ id: job.body.id }));
  assert.ok(sliceLens.includes(final.body.executions[0].sliceLen), 'the stored SliceLen is one of the updates');
  assert.equal(final.body.executions[0].interval, 60, 'fields no update touched keep their value');
});
