// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Produces signer-vectors.json with the OFFICIAL Node.js client (@ovhcloud/node-ovh): the
// library's own request() builds the path, query string and body and signs them; we only stub
// https.request (to capture what it would send) and Date.now (for a fixed timestamp).
//
// Usage (the package is installed in the build folder, never in the repository):
//   npm install --prefix <build>/node @ovhcloud/node-ovh
//   NODE_PATH=<build>/node/node_modules node tests/data/api/make-signer-vectors.js > tests/data/api/signer-vectors.json
//
// node-ovh signs 'https://' + host + path (never the port) and does not sign paths containing
// '/auth', so the cases below avoid both.
'use strict';

const https = require('https');
const { EventEmitter } = require('events');
const ovhFactory = require('@ovhcloud/node-ovh');
const version = require('@ovhcloud/node-ovh/package.json').version;

const FIXED_NOW_MS = 1700000000000;
const TIME_DIFF = 42; // server - local, as if read from /auth/time
Date.now = () => FIXED_NOW_MS;

let captured = null;
https.request = (options) => {
  const req = new EventEmitter();
  captured = { options, body: '' };
  req.write = (chunk) => { captured.body += chunk; };
  req.end = () => {};
  req.setTimeout = () => {};
  req.abort = () => {};
  req.destroy = () => {};
  return req;
};

const credentials = [
  { appKey: 'sandboxApplicationKey', appSecret: 'sandboxApplicationSecret0123456789', consumerKey: 'sandboxConsumerKey0123456789abcdef' },
  { appKey: '7kbG7Bk7S9Nt7ZSV', appSecret: 'EXEgWIz07P0HYwtQDs7cNIqCiQaWSuHF', consumerKey: 'MtSwSrPpNjqfVSmJhLbPyr2i45lSwPU1' },
];

const cases = [
  // [name, method, path, params, host, credentialIndex]
  ['get-me', 'GET', '/me', {}, 'eu.api.ovh.com', 0],
  ['get-list', 'GET', '/dedicatedCloud', {}, 'eu.api.ovh.com', 1],
  ['get-query', 'GET', '/dedicatedCloud/pcc-192-0-2-1/user', { name: 'admin', active: true }, 'eu.api.ovh.com', 0],
  ['get-query-specials', 'GET', '/dedicatedCloud/pcc-192-0-2-1/allowedNetwork', { network: '192.0.2.0/24', description: 'a b+c:d' }, 'ca.api.ovh.com', 1],
  ['get-encoded-segment', 'GET', '/dedicatedCloud/pcc-192-0-2-1/allowedNetwork/192.0.2.0%2F24', {}, 'eu.api.ovh.com', 0],
  ['get-encoded-segment-us', 'GET', '/dedicatedCloud/pcc-1/user/jane%40example.com', {}, 'api.us.ovhcloud.com', 1],
  ['post-body', 'POST', '/dedicatedCloud/pcc-192-0-2-1/allowedNetwork', { network: '192.0.2.0/24', description: 'office' }, 'eu.api.ovh.com', 0],
  ['post-non-ascii', 'POST', '/dedicatedCloud/pcc-192-0-2-1/user', { name: 'jérôme', firstName: 'Zoë', lastName: 'Ørsted — “test” 日本' }, 'eu.api.ovh.com', 1],
  ['post-empty-body', 'POST', '/dedicatedCloud/pcc-192-0-2-1/allowedNetwork/1234/changeProperties', {}, 'eu.api.ovh.com', 0],
  ['post-nested', 'POST', '/dedicatedCloud/pcc-1/vmEncryption/kms', { ip: '203.0.113.10', sslThumbprint: 'AB:CD:EF', description: 'KMS "prod"\\n', port: 5696, enabled: false, tags: ['a', 'b'] }, 'eu.api.ovh.com', 1],
  ['put-body', 'PUT', '/dedicatedCloud/pcc-192-0-2-1/user/42', { email: 'ops@example.com', canManageRights: true }, 'eu.api.ovh.com', 0],
  ['put-non-ascii', 'PUT', '/me', { city: 'Besançon', area: 'Île-de-France' }, 'ca.api.ovh.com', 1],
  ['delete', 'DELETE', '/dedicatedCloud/pcc-192-0-2-1/allowedNetwork/1234', {}, 'eu.api.ovh.com', 0],
  ['delete-query', 'DELETE', '/dedicatedCloud/pcc-1/user/42', { force: true }, 'eu.api.ovh.com', 1],
  ['v2-get', 'GET', '/v2/okms/resource', {}, 'eu.api.ovh.com', 0],
  ['v2-get-query', 'GET', '/v2/okms/resource/0a1b2c3d-aaaa-bbbb-cccc-0123456789ab/credential', { iamTags: 'x', page: 2 }, 'eu.api.ovh.com', 1],
  ['v2-post', 'POST', '/v2/okms/resource/0a1b2c3d-aaaa-bbbb-cccc-0123456789ab/credential', { name: 'vcenter-kms', validity: 365, identityURNs: ['urn:v1:eu:identity:account:xx1111-ovh'], description: 'Clé VMware' }, 'eu.api.ovh.com', 0],
  ['v2-delete', 'DELETE', '/v2/okms/resource/0a1b2c3d-aaaa-bbbb-cccc-0123456789ab/credential/ffff', {}, 'eu.api.ovh.com', 1],
  ['v1-explicit', 'GET', '/v1/me', {}, 'eu.api.ovh.com', 0],
  ['get-query-non-ascii', 'GET', '/dedicatedCloud/pcc-1/user', { name: 'café@été', filter: 'x&y=z' }, 'eu.api.ovh.com', 1],
  ['post-astral', 'POST', '/dedicatedCloud/pcc-1/allowedNetwork', { network: '198.51.100.7/32', description: 'VPN 🔒 ok' }, 'eu.api.ovh.com', 0],
  ['get-uppercase-escape', 'GET', '/dedicatedCloud/pcc-1/user/a%2Bb%20c', {}, 'ca.api.ovh.com', 0],
];

async function produce([name, method, path, params, host, ci]) {
  const cred = credentials[ci];
  const client = ovhFactory({ ...cred, host, apiTimeDiff: TIME_DIFF });
  captured = null;
  // request() is async and hands the request to https.request before waiting for an answer.
  client.request(method, path, JSON.parse(JSON.stringify(params)), () => {});
  await new Promise((resolve) => setImmediate(resolve));
  if (!captured)
    throw new Error(`node-ovh did not send ${name}`);
  const h = captured.options.headers;
  if (!h['X-Ovh-Signature'])
    throw new Error(`node-ovh did not sign ${name}`);
  return {
    name,
    method,
    path,
    // Query items in the library's order (GET/DELETE only), for the URL-building check.
    query: (method === 'GET' || method === 'DELETE') ? Object.entries(params).map(([k, v]) => [k, String(v)]) : [],
    params,
    applicationSecret: cred.appSecret,
    consumerKey: cred.consumerKey,
    url: 'https://' + captured.options.host + captured.options.path,
    body: captured.body,
    timestamp: Number(h['X-Ovh-Timestamp']),
    signature: h['X-Ovh-Signature'],
  };
}

(async () => {
  const vectors = [];
  for (const c of cases)
    vectors.push(await produce(c));
  process.stdout.write(JSON.stringify({
    generator: `@ovhcloud/node-ovh ${version} via tests/data/api/make-signer-vectors.js`,
    vectors,
  }, null, 2) + '\n');
})().catch((e) => { console.error(e); process.exit(1); });
