// Prewarm's ESA-compatible API driven by the official ESA SDK (@alicloud/esa20240910), in both
// signing modes. Run by EsaSdkIT against the real WAR, which provides through the environment:
//   ESA_ENDPOINT (host:port), OWNER_AK/OWNER_SK/OWNER_SITE_ID/OWNER_DOMAIN (an account with an
//   active site), OTHER_AK/OTHER_SK (a second account: tenant isolation).
const { describe, test, before } = require('node:test');
const assert = require('node:assert/strict');
const Esa = require('@alicloud/esa20240910');
const { $OpenApiUtil } = require('@alicloud/openapi-core');

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`missing environment variable ${name} (EsaSdkIT sets it)`);
  return value;
};

function client(ak, sk, mode) {
  const config = { accessKeyId: ak, accessKeySecret: sk, endpoint: env('ESA_ENDPOINT'), protocol: 'http' };
  if (mode === 'v2') config.signatureAlgorithm = 'v2';
  return new Esa.default(new $OpenApiUtil.Config(config));
}

async function rejects(promise, status, code) {
  await assert.rejects(promise, (e) => {
    assert.equal(e.statusCode, status, `status of ${e.code}: ${e.message}`);
    assert.equal(e.code, code, e.message);
    assert.match(e.data.RequestId, /^[0-9A-F-]{36}$/);
    return true;
  });
}

const HEX24 = /^[0-9a-f]{24}$/;
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

for (const mode of ['v3', 'v2']) {
  describe(`ESA SDK, ${mode} signatures`, () => {
    let owner, other, siteId, domain;
    before(() => {
      owner = client(env('OWNER_AK'), env('OWNER_SK'), mode);
      other = client(env('OTHER_AK'), env('OTHER_SK'), mode);
      siteId = Number(env('OWNER_SITE_ID'));
      domain = env('OWNER_DOMAIN');
    });

    const createJob = (name, urls) => owner.createScheduledPreloadJob(new Esa.CreateScheduledPreloadJobRequest({
      name, siteId, insertWay: 'textBox', urlList: urls.join('\n'),
    }));

    test('a job is created from a text list with the counters and JSON types of the contract', async () => {
      const urls = [`https://${domain}/`, `https://${domain}/a.js`, `HTTPS://${domain.toUpperCase()}:443/a.js#x`,
        'https://elsewhere.invalid/', 'not a url', '# comment'];
      const { statusCode, body } = await createJob(`launch-${mode}`, urls);
      assert.equal(statusCode, 200);
      assert.match(body.id, HEX24);
      assert.equal(body.name, `launch-${mode}`);
      assert.equal(body.siteId, siteId);
      assert.equal(body.insertWay, 'textBox');
      assert.match(body.createdAt, ISO);
      assert.equal(body.urlCount, 5);
      assert.equal(body.urlSubmitted, 2);
      assert.equal(body.taskSubmitted, 0);
      assert.equal(body.taskType, 'preload');
      assert.equal(body.domains, domain);
      assert.equal(body.errorInfo, 'InvalidUrl,InvalidDomain');
      assert.match(body.failedFileOss, /^http:\/\/.+\/rejected-lines$/);
      assert.match(body.requestId, /^[0-9A-F-]{36}$/);

      const got = await owner.getScheduledPreloadJob(new Esa.GetScheduledPreloadJobRequest({ id: body.id }));
      assert.deepEqual({ ...got.body, requestId: '' }, { ...body, requestId: '' });
    });

    test('the owner downloads the rejected lines (FailedFileOss) and the accepted list; others cannot', async () => {
      const { body } = await createJob(`files-${mode}`, [`https://${domain}/f`, `https://${domain}/f#dup`,
        'https://elsewhere.invalid/', 'not a url']);
      const basic = (ak, sk) => ({ Authorization: 'Basic ' + Buffer.from(`${ak}:${sk}`).toString('base64') });
      const rejected = await fetch(body.failedFileOss, { headers: basic(env('OWNER_AK'), env('OWNER_SK')) });
      assert.equal(rejected.status, 200);
      const lines = (await rejected.text()).trim().split('\n');
      assert.equal(lines[0], '# line\treason\tdetail\ttext');
      assert.deepEqual(lines.slice(1).map((l) => l.split('\t').slice(0, 2).join(' ')),
        ['2 Duplicate', '3 InvalidDomain', '4 InvalidUrl']);
      const accepted = await fetch(body.failedFileOss.replace(/rejected-lines$/, 'urls'),
        { headers: basic(env('OWNER_AK'), env('OWNER_SK')) });
      assert.equal(await accepted.text(), `https://${domain}/f\n`);
      const denied = await fetch(body.failedFileOss, { headers: basic(env('OTHER_AK'), env('OTHER_SK')) });
      assert.equal(denied.status, 403);
      assert.equal((await denied.json()).code, 'InvalidUid.PermissionDenied');
      assert.equal((await fetch(body.failedFileOss)).status, 401);
    });

    test('jobs are listed newest first, paged, with TotalCount as a string', async () => {
      const first = await createJob(`list-a-${mode}`, [`https://${domain}/list-a`]);
      const second = await createJob(`list-b-${mode}`, [`https://${domain}/list-b`]);
      const page = await owner.listScheduledPreloadJobs(new Esa.ListScheduledPreloadJobsRequest({
        siteId, pageNumber: 1, pageSize: 1,
      }));
      assert.equal(typeof page.body.totalCount, 'string');
      assert.ok(Number(page.body.totalCount) >= 2);
      assert.equal(page.body.jobs.length, 1);
      assert.equal(page.body.jobs[0].id, second.body.id);
      assert.equal(page.body.jobs[0].executionCount, 0);
      const window = await owner.listScheduledPreloadJobs(new Esa.ListScheduledPreloadJobsRequest({
        siteId, startTime: Date.parse('2000-01-01T00:00:00Z'), endTime: Date.parse('2000-12-31T00:00:00Z'),
      }));
      assert.equal(window.body.totalCount, '0');
      assert.deepEqual(window.body.jobs, []);
      assert.ok(first.body.id);
    });

    test('plans: several created at once, invalid ones reported in order, then update, start, stop, delete', async () => {
      const job = (await createJob(`plans-${mode}`, [`https://${domain}/p1`, `https://${domain}/p2`])).body;
      const created = await owner.createScheduledPreloadExecutions(new Esa.CreateScheduledPreloadExecutionsRequest({
        id: job.id,
        executions: [
          new Esa.CreateScheduledPreloadExecutionsRequestExecutions({
            startTime: '2030-01-01T08:00:00+08:00', interval: 30, sliceLen: 10 }),
          new Esa.CreateScheduledPreloadExecutionsRequestExecutions({
            startTime: '2030-01-02T00:00:00Z', endTime: '2030-01-01T00:00:00Z', interval: 30, sliceLen: 10 }),
          new Esa.CreateScheduledPreloadExecutionsRequestExecutions({ interval: 0, sliceLen: 10 }),
        ],
      }));
      const b = created.body;
      assert.equal(b.totalCount, 3);
      assert.equal(b.successCount, 1);
      assert.equal(b.successExecutions.length, 1);
      assert.equal(b.failedExecutions.length, 2);
      assert.match(b.failedMessages[0], /^InvalidEndTime\.Mismatch: /);
      assert.match(b.failedMessages[1], /^InvalidParameter\.Interval: /);
      const plan = b.successExecutions[0];
      assert.match(plan.id, HEX24);
      assert.equal(plan.startTime, '2030-01-01T08:00:00+08:00');
      assert.equal(plan.endTime, '');
      assert.equal(plan.status, 'waiting');

      const updated = await owner.updateScheduledPreloadExecution(new Esa.UpdateScheduledPreloadExecutionRequest({
        id: plan.id, sliceLen: 20 }));
      assert.equal(updated.body.sliceLen, 20);
      assert.equal(updated.body.interval, 30, 'absent fields keep their values');
      assert.equal(updated.body.startTime, '2030-01-01T08:00:00+08:00');

      const started = await owner.startScheduledPreloadExecution(new Esa.StartScheduledPreloadExecutionRequest({ id: plan.id }));
      assert.equal(started.body.status, 'running');
      const stillRunning = await owner.updateScheduledPreloadExecution(new Esa.UpdateScheduledPreloadExecutionRequest({
        id: plan.id, interval: 60 }));
      assert.equal(stillRunning.body.status, 'running', 'an update keeps a running plan running');
      assert.equal(stillRunning.body.sliceLen, 20);
      const stopped = await owner.stopScheduledPreloadExecution(new Esa.StopScheduledPreloadExecutionRequest({ id: plan.id }));
      assert.equal(stopped.body.status, 'stopped');
      await rejects(owner.stopScheduledPreloadExecution(new Esa.StopScheduledPreloadExecutionRequest({ id: plan.id })),
        400, 'InvalidExecution.Status');

      const listed = await owner.listScheduledPreloadExecutions(new Esa.ListScheduledPreloadExecutionsRequest({ id: job.id }));
      assert.equal(listed.body.totalCount, 1);
      assert.equal(listed.body.executions[0].id, plan.id);

      await owner.deleteScheduledPreloadExecution(new Esa.DeleteScheduledPreloadExecutionRequest({ id: plan.id }));
      const empty = await owner.listScheduledPreloadExecutions(new Esa.ListScheduledPreloadExecutionsRequest({ id: job.id }));
      assert.equal(empty.body.totalCount, 0);
      assert.deepEqual(empty.body.executions, []);
    });

    test('reset and delete of a job', async () => {
      const job = (await createJob(`reset-${mode}`, [`https://${domain}/r`])).body;
      const reset = await owner.resetScheduledPreloadJob(new Esa.ResetScheduledPreloadJobRequest({ id: job.id }));
      assert.equal(reset.body.taskSubmitted, 0);
      await owner.deleteScheduledPreloadJob(new Esa.DeleteScheduledPreloadJobRequest({ id: job.id }));
      await rejects(owner.getScheduledPreloadJob(new Esa.GetScheduledPreloadJobRequest({ id: job.id })),
        404, 'InvalidJob.NotFound');
    });

    test('documented errors: missing and invalid parameters, unknown and malformed ids', async () => {
      await rejects(owner.createScheduledPreloadJob(new Esa.CreateScheduledPreloadJobRequest({
        name: 'x', siteId, insertWay: 'textBox' })), 400, 'MissingUrlList');
      await rejects(owner.createScheduledPreloadJob(new Esa.CreateScheduledPreloadJobRequest({
        name: 'x', siteId, insertWay: 'textBox', urlList: 'https://elsewhere.invalid/' })),
        400, 'InvalidUrlList.NoValidUrl');
      await rejects(owner.createScheduledPreloadJob(new Esa.CreateScheduledPreloadJobRequest({
        name: 'x', siteId: 999999999, insertWay: 'textBox', urlList: `https://${domain}/` })),
        404, 'InvalidSite.NotFound');
      await rejects(owner.createScheduledPreloadJob(new Esa.CreateScheduledPreloadJobRequest({
        name: 'x', siteId, insertWay: 'carrierPigeon', urlList: `https://${domain}/` })),
        400, 'InvalidParameter.InsertWay');
      await rejects(owner.getScheduledPreloadJob(new Esa.GetScheduledPreloadJobRequest({ id: 'f'.repeat(24) })),
        404, 'InvalidJob.NotFound');
      await rejects(owner.getScheduledPreloadJob(new Esa.GetScheduledPreloadJobRequest({ id: 'not-an-id' })),
        400, 'InvalidParameter.ObjectId');
      await rejects(owner.startScheduledPreloadExecution(new Esa.StartScheduledPreloadExecutionRequest({
        id: 'e'.repeat(24) })), 404, 'InvalidExecution.NotFound');
      await rejects(owner.listScheduledPreloadJobs(new Esa.ListScheduledPreloadJobsRequest({ siteId, pageSize: 101 })),
        400, 'InvalidParameter.PageSize');
    });

    test("another account's job and plan answer permission denied and stay unchanged", async () => {
      const job = (await createJob(`mine-${mode}`, [`https://${domain}/mine`])).body;
      const plan = (await owner.createScheduledPreloadExecutions(new Esa.CreateScheduledPreloadExecutionsRequest({
        id: job.id, executions: [new Esa.CreateScheduledPreloadExecutionsRequestExecutions({
          startTime: '2030-01-01T00:00:00Z', interval: 10, sliceLen: 1 })] }))).body.successExecutions[0];
      const denied = 'InvalidUid.PermissionDenied';
      await rejects(other.getScheduledPreloadJob(new Esa.GetScheduledPreloadJobRequest({ id: job.id })), 403, denied);
      await rejects(other.deleteScheduledPreloadJob(new Esa.DeleteScheduledPreloadJobRequest({ id: job.id })), 403, denied);
      await rejects(other.resetScheduledPreloadJob(new Esa.ResetScheduledPreloadJobRequest({ id: job.id })), 403, denied);
      await rejects(other.listScheduledPreloadExecutions(new Esa.ListScheduledPreloadExecutionsRequest({ id: job.id })),
        403, denied);
      await rejects(other.createScheduledPreloadExecutions(new Esa.CreateScheduledPreloadExecutionsRequest({
        id: job.id, executions: [new Esa.CreateScheduledPreloadExecutionsRequestExecutions({ interval: 10, sliceLen: 1 })],
      })), 403, denied);
      await rejects(other.startScheduledPreloadExecution(new Esa.StartScheduledPreloadExecutionRequest({ id: plan.id })),
        403, denied);
      await rejects(other.updateScheduledPreloadExecution(new Esa.UpdateScheduledPreloadExecutionRequest({
        id: plan.id, sliceLen: 99 })), 403, denied);
      await rejects(other.stopScheduledPreloadExecution(new Esa.StopScheduledPreloadExecutionRequest({ id: plan.id })),
        403, denied);
      await rejects(other.deleteScheduledPreloadExecution(new Esa.DeleteScheduledPreloadExecutionRequest({ id: plan.id })),
        403, denied);
      await rejects(other.createScheduledPreloadJob(new Esa.CreateScheduledPreloadJobRequest({
        name: 'x', siteId, insertWay: 'textBox', urlList: `https://${domain}/` })), 403, denied);
      await rejects(other.listScheduledPreloadJobs(new Esa.ListScheduledPreloadJobsRequest({ siteId })), 403, denied);

      const after = await owner.listScheduledPreloadExecutions(new Esa.ListScheduledPreloadExecutionsRequest({ id: job.id }));
      assert.equal(after.body.executions[0].sliceLen, 1);
      assert.equal(after.body.executions[0].status, 'waiting');
    });

    test('a wrong secret and an unknown AccessKey are refused with their codes', async () => {
      await rejects(client(env('OWNER_AK'), 'x'.repeat(30), mode).getScheduledPreloadJob(
        new Esa.GetScheduledPreloadJobRequest({ id: 'f'.repeat(24) })), 400, 'SignatureDoesNotMatch');
      await rejects(client('LTAInoSuchKey0000000000', 'x'.repeat(30), mode).getScheduledPreloadJob(
        new Esa.GetScheduledPreloadJobRequest({ id: 'f'.repeat(24) })), 404, 'InvalidAccessKeyId.NotFound');
    });
  });
}

// Instant preload (PreloadCaches / DescribePreloadTasks): tasks are stored Refreshing at 0% until
// the instant lane runs them. Self-contained: its own clients and unique URLs per signing mode.
for (const mode of ['v3', 'v2']) {
  describe(`ESA SDK instant preload, ${mode} signatures`, () => {
    let owner, other, siteId, domain;
    before(() => {
      owner = client(env('OWNER_AK'), env('OWNER_SK'), mode);
      other = client(env('OTHER_AK'), env('OTHER_SK'), mode);
      siteId = Number(env('OWNER_SITE_ID'));
      domain = env('OWNER_DOMAIN');
    });
    const TASK_TIME = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/;
    const preload = (client, content, headers, site = siteId) =>
      client.preloadCaches(new Esa.PreloadCachesRequest({ siteId: site, content, headers }));
    const describeTasks = (fields) => owner.describePreloadTasks(new Esa.DescribePreloadTasksRequest(fields));

    test('PreloadCaches returns one TaskId (a string) and every URL is listed as a Refreshing task', async () => {
      const a = `https://${domain}/instant-${mode}/a.css`;
      const b = `https://${domain}/instant-${mode}/b.js?v=1`;
      const before = new Date(Date.now() - 60_000).toISOString();
      const { statusCode, body } = await preload(owner, [a, b], { 'Accept-Encoding': 'br', 'User-Agent': 'mobile' });
      assert.equal(statusCode, 200);
      assert.equal(typeof body.taskId, 'string');
      assert.match(body.taskId, HEX24);
      assert.match(body.requestId, /^[0-9A-F-]{36}$/);

      const byContent = await describeTasks({ siteId, content: a });
      assert.equal(byContent.body.totalCount, 1);
      assert.equal(byContent.body.pageNumber, 1);
      assert.equal(byContent.body.pageSize, 20);
      const [task] = byContent.body.tasks;
      assert.equal(task.taskId, body.taskId);
      assert.equal(task.content, a);
      assert.match(task.createTime, TASK_TIME);
      assert.equal(task.status, 'Refreshing');
      assert.equal(task.process, '0%');
      assert.equal(task.description, '');

      const refreshing = await describeTasks({ content: b, status: 'Refreshing', startTime: before,
        endTime: new Date(Date.now() + 60_000).toISOString(), pageNumber: 1, pageSize: 50 });
      assert.deepEqual(refreshing.body.tasks.map((t) => [t.taskId, t.content]), [[body.taskId, b]]);
      const complete = await describeTasks({ siteId, content: a, status: 'Complete' });
      assert.equal(complete.body.totalCount, 0);
      assert.deepEqual(complete.body.tasks, []);
      const otherView = await other.describePreloadTasks(new Esa.DescribePreloadTasksRequest({ content: a }));
      assert.equal(otherView.body.totalCount, 0, "another account never sees the owner's tasks");
    });

    test('PreloadCaches accepts 1,000 long URLs, a query string of about 1 MiB', async () => {
      const urls = Array.from({ length: 1000 }, (_, i) =>
        `https://${domain}/bulk-${mode}/${String(i).padStart(4, '0')}/${'x'.repeat(960)}`);
      const { body } = await preload(owner, urls);
      assert.match(body.taskId, HEX24);
      const last = await describeTasks({ siteId, content: urls[999] });
      assert.equal(last.body.totalCount, 1);
      assert.equal(last.body.tasks[0].taskId, body.taskId);
      const page = await describeTasks({ siteId, pageNumber: 2, pageSize: 50 });
      assert.equal(page.body.tasks.length, 50);
      assert.ok(page.body.totalCount >= 1000);
      assert.equal(page.body.pageNumber, 2);
    });

    test('PreloadCaches and DescribePreloadTasks refuse bad input and change nothing', async () => {
      const good = `https://${domain}/instant-${mode}/never-stored`;
      await rejects(preload(owner, [good, 'https://elsewhere.invalid/x']), 400, 'InvalidParameter.Content');
      await rejects(preload(owner, [good, 'not a url']), 400, 'InvalidParameter.Content');
      await rejects(preload(owner, Array.from({ length: 1001 }, (_, i) => `https://${domain}/n/${i}`)),
        400, 'InvalidParameter.Content');
      await rejects(preload(owner, [good], { Host: 'elsewhere.invalid' }), 400, 'InvalidParameter.Headers');
      await rejects(preload(other, [good]), 403, 'InvalidUid.PermissionDenied');
      await rejects(preload(owner, [good], undefined, 999999999), 404, 'InvalidSite.NotFound');
      const none = await describeTasks({ content: good });
      assert.equal(none.body.totalCount, 0, 'a rejected call stores nothing');

      await rejects(describeTasks({ pageSize: 51 }), 400, 'InvalidParameter.PageSize');
      await rejects(describeTasks({ pageNumber: 100001 }), 400, 'InvalidParameter.PageNumber');
      await rejects(describeTasks({ status: 'Done' }), 400, 'InvalidParameter.Status');
      await rejects(describeTasks({ startTime: '2026-01-01T00:00:00' }), 400, 'InvalidParameter.StartTime');
      await rejects(describeTasks({ endTime: 'yesterday' }), 400, 'InvalidParameter.EndTime');
      await rejects(other.describePreloadTasks(new Esa.DescribePreloadTasksRequest({ siteId })),
        403, 'InvalidUid.PermissionDenied');
    });
  });
}

// ClientToken idempotency and the per-AccessKey rate limit. The SDK's request models have no
// ClientToken field, so those calls go through its generic callApi, signed like every other call.
// LIMITED_AK/LIMITED_SK/LIMITED_SITE_ID/LIMITED_DOMAIN: a third account limited to 1 call/s, burst 3.
const $dara = require('@darabonba/typescript'); // the SDK's own runtime package
const { OpenApiUtil } = require('@alicloud/openapi-core');

function callWithToken(sdk, action, query, body) {
  const params = new $OpenApiUtil.Params({
    action, version: '2024-09-10', protocol: 'HTTPS', pathname: '/', method: 'POST',
    authType: 'AK', style: 'RPC', reqBodyType: 'formData', bodyType: 'json',
  });
  const request = new $OpenApiUtil.OpenApiRequest({ query: OpenApiUtil.query(query), body: OpenApiUtil.parseToMap(body) });
  return sdk.callApi(params, request, new $dara.RuntimeOptions({}));
}

for (const mode of ['v3', 'v2']) {
  describe(`ESA SDK, ${mode} signatures: ClientToken and rate limit`, () => {
    let owner, siteId, domain;
    before(() => {
      owner = client(env('OWNER_AK'), env('OWNER_SK'), mode);
      siteId = Number(env('OWNER_SITE_ID'));
      domain = env('OWNER_DOMAIN');
    });
    const unique = (what) => `${what}-${mode}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    const createJob = (token, name, urlList) => callWithToken(owner, 'CreateScheduledPreloadJob', {},
      { InsertWay: 'textBox', Name: name, SiteId: siteId, UrlList: urlList, ClientToken: token });
    const jobsNamed = async (name) => (await owner.listScheduledPreloadJobs(new Esa.ListScheduledPreloadJobsRequest({
      siteId, pageSize: 100 }))).body.jobs.filter((job) => job.name === name);

    test('a repeated ClientToken answers the first job again and creates no second one', async () => {
      const token = unique('job');
      const name = unique('idem');
      const first = await createJob(token, name, `https://${domain}/idem`);
      const again = await createJob(token, name, `https://${domain}/idem`);
      assert.equal(again.statusCode, 200);
      assert.match(first.body.Id, HEX24);
      assert.deepEqual({ ...again.body, RequestId: '' }, { ...first.body, RequestId: '' });
      assert.notEqual(again.body.RequestId, first.body.RequestId, 'each request has its own RequestId');
      assert.deepEqual((await jobsNamed(name)).map((job) => job.id), [first.body.Id]);

      await rejects(createJob(token, unique('renamed'), `https://${domain}/idem`), 400, 'IdempotentParameterMismatch');
      assert.equal((await jobsNamed(name)).length, 1);
    });

    test('a call that failed is not remembered: its ClientToken can be used again', async () => {
      const token = unique('retry');
      const name = unique('retry');
      await rejects(createJob(token, name, 'https://elsewhere.invalid/'), 400, 'InvalidUrlList.NoValidUrl');
      const created = await createJob(token, name, `https://${domain}/retry`);
      assert.equal(created.statusCode, 200);
      assert.deepEqual((await jobsNamed(name)).map((job) => job.id), [created.body.Id]);
    });

    test('CreateScheduledPreloadExecutions with a repeated ClientToken creates its plans once', async () => {
      const job = (await owner.createScheduledPreloadJob(new Esa.CreateScheduledPreloadJobRequest({
        name: unique('idem-plans'), siteId, insertWay: 'textBox', urlList: `https://${domain}/idem-plan` }))).body;
      const token = unique('plans');
      const executions = (sliceLen) => JSON.stringify([{ StartTime: '2030-01-01T00:00:00Z', Interval: 30, SliceLen: sliceLen }]);
      const create = (sliceLen) => callWithToken(owner, 'CreateScheduledPreloadExecutions',
        { Id: job.id }, { Executions: executions(sliceLen), ClientToken: token });

      const first = await create(10);
      const again = await create(10);
      assert.equal(first.body.SuccessCount, 1);
      assert.deepEqual({ ...again.body, RequestId: '' }, { ...first.body, RequestId: '' });
      const listed = await owner.listScheduledPreloadExecutions(new Esa.ListScheduledPreloadExecutionsRequest({ id: job.id }));
      assert.equal(listed.body.totalCount, 1);
      assert.equal(listed.body.executions[0].id, first.body.SuccessExecutions[0].Id);

      await rejects(create(20), 400, 'IdempotentParameterMismatch');
      const after = await owner.listScheduledPreloadExecutions(new Esa.ListScheduledPreloadExecutionsRequest({ id: job.id }));
      assert.equal(after.body.totalCount, 1);
    });

    test('a plan with a field Executions does not have (a misspelt EndTime) is refused and creates nothing', async () => {
      const job = (await owner.createScheduledPreloadJob(new Esa.CreateScheduledPreloadJobRequest({
        name: unique('typo-plans'), siteId, insertWay: 'textBox', urlList: `https://${domain}/typo-plan` }))).body;
      const executions = JSON.stringify([{ StartTime: '2030-01-01T00:00:00Z', EndTme: '2030-01-02T00:00:00Z', Interval: 30, SliceLen: 1 }]);

      await rejects(callWithToken(owner, 'CreateScheduledPreloadExecutions', { Id: job.id }, { Executions: executions }),
        400, 'InvalidParameter.Executions');
      const listed = await owner.listScheduledPreloadExecutions(new Esa.ListScheduledPreloadExecutionsRequest({ id: job.id }));
      assert.equal(listed.body.totalCount, 0);
    });

    test('calls over the AccessKey rate get TooManyRequests, change nothing, and pass again after the refill', async () => {
      const limited = client(env('LIMITED_AK'), env('LIMITED_SK'), mode);
      const limitedSite = Number(env('LIMITED_SITE_ID'));
      const prefix = unique('limited');
      const started = Date.now();
      const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) =>
        limited.createScheduledPreloadJob(new Esa.CreateScheduledPreloadJobRequest({
          name: `${prefix}-${i}`, siteId: limitedSite, insertWay: 'textBox', urlList: `https://${env('LIMITED_DOMAIN')}/${i}` }))));
      const seconds = (Date.now() - started) / 1000;
      const refused = results.filter((r) => r.status === 'rejected');
      for (const r of refused) {
        assert.equal(r.reason.statusCode, 400, r.reason.message);
        assert.equal(r.reason.code, 'TooManyRequests');
        assert.equal(r.reason.data.Message, 'Too many requests.Please try again later.');
      }
      const granted = results.length - refused.length;
      assert.ok(refused.length >= 1, 'some of 10 quick calls are refused at 1/s burst 3');
      assert.ok(granted <= 3 + Math.ceil(seconds), `${granted} granted in ${seconds}s at 1/s burst 3`);

      await new Promise((resolve) => setTimeout(resolve, 1100)); // one token flows back per second
      const listed = await limited.listScheduledPreloadJobs(new Esa.ListScheduledPreloadJobsRequest({
        siteId: limitedSite, pageSize: 100 }));
      assert.equal(listed.statusCode, 200);
      assert.equal(listed.body.jobs.filter((job) => job.name.startsWith(prefix)).length, granted,
        'a refused call created nothing');
    });
  });
}

// Prewarm's own action, times in every accepted form, and a disabled key.
for (const mode of ['v3', 'v2']) {
  describe(`ESA SDK, ${mode} signatures: execution logs, time forms, disabled keys`, () => {
    let owner, other, siteId, domain;
    before(() => {
      owner = client(env('OWNER_AK'), env('OWNER_SK'), mode);
      other = client(env('OTHER_AK'), env('OTHER_SK'), mode);
      siteId = Number(env('OWNER_SITE_ID'));
      domain = env('OWNER_DOMAIN');
    });

    const logs = (c, query) => c.callApi(new $OpenApiUtil.Params({
      action: 'ListScheduledPreloadExecutionLogs', version: '2024-09-10', protocol: 'HTTP', pathname: '/',
      method: 'GET', authType: 'AK', style: 'RPC', reqBodyType: 'formData', bodyType: 'json',
    }), new $OpenApiUtil.OpenApiRequest({ query }), {});

    test('ListScheduledPreloadExecutionLogs pages a job\'s batches and answers LogNotFound for unknown ids', async () => {
      const job = (await owner.createScheduledPreloadJob(new Esa.CreateScheduledPreloadJobRequest({
        name: `logs-${mode}`, siteId, insertWay: 'textBox', urlList: `https://${domain}/logs` }))).body;
      const page = await logs(owner, { JobId: job.id, PageSize: '10' });
      assert.equal(page.statusCode, 200);
      assert.equal(page.body.TotalCount, 0);
      assert.deepEqual(page.body.Logs, []);
      await rejects(logs(owner, { JobId: 'a'.repeat(24) }), 404, 'LogNotFound');
      await rejects(logs(owner, { JobId: job.id, ExecutionId: 'b'.repeat(24) }), 404, 'LogNotFound');
      await rejects(logs(owner, {}), 400, 'MissingJobId');
      await rejects(logs(other, { JobId: job.id }), 403, 'InvalidUid.PermissionDenied');
    });

    test('times are accepted with Z, ±HH:MM or ±HHMM and fractions, echoed in the client\'s offset; no offset is refused', async () => {
      const job = (await owner.createScheduledPreloadJob(new Esa.CreateScheduledPreloadJobRequest({
        name: `times-${mode}`, siteId, insertWay: 'textBox', urlList: `https://${domain}/times` }))).body;
      const created = await owner.createScheduledPreloadExecutions(new Esa.CreateScheduledPreloadExecutionsRequest({
        id: job.id, executions: [
          new Esa.CreateScheduledPreloadExecutionsRequestExecutions({
            startTime: '2030-01-01T08:00:00.250+0800', endTime: '2030-01-02T00:00:00.5-05:30', interval: 30, sliceLen: 1 }),
          new Esa.CreateScheduledPreloadExecutionsRequestExecutions({
            startTime: '2030-01-01T00:00:00', interval: 30, sliceLen: 1 }),
        ] }));
      assert.equal(created.body.successCount, 1);
      const plan = created.body.successExecutions[0];
      assert.equal(plan.startTime, '2030-01-01T08:00:00+08:00');
      assert.equal(plan.endTime, '2030-01-02T00:00:00-05:30');
      assert.match(created.body.failedMessages[0], /^InvalidParameter\.StartTime: /);
      await rejects(owner.updateScheduledPreloadExecution(new Esa.UpdateScheduledPreloadExecutionRequest({
        id: plan.id, endTime: '2030-01-03 00:00:00' })), 400, 'InvalidParameter.EndTime');
      const moved = await owner.updateScheduledPreloadExecution(new Esa.UpdateScheduledPreloadExecutionRequest({
        id: plan.id, startTime: '2030-01-01T00:00:00Z' }));
      assert.equal(moved.body.startTime, '2030-01-01T00:00:00Z');
      assert.equal(moved.body.endTime, '2030-01-02T00:00:00-05:30');
    });

    test('a disabled AccessKey is refused with InvalidAccessKeyId.Inactive', async () => {
      await rejects(client(env('DISABLED_AK'), env('DISABLED_SK'), mode).getScheduledPreloadJob(
        new Esa.GetScheduledPreloadJobRequest({ id: 'f'.repeat(24) })), 400, 'InvalidAccessKeyId.Inactive');
    });
  });
}
