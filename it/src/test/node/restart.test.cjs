// Crash and restart (run by RestartIT, which starts the origin and kills the instance with SIGKILL
// between the two phases). RESTART_PHASE=plan creates the job and its plan on the first instance;
// RESTART_PHASE=check, on the instance started on the same data afterwards, waits for the plan to
// finish and checks the execution log and the job's cursor. RestartIT checks the origin's counts.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const Esa = require('@alicloud/esa20240910');
const {
  env, client: supportClient, until, logsOf,
} = require('./support.cjs');

const client = supportClient('RESTART');
const siteId = Number(env('RESTART_SITE_ID'));
const jobName = env('RESTART_JOB_NAME');
const urls = env('RESTART_URL_LIST').split('\n');
const sliceLen = Number(env('RESTART_SLICE_LEN'));
const crashedBatch = Number(env('RESTART_CRASHED_BATCH'));

const theJob = async () => {
  const jobs = (await client.listScheduledPreloadJobs(new Esa.ListScheduledPreloadJobsRequest({ siteId, pageSize: 100 })))
    .body.jobs.filter((job) => job.name === jobName);
  assert.equal(jobs.length, 1, `one job named ${jobName}`);
  return jobs[0];
};

const planOf = async (jobId) => {
  const plans = (await client.listScheduledPreloadExecutions(
    new Esa.ListScheduledPreloadExecutionsRequest({ id: jobId }))).body.executions;
  assert.equal(plans.length, 1);
  return plans[0];
};

if (env('RESTART_PHASE') === 'plan') {
  test('a job and a plan of SliceLen URLs every second', async () => {
    const job = (await client.createScheduledPreloadJob(new Esa.CreateScheduledPreloadJobRequest({
      name: jobName, siteId, insertWay: 'textBox', urlList: urls.join('\n') }))).body;
    assert.equal(job.urlSubmitted, urls.length);
    const created = (await client.createScheduledPreloadExecutions(new Esa.CreateScheduledPreloadExecutionsRequest({
      id: job.id, executions: [new Esa.CreateScheduledPreloadExecutionsRequestExecutions({ interval: 1, sliceLen })] }))).body;
    assert.equal(created.successCount, 1, JSON.stringify(created));
  });
} else {
  test('after the crash the plan finishes: the crashed batch abandoned and run again, the cursor exact', async () => {
    const job = await theJob();
    const plan = await until('the plan to finish on the restarted instance', async () => {
      const p = await planOf(job.id);
      assert.notEqual(p.status, 'failed', JSON.stringify(p));
      return p.status === 'finished' && p;
    }, 30_000);
    const logs = await logsOf(client, job.id);
    const batches = [...logs.Logs].sort((x, y) => x.BatchNo - y.BatchNo);
    console.log(`execution log: ${JSON.stringify(batches.map((b) => [b.BatchNo, b.UrlFrom, b.UrlTo, b.Succeeded, b.Status]))}`);

    // Batch numbers 1..n, each once; the slices in order, each completed once, except the one in
    // flight at the kill: abandoned by the next holder of the plan and run again as the next batch.
    const slices = Math.ceil(urls.length / sliceLen);
    const expected = [];
    for (let k = 0; k < slices; k++) {
      const from = k * sliceLen;
      const to = Math.min(from + sliceLen, urls.length);
      if (k + 1 === crashedBatch) expected.push([expected.length + 1, from, to, 0, 'abandoned']);
      expected.push([expected.length + 1, from, to, to - from, 'completed']);
    }
    assert.deepEqual(batches.map((b) => [b.BatchNo, b.UrlFrom, b.UrlTo, b.Succeeded, b.Status]), expected);
    assert.equal(logs.TotalCount, expected.length);
    assert.ok(batches.every((b) => b.ExecutionId === plan.id));

    const after = await theJob();
    assert.equal(after.taskSubmitted, urls.length, 'the cursor stands exactly at the end of the list');
    assert.equal(after.urlSubmitted, urls.length);
  });
}
