// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The contract check behind tst_contract: the sandbox and the wizard against OVHcloud's published
// API. Reads
//   --routes routes.tsv          the published routes (method, path, params, model, source)
//   --sandbox-routes FILE        what `snc-sandbox --list-routes` printed
//   --answers FILE               what `snc-sandbox --record-answers` captured during a full
//                                autopilot run (the wizard's calls and the sandbox's answers)
//   --types DIR                  @datatr-ux/ovhcloud-types' dist folder (the published models)
//   --always always-present.txt  optional model fields the real service always sends
//   --pending pending-fixes.txt  findings known and being fixed elsewhere, with their owner
// and prints every finding. Exit 0 only when every finding is on the pending list and every
// pending entry still occurs (the list can only shrink); 1 otherwise; 2 on unusable input.
import fs from 'node:fs';
import path from 'node:path';
import { DtsModels } from './DtsModels.mjs';

const args = {};
for (let i = 2; i < process.argv.length; i += 2)
    args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
for (const need of ['routes', 'sandbox-routes', 'answers', 'types', 'always', 'pending']) {
    if (!args[need]) {
        console.error(`check-contract: --${need} is missing`);
        process.exit(2);
    }
}

const dataLines = (file) =>
    fs.readFileSync(file, 'utf8').split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() && !l.startsWith('#'));

// --- the published route table --------------------------------------------------------------
const routes = dataLines(args.routes).map((line, i) => {
    const [method, routePath, params = '', returns, source] = line.split('\t');
    if (!method || !routePath || !returns || !source) {
        console.error(`check-contract: ${args.routes}: data line ${i + 1} does not have 5 columns`);
        process.exit(2);
    }
    const query = new Set();
    for (const p of params.split(' ').filter(Boolean)) {
        const [where, name] = p.replace(/\*$/, '').split(':');
        if (where === 'query')
            query.add(name);
    }
    return { method, path: routePath, segments: routePath.split('/').slice(1), query, returns, source };
});

/** The table's route for a method and a concrete or template path; literal segments win. */
function findRoute(method, concretePath) {
    const segs = concretePath.split('/').slice(1);
    let best = null;
    let bestLiterals = -1;
    for (const r of routes) {
        if (r.method !== method || r.segments.length !== segs.length)
            continue;
        let literals = 0;
        let ok = true;
        for (let i = 0; i < segs.length && ok; ++i) {
            if (r.segments[i].startsWith('{'))
                continue;
            ok = r.segments[i] === segs[i];
            ++literals;
        }
        if (ok && literals > bestLiterals) {
            best = r;
            bestLiterals = literals;
        }
    }
    return best;
}

/** "/1.0/me" and "/v1/me" are the same API ("/me"); null for anything else (v2, pages…). */
function apiV1Path(p) {
    const m = p.match(/^\/(?:1\.0|v1)(\/.*)$/);
    return m ? m[1] : null;
}

const findings = new Set();

// --- 1. every route the sandbox serves under /1.0 is published ------------------------------
const sandboxRoutes = dataLines(args['sandbox-routes']);
let servedV1 = 0;
for (const line of sandboxRoutes) {
    const [method, pattern] = line.trim().split(' ');
    const p = apiV1Path(pattern ?? '');
    if (!p)
        continue;
    ++servedV1;
    // Compare templates by shape: parameter names may differ between the sandbox and the schema.
    const route = findRoute(method, p);
    const shape = (s) => s.replace(/\{[^}]+\}/g, '{}');
    if (!route || shape(route.path) !== shape(p))
        findings.add(`sandbox route not in the published table: ${method} ${p}`);
}

// --- 2. every captured call is published, 3. every answer conforms --------------------------
const models = new DtsModels(args.types);
const alwaysPresent = new Set(dataLines(args.always).map((l) => l.trim()));
// Schema namespaces that the package files elsewhere.
const namespaceFolders = { geolocation: 'me.geolocation' };
const scalarModels = { long: 'number', int: 'number', double: 'number', number: 'number', string: 'string', boolean: 'boolean' };

function checkAnswer(route, body, out) {
    let type = route.returns;
    let depth = 0;
    while (type.endsWith('[]')) {
        type = type.slice(0, -2);
        ++depth;
    }
    if (type === 'void') {
        if (body !== null)
            out.push('answer: a body where none (void) is published');
        return;
    }
    const checkOne = (value, where) => {
        if (scalarModels[type]) {
            if (typeof value !== scalarModels[type])
                out.push(`${where}: a ${value === null ? 'null' : typeof value} where ${type} is published`);
            return;
        }
        const [ns, ...rest] = type.split('.');
        const schemaName = [namespaceFolders[ns] ?? ns, ...rest].join('.');
        const decl = models.bySchemaName(schemaName);
        if (!decl) {
            out.push(`the published model ${type} is not in @datatr-ux/ovhcloud-types`);
            return;
        }
        models.check(value, decl, null, where, out, alwaysPresent);
    };
    const walk = (value, d, where) => {
        if (d === 0)
            return checkOne(value, where);
        if (!Array.isArray(value)) {
            out.push(`${where}: not a list, where ${route.returns} is published`);
            return;
        }
        for (const v of value)
            walk(v, d - 1, `${where}[]`);
    };
    walk(body, depth, 'answer');
}

const answers = dataLines(args.answers).map((l, i) => {
    try {
        return JSON.parse(l);
    } catch {
        console.error(`check-contract: ${args.answers}: line ${i + 1} is not JSON`);
        process.exit(2);
    }
});
const checkedPerArea = { auth: 0, me: 0, dedicatedCloud: 0 };
const checkedRoutes = new Set();
for (const a of answers) {
    const p = apiV1Path(a.path);
    if (!p)
        continue;
    const route = findRoute(a.method, p);
    if (!route) {
        const template = apiV1Path((a.route ?? '').split(' ')[1] ?? '') ?? p;
        findings.add(`wizard call not in the published table: ${a.method} ${template}`);
        continue;
    }
    const name = `${route.method} ${route.path}`;
    for (const key of new URLSearchParams(a.query ?? '').keys()) {
        if (!route.query.has(key))
            findings.add(`${name}: query parameter "${key}" is not published`);
    }
    if (!(a.status >= 200 && a.status < 300))
        continue; // errors have their own shape; faults and refusals are not the models' business
    const out = [];
    checkAnswer(route, a.body, out);
    for (const o of out)
        findings.add(`${name}: ${o}`);
    checkedRoutes.add(name);
    const area = route.path.split('/')[1];
    if (area in checkedPerArea)
        ++checkedPerArea[area];
}

// --- the verdict -----------------------------------------------------------------------------
const pending = new Map(); // finding -> owner
for (const line of dataLines(args.pending)) {
    const m = line.match(/^\[([\w.-]+)\] (.+)$/);
    if (!m) {
        console.error(`check-contract: ${args.pending}: "${line}" is not "[owner] finding"`);
        process.exit(2);
    }
    pending.set(m[2].trim(), m[1]);
}
const sorted = [...findings].sort();
console.log(`contract: ${routes.length} published routes; the sandbox serves ${servedV1} under /1.0; ` +
            `${answers.length} captured answers, ${checkedRoutes.size} routes checked ` +
            `(auth ${checkedPerArea.auth}, me ${checkedPerArea.me}, dedicatedCloud ${checkedPerArea.dedicatedCloud} answers)`);
let failed = false;
for (const f of sorted) {
    const owner = pending.get(f);
    console.log(owner ? `PENDING [${owner}] ${f}` : `FINDING ${f}`);
    failed ||= !owner;
}
for (const [f, owner] of pending) {
    if (!findings.has(f)) {
        console.log(`FIXED, remove from ${path.basename(args.pending)}: [${owner}] ${f}`);
        failed = true;
    }
}
// A capture without the three areas proves nothing: the run did not happen as it should.
for (const [area, n] of Object.entries(checkedPerArea)) {
    if (n === 0) {
        console.log(`NO ANSWER checked on /${area}: the capture is not of a full run`);
        failed = true;
    }
}
const unexpected = sorted.filter((f) => !pending.has(f)).length;
console.log(`contract: ${sorted.length} findings, ${unexpected} not on the pending list`);
process.exit(failed ? 1 : 0);
