// Jobs from remote URL lists (InsertWay=oss: a text file, optionally gzip; InsertWay=sitemap: a
// sitemap or sitemap index) through the official ESA SDK, in both signing modes. Run by EsaSdkIT,
// which starts the test origin (application's Origin, lists under /lists/) and provides:
//   ESA_ENDPOINT, LISTS_AK/LISTS_SK/LISTS_SITE_ID/LISTS_DOMAIN (an account whose site owns
//   LISTS_DOMAIN), ORIGIN_PORT (the origin on 127.0.0.1, which the server's outbound policy allows).
const { describe, test, before } = require('node:test');
const assert = require('node:assert/strict');
const Esa = require('@alicloud/esa20240910');
const { $OpenApiUtil } = require('@alicloud/openapi-core');

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`missing environment variable ${name} (EsaSdkIT sets it)`);
  return value;
};

for (const mode of ['v3', 'v2']) {
  describe(`remote URL lists, ${mode} signatures`, () => {
    let client, siteId, domain, basic;
    before(() => {
      const config = { accessKeyId: env('LISTS_AK'), accessKeySecret: env('LISTS_SK'), endpoint: env('ESA_ENDPOINT'),
        protocol: 'http' };
      if (mode === 'v2') config.signatureAlgorithm = 'v2';
      client = new Esa.default(new $OpenApiUtil.Config(config));
      siteId = Number(env('LISTS_SITE_ID'));
      domain = env('LISTS_DOMAIN');
      basic = { Authorization: 'Basic ' + Buffer.from(`${env('LISTS_AK')}:${env('LISTS_SK')}`).toString('base64') };
    });

    const list = (name) => `http://127.0.0.1:${env('ORIGIN_PORT')}/lists/${name}${name.includes('?') ? '&' : '?'}host=${domain}`;
    const create = (name, insertWay, ossUrl) => client.createScheduledPreloadJob(
      new Esa.CreateScheduledPreloadJobRequest({ name, siteId, insertWay, ossUrl }));
    const jobCount = async () => Number((await client.listScheduledPreloadJobs(
      new Esa.ListScheduledPreloadJobsRequest({ siteId, pageSize: 1 }))).body.totalCount);
    const download = async (url) => {
      const response = await fetch(url, { headers: basic });
      assert.equal(response.status, 200, url);
      return response.text();
    };

    async function refused(insertWay, ossUrl, reason) {
      const before = await jobCount();
      await assert.rejects(create(`refused-${mode}`, insertWay, ossUrl), (e) => {
        assert.equal(e.statusCode, 400, `${e.code}: ${e.message}`);
        assert.equal(e.code, 'InvalidParameter.OssUrl', e.message);
        assert.match(e.data.Message, reason);
        return true;
      });
      assert.equal(await jobCount(), before, `a refused ${ossUrl} created a job`);
    }

    for (const [file, what] of [['plain.txt', 'plain'], ['plain.txt.gz', 'gzip'], ['encoded.txt', 'gzip-encoded']]) {
      test(`a job from a ${what} OssUrl counts like a text box and its rejected lines download`, async () => {
        const { statusCode, body } = await create(`oss-${what}-${mode}`, 'oss', list(file));
        assert.equal(statusCode, 200);
        assert.equal(body.insertWay, 'oss');
        assert.equal(body.urlCount, 6);
        assert.equal(body.urlSubmitted, 3);
        assert.equal(body.domains, domain);
        assert.equal(body.errorInfo, 'InvalidUrl,InvalidDomain');
        const rejected = (await download(body.failedFileOss)).trim().split('\n').slice(1);
        assert.deepEqual(rejected.map((l) => l.split('\t').slice(0, 2).join(' ')),
          ['5 Duplicate', '6 InvalidDomain', '7 InvalidUrl']);
        assert.equal(await download(body.failedFileOss.replace(/rejected-lines$/, 'urls')),
          ['a', 'b', 'c'].map((p) => `https://${domain}/${p}\n`).join(''));
      });
    }

    test('a job from a sitemap index takes the pages of all its sitemaps, gzipped ones too', async () => {
      const { body } = await create(`sitemap-${mode}`, 'sitemap', list('sitemap-index.xml'));
      assert.equal(body.insertWay, 'sitemap');
      assert.equal(body.urlCount, 5);
      assert.equal(body.urlSubmitted, 3);
      assert.equal(body.errorInfo, 'InvalidDomain');
      assert.equal(await download(body.failedFileOss.replace(/rejected-lines$/, 'urls')),
        [`https://${domain}/s1/a`, `https://${domain}/s1/b?x=1&y=2`, `https://${domain}/s2/a`].map((u) => u + '\n').join(''));
      const got = await client.getScheduledPreloadJob(new Esa.GetScheduledPreloadJobRequest({ id: body.id }));
      assert.equal(got.body.urlSubmitted, 3);
    });

    test('metadata, private and other refused addresses give InvalidParameter.OssUrl and create nothing', async () => {
      await refused('oss', 'http://169.254.169.254/latest/meta-data/', /169\.254\.169\.254/);
      await refused('oss', 'http://10.0.0.1/urls.txt', /10\.0\.0\.1 is private/);
      await refused('sitemap', 'http://[::ffff:10.0.0.1]/sitemap.xml', /outbound policy/);
    });

    test('a bad remote list is refused with the reason and creates nothing', async () => {
      await refused('oss', list('missing.txt'), /answered HTTP 404/);
      await refused('oss', list('fake.gz'), /not gzip/);
      await refused('oss', list('redirect/4'), /redirects more than 3 times/);
      await refused('sitemap', list('nested-1.xml?levels=4'), /nest deeper than 3 levels/);
      await refused('sitemap', list('malformed.xml'), /not well-formed XML/);
      await refused('sitemap', list('xxe.xml'), /DOCTYPE/);
      await refused('oss', 'file:///etc/passwd', /not a valid URL/);
      await assert.rejects(client.createScheduledPreloadJob(new Esa.CreateScheduledPreloadJobRequest({
        name: 'no-url', siteId, insertWay: 'oss' })), (e) => e.code === 'MissingOssUrl');
    });
  });
}
