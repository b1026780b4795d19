#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs every benchmark of issue #7 and prints BENCHMARKS.md-ready markdown (see bench/run.sh).

Needs: a build folder with snc-wizard, snc-sandbox and bench/ built; Xvfb; node + npm (the
official client is installed into <build>/node-ovh on first run, like tst_nodeclient); a keychain
(run.sh wraps this in scripts/with-test-keyring.sh). No secret is printed: the sandbox's start-up
line goes to the clients on stdin or in a 0600 file.
"""
import argparse, json, os, platform, re, shutil, ssl, statistics, subprocess, sys, tempfile
import threading, time, urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def run_child(cmd, env, stdin=None, timeout=900, on_line=None):
    """Runs cmd; returns (rc, stdout, stderr, peak RSS in KiB from wait4)."""
    p = subprocess.Popen(cmd, env=env, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out_lines, err = [], []
    t_err = threading.Thread(target=lambda: err.append(p.stderr.read()))
    t_err.start()
    if stdin is not None:
        p.stdin.write(stdin); p.stdin.close()
    for raw in p.stdout:
        line = raw.decode(errors='replace')
        out_lines.append(line)
        if on_line:
            on_line(line)
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    t_err.join()
    return p.returncode, ''.join(out_lines), err[0].decode(errors='replace'), usage.ru_maxrss


class Sandbox:
    def __init__(self, exe, tmp, name):
        self.p = subprocess.Popen([exe, '--tls', '--port', '0'], stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL)
        self.line = self.p.stdout.readline()
        info = json.loads(self.line)
        self.url, self.ca = info['url'], info['ca']
        # The /sandbox/* control routes need the session's secret (issue 15, item 9).
        self.control = info.get('controlSecret', '')
        self.credentials = os.path.join(tmp, name + '.json')
        fd = os.open(self.credentials, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.write(fd, self.line); os.close(fd)
        self.ctx = ssl.create_default_context(cafile=self.ca)

    def call(self, method, path):
        req = urllib.request.Request(self.url.rstrip('/') + path, method=method, data=b'' if method == 'POST' else None,
                                     headers={'X-Sandbox-Control': self.control})
        with urllib.request.urlopen(req, context=self.ctx, timeout=30) as r:
            return json.loads(r.read())

    def stop(self):
        self.p.terminate()
        try:
            self.p.wait(10)
        except subprocess.TimeoutExpired:
            self.p.kill()


def api_requests(stats):
    """Requests per route, the sandbox's own introspection routes left out."""
    return {k: v for k, v in stats.get('requestsPerRoute', {}).items() if '/sandbox/' not in k}


def micro(build, env):
    exe = os.path.join(build, 'bench', 'snc-bench-micro')
    if not os.path.exists(exe):
        return '_snc-bench-micro not built (install libbenchmark-dev: scripts/setup-deps.sh --bench)_\n'
    out = subprocess.run([exe, '--benchmark_format=json', '--benchmark_min_time=0.3'], env=env,
                         capture_output=True, check=True).stdout
    rows = ['| Benchmark | Time per op | CPU per op | Iterations |', '|---|---:|---:|---:|']
    for b in json.loads(out)['benchmarks']:
        unit = b.get('time_unit', 'ns')
        rows.append(f"| `{b['name']}` | {b['real_time']:.0f} {unit} | {b['cpu_time']:.0f} {unit} | {b['iterations']} |")
    return '\n'.join(rows) + '\n'


def first_paint_ms(cmd, env):
    env = dict(env, SNC_EXIT_AFTER_FIRST_PAINT='1')
    t0 = time.monotonic_ns()
    rc, out, err, rss = run_child(cmd, env, timeout=120)
    m = re.search(r'first-paint monotonic_ns=(\d+)', out)
    if not m:
        raise RuntimeError(f'no first-paint line from {cmd[0]} (rc {rc}): {err[-800:]}')
    return (int(m.group(1)) - t0) / 1e6, rss


def first_paint_instructions(cmd, env, tmp):
    """Instructions executed from process start to the first paint (callgrind, repeatable even on a
    loaded machine, unlike wall time). The count is cut where the probe ends the program
    (QCoreApplication::exit), so the tear-down is not counted. Runs a copy without debug
    information: valgrind 3.19 cannot read -gsplit-dwarf skeletons (build/ is RelWithDebInfo)."""
    exe = os.path.join(tmp, 'cg-' + os.path.basename(cmd[0]))
    subprocess.run(['objcopy', '--strip-debug', cmd[0], exe], check=True)
    # snc-wizard loads its session module from beside itself: the copy gets a copy beside it.
    module = os.path.join(os.path.dirname(cmd[0]), 'snc-wizard-session.so')
    if os.path.exists(module):
        subprocess.run(['objcopy', '--strip-debug', module, os.path.join(tmp, 'snc-wizard-session.so')], check=True)
    out = os.path.join(tmp, 'callgrind-' + os.path.basename(cmd[0]))
    for f in (out, out + '.1'):
        if os.path.exists(f):
            os.remove(f)
    # offscreen: no X server whose timing could change the client's work between runs.
    env = dict(env, SNC_EXIT_AFTER_FIRST_PAINT='1', QT_QPA_PLATFORM='offscreen')
    rc, _, err, _ = run_child(['valgrind', '--tool=callgrind', f'--callgrind-out-file={out}',
                               '--dump-before=QCoreApplication::exit*', exe] + cmd[1:], env, timeout=600)
    if rc != 0 or not os.path.exists(out + '.1'):
        raise RuntimeError(f'callgrind run of {cmd[0]} failed (rc {rc}): {err[-800:]}')
    m = re.search(r'^summary: (\d+)', open(out + '.1').read(), re.M)
    return int(m.group(1))


def startup_instructions(bare, wizard_cmd, env, tmp, reps):
    """Markdown rows: instructions to the first paint, bare window vs wizard, median of reps."""
    if not shutil.which('valgrind') or not shutil.which('objcopy'):
        return '_valgrind (or objcopy) not installed: no instruction counts_\n'
    bare_i = [first_paint_instructions([bare], env, tmp) for _ in range(reps)]
    wiz_i = [first_paint_instructions(wizard_cmd, env, tmp) for _ in range(reps)]
    mb, mw = statistics.median(bare_i), statistics.median(wiz_i)
    rows = [f'Instructions to the first paint (callgrind, `QT_QPA_PLATFORM=offscreen`, median of {reps}; '
            'repeatable whatever else runs on the machine):\n',
            '| Program | Instructions | Ratio | Target |\n|---|---:|---:|---|',
            f'| bare QWidget window (`snc-bench-bare`) | {mb / 1e6:.1f} M | 1.00× | |',
            f"| `snc-wizard --sandbox` | {mw / 1e6:.1f} M | {mw / mb:.2f}× | ≤ 1.5× {'✅' if mw <= 1.5 * mb else '❌'} |\n"]
    return '\n'.join(rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--build', default=os.path.join(ROOT, 'build'))
    ap.add_argument('--reps', type=int, default=9)
    ap.add_argument('--requests', type=int, default=2000)
    ap.add_argument('--in-flight', type=int, default=4)
    ap.add_argument('--idle', type=int, default=60)
    ap.add_argument('--skip-autopilot', action='store_true')
    ap.add_argument('--startup-only', action='store_true',
                    help='only the start-up comparison (wall time and instructions), nothing else')
    ap.add_argument('--callgrind-reps', type=int, default=3,
                    help='runs of each program under callgrind for the instruction counts (0: none)')
    a = ap.parse_args()
    b = os.path.abspath(a.build)
    wizard = os.path.join(b, 'app', 'wizard', 'snc-wizard')
    sandbox_exe = os.path.join(b, 'app', 'sandbox', 'snc-sandbox')
    bare = os.path.join(b, 'bench', 'snc-bench-bare')
    load = os.path.join(b, 'bench', 'snc-bench-load')
    tmp = tempfile.mkdtemp(prefix='snc-bench-')
    env = dict(os.environ)
    env.pop('SNC_STALL_MONITOR', None)
    md = []
    cpu = next((l.split(':', 1)[1].strip() for l in open('/proc/cpuinfo') if l.startswith('model name')), '?')
    ram = int(next(l.split()[1] for l in open('/proc/meminfo') if l.startswith('MemTotal'))) / 1024 / 1024
    cache = open(os.path.join(b, 'CMakeCache.txt')).read()
    btype = (re.search(r'CMAKE_BUILD_TYPE:STRING=(\S*)', cache) or [None, '?'])[1]
    md.append(f"Run: `bench/run.sh {b}` on {time.strftime('%Y-%m-%d %H:%M %Z')} — {os.cpu_count()} CPUs "
              f"({cpu}), {ram:.1f} GiB RAM, {platform.platform()}, build type {btype or 'none'}.\n")

    # 1. Micro-benchmarks ----------------------------------------------------------------------
    if not a.startup_only:
        print('micro-benchmarks…', file=sys.stderr)
        md.append('## Micro-benchmarks (Google Benchmark)\n')
        md.append(micro(b, env))

    # Xvfb for everything with a window.
    disp = next(n for n in range(90, 200) if not os.path.exists(f'/tmp/.X11-unix/X{n}'))
    xvfb = subprocess.Popen(['Xvfb', f':{disp}', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'],
                            stderr=subprocess.DEVNULL)
    for _ in range(100):
        if os.path.exists(f'/tmp/.X11-unix/X{disp}'):
            break
        time.sleep(0.05)
    genv = dict(env, DISPLAY=f':{disp}', QT_QPA_PLATFORM='xcb')
    sandboxes = []
    try:
        # 2. Start-up ----------------------------------------------------------------------------
        print('start-up…', file=sys.stderr)
        bare_ms, wiz_ms, bare_rss = [], [], []
        first_paint_ms([bare], genv); first_paint_ms([wizard, '--sandbox', '--lang', 'en'], genv)  # warm caches
        for _ in range(a.reps):
            ms, rss = first_paint_ms([bare], genv); bare_ms.append(ms); bare_rss.append(rss)
            ms, _ = first_paint_ms([wizard, '--sandbox', '--lang', 'en'], genv); wiz_ms.append(ms)
        mb, mw = statistics.median(bare_ms), statistics.median(wiz_ms)
        md.append(f'## Start-up: process start to first painted window (Xvfb, median of {a.reps})\n')
        md.append('| Program | Median | Min | Max | Ratio | Target |\n|---|---:|---:|---:|---:|---|')
        md.append(f'| bare QWidget window (`snc-bench-bare`) | {mb:.0f} ms | {min(bare_ms):.0f} ms | {max(bare_ms):.0f} ms | 1.00× | |')
        md.append(f"| `snc-wizard --sandbox` | {mw:.0f} ms | {min(wiz_ms):.0f} ms | {max(wiz_ms):.0f} ms | "
                  f"{mw / mb:.2f}× | ≤ 1.5× {'✅' if mw <= 1.5 * mb else '❌'} |\n")
        bare_peak = statistics.median(bare_rss)
        if a.callgrind_reps > 0:
            print('start-up, instruction counts (callgrind)…', file=sys.stderr)
            md.append(startup_instructions(bare, [wizard, '--sandbox', '--lang', 'en'], env, tmp, a.callgrind_reps))
        if a.startup_only:
            return write_results(md, tmp)

        if not a.skip_autopilot:
            # 3+4. Embedded autopilot: memory (sandbox in-process) and stalls --------------------
            print('autopilot, embedded sandbox (≈2.5 min)…', file=sys.stderr)
            aenv = dict(genv, SNC_STALL_MONITOR='1', SNC_KEY_ALGORITHM='rsa-4096')
            t = time.monotonic()
            rc1, out1, err1, rss1 = run_child([wizard, '--sandbox', '--autopilot', '--lang', 'en'], aenv)
            dur1 = time.monotonic() - t
            stall1 = re.search(r'longest event-loop stall: .*(\n  stalls >= 50 ms: .*)?', err1)
            # 3+4+5. External sandbox: the wizard's own memory, stalls, API use, idle ------------
            print(f'autopilot, external sandbox (+{a.idle} s idle)…', file=sys.stderr)
            sb = Sandbox(sandbox_exe, tmp, 'autopilot'); sandboxes.append(sb)
            sb.call('POST', '/sandbox/stats/reset')
            marks = {}

            def on_line(line):
                if 'verified done through the API' in line and 'end' not in marks:
                    marks['end'] = sum(api_requests(sb.call('GET', '/sandbox/stats')).values())
            xenv = dict(aenv, SNC_AUTOPILOT_IDLE_SECS=str(a.idle),
                        QT_LOGGING_RULES='snc.api.debug=true;snc.tasks.debug=true',
                        QT_MESSAGE_PATTERN='%{time process} %{category} %{message}')
            t = time.monotonic()
            rc2, out2, err2, rss2 = run_child([wizard, '--endpoint', sb.url, '--ca', sb.ca, '--credentials',
                                               sb.credentials, '--autopilot', '--lang', 'en'], xenv, on_line=on_line)
            dur2 = time.monotonic() - t - a.idle
            stats = sb.call('GET', '/sandbox/stats')
            routes = api_requests(stats)
            total = sum(routes.values())
            stall2 = re.search(r'longest event-loop stall: .*(\n  stalls >= 50 ms: .*)?', err2)
            keytype = re.search(r'benchmark: stage 5 key type (\S+)', err2)

            md.append('## Memory: peak RSS (getrusage via wait4)\n')
            md.append('| Program | Peak RSS | Ratio to bare | Target |\n|---|---:|---:|---|')
            md.append(f'| bare QWidget window, to first paint | {bare_peak / 1024:.1f} MiB | 1.00× | |')
            md.append(f"| `snc-wizard --sandbox --autopilot` (embedded sandbox in the process), exit {rc1}, {dur1:.0f} s "
                      f"| {rss1 / 1024:.1f} MiB | {rss1 / bare_peak:.2f}× | ≤ 2× {'✅' if rss1 <= 2 * bare_peak else '❌'} |")
            md.append(f"| `snc-wizard --autopilot` against an external `snc-sandbox` (the wizard alone), exit {rc2}, {dur2:.0f} s "
                      f"| {rss2 / 1024:.1f} MiB | {rss2 / bare_peak:.2f}× | ≤ 2× {'✅' if rss2 <= 2 * bare_peak else '❌'} |\n")

            md.append(f"## Never frozen: longest GUI event-loop stall (SNC_STALL_MONITOR=1, stage 5 key: {keytype.group(1) if keytype else '?'})\n")
            md.append('| Run | Result | Target |\n|---|---|---|')
            for name, m in (('embedded sandbox', stall1), ('external sandbox', stall2)):
                ms = int(re.search(r'(\d+) ms', m.group(0)).group(1)) if m else None
                md.append(f"| {name} | {m.group(0).replace(chr(10), '<br>') if m else 'no report'} | < 50 ms {'✅' if ms is not None and ms < 50 else '❌'} |")
            md.append('')

            # 5. API use ----------------------------------------------------------------------------
            minimal = [l for l in open(os.path.join(HERE, 'minimal-calls.txt')) if l.strip() and not l.startswith('#')]
            minimal_n = sum(int(m.group(1)) if (m := re.match(r'(\d+)x ', l)) else 1 for l in minimal)
            during = marks.get('end', total)
            md.append('## Light on the API (external sandbox, `/sandbox/stats`)\n')
            md.append('| Measure | Value | Target |\n|---|---:|---|')
            md.append(f"| requests during the autopilot run | {during} | |")
            md.append(f"| minimal sequence (bench/minimal-calls.txt) | {minimal_n} | |")
            md.append(f"| ratio | {during / minimal_n:.2f}× | ≤ 1.25× {'✅' if during <= 1.25 * minimal_n else '❌'} |")
            idle_req = total - during if 'end' in marks else None
            md.append(f"| requests while idle on the last page, {a.idle} s | {idle_req} | 0 {'✅' if idle_req == 0 else '❌'} |")
            # Polling, from the client's own log (seconds since process start): a polling session is
            # the TaskPoller's, from "following task N" to the answer that shows N finished; the
            # GETs of .../task/N inside it are its polls. GETs outside a session are reads (a stage
            # reading a task's state on refresh), not polling.
            gets, follows, ends = {}, {}, {}
            for l in err2.splitlines():
                if m := re.match(r'\s*([\d.]+) snc\.api GET \S*/task/(\d+) (\d+)', l):
                    gets.setdefault(m.group(2), []).append(float(m.group(1)))
                elif m := re.match(r'\s*([\d.]+) snc\.tasks following task (\d+)', l):
                    follows.setdefault(m.group(2), []).append(float(m.group(1)))
                elif m := re.match(r'\s*([\d.]+) snc\.tasks task (\d+) state "?(done|error|canceled)"?', l):
                    ends.setdefault(m.group(2), []).append(float(m.group(1)))
            polled, in_sessions = [], 0
            for task, starts in follows.items():
                for begin in starts:
                    finish = next((e for e in ends.get(task, []) if e >= begin), None)
                    if finish is None:
                        continue
                    ts = [t for t in gets.get(task, []) if begin <= t <= finish + 0.001]
                    in_sessions += len(ts)
                    if ts:
                        polled.append([begin] + ts)
            # Interval between polls of one task; the first "gap" is from the start of following.
            gaps = [y - x for s_ in polled for x, y in zip(s_[1:], s_[2:])]
            last_gaps = [s_[-1] - s_[-2] for s_ in polled]
            task_gets = sum(len(t) for t in gets.values())
            md.append(f"| GETs of tasks: by the task poller / other reads | {in_sessions} / {task_gets - in_sessions} | |")
            if polled:
                md.append(f"| tasks polled (sessions) | {len(polled)} | |")
            if gaps:
                md.append(f"| polling interval per task: min / median / max | {min(gaps):.2f} / {statistics.median(gaps):.2f} / {max(gaps):.2f} s "
                          f"| ≥ 2 s {'✅' if min(gaps) >= 1.95 else '❌'} |")
            if last_gaps:
                md.append(f"| finished task noticed within (time since the previous poll, or since following began, of the poll that saw it end; max) | ≤ {max(last_gaps):.2f} s "
                          f"| ≤ 2 s {'✅' if max(last_gaps) <= 2.1 else '❌'} |")
            outbox = stats.get('requestsPerRoute', {}).get('GET /sandbox/outbox', 0)
            md.append(f"| practice only: `GET /sandbox/outbox` (the simulated inbox panel, not the OVH API) | {outbox} | |")
            md.append('')
            md.append('<details><summary>Requests per route (autopilot + idle)</summary>\n')
            md.append('| Route | Requests |\n|---|---:|')
            for k, v in sorted(routes.items(), key=lambda kv: -kv[1]):
                md.append(f'| `{k}` | {v} |')
            md.append('\n</details>\n')
            with open(os.path.join(tmp, 'external-wizard.log'), 'w') as f:
                f.write(err2)

        # 6. Against the official client ----------------------------------------------------------
        print('ApiClient vs node-ovh…', file=sys.stderr)
        prefix = os.path.join(b, 'node-ovh')
        if not os.path.exists(os.path.join(prefix, 'node_modules', '@ovhcloud', 'node-ovh', 'package.json')):
            subprocess.run(['npm', 'install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save',
                            '@ovhcloud/node-ovh@^3.0.0'], check=True, stdout=subprocess.DEVNULL)
        sb = Sandbox(sandbox_exe, tmp, 'load'); sandboxes.append(sb)
        nenv = dict(env, NODE_PATH=os.path.join(prefix, 'node_modules'), NODE_EXTRA_CA_CERTS=sb.ca)
        res = {'ApiClient': [], 'node-ovh': []}
        for _ in range(3):
            for name, cmd, e in (('ApiClient', [load, '-n', str(a.requests), '-c', str(a.in_flight)], env),
                                 ('node-ovh', ['node', os.path.join(HERE, 'node_load.js'), str(a.requests), str(a.in_flight)], nenv)):
                rc, out, err, _ = run_child(cmd, e, stdin=sb.line)
                if rc != 0:
                    raise RuntimeError(f'{name} failed: {err[-500:]}')
                res[name].append(json.loads(out)['perSecond'])
        q, n = statistics.median(res['ApiClient']), statistics.median(res['node-ovh'])
        md.append(f'## Against the official client: signed GET /me per second (snc-sandbox --tls, {a.in_flight} in flight, '
                  f'{a.requests} requests, median of 3 alternated rounds)\n')
        md.append('| Client | Requests/s (rounds) | Ratio | Target |\n|---|---:|---:|---|')
        md.append(f"| `@ovhcloud/node-ovh` (node {subprocess.run(['node', '--version'], capture_output=True, text=True).stdout.strip()}) "
                  f"| {n:.0f} ({', '.join(f'{x:.0f}' for x in res['node-ovh'])}) | 1.00× | |")
        md.append(f"| product `ApiClient` (rate limiter lifted: setRateLimitPerMinute(0)) | {q:.0f} "
                  f"({', '.join(f'{x:.0f}' for x in res['ApiClient'])}) | {q / n:.2f}× | ≥ 1.5× {'✅' if q >= 1.5 * n else '❌'} |\n")
    finally:
        for s in sandboxes:
            s.stop()
        xvfb.terminate()
    write_results(md, tmp)


def write_results(md, tmp):
    text = '\n'.join(md)
    print(text)
    with open(os.path.join(tmp, 'results.md'), 'w') as f:
        f.write(text)
    print(f'(logs and results in {tmp})', file=sys.stderr)


if __name__ == '__main__':
    main()
