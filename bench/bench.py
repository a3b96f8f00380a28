#!/usr/bin/env python3
"""QuillCRM SNS benchmark: the six measurements, side by side.

Run by bench/run.sh (which builds nothing and starts/stops the e2e stack);
Python 3 standard library only. Writes <out>/report.md, <out>/results.json
and one raw file per measurement, and prints the table.

Measurements (see bench/README.md):
  1 micro      quillcrm_sns_handle() warm, vs `openssl speed rsa2048` verify
  2 plain      a plain-PHP verifier (the WordPress-plugin way) vs the extension
  3 cold       first call in a fresh php process: disk cache, empty cache
  4 e2e        wrk through nginx + php-fpm + WordPress + MariaDB; in the same
               rounds, the SQS queue drained by bin/drain.php workers
  5 storm      10,000 signed deliveries at c=32, database vs an independent model
  6 memory     100,000 calls in one process, VmRSS growth after warm-up
"""
import argparse
import collections
import datetime
import http.client
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = "arn:aws:sns:us-east-1:123456789012:quillcrm-ses-feedback"
BENCH_KEY = "bench-webhook-key-0123456789abcdef"  # bench/php/lib.php KEY


def log(msg):
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", flush=True)


def median(xs):
    return statistics.median(xs) if xs else float("nan")


def run(cmd, **kw):
    """Runs a command; returns stdout (text). Raises with stderr on failure."""
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:6])}... exited {p.returncode}: {p.stderr[-2000:]}{p.stdout[-500:]}")
    return p.stdout


def last_json(text, prefix=""):
    for line in reversed(text.splitlines()):
        if line.startswith(prefix) and line[len(prefix):].lstrip().startswith("{"):
            return json.loads(line[len(prefix):])
    raise RuntimeError(f"no JSON line in output: {text[-500:]}")


class Bench:
    def __init__(self, args):
        self.args = args
        self.repo = args.repo
        self.so = args.so
        self.out = args.out
        self.rounds = args.rounds
        self.stack = json.load(open(os.path.join(args.stack_dir, "stack.json")))
        self.raw = {}  # measurement -> raw data (results.json)
        self.pki = os.path.join(self.repo, "tests", "fixtures", "pki")
        self.php = os.path.join(HERE, "php")
        os.makedirs(self.out, exist_ok=True)

    # ------------------------------------------------------------ helpers
    def ext_flags(self, cache_dir):
        return [
            "-d", f"extension={self.so}",
            "-d", f"quillcrm_sns.cache_dir={cache_dir}",
            "-d", f"quillcrm_sns.test_ca_file={self.pki}/test-ca.pem",
            "-d", f"quillcrm_sns.test_resolve=sns.us-east-1.amazonaws.com:443:127.0.0.1:{self.stack['sns_port']}",
        ]

    def php_json(self, flags, script, *args):
        return last_json(run(["php"] + flags + [os.path.join(self.php, script)] + [str(a) for a in args]))

    def polyfill_flags(self):
        """The fallback's test-only trust: the extension's directives, which it reads too."""
        return [
            "-d", f"quillcrm_sns.test_ca_file={self.pki}/test-ca.pem",
            "-d", f"quillcrm_sns.test_resolve=sns.us-east-1.amazonaws.com:443:127.0.0.1:{self.stack['sns_port']}",
        ]

    def sql(self, statement, db=True):
        cmd = ["mariadb", "--no-defaults", f"--socket={self.stack['db_socket']}", "-uroot", "-N", "-B", "-r"]
        if db:
            cmd.append(self.stack["db_name"])
        out = run(cmd, input=statement)
        return [line.split("\t") for line in out.splitlines()]

    def table(self, name):
        return self.stack["table_prefix"] + name

    def set_option(self, name, php_serialized):
        self.sql(
            f"INSERT INTO {self.table('options')} (option_name, option_value, autoload) VALUES "
            f"('{name}', '{php_serialized}', 'yes') ON DUPLICATE KEY UPDATE option_value = VALUES(option_value);"
        )

    def sign(self, plan, path):
        """Signs plan entries (list of dicts) into a body pool file, in 2 processes."""
        halves = [plan[0::2], plan[1::2]]
        procs, parts = [], []
        for i, half in enumerate(halves):
            plan_file = f"{path}.plan{i}.jsonl"
            with open(plan_file, "w") as f:
                for p in half:
                    f.write(json.dumps(p) + "\n")
            parts.append(f"{path}.part{i}")
            procs.append(subprocess.Popen(["php", os.path.join(self.php, "make-bodies.php"), plan_file, parts[-1]]))
        for p in procs:
            if p.wait() != 0:
                raise RuntimeError("make-bodies.php failed")
        split = [open(p, "rb").read().split(b"\x1e") for p in parts]
        bodies = []
        for i in range(len(plan)):
            bodies.append(split[i % 2][i // 2])
        with open(path, "wb") as f:
            f.write(b"\x1e".join(bodies))
        for i in range(2):
            os.unlink(parts[i])
            os.unlink(f"{path}.plan{i}.jsonl")
        return bodies

    # ------------------------------------------------------ measurements 1-3
    def openssl_verify_us(self):
        out = run(["openssl", "speed", "-mr", "-seconds", str(self.args.openssl_seconds), "rsa2048"])
        m = re.search(r"^\+F2:\d+:2048:([\d.]+):([\d.]+)", out, re.M)
        if not m:
            raise RuntimeError("cannot parse openssl speed output: " + out[-500:])
        return 1e6 / float(m.group(2))

    def process_ms(self, cmd):
        """Runs one process; returns its CPU time (user + system, from wait4:
        much less disturbed by other load than wall time) in ms, and stdout.
        The wall time goes to self.wall_ms."""
        out = tempfile.TemporaryFile()
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(p.pid, 0)
        self.wall_ms = (time.perf_counter() - t0) * 1e3
        p.returncode = os.waitstatus_to_exitcode(status)
        err = p.stderr.read().decode()
        p.stderr.close()
        if p.returncode != 0:
            raise RuntimeError(f"{cmd} failed: {err}")
        out.seek(0)
        return (usage.ru_utime + usage.ru_stime) * 1e3, out.read().decode()

    def micro_and_cold(self):
        cache = os.path.join(self.out, "cert-cache")
        os.makedirs(cache, mode=0o700, exist_ok=True)
        flags = self.ext_flags(cache)
        # Populate the disk cache through the HTTPS stand-in (first call: network).
        first = self.php_json(flags, "micro.php", "ext", "1", "10")
        log(f"certificate for the micro-benchmarks: first call from {first['first_source']}")
        # A signed body for the cold runs (signing is not part of what is measured).
        body_file = os.path.join(self.out, "cold-body.json")
        run(["php", "-r", f"""
            require '{self.php}/lib.php';
            $m = QuillCRM\\Bench\\signed_bounce('1');
            file_put_contents('{body_file}', json_encode(['body' => $m['body'], 'now' => $m['now'],
                'key' => QuillCRM\\Bench\\KEY, 'topic' => QuillCRM\\Bench\\TOPIC]));
        """])
        # Signed bodies for the pure-Rust split of measurement 1 (examples/core_speed.rs).
        core_bodies = {}
        for sv in ("1", "2"):
            path = os.path.join(self.out, f"core-body-v{sv}.json")
            now = run(["php", "-r", f"""
                require '{self.php}/lib.php';
                $m = QuillCRM\\Bench\\signed_bounce('{sv}');
                file_put_contents('{path}', $m['body']);
                echo $m['now'];
            """]).strip()
            core_bodies[sv] = (path, now)
        cold_php = os.path.join(self.php, "cold.php")
        n_ext, n_plain, n_cold = self.args.micro_calls, self.args.plain_calls, self.args.cold_runs
        rows = collections.defaultdict(list)
        for r in range(self.rounds):
            log(f"measurements 1-3, round {r + 1}/{self.rounds}")
            # Measurement 1 in short triples, each ratio against the `openssl
            # speed` run just before it: load from other tenants comes and
            # goes within seconds, so the tighter the pairing the better.
            for rep in range(self.args.micro_repeats):
                for sv in ("1", "2"):
                    openssl_us = self.openssl_verify_us()
                    rows["openssl_verify_us"].append(openssl_us)
                    e = self.php_json(flags, "micro.php", "ext", sv, n_ext)
                    if e["loop_sources"] != {"memory": 200}:
                        raise RuntimeError(f"warm loop did not hit the memory cache: {e}")
                    rows[f"ext_v{sv}_cpu_us"].append(e["cpu_us"])
                    rows[f"ext_v{sv}_wall_us"].append(e["wall_us"])
                    rows[f"ext_v{sv}_ratio_to_openssl"].append(e["cpu_us"] / openssl_us)
                    # Where the time goes, without PHP: the crypto floor and the whole pure core.
                    body, now = core_bodies[sv]
                    core = last_json(run([self.args.core_speed, body, os.path.join(self.pki, "signing.pem"), now,
                                          BENCH_KEY, TOPIC, str(self.args.core_calls)]))
                    rows[f"core_v{sv}_verify_us"].append(core["verify_us"])
                    rows[f"core_v{sv}_handle_us"].append(core["handle_us"])
                    rows[f"core_v{sv}_verify_ratio_to_openssl"].append(core["verify_us"] / openssl_us)
                    # The verdict: the call against the crypto floor of the same round.
                    rows[f"ext_v{sv}_ratio_to_floor"].append(e["cpu_us"] / core["verify_us"])
                    rows[f"core_v{sv}_handle_ratio_to_openssl"].append(core["handle_us"] / openssl_us)
                    rows[f"core_v{sv}_string_to_sign_bytes"].append(core["string_to_sign_bytes"])
                    rows[f"ext_v{sv}_php_part_us"].append(e["cpu_us"] - core["handle_us"])
            for sv in ("1", "2"):
                p = self.php_json([], "micro.php", "plain", sv, n_plain)
                rows[f"plain_v{sv}_cpu_us"].append(p["cpu_us"])
                rows[f"plain_v{sv}_wall_us"].append(p["wall_us"])
                # The plugin's own plain-PHP fallback, in the same round.
                f = self.php_json(self.polyfill_flags(), "micro.php", "polyfill", sv, n_plain)
                rows[f"polyfill_v{sv}_cpu_us"].append(f["cpu_us"])
                rows[f"polyfill_v{sv}_wall_us"].append(f["wall_us"])
                s = self.php_json([], "micro.php", "split", sv, n_plain)
                for part in ("json_sts_classify", "read_pem", "pkey_get_public", "openssl_verify"):
                    rows[f"plain_v{sv}_part_{part}_cpu_us"].append(s[part]["cpu_us"])
            # Cold: fresh processes, interleaved. `php -n` (no php.ini, none of
            # Debian's ~40 shared extensions): the least noisy fresh process,
            # so that loading one .so (~1 ms) is not lost in ~50 ms of start-up.
            # Loading = the median of paired differences (same iteration).
            for i in range(n_cold):
                dt, _ = self.process_ms(["php", "-n", cold_php, body_file, "nocall"])
                rows["proc_noext_ms"].append(dt)
                rows["proc_noext_wall_ms"].append(self.wall_ms)
                dt2, _ = self.process_ms(["php", "-n"] + flags + [cold_php, body_file, "nocall"])
                rows["proc_ext_nocall_ms"].append(dt2)
                rows["proc_ext_nocall_wall_ms"].append(self.wall_ms)
                rows["load_delta_ms"].append(dt2 - dt)
                dt3, out = self.process_ms(["php", "-n"] + flags + [cold_php, body_file, "call"])
                c = last_json(out)
                if c["source"] != "disk":
                    raise RuntimeError(f"cold (disk) run did not load from disk: {c}")
                rows["proc_ext_call_disk_ms"].append(dt3)
                rows["proc_ext_call_disk_wall_ms"].append(self.wall_ms)
                rows["call_disk_delta_ms"].append(dt3 - dt)
                rows["cold_disk_first_us"].append(c["first_us"])
                rows["cold_disk_second_us"].append(c["second_us"])
                if i % 4:
                    continue
                empty = tempfile.mkdtemp(prefix="empty-cache-", dir=self.out)
                dt, out = self.process_ms(["php", "-n"] + self.ext_flags(empty) + [cold_php, body_file, "call"])
                c = last_json(out)
                if c["source"] != "network":
                    raise RuntimeError(f"cold (empty cache) run did not fetch: {c}")
                shutil.rmtree(empty)
                rows["proc_ext_call_network_ms"].append(dt)
                rows["proc_ext_call_network_wall_ms"].append(self.wall_ms)
                rows["cold_network_first_us"].append(c["first_us"])
        self.raw["micro_cold"] = dict(rows)
        return {k: median(v) for k, v in rows.items()}

    def callgrind(self):
        """Instruction counts per call (noise-free): whole PHP function, the
        handler, RSA verify, envelope parse, SES classify."""
        cache = os.path.join(self.out, "cert-cache")
        flags = self.ext_flags(cache)
        pats = {
            "php_function": r"_internal_quillcrm_sns_handle as ext_php_rs::internal::function::PhpFunction>::FUNCTION_ENTRY::entry::handler \[",
            "handler": r"\?\?\?:quillcrm_sns_core::handler::handle \[",
            "rsa_verify": r"aws_lc_rs::rsa::signature::verify_rsa_signature \[",
            "envelope_parse": r"\?\?\?:quillcrm_sns_core::envelope::parse \[",
            "ses_classify": r"\?\?\?:quillcrm_sns_core::ses::classify \[",
            "malloc_free": None,
        }
        result = {}
        n1, n2 = 100, 100 + self.args.callgrind_calls
        for sv in ("1", "2"):
            counts = {}
            for n in (n1, n2):
                cg = os.path.join(self.out, f"callgrind.v{sv}.{n}.out")
                run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={cg}", "php"] + flags
                    + [os.path.join(self.php, "micro.php"), "ext", sv, str(n)])
                ann = run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", cg])
                c = {}
                for name, pat in pats.items():
                    if pat is None:
                        continue
                    for line in ann.splitlines():
                        if re.search(pat, line):
                            c[name] = int(line.split()[0].replace(",", ""))
                            break
                missing = [name for name, pat in pats.items() if pat is not None and name not in c]
                if missing:
                    raise RuntimeError(f"callgrind: no line for {missing} in {cg} (a symbol renamed?)")
                counts[n] = c
            per = {k: (counts[n2].get(k, 0) - counts[n1].get(k, 0)) / (n2 - n1) for k in counts[n2]}
            per["ratio_php_function_to_rsa_verify"] = per["php_function"] / per["rsa_verify"]
            per["php_conversion"] = per["php_function"] - per["handler"]
            # Everything but the crypto floor (aws-lc's verify, which includes
            # hashing the string to sign): what the call adds to it.
            per["outside_verify_and_hash"] = per["php_function"] - per["rsa_verify"]
            result[f"v{sv}"] = per
            log(f"callgrind v{sv}: {per['php_function']:.0f} Ir/call, RSA verify {per['rsa_verify']:.0f} "
                f"({per['ratio_php_function_to_rsa_verify']:.2f}x)")
        # Loading the .so, counted: `php -n` start-up with and without it
        # (dlopen, relocations, module start-up and shutdown; no call).
        cold_php = os.path.join(self.php, "cold.php")
        body_file = os.path.join(self.out, "cold-body.json")
        load = {}
        for name, extra in (("without", []), ("with", flags)):
            cg = os.path.join(self.out, f"callgrind.load-{name}.out")
            run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={cg}", "php", "-n"] + extra
                + [cold_php, body_file, "nocall"])
            m = re.search(r"^summary:\s+(\d+)", open(cg).read(), re.M)
            load[name] = int(m.group(1)) if m else 0
        result["load_instructions"] = load["with"] - load["without"]
        result["so_bytes"] = os.path.getsize(self.so)
        log(f"callgrind: loading the extension {result['load_instructions']:,} instructions")
        self.raw["callgrind"] = result
        return result

    def memory(self):
        cache = os.path.join(self.out, "cert-cache")
        m = self.php_json(self.ext_flags(cache), "memory.php", self.args.memory_calls, self.args.memory_warmup)
        self.raw["memory"] = m
        return m

    # ------------------------------------------------------ e2e preparation
    def site_url(self, path="/"):
        return self.stack["site_url"].rstrip("/") + path

    def webhook_path(self, key):
        return "/?" + urllib.parse.urlencode({"quillcrm_webhook": "bounce", "provider": "amazonses", "key": key})

    def site_key(self):
        rows = self.sql(f"SELECT option_value FROM {self.table('options')} WHERE option_name = 'quillcrm_bounce_webhook_key'")
        return rows[0][0]

    def post(self, conn, path, body):
        headers = {
            "Content-Type": "text/plain; charset=UTF-8",
            "User-Agent": "Amazon Simple Notification Service Agent",
            "x-amz-sns-message-type": "Notification",
            "x-amz-sns-topic-arn": TOPIC,
        }
        conn.request("POST", path, body=body, headers=headers)
        r = conn.getresponse()
        data = r.read()
        return r.status, data

    def prepare_site(self):
        self.key = self.site_key()
        # Subscribe the site to the topic as SNS does (pins the topic).
        body = run(["php", "-r", f"""
            require '{self.php}/lib.php';
            $e = QuillCRM\\Bench\\signer()->subscription_confirmation(QuillCRM\\Bench\\TOPIC);
            echo QuillCRM\\E2E\\SnsSigner::body($e);
        """])
        conn = http.client.HTTPConnection("127.0.0.1", self.stack["http_port"], timeout=30)
        conn.request("POST", self.webhook_path(self.key), body=body, headers={
            "Content-Type": "text/plain; charset=UTF-8", "x-amz-sns-message-type": "SubscriptionConfirmation",
            "x-amz-sns-topic-arn": TOPIC})
        r = conn.getresponse()
        answer = r.read()
        if r.status != 200 or json.loads(answer)["outcome"] != "subscribed":
            raise RuntimeError(f"subscription confirmation failed: {r.status} {answer!r}")
        conn.close()
        log("site subscribed to the benchmark topic")

    def seed(self, contacts):
        """contacts: list of (email, status, soft_count)."""
        table = self.table("quillcrm_contacts")
        for i in range(0, len(contacts), 1000):
            chunk = contacts[i:i + 1000]
            values = ",".join(f"('{e}','Bench','Contact','{s}',{c})" for e, s, c in chunk)
            self.sql(f"INSERT INTO {table} (email, first_name, last_name, status, soft_bounce_count) VALUES {values};")

    # ------------------------------------------------------ measurement 4
    # The stack's server processes, by the pid file of each one's master.
    SERVER_PROCESSES = (("php", "php-fpm"), ("mariadb", "mariadb"), ("nginx", "nginx"))

    # The AWS stand-in (moto_server and its HTTPS front): not the site's cost.
    AWS_PROCESSES = (("moto", "moto"), ("aws_front", "aws-front"))

    def stack_cpu_s(self, processes=SERVER_PROCESSES):
        """CPU seconds used so far by the stack's server processes, per kind:
        php (php-fpm master and workers), mariadb, nginx (master and workers).
        A per-request cost that other load on the machine disturbs much less
        than req/s, and split by process so the report shows where a bounce
        spends more than a 403."""
        roots = {}
        for kind, pid_name in processes:
            try:
                roots[int(open(os.path.join(self.args.stack_dir, "pids", f"{pid_name}.pid")).read())] = kind
            except (OSError, ValueError):
                pass
        totals, tick = {kind: 0.0 for kind, _ in processes}, os.sysconf("SC_CLK_TCK")
        for pid in os.listdir("/proc"):
            if not pid.isdigit():
                continue
            try:
                fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            kind = roots.get(int(pid)) or roots.get(int(fields[1]))
            if kind:
                totals[kind] += (int(fields[11]) + int(fields[12])) / tick
        return totals

    def wrk(self, url, conc, pool=None):
        env = dict(os.environ)
        env["BENCH_THREADS"] = "2"
        env["BENCH_TOPIC"] = TOPIC
        env["BENCH_POOL"] = pool or ""
        cpu0 = self.stack_cpu_s()
        locks0 = self.lock_status()
        out = run(["wrk", "-t2", f"-c{conc}", f"-d{self.args.wrk_seconds}s", "--timeout", "10s", "--latency",
                   "-s", os.path.join(HERE, "lua", "pool.lua"), url], env=env)
        cpu1 = self.stack_cpu_s()
        locks1 = self.lock_status()
        j = last_json(out, "BENCH_JSON ")
        # What waited on InnoDB row locks during the run (a long tail's usual cause).
        for name in locks0:
            j[name] = locks1[name] - locks0[name]
        per_req = {kind: (cpu1[kind] - cpu0[kind]) * 1e3 / max(1, j["requests"]) for kind in cpu0}
        j["server_cpu_ms_per_req"] = sum(per_req.values())
        for kind, ms in per_req.items():
            j[f"{kind}_cpu_ms_per_req"] = ms
        j["rps"] = j["requests"] / (j["duration_us"] / 1e6)
        j["text"] = out
        return j

    def lock_status(self):
        """InnoDB's row-lock waits, their total milliseconds, and deadlocks so far."""
        rows = self.sql("SHOW GLOBAL STATUS WHERE Variable_name IN "
                        "('Innodb_row_lock_waits', 'Innodb_row_lock_time', 'Innodb_deadlocks')", db=False)
        status = {row[0]: row[1] for row in rows if len(row) == 2}
        return {"row_lock_waits": int(status.get("Innodb_row_lock_waits", 0)),
                "row_lock_ms": int(status.get("Innodb_row_lock_time", 0)),
                "deadlocks": int(status.get("Innodb_deadlocks", 0))}

    def e2e(self):
        n_contacts = 5000
        self.seed([(f"load-{i}@load.example", "subscribed", 0) for i in range(n_contacts)])
        pool_size = self.args.wrk_pool
        kinds = ["soft", "expired", "undetermined", "hard"]
        runs = collections.defaultdict(list)
        # The 403 path: wrong key (no verification); bodies are valid deliveries.
        wrong_pool = os.path.join(self.out, "pool-wrongkey.bodies")
        self.sign([{"kind": "soft", "emails": [f"load-{i}@load.example"], "sv": "1",
                    "message_id": str(uuid.uuid4()), "feedback_id": None} for i in range(200)], wrong_pool)
        bounce_url = self.site_url(self.webhook_path(self.key))
        wrong_url = self.site_url(self.webhook_path("wrong-" + self.key[:8]))
        page_url = self.site_url("/")
        for r in range(self.rounds):
            for conc in (8, 32):
                log(f"measurement 4, round {r + 1}/{self.rounds}, c={conc}: signing {pool_size} bodies")
                pool = os.path.join(self.out, f"pool-{r}-{conc}.bodies")
                rng = random.Random(r * 100 + conc)
                self.sign([{"kind": rng.choice(kinds), "emails": [f"load-{rng.randrange(n_contacts)}@load.example"],
                            "sv": rng.choice("12"), "message_id": str(uuid.uuid4()), "feedback_id": None}
                           for _ in range(pool_size)], pool)
                # The plugin's wrong-key 403 as it ships (one counter statement).
                order = [("bounce", bounce_url, pool), ("wrong_key_403", wrong_url, wrong_pool),
                         ("themed_page", page_url, None)]
                if conc == 8 and self.args.drain_messages:
                    # The queue, against the bounces of this round, once per worker count.
                    order += [(f"drain_w{w}", None, w) for w in self.drain_workers()]
                rng.shuffle(order)  # interleaved, in a different order each round
                for name, url, p in order:
                    if name.startswith("drain_w"):
                        d = self.drain(r, rng, n_contacts, kinds, p)
                        log(f"  drain, {d['workers']} workers: {d['rate']:.1f} bounces/s ({d['messages']} in "
                            f"{d['seconds']:.2f} s), site CPU {d['site_cpu_ms_per_msg']:.2f} ms/message, "
                            f"checks {'ok' if d['ok'] else 'FAILED'}")
                        runs[name].append(d)
                        continue
                    j = self.wrk(url, conc, p)
                    log(f"  {name} c={conc}: {j['rps']:.1f} req/s, p50 {j['p50_us'] / 1e3:.1f} ms, "
                        f"p99 {j['p99_us'] / 1e3:.1f} ms, non-2xx {j['status_errors']}, wraps {j['wraps']}")
                    runs[f"{name}_c{conc}"].append(j)
                os.unlink(pool)
        # Every bounce answered 2xx, every wrong-key request 403 (wrk counts it as a status error).
        problems = []
        for key, js in runs.items():
            if key.startswith("drain_w"):
                problems += [f"{key} round {i + 1}: {name}: {c['detail']}"
                             for i, d in enumerate(js) for name, c in d["checks"].items() if not c["ok"]]
                continue
            for j in js:
                errs = j["connect_errors"] + j["read_errors"] + j["write_errors"] + j["timeouts"]
                if errs:
                    problems.append(f"{key}: {errs} socket errors/timeouts")
                if key.startswith("bounce") and (j["status_errors"] or j["wraps"]):
                    problems.append(f"{key}: {j['status_errors']} non-2xx, pool wrapped {j['wraps']}x")
                if key.startswith("wrong_key") and j["status_errors"] != j["requests"]:
                    problems.append(f"{key}: {j['requests'] - j['status_errors']} answers were not errors")
        rows = self.sql(f"SELECT http_status, outcome, error_code, COUNT(*) FROM {self.table('quillcrm_bounce_events')} "
                        "GROUP BY http_status, outcome, error_code")
        self.raw["e2e"] = {k: [{kk: vv for kk, vv in j.items() if kk != "text"} for j in v] for k, v in runs.items()}
        self.raw["e2e_wrk_text"] = {k: [j["text"] for j in v] for k, v in runs.items() if not k.startswith("drain_w")}
        self.raw["e2e_events_after"] = rows
        self.raw["e2e_problems"] = problems
        summary = {}
        for key, js in runs.items():
            if key.startswith("drain_w"):
                d = {f: median([d[f] for d in js]) for f in (
                    "rate", "seconds", "process_seconds", "site_cpu_ms_per_msg", "php_cpu_ms_per_msg",
                    "mariadb_cpu_ms_per_msg", "aws_standin_cpu_ms_per_msg")}
                d.update(workers=js[0]["workers"], messages=js[0]["messages"], rounds=len(js),
                         ok=all(x["ok"] for x in js),
                         # Against the signed bounces through the webhook at c=8 of the same round.
                         ratio=median([x["rate"] / b["rps"] for x, b in zip(js, runs["bounce_c8"])]),
                         cpu_ratio=median([b["server_cpu_ms_per_req"] / x["site_cpu_ms_per_msg"]
                                           for x, b in zip(js, runs["bounce_c8"])]))
                summary.setdefault("drain", []).append(d)
                summary["drain"].sort(key=lambda x: x["workers"])
                continue
            summary[key] = {f: median([j[f] for j in js]) for f in ("rps", "p50_us", "p90_us", "p99_us", "lat_max_us", "server_cpu_ms_per_req",
                                                                      "row_lock_waits", "row_lock_ms", "deadlocks")
                            + tuple(f"{kind}_cpu_ms_per_req" for kind, _ in self.SERVER_PROCESSES)}
        for conc in (8, 32):
            summary[f"ratio_c{conc}"] = median([b["rps"] / w["rps"] for b, w in zip(runs[f"bounce_c{conc}"], runs[f"wrong_key_403_c{conc}"])])
            summary[f"p99_ratio_c{conc}"] = median([b["p99_us"] / w["p99_us"] for b, w in zip(runs[f"bounce_c{conc}"], runs[f"wrong_key_403_c{conc}"])])
            summary[f"cpu_ratio_c{conc}"] = median([w["server_cpu_ms_per_req"] / b["server_cpu_ms_per_req"]
                                                    for b, w in zip(runs[f"bounce_c{conc}"], runs[f"wrong_key_403_c{conc}"])])
        summary["problems"] = problems
        return summary

    # ------------------------------------------------------ measurement 4: the queue
    def aws(self, *args):
        """tests/e2e/bin/aws.py against the stack's moto_server; its JSON answer."""
        env = dict(os.environ, PYTHONPATH=os.path.join(self.repo, "tests", "e2e", "pylib"))
        return last_json(run(["python3", os.path.join(self.repo, "tests", "e2e", "bin", "aws.py"),
                              "--port", str(self.stack["moto_port"])] + [str(a) for a in args], env=env))

    def drain_workers(self):
        return [int(w) for w in str(self.args.drain_workers).split(",") if w.strip()]

    def drain(self, r, rng, n_contacts, kinds, workers):
        """The SQS intake's throughput, in the rounds of the webhook's: the
        same kind of signed bounces (this project's signer, like the wrk pool:
        one certificate, in the disk cache, as for the webhook; moto's SNS
        would sign each message with a new certificate and force a fetch per
        message) written to a fresh moto queue, then drained by `workers`
        bin/drain.php processes at once (one: the system cron line; more:
        several slots or web nodes). Rate: messages over the time from the workers' start to
        the last DeleteMessageBatch the AWS front answered (a worker's last
        empty long poll of 1 s is not work). Then the database is checked."""
        n = self.args.drain_messages
        plan = [{"kind": rng.choice(kinds), "emails": [f"load-{rng.randrange(n_contacts)}@load.example"],
                 "sv": rng.choice("12"), "message_id": str(uuid.uuid4()), "feedback_id": None} for _ in range(n)]
        bodies = self.sign(plan, os.path.join(self.out, f"drain-{r}-{workers}.bodies"))
        os.unlink(os.path.join(self.out, f"drain-{r}-{workers}.bodies"))
        queue = f"bench-drain-{r}-{workers}-{uuid.uuid4().hex[:8]}"
        url = self.aws("queue", queue, "60")["queue_url"]
        lines = os.path.join(self.out, f"drain-{r}-{workers}.jsonl")
        with open(lines, "w") as f:
            for body in bodies:
                f.write(json.dumps(body.decode()) + "\n")
        self.aws("send", queue, lines)
        os.unlink(lines)
        self.set_option("quillcrm_bounce_intake", "sqs")
        self.set_option("quillcrm_bounce_queue_url", url)
        last_id = int(self.sql(f"SELECT COALESCE(MAX(id), 0) FROM {self.table('quillcrm_bounce_events')}")[0][0])
        calls_mark = os.path.getsize(self.stack["aws_calls"])
        cmd = [self.stack["php_cli"]] + self.stack["php_flags"] + [
            os.path.join(self.stack["wp_dir"], "wp-content", "plugins", "quillcrm-bounce", "bin", "drain.php"),
            "--seconds=600", "--until-empty"]
        cpu0, aws0 = self.stack_cpu_s(), self.stack_cpu_s(self.AWS_PROCESSES)
        children0 = os.times()
        t0 = time.time()
        procs = [subprocess.Popen(cmd + [f"--slot=bench-{w}"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for w in range(workers)]
        outputs = [p.communicate() for p in procs]
        t_exit = time.time()
        children1 = os.times()
        cpu1, aws1 = self.stack_cpu_s(), self.stack_cpu_s(self.AWS_PROCESSES)
        with open(self.stack["aws_calls"], "rb") as f:
            f.seek(calls_mark)
            calls = [json.loads(line) for line in f.read().splitlines() if line.strip()]
        deletes = [c["time"] for c in calls if c.get("target") == "AmazonSQS.DeleteMessageBatch"]
        t_end = max(deletes) if deletes else t_exit
        summaries = []
        for p, (out, err) in zip(procs, outputs):
            try:
                summaries.append(last_json(out))
            except RuntimeError:
                summaries.append({"outcome": "failed", "error": f"exit {p.returncode}", "detail": err[-300:]})
        php_cpu = (children1.children_user - children0.children_user) + (children1.children_system - children0.children_system)
        mariadb_cpu = cpu1["mariadb"] - cpu0["mariadb"]
        depth = self.aws("count", queue)
        checks = self.drain_checks(plan, last_id, summaries, depth)
        self.set_option("quillcrm_bounce_intake", "webhook")
        return {
            "workers": workers, "messages": n, "seconds": t_end - t0, "process_seconds": t_exit - t0,
            "rate": n / (t_end - t0), "php_cpu_ms_per_msg": php_cpu * 1e3 / n,
            "mariadb_cpu_ms_per_msg": mariadb_cpu * 1e3 / n,
            "site_cpu_ms_per_msg": (php_cpu + mariadb_cpu) * 1e3 / n,
            "aws_standin_cpu_ms_per_msg": sum(aws1[k] - aws0[k] for k in aws0) * 1e3 / n,
            "receives": sum(1 for c in calls if c.get("target") == "AmazonSQS.ReceiveMessage"),
            "summaries": summaries, "checks": checks, "ok": all(c["ok"] for c in checks.values()),
        }

    def drain_checks(self, plan, last_id, summaries, depth):
        """Exactly once, whatever the rules: every message applied by one
        worker, logged once as a 200 bounce with its msg: key, deleted."""
        checks = {}

        def check(name, ok, detail):
            checks[name] = {"ok": bool(ok), "detail": detail}

        failed = [s for s in summaries if s.get("outcome") != "done"]
        check("workers: every run done", not failed, f"{len(failed)} not done, e.g. {failed[:1]}")
        applied = sum(s.get("applied", 0) for s in summaries)
        check("workers: applied = messages", applied == len(plan), f"applied {applied} of {len(plan)}")
        check("queue empty afterwards", depth == {"visible": 0, "in_flight": 0}, f"{depth}")
        rows = self.sql(f"SELECT message_id, http_status, outcome FROM {self.table('quillcrm_bounce_events')} WHERE id > {last_id}")
        ids = collections.Counter(row[0] for row in rows)
        want = {p["message_id"] for p in plan}
        wrong = [row for row in rows if row[1:] != ["200", "bounce"]]
        check("log: one 200 'bounce' row per message, no other row",
              set(ids) == want and max(ids.values(), default=0) == 1 and not wrong,
              f"{len(rows)} rows for {len(want)} messages, {len(set(ids) - want)} unknown ids, "
              f"{sum(1 for v in ids.values() if v > 1)} logged twice, e.g. not 200 bounce: {wrong[:2]}")
        keys = 0
        plan_ids = sorted(want)
        for i in range(0, len(plan_ids), 500):
            in_list = ",".join(f"'msg:{m}'" for m in plan_ids[i:i + 500])
            keys += int(self.sql(f"SELECT COUNT(*) FROM {self.table('quillcrm_bounce_dedup')} WHERE dedup_key IN ({in_list})")[0][0])
        check("dedup: one msg: key per message", keys == len(plan), f"{keys} keys for {len(plan)} messages")
        hard = sorted({p["emails"][0] for p in plan if p["kind"] == "hard"})
        not_bounced = []
        for i in range(0, len(hard), 500):
            in_list = ",".join(f"'{e}'" for e in hard[i:i + 500])
            not_bounced += self.sql(f"SELECT email, status FROM {self.table('quillcrm_contacts')} "
                                    f"WHERE email IN ({in_list}) AND status <> 'bounced'")
        check("contacts: every hard-bounced address bounced", not not_bounced,
              f"{len(not_bounced)} of {len(hard)} not bounced, e.g. {not_bounced[:2]}")
        return checks

    # ------------------------------------------------------ measurement 5
    def storm_plan(self, threshold):
        """The storm's deliveries. What they must do to each contact is checked
        by the end-to-end StormTest against the plugin's own rules; this
        measurement checks what does not depend on the rules (every answer
        200, each message applied once, one exactly-once key each)."""
        rng = random.Random(20261126)
        contacts = {}  # email -> [status, count] (seeded state)
        units = []     # list of lists of message indexes (a chain is sent serially)
        msgs = []      # {kind, emails, sv, message_id, feedback_id, group}

        def msg(kind, emails, group):
            feedback = None if kind == "delivery" else f"{rng.getrandbits(64):016x}-{uuid.UUID(int=rng.getrandbits(128))}-000000"
            msgs.append({"kind": kind, "emails": emails, "sv": rng.choice("12"),
                         "message_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                         "feedback_id": feedback, "group": group})
            return len(msgs) - 1

        def contact(name, status="subscribed", count=0):
            email = f"{name}@storm.example"
            contacts[email] = [status, count]
            return email

        softs = ["soft", "expired", "undetermined"]
        # Hot: 40 contacts x 30 soft bounces, sent in bursts so many are in flight at once.
        for i in range(40):
            e = contact(f"hot-{i}")
            ids = [msg(rng.choice(softs), [e], "shared_soft") for _ in range(30)]
            for j in range(0, 30, 10):
                units.append(("burst", ids[j:j + 10]))
        # Warm: 350 contacts x 10 soft bounces, scattered.
        for i in range(350):
            e = contact(f"warm-{i}")
            for _ in range(10):
                units.append(("one", [msg(rng.choice(softs), [e], "shared_soft")]))
        for i in range(1500):
            units.append(("one", [msg("hard", [contact(f"hard-{i}")], "exact")]))
        for i in range(100):
            units.append(("one", [msg("hard", sorted([contact(f"hard2-{i}-a"), contact(f"hard2-{i}-b")]), "exact")]))
        for i in range(600):
            units.append(("one", [msg("complaint", [contact(f"complain-{i}")], "exact")]))
        for i in range(200):
            units.append(("one", [msg("complaint", [contact(f"complain-bounced-{i}", "bounced", 0)], "exact")]))
        for i in range(500):
            units.append(("one", [msg("delivery", [contact(f"deliver-reset-{i}", "subscribed", 2)], "exact")]))
        for i in range(500):
            units.append(("one", [msg("delivery", [contact(f"deliver-{i}")], "exact")]))
        for i in range(100):
            units.append(("one", [msg("not-spam", [contact(f"notspam-{i}")], "ignored")]))
        for i in range(300):
            kind = "hard" if i < 150 else ("soft" if i < 250 else "complaint")
            units.append(("one", [msg(kind, [f"unknown-{i}@storm.example"], "exact")]))
        # Chains: 200 contacts x 5 mixed events, sent serially (order defined).
        for i in range(200):
            e = contact(f"chain-{i}", "subscribed", rng.randrange(threshold))
            kinds = rng.choices(["soft", "delivery", "hard", "complaint"], weights=[55, 25, 12, 8], k=5)
            units.append(("chain", [msg(k, [e], "exact") for k in kinds]))
        # 5 % exact duplicates: resends of the same body (not of chain messages,
        # whose order is part of the model), at random positions.
        chained = {m for kind, ids in units if kind == "chain" for m in ids}
        candidates = [i for i in range(len(msgs)) if i not in chained]
        dups = rng.sample(candidates, 10000 // 20)
        for d in dups:
            units.append(("one", [d]))
        rng.shuffle(units)
        # A burst becomes consecutive single deliveries: the 32 senders pick
        # them up together, so they really are in flight at the same time.
        units = [u for kind, ids in units
                 for u in ([("one", [i]) for i in ids] if kind == "burst" else [(kind, ids)])]
        assert sum(len(ids) for _, ids in units) == 10000, sum(len(ids) for _, ids in units)
        return contacts, msgs, units, dups

    def storm(self):
        threshold = self.args.storm_threshold
        contacts, msgs, units, dups = self.storm_plan(threshold)
        log(f"measurement 5: {len(msgs)} unique deliveries + {len(dups)} duplicates, {len(contacts)} contacts; signing")
        bodies = self.sign([{k: m[k] for k in ("kind", "emails", "sv", "message_id", "feedback_id")} for m in msgs],
                           os.path.join(self.out, "storm.bodies"))
        # A clean log and dedup table, so every row can be checked; the soft
        # bounce threshold for this run (a plugin setting, restored afterwards).
        self.sql(f"TRUNCATE {self.table('quillcrm_bounce_events')}; TRUNCATE {self.table('quillcrm_bounce_dedup')}; "
                 f"DELETE FROM {self.table('quillcrm_bounce_counters')} WHERE name = 'deliveries';")
        self.set_option("quillcrm_bounce_soft_threshold", str(threshold))
        self.seed([(e, s, c) for e, (s, c) in contacts.items()])

        path = self.webhook_path(self.key)
        lock = threading.Lock()
        next_unit = [0]
        answers = []  # (msg index, status, outcome, latency s)
        transport_errors = []

        def worker():
            conn = http.client.HTTPConnection("127.0.0.1", self.stack["http_port"], timeout=60)
            while True:
                with lock:
                    if next_unit[0] >= len(units):
                        break
                    _, ids = units[next_unit[0]]
                    next_unit[0] += 1
                for i in ids:
                    for attempt in range(3):
                        t0 = time.perf_counter()
                        try:
                            status, data = self.post(conn, path, bodies[i])
                        except (OSError, http.client.HTTPException) as e:
                            transport_errors.append(f"{type(e).__name__}: {e}")
                            conn.close()
                            conn = http.client.HTTPConnection("127.0.0.1", self.stack["http_port"], timeout=60)
                            continue
                        dt = time.perf_counter() - t0
                        try:
                            outcome = json.loads(data).get("outcome")
                        except ValueError:
                            outcome = None
                        with lock:
                            answers.append((i, status, outcome, dt))
                        break
            conn.close()

        log(f"measurement 5: storm at c={self.args.storm_concurrency}")
        t0 = time.perf_counter()
        threads = [threading.Thread(target=worker) for _ in range(self.args.storm_concurrency)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - t0
        self.set_option("quillcrm_bounce_soft_threshold", "3")

        checks = self.storm_check(contacts, msgs, dups, answers, transport_errors)
        lat = sorted(a[3] * 1e3 for a in answers)
        pct = lambda q: lat[min(len(lat) - 1, int(round(q * (len(lat) - 1))))]
        result = {
            "deliveries": len(answers), "unique": len(msgs), "duplicates": len(dups), "contacts": len(contacts),
            "threshold": threshold, "concurrency": self.args.storm_concurrency, "seconds": elapsed,
            "rps": len(answers) / elapsed, "p50_ms": pct(0.5), "p99_ms": pct(0.99), "max_ms": lat[-1],
            "non_2xx": sum(1 for a in answers if not 200 <= a[1] < 300),
            "transport_errors": len(transport_errors), "checks": checks,
            "ok": all(c["ok"] for c in checks.values()),
        }
        self.raw["storm"] = result
        with open(os.path.join(self.out, "storm-answers.csv"), "w") as f:
            f.write("message_id,http_status,outcome,latency_ms\n")
            for i, s, o, dt in answers:
                f.write(f"{msgs[i]['message_id']},{s},{o},{dt * 1e3:.3f}\n")
        return result

    def storm_check(self, contacts, msgs, dups, answers, transport_errors):
        checks = {}

        def check(name, ok, detail):
            checks[name] = {"ok": bool(ok), "detail": detail}
            if not ok:
                log(f"STORM CHECK FAILED: {name}: {detail}")

        expected_outcome = {"hard": "bounce", "soft": "bounce", "expired": "bounce", "undetermined": "bounce",
                            "complaint": "complaint", "delivery": "delivery", "not-spam": "ignored"}
        copies = collections.Counter(dups)
        # Answers.
        check("answers: 10,000, all 200, none lost to transport errors",
              len(answers) == 10000 and all(a[1] == 200 for a in answers) and not transport_errors,
              f"{len(answers)} answers, statuses {dict(collections.Counter(a[1] for a in answers))}, "
              f"{len(transport_errors)} transport errors {transport_errors[:3]}")
        by_msg = collections.defaultdict(list)
        for i, s, o, _ in answers:
            by_msg[i].append(o)
        bad = []
        for i, m in enumerate(msgs):
            if m["kind"] == "delivery":
                continue
            want = expected_outcome[m["kind"]]
            n = 1 + copies[i]
            got = sorted(by_msg[i])
            exp = [want] * n if want == "ignored" else sorted([want] + ["duplicate"] * (n - 1))
            if got != exp:
                bad.append((m["message_id"], got, exp))
        check("answers: each message applied once, every resend answered 'duplicate'", not bad, f"{len(bad)} wrong, e.g. {bad[:3]}")

        # Contacts.
        n_storm = int(self.sql(f"SELECT COUNT(*) FROM {self.table('quillcrm_contacts')} WHERE email LIKE '%@storm.example'")[0][0])
        check("contacts: none created for unknown addresses", n_storm == len(contacts), f"{n_storm} storm contacts, {len(contacts)} seeded")

        # Log rows.
        ev = self.sql(f"SELECT message_id, http_status, outcome, IFNULL(error_code,''), IFNULL(notification_kind,''), "
                      f"IFNULL(feedback_id,''), IFNULL(recipients,'null') FROM {self.table('quillcrm_bounce_events')}")
        # Delivery notifications write no log row (they come once per mail
        # sent): they are counted instead, once each.
        logged = sum(1 + copies[i] for i, m in enumerate(msgs) if m["kind"] != "delivery")
        check(f"log: one row per delivery but Delivery notifications ({logged:,})", len(ev) == logged, f"{len(ev)} rows")
        counted = self.sql(f"SELECT IFNULL(MAX(count), 0) FROM {self.table('quillcrm_bounce_counters')} WHERE name = 'deliveries'")
        n_deliveries = sum(1 for m in msgs if m["kind"] == "delivery")
        check(f"deliveries: each Delivery notification counted once ({n_deliveries:,}), resends not",
              int(counted[0][0]) == n_deliveries, f"counter {counted[0][0]}")
        index = {m["message_id"]: i for i, m in enumerate(msgs)}
        kind_name = {"hard": "Bounce", "soft": "Bounce", "expired": "Bounce", "undetermined": "Bounce",
                     "complaint": "Complaint", "not-spam": "Complaint", "delivery": "Delivery"}
        rows_by_msg = collections.defaultdict(list)
        problems = []
        for mid, status, outcome, err, kind, fb, rec in ev:
            i = index.get(mid)
            if i is None:
                problems.append(f"row for unknown message {mid}")
                continue
            m = msgs[i]
            rows_by_msg[i].append(outcome)
            if status != "200" or err or kind != kind_name[m["kind"]] or fb != (m["feedback_id"] or ""):
                problems.append(f"{mid}: status {status} error {err!r} kind {kind} feedback {fb}")
        for i, m in enumerate(msgs):
            if m["kind"] == "delivery":
                continue
            want = expected_outcome[m["kind"]]
            n = 1 + copies[i]
            exp = [want] * n if want == "ignored" else sorted([want] + ["duplicate"] * (n - 1))
            if m["kind"] == "delivery":
                exp = []
            if sorted(rows_by_msg[i]) != exp:
                problems.append(f"{m['message_id']}: rows {sorted(rows_by_msg[i])}, expected {exp}")
        check("log: every row's status, kind and feedbackId as sent; each message applied once, resends 'duplicate'",
              not problems, f"{len(problems)} problems, e.g. {problems[:3]}")

        # Exactly-once keys.
        dd = dict((k, int(v)) for k, v in self.sql(
            f"SELECT LEFT(dedup_key, 3), COUNT(*) FROM {self.table('quillcrm_bounce_dedup')} GROUP BY LEFT(dedup_key, 3)"))
        exp_msg = sum(1 for m in msgs if m["kind"] != "not-spam")
        exp_fb = sum(len(m["emails"]) for m in msgs if m["kind"] not in ("not-spam", "delivery"))
        check("dedup: one msg: key per applied message, one fb: key per feedbackId+address (zero duplicates applied)",
              dd.get("msg", 0) == exp_msg and dd.get("fb:", 0) == exp_fb,
              f"msg: {dd.get('msg', 0)} (model {exp_msg}), fb: {dd.get('fb:', 0)} (model {exp_fb})")
        return checks


def machine():
    cpu, flags = "unknown", []
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name") and cpu == "unknown":
            cpu = line.split(":", 1)[1].strip()
        if line.startswith("flags") and not flags:
            flags = line.split(":", 1)[1].split()
    return {
        # SHA extensions (x86 sha_ni, Arm sha1/sha2) make the hash of the
        # string to sign several times cheaper: say which kind of CPU ran.
        "sha_extensions": "sha_ni" in flags or ("sha1" in flags and "sha2" in flags),
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "uname": run(["uname", "-a"]).strip(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "php": run(["php", "-r", "echo PHP_VERSION;"]).strip(),
        "openssl": run(["openssl", "version"]).strip(),
        "wrk": run(["sh", "-c", "wrk --version 2>&1 | head -1"]).strip(),
        "mariadb": run(["mariadbd", "--version"]).strip(),
        "git": run(["git", "-C", os.path.dirname(HERE), "rev-parse", "--short", "HEAD"]).strip(),
        "loadavg": loadavg(),
    }


def loadavg():
    return " ".join(open("/proc/loadavg").read().split()[:3])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", required=True)
    ap.add_argument("--so", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--stack-dir", required=True)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--only", default="1,2,3,4,5,6")
    ap.add_argument("--openssl-seconds", type=int, default=1)
    ap.add_argument("--micro-repeats", type=int, default=3)
    ap.add_argument("--micro-calls", type=int, default=10000)
    ap.add_argument("--core-speed", default=os.path.join(HERE, "..", "target", "release", "examples", "core_speed"))
    ap.add_argument("--core-calls", type=int, default=2000)
    ap.add_argument("--plain-calls", type=int, default=3000)
    ap.add_argument("--cold-runs", type=int, default=24)
    ap.add_argument("--callgrind-calls", type=int, default=400)
    ap.add_argument("--memory-calls", type=int, default=100000)
    ap.add_argument("--memory-warmup", type=int, default=10000)
    ap.add_argument("--wrk-seconds", type=int, default=8)
    ap.add_argument("--wrk-pool", type=int, default=5000)
    ap.add_argument("--drain-messages", type=int, default=2000, help="messages per drain run (0: no drain runs)")
    ap.add_argument("--drain-workers", default="1,3", help="worker counts, one drain run per round each")
    ap.add_argument("--storm-threshold", type=int, default=20)
    ap.add_argument("--storm-concurrency", type=int, default=32)
    args = ap.parse_args()
    only = set(args.only.split(","))
    b = Bench(args)
    results = {"machine": machine(), "args": vars(args)}
    log(f"machine: {results['machine']['cpu']}, {results['machine']['cores']} cores; output {args.out}")
    if only & {"1", "2", "3"}:
        results["micro_cold"] = b.micro_and_cold()
        results["callgrind"] = b.callgrind()
    if "6" in only:
        log("measurement 6: memory")
        results["memory"] = b.memory()
    if only & {"4", "5"}:
        b.prepare_site()
    if "4" in only:
        results["e2e"] = b.e2e()
    if "5" in only:
        results["storm"] = b.storm()
    results["raw"] = b.raw
    results["loadavg_end"] = loadavg()
    with open(os.path.join(args.out, "results.json"), "w") as f:
        json.dump(results, f, indent=1)
    sys.path.insert(0, HERE)
    import report  # noqa: E402
    table = report.write(results, args.out)
    print(table)
    return 0 if report.all_checks_ran(results) else 1


if __name__ == "__main__":
    sys.exit(main())
