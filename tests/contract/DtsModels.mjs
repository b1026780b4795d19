// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A reader of the published models in @datatr-ux/ovhcloud-types (dist/**/*.d.ts), and a checker
// of a JSON value against one of them. Why our own reader rather than the TypeScript compiler:
// the package declares enums as TypeScript `enum`s, which are nominal (the string "nsxt" is not
// assignable to IpUsageEnum.nsxt), so type-checking captured JSON with tsc would first need the
// models rewritten; and tsc reports "not assignable" where we want "usage: 'free' is not in
// dedicatedCloud.IpUsageEnum (nsxt, reserved, vm)". The files are generated and regular: an
// interface is one `name?: Type;` line per field, an enum one `'v' = "v",` line per value, an
// alias `export type X = string;`. Anything else is reported as unreadable, never passed.
import fs from 'node:fs';
import path from 'node:path';

const SCALARS = new Set(['string', 'number', 'boolean', 'any']);

export class DtsModels {
    /** @param {string} dist the package's dist folder */
    constructor(dist) {
        this.dist = dist;
        this.cache = new Map(); // absolute file -> parsed declaration
    }

    /**
     * The declaration of a model named as OVHcloud's schema names it ("dedicatedCloud.Task",
     * "nichandle.Nichandle", "dedicatedCloud.securityOption.DependenciesTree"); null if absent.
     * The last segment is matched without regard to case ("dedicatedCloud.passwordPolicy" is
     * dist/dedicatedCloud/PasswordPolicy.d.ts).
     */
    bySchemaName(name) {
        const parts = name.split('.');
        const dir = path.join(this.dist, ...parts.slice(0, -1));
        const file = this.findFile(dir, parts.at(-1));
        return file ? this.load(file) : null;
    }

    findFile(dir, base) {
        let entries;
        try {
            entries = fs.readdirSync(dir);
        } catch {
            return null;
        }
        const wanted = `${base}.d.ts`.toLowerCase();
        const hit = entries.find((e) => e.toLowerCase() === wanted);
        return hit ? path.join(dir, hit) : null;
    }

    /** Parses one .d.ts file: {kind: 'interface'|'enum'|'alias', name, fields|values|target, imports, file}. */
    load(file) {
        if (this.cache.has(file))
            return this.cache.get(file);
        const text = fs.readFileSync(file, 'utf8');
        const decl = { file, imports: new Map(), kind: null, name: null };
        for (const m of text.matchAll(/^import \{ (\w+) \} from '([^']+)';/gm))
            decl.imports.set(m[1], path.resolve(path.dirname(file), `${m[2]}.d.ts`));
        let m;
        if ((m = text.match(/^export interface (\w+) \{([\s\S]*?)^\}/m))) {
            decl.kind = 'interface';
            decl.name = m[1];
            decl.fields = new Map();
            for (const line of m[2].split('\n')) {
                const t = line.trim();
                if (!t || t.startsWith('/**') || t.startsWith('*'))
                    continue;
                const f = t.match(/^'?([\w.-]+)'?(\??): (.+);$/);
                if (!f) {
                    decl.unreadable = `cannot read the line "${t}"`;
                    continue;
                }
                decl.fields.set(f[1], { optional: f[2] === '?', type: f[3] });
            }
        } else if ((m = text.match(/^export declare enum (\w+) \{([\s\S]*?)^\}/m))) {
            decl.kind = 'enum';
            decl.name = m[1];
            decl.values = [...m[2].matchAll(/= "([^"]*)"/g)].map((v) => v[1]);
        } else if ((m = text.match(/^export type (\w+) = (.+);$/m))) {
            decl.kind = 'alias';
            decl.name = m[1];
            decl.target = m[2].trim();
        } else {
            decl.unreadable = 'no interface, enum or type alias found';
        }
        this.cache.set(file, decl);
        return decl;
    }

    /** The declaration a type name used in `decl` refers to (its import, else a core type such as Ip). */
    resolve(decl, typeName) {
        const imported = decl.imports.get(typeName);
        if (imported && fs.existsSync(imported))
            return this.load(imported);
        // The generator leaves core types (Ip, Ipv4, IpBlock…) unimported: they live in dist/.
        const core = this.findFile(this.dist, typeName);
        return core ? this.load(core) : null;
    }

    /** Dotted schema-like name of a declaration, for messages ("dedicatedCloud.IpUsageEnum"). */
    displayName(decl) {
        const rel = path.relative(this.dist, decl.file).replace(/\.d\.ts$/, '');
        return rel.split(path.sep).join('.');
    }

    /**
     * Checks `value` against type text `type` as written in `decl` (or a declaration when `type`
     * is null). Pushes one message per problem into `out`, each prefixed with `where`.
     * `alwaysPresent`: Set of "model.field" that must be present and not null although the
     * model marks them optional (see always-present.txt).
     */
    check(value, decl, type, where, out, alwaysPresent) {
        if (type !== null) {
            if (type.endsWith('[]')) {
                if (!Array.isArray(value)) {
                    out.push(`${where}: ${describe(value)} where a list is published`);
                    return;
                }
                const inner = type.slice(0, -2);
                for (const v of value)
                    this.check(v, decl, inner, `${where}[]`, out, alwaysPresent);
                return;
            }
            if (SCALARS.has(type)) {
                if (type !== 'any' && typeof value !== type)
                    out.push(`${where}: ${describe(value)} where ${type} is published`);
                return;
            }
            const target = this.resolve(decl, type);
            if (!target) {
                out.push(`${where}: cannot find the published type ${type} (from ${this.displayName(decl)})`);
                return;
            }
            decl = target;
        }
        const name = this.displayName(decl);
        if (decl.unreadable) {
            out.push(`${where}: cannot read the published model ${name}: ${decl.unreadable}`);
            return;
        }
        if (decl.kind === 'alias') {
            this.check(value, decl, decl.target, where, out, alwaysPresent);
            return;
        }
        if (decl.kind === 'enum') {
            if (typeof value !== 'string' || !decl.values.includes(value))
                out.push(`${where}: ${enumValue(value)} is not in ${name} (${decl.values.join(', ')})`);
            return;
        }
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            out.push(`${where}: ${describe(value)} where ${name} is published`);
            return;
        }
        for (const [field, spec] of decl.fields) {
            const present = Object.hasOwn(value, field) && value[field] !== null;
            if (!present && (!spec.optional || alwaysPresent.has(`${name}.${field}`)))
                out.push(`${where}.${field}: missing (required by ${name}${spec.optional ? ', always-present.txt' : ''})`);
            if (present)
                this.check(value[field], decl, spec.type, `${where}.${field}`, out, alwaysPresent);
        }
        for (const field of Object.keys(value)) {
            if (!decl.fields.has(field))
                out.push(`${where}.${field}: not a field of ${name}`);
        }
    }
}

// What a value is, without the value itself: findings must not change from one run to the next
// (ids, dates), so that pending-fixes.txt can name them.
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'an object';
    return `a ${typeof value}`;
}

// An enum value is shown: it is what the finding is about ("free").
function enumValue(value) {
    return typeof value === 'string' ? JSON.stringify(value) : describe(value);
}
