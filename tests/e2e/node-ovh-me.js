// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Driven by tst_nodeclient: the OFFICIAL Node.js client (@ovhcloud/node-ovh, installed in the
// build folder and found through NODE_PATH) calls GET /me on a running `snc-sandbox --tls`.
//
// stdin: the sandbox's start-up JSON line ({"url","ca","applicationKey","applicationSecret",
// "consumerKey"}), so no key ever appears on a command line. The CA is trusted through
// NODE_EXTRA_CA_CERTS, set by the caller. SNC_TAMPER=secret changes one character of the
// application secret.
// stdout: one JSON line, {"ok":true,"me":{...}} or {"ok":false,"status":…,"message":…,"code":…}.
// Never prints a key or a secret.
'use strict';

const ovhFactory = require('@ovhcloud/node-ovh');

function finish(result) {
  process.stdout.write(JSON.stringify(result) + '\n');
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  let info;
  try {
    info = JSON.parse(input);
  } catch (e) {
    finish({ ok: false, message: 'stdin is not the sandbox JSON line' });
    return;
  }
  const url = new URL(info.url);
  let appSecret = info.applicationSecret;
  if (process.env.SNC_TAMPER === 'secret')
    appSecret = (appSecret[0] === 'x' ? 'y' : 'x') + appSecret.slice(1);

  // node-ovh always speaks HTTPS and signs "https://<host><path>" without the port.
  const client = ovhFactory({
    appKey: info.applicationKey,
    appSecret,
    consumerKey: info.consumerKey,
    host: url.hostname,
    port: Number(url.port),
    timeout: 20000,
  });
  client.request('GET', '/me', (error, result) => {
    if (error) {
      // HTTP errors come as (statusCode, message); transport errors as an Error object.
      if (typeof error === 'number')
        finish({ ok: false, status: error, message: result });
      else
        finish({ ok: false, code: String(error.code || error), message: String(error.message || '') });
      return;
    }
    finish({ ok: true, me: { nichandle: result.nichandle, country: result.country } });
  });
});
