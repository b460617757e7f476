// The plan engine end to end (run by EngineIT, which starts nginx and the origin): a plan of
// SliceLen 10 every 1 s warms a 30-URL job in three batches through the cache; afterwards every
// URL is a HIT in nginx, its fetch result is stored (REST API) and /metrics counts it.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const Esa = require('@alicloud/esa20240910');
const {
  env, client: supportClient, until, logsOf, restJson: supportRestJson, restProblem: supportRestProblem,
} = require('./support.cjs');

const client = () => supportClient('ENGINE');
const restJson = (path) => supportRestJson('ENGINE', path);
const restProblem = (path) => supportRestProblem('ENGINE', path);

// A sample of /metrics (Prometheus text format) by metric name and one label, any label order.
function sample(metrics, name, label) {
  const line = metrics.split('\n').find((l) => l.startsWith(`${name}{`) && l.includes(label));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

// The same variant the plan warmed (the default: Accept-Encoding gzip); nginx keys on it.
function cacheStatus(path) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port: Number(env('NGINX_PORT')), path, headers: { Host: env('ENGINE_DOMAIN'), 'Accept-Encoding': 'gzip' } },
      (res) => { res.resume(); res.on('end', () => resolve(res.headers['x-cache-status'])); }).on('error', reject);
  });
}

test('a plan warms every URL of its job through the cache, SliceLen URLs per Interval', async () => {
  const c = client();
  const count = Number(env('ENGINE_URLS'));
  const urls = Array.from({ length: count }, (_, i) => `http://${env('ENGINE_DOMAIN')}/e${i}`);
  const job = (await c.createScheduledPreloadJob(new Esa.CreateScheduledPreloadJobRequest({
    name: 'engine', siteId: Number(env('ENGINE_SITE_ID')), insertWay: 'textBox', urlList: urls.join('\n') }))).body;
  // Starting a few seconds ahead, as plans usually do: the engine claims and begins the first
  // batch before its slot, so its start lag is the engine's, not the first claim's on a cold server.
  const startTime = new Date(Math.ceil(Date.now() / 1000) * 1000 + 3000).toISOString().replace('.000Z', 'Z');
  const plan = (await c.createScheduledPreloadExecutions(new Esa.CreateScheduledPreloadExecutionsRequest({
    id: job.id, executions: [new Esa.CreateScheduledPreloadExecutionsRequestExecutions({ interval: 1, sliceLen: 10, startTime })],
  }))).body.successExecutions[0];

  await until('the plan to finish', async () => {
    const listed = await c.listScheduledPreloadExecutions(new Esa.ListScheduledPreloadExecutionsRequest({ id: job.id }));
    return listed.body.executions[0].status === 'finished';
  });

  const logs = await logsOf(c, job.id);
  assert.equal(logs.TotalCount, 3);
  assert.deepEqual(logs.Logs.map((l) => [l.UrlFrom, l.UrlTo, l.Succeeded, l.Failed, l.Status]),
    [[0, 10, 10, 0, 'completed'], [10, 20, 10, 0, 'completed'], [20, 30, 10, 0, 'completed']]);
  const due = logs.Logs.map((l) => Date.parse(l.ScheduledAt));
  assert.deepEqual([due[1] - due[0], due[2] - due[1]], [1000, 1000], 'batch k is due at StartTime + k·Interval');
  for (const l of logs.Logs) {
    assert.ok(Date.parse(l.StartedAt) - Date.parse(l.ScheduledAt) <= 1000, `batch ${l.BatchNo} started within 1 s of its slot`);
  }
  const refreshed = await c.getScheduledPreloadJob(new Esa.GetScheduledPreloadJobRequest({ id: job.id }));
  assert.equal(refreshed.body.taskSubmitted, count);
  assert.ok(plan.id);

  for (let i = 0; i < count; i++) {
    assert.equal(await cacheStatus(`/e${i}`), 'HIT', `/e${i} is warm in nginx`);
  }

  // One stored result per URL (one edge target, one variant): the MISS that warmed it.
  const results = await restJson(`/api/v1/jobs/${job.id}/results?planId=${plan.id}&pageSize=100`);
  assert.equal(results.total, count);
  assert.deepEqual(results.results.map((r) => r.position), urls.map((_, i) => i));
  for (const r of results.results) {
    assert.deepEqual([r.url, r.outcome, r.httpStatus, r.cacheStatus, r.attempts, r.error],
      [urls[r.position], 'warmed', 200, 'miss', 1, ''], `result of ${r.url}`);
    assert.ok(r.bytes > 0 && r.totalMillis >= 0 && r.batchNo >= 1 && r.batchNo <= 3, JSON.stringify(r));
  }
  const failed = await restJson(`/api/v1/jobs/${job.id}/results?planId=${plan.id}&outcome=server_error`);
  assert.equal(failed.total, 0);
  const listed = await restJson(`/api/v1/jobs/${job.id}/results/urls?pageSize=100`);
  assert.deepEqual(listed.map((u) => [u.url, u.lastOutcome]), urls.map((u) => [u, 'warmed']));
  const history = await restJson(`/api/v1/jobs/${job.id}/results/urls/7`);
  assert.deepEqual(history.map((r) => [r.url, r.outcome]), [[urls[7], 'warmed']]);
  // Bad paging values and positions are 400s naming the parameter: not a 404, not an empty list.
  for (const [path, code] of [
    [`results?planId=${plan.id}&pageSize=abc`, 'InvalidParameter.pageSize'],
    [`results?planId=${plan.id}&page=99999999999`, 'InvalidParameter.page'],
    ['results/urls?pageSize=abc', 'InvalidParameter.pageSize'],
    ['results/urls/abc', 'InvalidParameter.position'],
    ['results/urls/-1', 'InvalidParameter.position'],
    [`results/urls/${count}`, 'InvalidParameter.position'],
  ]) {
    const problem = await restProblem(`/api/v1/jobs/${job.id}/${path}`);
    assert.deepEqual([problem.status, problem.code], [400, code], path);
  }

  // The plans gauge is read from the database at most every 5 s: wait for it to see this plan.
  const metrics = await until('the plans gauge to count a finished plan', async () => {
    const response = await fetch(`http://${env('ESA_ENDPOINT')}/metrics`);
    const text = await response.text();
    return response.status === 200 && sample(text, 'prewarm_plans', 'status="finished"') >= 1 ? text : null;
  }, 15_000);
  assert.ok(sample(metrics, 'prewarm_urls_fetched_total', 'outcome="warmed"') >= count, 'fetched-by-outcome counter');
  assert.ok(sample(metrics, 'prewarm_batch_start_lag_seconds_count', 'mp_scope="application"') >= 3, 'start lag');
  assert.ok(sample(metrics, 'prewarm_batch_start_lag_seconds', 'quantile="0.99"') <= 1, 'p99 start lag');
  assert.notEqual(sample(metrics, 'prewarm_plans', 'status="waiting"'), undefined, 'a line per status');
  assert.ok(sample(metrics, 'prewarm_api_calls_total', 'action="CreateScheduledPreloadJob",code="OK"') >= 1, 'API calls');
});

test('an instant task (PreloadCaches) runs in its own lane and ends Complete, warm in nginx', async () => {
  const c = client();
  const url = `http://${env('ENGINE_DOMAIN')}/instant`;
  const { taskId } = (await c.preloadCaches(new Esa.PreloadCachesRequest({
    siteId: Number(env('ENGINE_SITE_ID')), content: [url], headers: { 'Accept-Encoding': 'gzip' } }))).body;
  const task = await until('the task to complete', async () => {
    const described = await c.describePreloadTasks(new Esa.DescribePreloadTasksRequest({ content: url }));
    const found = described.body.tasks.find((t) => t.taskId === taskId);
    return found && found.status !== 'Refreshing' ? found : null;
  });
  assert.equal(task.status, 'Complete', task.description);
  assert.equal(task.process, '100%');
  assert.equal(await cacheStatus('/instant'), 'HIT');
});

test('a batch longer than the lease keeps its lease by heartbeats and runs once', async () => {
  const c = client();
  const urls = ['a', 'b'].map((name) => `http://${env('ENGINE_DOMAIN')}/delay/${name}`); // 3 s each at the origin
  const job = (await c.createScheduledPreloadJob(new Esa.CreateScheduledPreloadJobRequest({
    name: 'long-batch', siteId: Number(env('ENGINE_SITE_ID')), insertWay: 'textBox', urlList: urls.join('\n') }))).body;
  await c.createScheduledPreloadExecutions(new Esa.CreateScheduledPreloadExecutionsRequest({
    id: job.id, executions: [new Esa.CreateScheduledPreloadExecutionsRequestExecutions({ interval: 1, sliceLen: 2 })],
  }));

  await until('the plan to finish', async () => {
    const listed = await c.listScheduledPreloadExecutions(new Esa.ListScheduledPreloadExecutionsRequest({ id: job.id }));
    return listed.body.executions[0].status === 'finished';
  });

  const logs = await logsOf(c, job.id);
  assert.deepEqual(logs.Logs.map((l) => [l.BatchNo, l.UrlFrom, l.UrlTo, l.Succeeded, l.Status]),
    [[1, 0, 2, 2, 'completed']], 'one batch, never abandoned and run again');
});
