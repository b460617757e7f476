// Two instances on one PostgreSQL (run by TwoInstancesIT, which starts both, nginx and the origin).
// Jobs and plans are created through both instances and watched through instance B; every plan
// finishes with each slice of its job fetched in exactly one completed batch, a plan deleted before
// its first slot never starts one, and a ClientToken used on A answers the same on B.
// TwoInstancesIT then checks the origin's counts and which instance ran each batch.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const Esa = require('@alicloud/esa20240910');
const $dara = require('@darabonba/typescript'); // the SDK's own runtime package
const { $OpenApiUtil, OpenApiUtil } = require('@alicloud/openapi-core');
const {
  env, client, until, logsOf,
} = require('./support.cjs');

const clientOf = (endpoint) => client('TWO', endpoint);
const a = clientOf(env('ESA_ENDPOINT'));
const b = clientOf(env('ESA_ENDPOINT_B'));
const domain = env('TWO_DOMAIN');
const siteId = Number(env('TWO_SITE_ID'));
const sliceLen = Number(env('TWO_SLICE_LEN'));

// The generic call: the SDK's request models have neither ClientToken nor the Prewarm log action.
function call(c, action, method, query, body) {
  const params = new $OpenApiUtil.Params({
    action, version: '2024-09-10', protocol: 'HTTP', pathname: '/', method,
    authType: 'AK', style: 'RPC', reqBodyType: 'formData', bodyType: 'json',
  });
  const request = new $OpenApiUtil.OpenApiRequest({ query: OpenApiUtil.query(query), body: OpenApiUtil.parseToMap(body) });
  return c.callApi(params, request, new $dara.RuntimeOptions({})).then((r) => r.body);
}

const createJob = async (c, name, urls) => (await c.createScheduledPreloadJob(new Esa.CreateScheduledPreloadJobRequest({
  name, siteId, insertWay: 'textBox', urlList: urls.join('\n') }))).body;

const createPlan = async (c, jobId, execution) => {
  const created = (await c.createScheduledPreloadExecutions(new Esa.CreateScheduledPreloadExecutionsRequest({
    id: jobId, executions: [new Esa.CreateScheduledPreloadExecutionsRequestExecutions(execution)] }))).body;
  assert.equal(created.successCount, 1, JSON.stringify(created));
  return created.successExecutions[0];
};

const planOf = async (c, jobId) => (await c.listScheduledPreloadExecutions(
  new Esa.ListScheduledPreloadExecutionsRequest({ id: jobId }))).body.executions[0];


test('plans created on either instance all finish, each slice fetched by exactly one completed batch', async () => {
  // Waiting for a slot three seconds ahead: Stop needs a running plan (API.md §5), so it is refused;
  // the plan is deleted instead, and neither instance may start it when its slot passes.
  const slot = Math.ceil((Date.now() + 3000) / 1000) * 1000;
  const idleJob = await createJob(a, 'idle', [0, 1, 2].map((i) => `http://${domain}/idle/u${i}`));
  const idle = await createPlan(a, idleJob.id,
    { startTime: new Date(slot).toISOString().replace('.000Z', 'Z'), interval: 1, sliceLen });
  assert.equal(idle.status, 'waiting');
  await assert.rejects(b.stopScheduledPreloadExecution(new Esa.StopScheduledPreloadExecutionRequest({ id: idle.id })),
    (e) => e.code === 'InvalidExecution.Status');
  await b.deleteScheduledPreloadExecution(new Esa.DeleteScheduledPreloadExecutionRequest({ id: idle.id }));
  assert.ok(Date.now() < slot, 'the plan was deleted before its slot (else this machine is too slow for the test)');

  const counts = env('TWO_URL_COUNTS').split(',').map(Number);
  const jobs = [];
  for (const [j, count] of counts.entries()) {
    const c = j % 2 === 0 ? a : b; // nonces and the rate limit are checked on both
    const urls = Array.from({ length: count }, (_, i) => `http://${domain}/j${j}/u${i}`);
    const job = await createJob(c, `two-${j}`, urls);
    await createPlan(c, job.id, { interval: 1, sliceLen });
    jobs.push({ id: job.id, count });
  }

  await until('every plan to finish (watched through instance B)', async () => {
    const plans = await Promise.all(jobs.map((job) => planOf(b, job.id)));
    const failed = plans.find((p) => p.status === 'failed');
    assert.equal(failed, undefined, `a plan failed: ${JSON.stringify(failed)}`);
    return plans.every((p) => p.status === 'finished');
  }, 45_000);

  for (const job of jobs) {
    const logs = await logsOf(b, job.id);
    const batches = [...logs.Logs].sort((x, y) => x.BatchNo - y.BatchNo);
    const expected = Array.from({ length: Math.ceil(job.count / sliceLen) }, (_, k) => {
      const from = k * sliceLen;
      const to = Math.min(from + sliceLen, job.count);
      return [k + 1, from, to, to - from, 'completed'];
    });
    assert.deepEqual(batches.map((l) => [l.BatchNo, l.UrlFrom, l.UrlTo, l.Succeeded, l.Status]), expected,
      `job ${job.id}: batch numbers 1..n, ranges contiguous and disjoint, each run once`);
    assert.equal(logs.TotalCount, expected.length);
  }

  await until('the deleted plan\'s slot to be a second past', () => Date.now() > slot + 1000, 10_000);
  assert.equal(await planOf(b, idleJob.id), undefined);
  assert.equal((await logsOf(a, idleJob.id)).TotalCount, 0, 'a plan deleted before its first slot starts no batch');
});

test('a ClientToken used on instance A answers the same on instance B and creates nothing twice', async () => {
  const token = `two-instances-${Date.now()}`;
  const body = { InsertWay: 'textBox', Name: token, SiteId: siteId, UrlList: `http://${domain}/token`, ClientToken: token };
  const first = await call(a, 'CreateScheduledPreloadJob', 'POST', {}, body);
  const again = await call(b, 'CreateScheduledPreloadJob', 'POST', {}, body);
  assert.deepEqual({ ...again, RequestId: '' }, { ...first, RequestId: '' });
  const named = (await b.listScheduledPreloadJobs(new Esa.ListScheduledPreloadJobsRequest({ siteId, pageSize: 100 })))
    .body.jobs.filter((job) => job.name === token);
  assert.deepEqual(named.map((job) => job.id), [first.Id]);
});
