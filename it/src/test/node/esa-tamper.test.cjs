// Signature tampering over real HTTP: a minimal V3 (ACS3-HMAC-SHA256) signer written from
// API.md §2 signs a request, then one element is changed after signing. Each case must answer
// its exact code, and the untampered request must pass authentication.
const { describe, test, before } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`missing environment variable ${name} (EsaSdkIT sets it)`);
  return value;
};

const rfc3986 = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
const sha256 = (data) => crypto.createHash('sha256').update(data).digest('hex');
const isoSeconds = (date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A signed request as plain parts, so a test can change any of them before sending. */
function sign({ ak, sk, method = 'GET', action = 'GetScheduledPreloadJob', query = {}, body = '',
  date = new Date(), algorithm = 'ACS3-HMAC-SHA256', omitFromSigned = [] }) {
  const host = env('ESA_ENDPOINT');
  const headers = {
    host, 'x-acs-action': action, 'x-acs-version': '2024-09-10', 'x-acs-date': isoSeconds(date),
    'x-acs-signature-nonce': crypto.randomBytes(16).toString('hex'), 'x-acs-content-sha256': sha256(body),
  };
  if (method === 'POST') headers['content-type'] = 'application/x-www-form-urlencoded';
  const canonicalQuery = Object.keys(query).sort().map((k) => `${rfc3986(k)}=${rfc3986(query[k])}`).join('&');
  const signed = Object.keys(headers).filter((h) => !omitFromSigned.includes(h)).sort();
  const canonicalHeaders = signed.map((h) => `${h}:${headers[h].trim()}\n`).join('');
  const canonicalRequest = [method, '/', canonicalQuery, canonicalHeaders, signed.join(';'), sha256(body)].join('\n');
  const signature = crypto.createHmac('sha256', sk).update(`ACS3-HMAC-SHA256\n${sha256(canonicalRequest)}`).digest('hex');
  headers.authorization = `${algorithm} Credential=${ak},SignedHeaders=${signed.join(';')},Signature=${signature}`;
  return { method, query: canonicalQuery, headers, body };
}

async function send({ method, query, headers, body }) {
  const { host, ...rest } = headers; // fetch sets Host itself, from the URL
  const response = await fetch(`http://${host}/?${query}`, { method, headers: rest, body: method === 'POST' ? body : undefined });
  const text = await response.text();
  assert.match(response.headers.get('content-type'), /^application\/json/, text);
  return { status: response.status, json: JSON.parse(text) };
}

async function expectCode(request, status, code) {
  const { status: actual, json } = await send(request);
  assert.equal(actual, status, JSON.stringify(json));
  assert.equal(json.Code, code, JSON.stringify(json));
}

describe('signature tampering over HTTP (V3)', () => {
  let ak, sk;
  const unknownJob = { Id: 'f'.repeat(24) };
  before(() => { ak = env('OWNER_AK'); sk = env('OWNER_SK'); });

  test('the untampered request passes authentication (and finds no such job)', async () => {
    await expectCode(sign({ ak, sk, query: unknownJob }), 404, 'InvalidJob.NotFound');
  });

  test('a changed body, query, signed header or method no longer matches', async () => {
    const post = sign({ ak, sk, method: 'POST', query: unknownJob, body: 'Name=a' });
    await expectCode({ ...post, body: 'Name=b' }, 400, 'SignatureDoesNotMatch');
    const get = sign({ ak, sk, query: unknownJob });
    await expectCode({ ...get, query: `Id=${'e'.repeat(24)}` }, 400, 'SignatureDoesNotMatch');
    const header = sign({ ak, sk, query: unknownJob });
    await expectCode({ ...header, headers: { ...header.headers, 'x-acs-signature-nonce': 'other' } }, 400, 'SignatureDoesNotMatch');
    const method = sign({ ak, sk, query: unknownJob });
    await expectCode({ ...method, method: 'POST', headers: { ...method.headers, 'content-type': 'text/plain' } },
      400, 'SignatureDoesNotMatch');
  });

  test('a timestamp 16 minutes off is expired, 14 minutes off is accepted', async () => {
    const minutes = (m) => new Date(Date.now() + m * 60_000);
    await expectCode(sign({ ak, sk, query: unknownJob, date: minutes(-16) }), 400, 'InvalidTimeStamp.Expired');
    await expectCode(sign({ ak, sk, query: unknownJob, date: minutes(16) }), 400, 'InvalidTimeStamp.Expired');
    await expectCode(sign({ ak, sk, query: unknownJob, date: minutes(-14) }), 404, 'InvalidJob.NotFound');
    const badDate = sign({ ak, sk, query: unknownJob });
    await expectCode({ ...badDate, headers: { ...badDate.headers, 'x-acs-date': 'yesterday' } }, 400, 'InvalidTimeStamp.Format');
  });

  test('a replayed request is refused by its nonce', async () => {
    const request = sign({ ak, sk, query: unknownJob });
    await expectCode(request, 404, 'InvalidJob.NotFound');
    await expectCode(request, 400, 'SignatureNonceUsed');
  });

  test('unknown and disabled keys, another algorithm, missing signed headers, no signature', async () => {
    await expectCode(sign({ ak: 'LTAIunknown0000000000000', sk, query: unknownJob }), 404, 'InvalidAccessKeyId.NotFound');
    await expectCode(sign({ ak: env('DISABLED_AK'), sk: env('DISABLED_SK'), query: unknownJob }),
      400, 'InvalidAccessKeyId.Inactive');
    await expectCode(sign({ ak, sk, query: unknownJob, algorithm: 'ACS3-HMAC-SM3' }), 400, 'InvalidSignatureMethod');
    await expectCode(sign({ ak, sk, query: unknownJob, omitFromSigned: ['x-acs-date'] }), 400, 'IncompleteSignature');
    const unsigned = sign({ ak, sk, query: unknownJob });
    const { authorization, ...headers } = unsigned.headers;
    assert.ok(authorization);
    await expectCode({ ...unsigned, headers }, 400, 'IncompleteSignature');
  });
});
