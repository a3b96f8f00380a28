"""Turns bench.py's results into report.md (+ medians.csv) and the printed table."""
import os


def _yes(ok):
    return "**met**" if ok else "**missed**"


def all_checks_ran(results):
    return all(k in results for k in ("micro_cold", "callgrind", "memory", "e2e", "storm"))


# The process kinds of bench.py's SERVER_PROCESSES, with their names in the report.
PROCESS_LABELS = (("php", "PHP"), ("mariadb", "MariaDB"), ("nginx", "nginx"))


def _cpu_split(bounce, nolog):
    """Where a bounce's extra server CPU goes, by process kind, against the
    403."""
    if not nolog or any(f"{kind}_cpu_ms_per_req" not in bounce for kind, _ in PROCESS_LABELS):
        return ""
    parts = ", ".join(f"{label} {bounce[f'{kind}_cpu_ms_per_req']:.2f} vs {nolog[f'{kind}_cpu_ms_per_req']:.2f}"
                      for kind, label in PROCESS_LABELS)
    return f"; CPU ms per request by process, bounce vs 403: {parts}"


def write(results, out):
    m = results["machine"]
    rows = []  # (no, measurement, result, target, verdict)
    medians = []  # (name, value, unit)
    rounds = results["args"]["rounds"]

    mc = results.get("micro_cold")
    cg = results.get("callgrind")
    if mc:
        v = mc["openssl_verify_us"]
        medians.append(("openssl speed rsa2048 verify", v, "µs"))
        for sv in ("1", "2"):
            e = mc[f"ext_v{sv}_cpu_us"]
            # The verdict: the median of the per-round ratios (each measured
            # back to back), less disturbed by other load than a ratio of medians.
            ratio = mc.get(f"ext_v{sv}_ratio_to_openssl", e / v)
            ir = cg[f"v{sv}"] if cg else None
            extra = (f"; callgrind: {ir['php_function'] / 1e3:.0f}k instructions/call, "
                     f"{ir['ratio_php_function_to_rsa_verify']:.2f}× the aws-lc RSA verify inside it") if ir else ""
            split = ""
            if f"core_v{sv}_verify_us" in mc:
                fv, fh = mc[f"core_v{sv}_verify_us"], mc[f"core_v{sv}_handle_us"]
                split = (f". Where it goes (Rust, same rounds): aws-lc-rs SHA + RSA verify of the "
                         f"{mc[f'core_v{sv}_string_to_sign_bytes']:.0f}-byte string to sign alone {fv:.1f} µs = "
                         f"**{mc[f'core_v{sv}_verify_ratio_to_openssl']:.2f}×** `openssl speed`; the whole pure core "
                         f"(key, JSON, string to sign, verify, SES) {fh:.1f} µs = "
                         f"{mc[f'core_v{sv}_handle_ratio_to_openssl']:.2f}×; PHP call and arrays ≈ "
                         f"{mc.get(f'ext_v{sv}_php_part_us', e - fh):.1f} µs. Budget: "
                         + ("1.5× of the floor" if f"ext_v{sv}_ratio_to_floor" in mc else "1.3× of `openssl speed`")
                         + " leaves "
                         + (f"{0.5 * fv:.1f} µs" if f"ext_v{sv}_ratio_to_floor" in mc else
                            (f"{1.3 * v - fv:.1f} µs" if 1.3 * v > fv else "nothing (the crypto alone is over 1.3×)"))
                         + f" beside the SHA + RSA verify for JSON, string to sign, classification and PHP; this call "
                         f"spends {e - fv:.1f} µs on them")
            if f"ext_v{sv}_ratio_to_floor" in mc:
                # The guard: against the crypto floor of the same rounds
                # (aws-lc-rs hashing and verifying the same string to sign).
                floor_ratio = mc[f"ext_v{sv}_ratio_to_floor"]
                outside = (f"; callgrind: {ir['outside_verify_and_hash'] / 1e3:.1f}k instructions outside the RSA "
                           f"verify and the hash (of {ir['php_function'] / 1e3:.0f}k)") if ir and "outside_verify_and_hash" in ir else ""
                rows.append((
                    "1", f"warm `quillcrm_sns_handle()`, SignatureVersion {sv}, against the crypto floor",
                    f"{e:.1f} µs/call CPU vs aws-lc-rs SHA + RSA verify of the same string to sign "
                    f"{mc[f'core_v{sv}_verify_us']:.1f} µs = **{floor_ratio:.2f}×** (median of the per-round ratios){outside}; "
                    f"against `openssl speed`'s bare verify ({v:.1f} µs, no hashing): {ratio:.2f}×{split}",
                    "≤ 1.5×", _yes(floor_ratio <= 1.5)))
            else:
                rows.append((
                    "1", f"warm `quillcrm_sns_handle()`, SignatureVersion {sv}",
                    f"{e:.1f} µs/call CPU ({mc[f'ext_v{sv}_wall_us']:.1f} wall) vs `openssl speed` verify {v:.1f} µs "
                    f"= **{ratio:.2f}×** (median of the ratios to the `openssl speed` run just before each){extra}{split}",
                    "≤ 1.3×", _yes(ratio <= 1.3)))
            if f"core_v{sv}_verify_us" in mc:
                medians += [(f"core v{sv} aws-lc-rs verify (crypto floor)", mc[f"core_v{sv}_verify_us"], "µs/call"),
                            (f"core v{sv} handler::handle", mc[f"core_v{sv}_handle_us"], "µs/call")]
            medians += [(f"ext v{sv} CPU", e, "µs/call"), (f"ext v{sv} wall", mc[f"ext_v{sv}_wall_us"], "µs/call")]
        for sv in ("1", "2"):
            p, e = mc[f"plain_v{sv}_cpu_us"], mc[f"ext_v{sv}_cpu_us"]
            parts = ", ".join(f"{name} {mc[f'plain_v{sv}_part_{key}_cpu_us']:.1f}"
                              for name, key in (("json+string to sign+classify", "json_sts_classify"),
                                                ("read PEM", "read_pem"),
                                                ("openssl_pkey_get_public", "pkey_get_public"),
                                                ("openssl_verify", "openssl_verify")))
            rows.append((
                # Written the way AWS's own PHP validator (aws/aws-php-sns-message-validator,
                # MessageValidator::validate) works: openssl_get_publickey() on the PEM and
                # openssl_verify() per message; here the PEM comes from a local file instead
                # of being fetched for every message.
                "2", f"AWS's approach in plain PHP (plain-PHP verifier) vs extension, SignatureVersion {sv}",
                f"{p:.1f} vs {e:.1f} µs/call = **{p / e:.1f}× faster** (plain PHP split, µs: {parts})",
                "≥ 5×", _yes(p / e >= 5)))
            medians.append((f"plain PHP v{sv} CPU", p, "µs/call"))
            if f"polyfill_v{sv}_cpu_us" in mc:
                f = mc[f"polyfill_v{sv}_cpu_us"]
                rows.append((
                    "2", f"the plugin's plain-PHP fallback (php/polyfill/), SignatureVersion {sv}",
                    f"{f:.1f} µs/call: **{f / p:.2f}×** the plain-PHP verifier's {p:.1f} µs; "
                    f"the extension is {f / e:.1f}× faster than the fallback",
                    "≤ 1× the plain verifier", _yes(f <= p)))
                medians.append((f"fallback v{sv} CPU", f, "µs/call"))
        # Loading: the median of paired differences (same iteration) of
        # `php -n` processes with and without the extension.
        load = mc.get("load_delta_ms", mc["proc_ext_nocall_ms"] - mc["proc_noext_ms"])
        first = mc["cold_disk_first_us"] / 1e3
        whole = mc.get("call_disk_delta_ms", mc["proc_ext_call_disk_ms"] - mc["proc_noext_ms"])
        counted = (f"; callgrind: loading is {cg['load_instructions'] / 1e3:.0f}k instructions"
                   if cg and "load_instructions" in cg else "")
        rows.append((
            "3", "cold, certificate in the disk cache (fresh `php -n` per run)",
            f"first call {first:.2f} ms (hrtime; 2nd call {mc['cold_disk_second_us']:.0f} µs) + loading the .so "
            f"{load:.2f} ms (median paired CPU difference{counted}) = **{first + load:.2f} ms**; whole process with "
            f"the call vs without the extension: +{whole:.2f} ms CPU ({mc['proc_ext_call_disk_ms']:.1f} vs "
            f"{mc['proc_noext_ms']:.1f} ms)",
            "< 1 ms incl. loading", _yes(first + load < 1.0)))
        if cg and "so_bytes" in cg:
            rows.append(("3", "size of the `.so` (release build)", f"**{cg['so_bytes'] / 1e6:.2f} MB** "
                         f"({cg['so_bytes']:,} bytes)", "report", "—"))
        rows.append((
            "3", "cold, empty cache, certificate from the local HTTPS stand-in",
            f"first call **{mc['cold_network_first_us'] / 1e3:.2f} ms**; process CPU time {mc['proc_ext_call_network_ms']:.1f} ms",
            "report", "—"))
        for k in ("proc_noext_ms", "proc_ext_nocall_ms", "proc_ext_call_disk_ms", "proc_ext_call_network_ms",
                  "load_delta_ms", "call_disk_delta_ms"):
            medians.append((k + " (CPU)", mc[k], "ms"))
            if k.replace("_ms", "_wall_ms") in mc:
                medians.append((k.replace("_ms", "_wall_ms"), mc[k.replace("_ms", "_wall_ms")], "ms"))
        medians += [("cold disk first call", mc["cold_disk_first_us"], "µs"),
                    ("cold network first call", mc["cold_network_first_us"], "µs")]
        if cg:
            for sv in ("1", "2"):
                for k, val in cg[f"v{sv}"].items():
                    medians.append((f"callgrind v{sv} {k}", val, "Ir/call" if not k.startswith("ratio") else "×"))

    e2e = results.get("e2e")
    if e2e:
        for c in (8, 32):
            b, w, t = e2e[f"bounce_c{c}"], e2e[f"wrong_key_403_c{c}"], e2e[f"themed_page_c{c}"]
            ratio = e2e[f"ratio_c{c}"]
            # Runs before the wrong-key counter also measured a 403 with no
            # database work; the verdict is taken against it when present.
            n = e2e.get(f"wrong_key_403_nolog_c{c}")
            # Against the plugin's own wrong-key 403 as it ships.
            verdict_ratio = ratio
            p99_ratio = e2e.get(f"p99_ratio_c{c}", b["p99_us"] / w["p99_us"])
            rows.append((
                "4", f"wrk c={c}: signed bounces vs the plugin's wrong-key 403 as it ships",
                f"{b['rps']:.0f} vs {w['rps']:.0f} req/s = **{verdict_ratio:.2f}×** (median of the per-round ratios); "
                f"p99 {b['p99_us'] / 1e3:.1f} vs {w['p99_us'] / 1e3:.1f} ms = **{p99_ratio:.2f}×**; bounce p50 "
                f"{b['p50_us'] / 1e3:.1f} ms"
                + (f"; server CPU per request: bounce {b['server_cpu_ms_per_req']:.2f}, 403 "
                   f"{w['server_cpu_ms_per_req']:.2f} ms" if "server_cpu_ms_per_req" in b else "")
                + _cpu_split(b, w)
                + (f"; InnoDB during the bounce run: {b['row_lock_waits']:.0f} row-lock waits ({b['row_lock_ms']:.0f} ms "
                   f"in all), {b['deadlocks']:.0f} deadlocks" if "row_lock_waits" in b else ""),
                "≥ 0.9×, p99 ≤ 1.25×",
                _yes(verdict_ratio >= 0.9 and p99_ratio <= 1.25)))
            rows.append((
                "4", f"wrk c={c}: themed front page (twentytwentythree), for scale",
                f"{t['rps']:.1f} req/s, p50 {t['p50_us'] / 1e3:.0f} ms, p99 {t['p99_us'] / 1e3:.0f} ms "
                + (f"(the bounce webhook is {b['rps'] / t['rps']:.0f}× its throughput)" if t["rps"] else "(no page completed)"), "report", "—"))
            for name, j in (("bounce", b), ("403", w), ("403 no log", n or {}), ("page", t)):
                for f in ("rps", "p50_us", "p90_us", "p99_us", "lat_max_us", "server_cpu_ms_per_req",
                          "row_lock_waits", "row_lock_ms", "deadlocks") + tuple(
                        f"{kind}_cpu_ms_per_req" for kind, _ in PROCESS_LABELS):
                    if f in j:
                        unit = {"rps": "req/s", "row_lock_waits": "waits", "row_lock_ms": "ms", "deadlocks": "deadlocks"}.get(
                            f, "ms/req" if f.endswith("_ms_per_req") else "µs")
                        medians.append((f"wrk c={c} {name} {f}", j[f], unit))
        drains = e2e.get("drain") or []
        if isinstance(drains, dict):  # a run of one worker count (before "1,3")
            drains = [dict(drains, ratio=e2e["drain_ratio"], cpu_ratio=e2e["drain_cpu_ratio"])]
        for d in drains:
            b = e2e["bounce_c8"]
            w = d["workers"]
            rows.append((
                "4", f"the SQS queue drained by {w} `bin/drain.php` worker{'s' if w > 1 else ''} at once "
                f"({d['messages']:,} signed bounces of the same kinds per round, up to 10 per receive) vs the webhook's "
                "signed bounces at c=8",
                f"{d['rate']:.0f} vs {b['rps']:.0f} bounces/s = **{d['ratio']:.2f}×** (median of the per-round ratios; "
                f"time from the workers' start to the last delete, {d['seconds']:.2f} s); site CPU per bounce: drain "
                f"{d['site_cpu_ms_per_msg']:.2f} ms (PHP {d['php_cpu_ms_per_msg']:.2f}, MariaDB {d['mariadb_cpu_ms_per_msg']:.2f}) "
                f"vs webhook {b['server_cpu_ms_per_req']:.2f} ms = **{d['cpu_ratio']:.2f}× less**; the AWS "
                f"stand-in (moto and its HTTPS front, on the same cores) {d['aws_standin_cpu_ms_per_msg']:.2f} ms per "
                "message; database: " + ("**exact in every round**" if d["ok"] else "**NOT exact (see the problems row)**"),
                "≥ 3×, DB exact", _yes(d["ratio"] >= 3 and d["ok"])))
            for f in ("rate", "seconds", "site_cpu_ms_per_msg", "php_cpu_ms_per_msg", "mariadb_cpu_ms_per_msg",
                      "aws_standin_cpu_ms_per_msg"):
                medians.append((f"drain {w}w {f}", d[f], "bounces/s" if f == "rate" else "s" if f == "seconds" else "ms"))
            medians += [(f"drain {w}w / webhook c=8 bounces per second", d["ratio"], "×"),
                        (f"webhook c=8 / drain {w}w CPU per bounce", d["cpu_ratio"], "×")]
        if e2e["problems"]:
            rows.append(("4", "wrk sanity", "; ".join(e2e["problems"]), "none", "**failed**"))

    st = results.get("storm")
    if st:
        failed = [name for name, c in st["checks"].items() if not c["ok"]]
        rows.append((
            "5", f"storm: {st['deliveries']:,} deliveries ({st['duplicates']} exact duplicates) at c={st['concurrency']}",
            f"{st['rps']:.0f} deliveries/s ({st['seconds']:.1f} s), p50 {st['p50_ms']:.1f} ms, p99 {st['p99_ms']:.1f} ms, "
            f"max {st['max_ms']:.0f} ms; non-2xx {st['non_2xx']}; database vs model: "
            + ("**all {} checks pass**".format(len(st["checks"])) if not failed else "**FAILED: " + "; ".join(failed) + "**"),
            "DB = model exactly, 0 non-2xx", _yes(st["ok"] and st["non_2xx"] == 0)))
        for k in ("rps", "p50_ms", "p99_ms", "max_ms"):
            medians.append((f"storm {k}", st[k], k.split("_")[-1] if "_" in k else "deliveries/s"))

    mem = results.get("memory")
    if mem:
        g = mem["growth_kib"]
        rows.append((
            "6", f"memory: {mem['calls']:,} calls in one process",
            f"VmRSS {mem['rss_warm_kib']} KiB after {mem['warmup']:,} warm-up calls, {mem['rss_end_kib']} KiB at the end: "
            f"growth **{g} KiB** (peak {mem['peak_growth_kib']} KiB; PHP heap {mem['heap_growth_b']} B)",
            "< 1 MiB", _yes(g < 1024)))
        medians.append(("memory RSS growth", g, "KiB"))

    head = [
        f"Date: {m['date']} · git {m['git']}",
        f"Machine: `{m['uname']}`",
        f"CPU: {m['cpu']}" + {True: " (with SHA instructions)", False: " (no SHA instructions)"}.get(m.get("sha_extensions"), "")
        + f", {m['cores']} cores (shared VM) · {m['php']} PHP · {m['openssl']} · {m['mariadb']} · {m['wrk']}",
        f"Load average (1/5/15 min) at start {m.get('loadavg', '?')}, at end {results.get('loadavg_end', '?')} "
        "(other work on the machine shares the 2 cores).",
        f"Medians of {rounds} interleaved rounds unless noted; CPU time = user + system of the process "
        "(what `openssl speed` reports).",
        "",
        "| # | Measurement | Result | Target | |",
        "|---|---|---|---|---|",
    ]
    table = "\n".join(head + [f"| {a} | {b} | {c} | {d} | {e} |" for a, b, c, d, e in rows])
    md = ["# QuillCRM SNS benchmark", "", table, ""]
    if st:
        md += ["## Storm checks (database vs model)", ""]
        md += [f"- {'ok' if c['ok'] else 'FAILED'}: {name} — {c['detail']}" for name, c in st["checks"].items()]
        md.append("")
    md += ["## Raw medians", "", "| quantity | median | unit |", "|---|---|---|"]
    md += [f"| {n} | {v:.3f} | {u} |" for n, v, u in medians]
    md += ["", "Every round's numbers: `results.json` (key `raw`); storm answers: `storm-answers.csv`."]
    with open(os.path.join(out, "report.md"), "w") as f:
        f.write("\n".join(md) + "\n")
    with open(os.path.join(out, "medians.csv"), "w") as f:
        f.write("quantity,median,unit\n")
        f.writelines(f"\"{n}\",{v:.6g},{u}\n" for n, v, u in medians)
    return table


if __name__ == "__main__":
    # Rewrite report.md from a finished run: python3 bench/report.py bench/out/<timestamp>
    import json
    import sys
    out_dir = sys.argv[1]
    with open(os.path.join(out_dir, "results.json")) as f:
        print(write(json.load(f), out_dir))
