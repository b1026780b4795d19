// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The official client's side of the "against the official client" benchmark: N signed GETs with
// @ovhcloud/node-ovh (found through NODE_PATH), C in flight, against `snc-sandbox --tls`
// (node-ovh only speaks HTTPS; the CA is trusted through NODE_EXTRA_CA_CERTS).
//   node node_load.js N C [path] < sandbox-startup-line.json
// One warm-up call (which also fetches /auth/time) is not counted.
// stdout: {"client":"node-ovh","requests":N,"ok":N,"inFlight":C,"seconds":S,"perSecond":R}
'use strict';

const ovhFactory = require('@ovhcloud/node-ovh');
const total = Number(process.argv[2] || 2000);
const inFlight = Number(process.argv[3] || 4);
const path = process.argv[4] || '/me';

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const info = JSON.parse(input.split('\n')[0]);
  const url = new URL(info.url);
  const client = ovhFactory({
    appKey: info.applicationKey,
    appSecret: info.applicationSecret,
    consumerKey: info.consumerKey,
    host: url.hostname,
    port: Number(url.port),
    timeout: 20000,
  });
  let sent = 0; let done = 0; let ok = 0; let start = 0n;
  const sendOne = () => {
    ++sent;
    client.request('GET', path, (error) => {
      ++done;
      if (!error) ++ok;
      if (sent < total) {
        sendOne();
      } else if (done === total) {
        const secs = Number(process.hrtime.bigint() - start) / 1e9;
        process.stdout.write(JSON.stringify({ client: 'node-ovh', requests: total, ok, inFlight,
          seconds: Number(secs.toFixed(3)), perSecond: Number((total / secs).toFixed(1)) }) + '\n');
        process.exit(ok === total ? 0 : 1);
      }
    });
  };
  client.request('GET', path, (error) => {
    if (error) {
      process.stderr.write('warm-up call failed: ' + String(error) + '\n');
      process.exit(1);
    }
    start = process.hrtime.bigint();
    for (let i = 0; i < inFlight && sent < total; ++i) sendOne();
  });
});
