// The Prewarm side of bench/run.sh, through the admin REST API and the official ESA SDK:
//   provision                      an account, an AccessKey and a site warmed through the cache
//   throughput URLS_FILE           one job with the list, one plan of SliceLen = all, until finished
//   lag PLANS SECONDS URLS_FILE    PLANS plans of Interval 1 s, SliceLen 1, for SECONDS seconds
//   ingest OSS_URL COUNT           one CreateScheduledPreloadJob with InsertWay=oss, timed
// Prints JSON (provision: shell exports) on stdout; bench/run.sh reads it.
const path = require('node:path');
const fs = require('node:fs');
const modules = path.join(__dirname, '..', 'it', 'src', 'test', 'node', 'node_modules');
const Esa = require(path.join(modules, '@alicloud', 'esa20240910'));
const { $OpenApiUtil } = require(path.join(modules, '@alicloud', 'openapi-core'));

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`missing environment variable ${name} (bench/run.sh sets it)`);
  return value;
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const readUrls = (file) => fs.readFileSync(file, 'utf8').trim().split('\n');
const PLANS_PER_JOB = 10;

const client = () => new Esa.default(new $OpenApiUtil.Config({
  accessKeyId: env('BENCH_AK'), accessKeySecret: env('BENCH_SK'), endpoint: env('ESA_ENDPOINT'), protocol: 'http',
  // httpx applies connectTimeout as the socket idle timeout: a long call must not trip it.
  readTimeout: 600_000, connectTimeout: 600_000,
}));

async function admin(method, resource, body) {
  const response = await fetch(`http://${env('ESA_ENDPOINT')}/api/v1/admin/${resource}`, {
    method, body: JSON.stringify(body), headers: {
      'Content-Type': 'application/json',
      Authorization: `Basic ${Buffer.from(`admin:${env('ADMIN_PASSWORD')}`).toString('base64')}`,
    },
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${resource}: ${response.status} ${text}`);
  return JSON.parse(text);
}

async function provision() {
  const account = await admin('POST', 'accounts', { name: 'bench' });
  // The lag part makes 100 jobs and calls the API well above the default 50 calls/s.
  await admin('PUT', `accounts/${account.id}/quota`, { jobsPerSite: 1000, apiCallsPerSecond: 1000, apiBurst: 2000 });
  const key = await admin('POST', `accounts/${account.id}/access-keys`, {});
  const site = await admin('POST', `accounts/${account.id}/sites`, {
    name: 'bench', domains: [env('DOMAIN')], status: 'active',
    profile: { edgeTargets: [`http://127.0.0.1:${env('CACHE_PORT')}`], concurrency: Number(env('BENCH_CONCURRENCY')) },
  });
  console.log(`export BENCH_AK=${key.accessKeyId} BENCH_SK=${key.accessKeySecret} BENCH_SITE_ID=${site.siteId}`);
}

const createJob = async (c, name, urls) => (await c.createScheduledPreloadJob(new Esa.CreateScheduledPreloadJobRequest({
  name, siteId: Number(env('BENCH_SITE_ID')), insertWay: 'textBox', urlList: urls.join('\n') }))).body;

const plansOf = async (c, jobId) => (await c.listScheduledPreloadExecutions(
  new Esa.ListScheduledPreloadExecutionsRequest({ id: jobId }))).body.executions;

async function throughput(file) {
  const c = client();
  const urls = readUrls(file);
  const job = await createJob(c, 'throughput', urls);
  if (job.urlSubmitted !== urls.length) throw new Error(`job took ${job.urlSubmitted} of ${urls.length} URLs`);
  const started = Date.now();
  const created = (await c.createScheduledPreloadExecutions(new Esa.CreateScheduledPreloadExecutionsRequest({
    id: job.id, executions: [new Esa.CreateScheduledPreloadExecutionsRequestExecutions({ interval: 3600, sliceLen: urls.length })],
  }))).body;
  if (created.successCount !== 1) throw new Error(`plan refused: ${created.failedMessages}`);
  for (;;) {
    const [plan] = await plansOf(c, job.id);
    if (plan.status === 'finished') break;
    if (plan.status === 'failed' || Date.now() - started > 300_000) throw new Error(`plan ${JSON.stringify(plan)}`);
    // Once a second, like a dashboard would: each signed call costs Prewarm CPU (signature,
    // nonce, rate bucket: three commits) on the cores the cache shares; at 200 ms the polls drew
    // about as many JFR samples as the fetch threads. The URLs/s figure is the batch record's;
    // only the wall-clock column waits for the poll.
    await sleep(1000);
  }
  console.log(JSON.stringify({ jobId: job.id, wallMs: Date.now() - started }));
}

// Runs fn over items with at most `width` calls in flight.
async function pooled(items, width, fn) {
  const out = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  }));
  return out;
}

async function lag(plans, seconds, file, warmup) {
  const c = client();
  const urls = readUrls(file);
  const jobCount = Math.ceil(plans / PLANS_PER_JOB);
  const jobs = await pooled(Array.from({ length: jobCount }, (_, i) => i), 4,
    (i) => createJob(c, `lag-${i}`, urls));
  // Every plan starts at the same whole second T0, after all of them exist: 1,000 batches are
  // due at each second, and no first batch is due before its plan was created.
  const t0 = Math.ceil((Date.now() + 15_000) / 1000) * 1000;
  const execution = () => new Esa.CreateScheduledPreloadExecutionsRequestExecutions({
    startTime: new Date(t0).toISOString(), endTime: new Date(t0 + (warmup + seconds) * 1000).toISOString(),
    interval: 1, sliceLen: 1 });
  await pooled(jobs, 4, async (job, i) => {
    const count = Math.min(PLANS_PER_JOB, plans - i * PLANS_PER_JOB);
    const created = (await c.createScheduledPreloadExecutions(new Esa.CreateScheduledPreloadExecutionsRequest({
      id: job.id, executions: Array.from({ length: count }, execution) }))).body;
    if (created.successCount !== count) throw new Error(`plans refused: ${created.failedMessages}`);
  });
  if (Date.now() >= t0) throw new Error('creating the plans took longer than the 15 s margin before their start');
  await sleep(t0 + (warmup + seconds) * 1000 + 2000 - Date.now());
  // Plans past EndTime finish when the engine next claims them; run.sh reports any left open.
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const statuses = (await pooled(jobs, 8, (job) => plansOf(c, job.id))).flat().map((p) => p.status);
    if (statuses.every((s) => s === 'finished')) break;
    await sleep(1000);
  }
  console.log(JSON.stringify({
    jobIds: jobs.map((j) => j.id), t0: new Date(t0).toISOString(), measuredFrom: new Date(t0 + warmup * 1000).toISOString() }));
}

async function ingest(ossUrl, count) {
  const c = client();
  const started = process.hrtime.bigint();
  const job = (await c.createScheduledPreloadJob(new Esa.CreateScheduledPreloadJobRequest({
    name: 'ingest', siteId: Number(env('BENCH_SITE_ID')), insertWay: 'oss', ossUrl }))).body;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (job.urlSubmitted !== count) throw new Error(`ingested ${job.urlSubmitted} of ${count}: ${JSON.stringify(job)}`);
  console.log(JSON.stringify({ jobId: job.id, seconds, urlSubmitted: job.urlSubmitted }));
}

const [command, ...args] = process.argv.slice(2);
const commands = {
  provision: () => provision(),
  throughput: () => throughput(args[0]),
  lag: () => lag(Number(args[0]), Number(args[1]), args[2], Number(args[3] ?? 0)),
  ingest: () => ingest(args[0], Number(args[1])),
};
if (!commands[command]) {
  console.error(`usage: node bench/bench.cjs ${Object.keys(commands).join('|')} ...`);
  process.exit(2);
}
commands[command]().catch((e) => {
  console.error(`bench.cjs ${command}: ${e.code ?? ''} ${e.message}`, e.data ?? '');
  process.exit(1);
});
