// The origin fault matrix through the plan engine (run by EngineIT, which starts the faulty origin
// and two HTTPS edge targets): one plan fetches every fault straight from the origin, another warms
// a URL through a node with a certificate of the test CA and through a self-signed one. Each URL gets
// the outcome of PRODUCT.md §2 with an error that says what happened, and both plans finish.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const Esa = require('@alicloud/esa20240910');
const {
  env, client, until, logsOf, restJson,
} = require('./support.cjs');

// One plan of one batch (SliceLen = every URL) over the URLs; resolves when it is finished.
async function runPlan(prefix, name, urls) {
  const c = client(prefix);
  const job = (await c.createScheduledPreloadJob(new Esa.CreateScheduledPreloadJobRequest({
    name, siteId: Number(env(`${prefix}_SITE_ID`)), insertWay: 'textBox', urlList: urls.join('\n') }))).body;
  const plan = (await c.createScheduledPreloadExecutions(new Esa.CreateScheduledPreloadExecutionsRequest({
    id: job.id, executions: [new Esa.CreateScheduledPreloadExecutionsRequestExecutions({ interval: 60, sliceLen: urls.length })],
  }))).body.successExecutions[0];
  const started = Date.now();
  await until(`the ${name} plan to finish`, async () => {
    const listed = await c.listScheduledPreloadExecutions(new Esa.ListScheduledPreloadExecutionsRequest({ id: job.id }));
    return listed.body.executions[0].status === 'finished';
  }, 60_000);
  const finishedAfter = Date.now() - started;
  const logs = await logsOf(c, job.id);
  const results = await restJson(prefix, `/api/v1/jobs/${job.id}/results?planId=${plan.id}&pageSize=100`);
  return { job, plan, logs, results: results.results, total: results.total, finishedAfter };
}

const row = (r) => ({ outcome: r.outcome, httpStatus: r.httpStatus, attempts: r.attempts, error: r.error });

test('every origin fault gets its outcome, retried where PRODUCT.md says so, and the plan finishes', async () => {
  const paths = env('FAULT_PATHS').split(',');
  const urls = paths.map((p) => `http://${env('FAULTS_DOMAIN')}${p}`);
  const deadlineMs = Number(env('BATCH_DEADLINE_SECONDS')) * 1000;
  const run = await runPlan('FAULTS', 'faults', urls);

  const byPath = Object.fromEntries(run.results.map((r) => [new URL(r.url).pathname, r]));
  for (const r of run.results) {
    console.log(`${new URL(r.url).pathname.padEnd(15)} ${r.outcome.padEnd(13)} HTTP ${String(r.httpStatus).padEnd(3)}`
      + ` attempts ${r.attempts} total ${r.totalMillis} ms  ${r.error}`);
  }
  console.log(`plan finished ${run.finishedAfter} ms after it was created`);
  assert.equal(run.total, paths.length, 'one result per URL (one target, one variant)');

  const expect = (path, outcome, httpStatus, attempts, error) => {
    const r = byPath[path];
    assert.ok(r, `a result for ${path}`);
    assert.equal(r.outcome, outcome, `${path}: ${JSON.stringify(row(r))}`);
    assert.equal(r.httpStatus, httpStatus, `${path}: ${JSON.stringify(row(r))}`);
    assert.equal(r.attempts, attempts, `${path}: ${JSON.stringify(row(r))}`);
    assert.match(r.error, error, `${path}: ${JSON.stringify(row(r))}`);
  };
  expect('/ok/a', 'warmed', 200, 1, /^$/);
  expect('/ok/b', 'warmed', 200, 1, /^$/);
  expect('/fault/500', 'server_error', 500, 3, /^HTTP 500/);
  expect('/fault/503', 'server_error', 503, 3, /^HTTP 503/);
  expect('/fault/429', 'client_error', 429, 3, /^HTTP 429/);
  expect('/fault/404', 'client_error', 404, 1, /^HTTP 404/);
  expect('/fault/redirect', 'redirect', 302, 1, /^HTTP 302/);
  expect('/fault/reset', 'network_error', 0, 3, /./);
  expect('/fault/slow', 'timeout', 0, 3, /timed out/i);
  expect('/fault/trickle', 'timeout', 0, 1, /^batch deadline$/);
  expect('/fault/huge', 'too_large', 200, 1, /^body larger than 65536 bytes$/);
  // Retry-After: 1 on each 503 means two waits of at least a second.
  assert.ok(byPath['/fault/503'].totalMillis >= 2000, `503 honoured Retry-After: ${byPath['/fault/503'].totalMillis} ms`);

  assert.equal(run.logs.TotalCount, 1);
  const [log] = run.logs.Logs;
  assert.deepEqual([log.UrlFrom, log.UrlTo, log.Succeeded, log.Failed, log.Status], [0, paths.length, 2, paths.length - 2, 'completed']);
  const batchMs = Date.parse(log.FinishedAt) - Date.parse(log.StartedAt);
  console.log(`batch ran ${batchMs} ms (deadline ${deadlineMs} ms)`);
  assert.ok(batchMs >= deadlineMs - 100, `the trickling body kept the batch until its deadline: ${batchMs} ms`);
  assert.ok(batchMs < deadlineMs + 5000, `the deadline cut the batch short: ${batchMs} ms`);
});

test('an https edge target signed by an extra trusted CA is warmed; a self-signed one is a clear TLS error', async () => {
  const url = `https://${env('TLS_DOMAIN')}/tls/a`;
  const run = await runPlan('TLS', 'tls', [url]);
  for (const r of run.results) {
    console.log(`${r.target.padEnd(26)} ${r.outcome.padEnd(13)} HTTP ${String(r.httpStatus).padEnd(3)} attempts ${r.attempts}`
      + ` total ${r.totalMillis} ms  ${r.error}`);
  }
  const byTarget = Object.fromEntries(run.results.map((r) => [r.target, r]));
  assert.equal(run.total, 2, 'one result per edge target');

  const good = byTarget[env('TRUSTED_TARGET')];
  assert.deepEqual([good.url, good.outcome, good.httpStatus, good.attempts, good.error], [url, 'warmed', 200, 1, '']);
  const bad = byTarget[env('UNTRUSTED_TARGET')];
  assert.deepEqual([bad.url, bad.outcome, bad.httpStatus, bad.attempts], [url, 'network_error', 0, 1], JSON.stringify(bad)); // a refused certificate is not retried
  const node = env('UNTRUSTED_TARGET').replace('https://', '');
  assert.ok(bad.error.startsWith(`TLS: the certificate of ${node} for ${env('TLS_DOMAIN')} is not trusted (`), bad.error);
  assert.ok(bad.error.endsWith('add the CA to prewarm.tls.extra-ca-file'), bad.error);

  const [log] = run.logs.Logs;
  assert.deepEqual([run.logs.TotalCount, log.Succeeded, log.Failed, log.Status], [1, 0, 1, 'completed'],
    'the URL failed through one of its targets, and the batch completed');
  const listed = await restJson('TLS', `/api/v1/jobs/${run.job.id}/results/urls`);
  console.log(`URL's last outcome: ${JSON.stringify(listed.map((u) => [u.url, u.lastOutcome]))}`);
});
