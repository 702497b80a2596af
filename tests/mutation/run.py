#!/usr/bin/env python3
"""Mutation run: applies each mutation of mutations.json to a copy of the project, rebuilds the tests
of its group and runs them; a mutation the tests do not notice has SURVIVED. Not part of the test
command (it rebuilds once per mutation). Prints a table and writes it to BUILD/mutation-results.md.

    python3 tests/mutation/run.py [--build build-mutation] [--only M01,M02] [--jobs 2] [--in-place]

By default the project is copied to BUILD/src (its tracked and new files, refreshed each run) and built in
BUILD/src/build with ccache; each mutation edits one file of the copy and puts it back afterwards.
--in-place mutates the project's own files instead (each put back at once, also on Ctrl+C) and builds in
BUILD: the test executables' compiled-in paths are then those of build/, so ccache serves everything
but the mutated file — much faster on a busy machine. Do not edit or commit while it runs.
"""
import argparse, json, os, shutil, signal, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# The tests that cover each area; a mutation runs its whole group, never a hand-picked test. (The whole
# suite would kill at least as many; the groups keep one mutation to a few minutes on two cores.)
GROUPS = {
    "rules": ["tst_rules", "tst_ruleterms", "tst_validator", "tst_carryforward"],
    "storage": ["tst_reportstore", "tst_syncedsaves", "tst_migrations", "tst_reportdocument"],
    "document": ["tst_reportdocument", "tst_syncedsaves"],
    "parser": ["tst_valueparser", "tst_reportdocument"],
    "labels": ["tst_pinnedlabels", "tst_publishing"],
}


def sh(cmd, cwd, env=None, log=None, timeout=None):
    with open(log, "a") if log else open(os.devnull, "w") as out:
        out.write("$ " + " ".join(cmd) + "\n")
        out.flush()
        child = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            return child.wait(timeout=timeout)
        finally:
            if child.poll() is None:  # stopped (Ctrl+C, kill): the build or test goes too
                os.killpg(child.pid, signal.SIGTERM)
                child.wait()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", default=os.path.join(ROOT, "build-mutation"))
    parser.add_argument("--only", default="")
    parser.add_argument("--jobs", default="2")
    parser.add_argument("--in-place", action="store_true")
    args = parser.parse_args()
    # A kill puts the mutated file back too (the finally below).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("stopped"))
    build = os.path.abspath(args.build)
    src = ROOT if args.in_place else os.path.join(build, "src")
    bin_dir = build if args.in_place else os.path.join(src, "build")
    log = os.path.join(build, "mutation.log")
    os.makedirs(build, exist_ok=True)
    open(log, "w").close()

    env = dict(os.environ)
    env.setdefault("CCACHE_DIR", os.path.join(os.path.dirname(ROOT), ".ccache"))
    env.setdefault("CCACHE_BASEDIR", os.path.dirname(os.path.dirname(ROOT)))
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.setdefault("NIANBAO_SHARED_DIR", os.path.join(os.path.dirname(ROOT), "shared"))

    # A fresh copy of the project as it is now (tracked files and new ones not ignored).
    files = [] if args.in_place else subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT,
                                                    check=True, stdout=subprocess.PIPE).stdout.decode().split("\0")
    for name in filter(None, files):
        source = os.path.join(ROOT, name)
        if not os.path.isfile(source):
            continue
        target = os.path.join(src, name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        if not os.path.exists(target) or open(source, "rb").read() != open(target, "rb").read():
            shutil.copy2(source, target)
    if not os.path.exists(os.path.join(bin_dir, "build.ninja")):
        # The copy has no ../shared beside it; in place, the default path is kept so that the tests'
        # compiled-in paths, and so their ccache entries, are those of build/.
        shared = [] if args.in_place else ["-DNIANBAO_SHARED_DIR=" + env["NIANBAO_SHARED_DIR"]]
        if sh(["cmake", "-S", ".", "-B", bin_dir, "-G", "Ninja", "-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"] + shared,
              src, env, log) != 0:
            sys.exit("configure failed, see " + log)

    mutations = json.load(open(os.path.join(HERE, "mutations.json"), encoding="utf-8"))
    if args.only:
        wanted = set(args.only.split(","))
        mutations = [m for m in mutations if m["id"] in wanted]

    def build_and_test(tests):
        targets = [t for t in tests]
        if sh(["nice", "cmake", "--build", bin_dir, "--target"] + targets + ["--", "-j", args.jobs], src, env, log) != 0:
            return "build failed"
        pattern = "^(" + "|".join(tests) + ")$"
        code = sh(["ctest", "--test-dir", bin_dir, "-R", pattern, "--output-on-failure", "-j", args.jobs, "--timeout", "300"],
                  src, env, log)
        return "pass" if code == 0 else "fail"

    # The unmutated project must pass, or every mutation would look killed.
    groups = sorted({m["tests"] for m in mutations})
    for group in groups:
        baseline = build_and_test(GROUPS[group])
        if baseline != "pass":
            sys.exit("baseline of group %s: %s (see %s)" % (group, baseline, log))

    rows = []
    for m in mutations:
        path = os.path.join(src, m["file"])
        original = open(path, encoding="utf-8").read()
        count = original.count(m["find"])
        started = time.time()
        if count != 1:
            verdict = "not applied (found %d times)" % count
        else:
            open(path, "w", encoding="utf-8").write(original.replace(m["find"], m["replace"]))
            try:
                outcome = build_and_test(GROUPS[m["tests"]])
            finally:
                open(path, "w", encoding="utf-8").write(original)
            verdict = {"fail": "killed", "pass": "SURVIVED", "build failed": "does not build"}[outcome]
        rows.append((m["id"], m["what"], m["file"], m["tests"], verdict, time.time() - started))
        print("%s  %-8s %s" % (m["id"], verdict, m["what"]), flush=True)

    killed = sum(1 for r in rows if r[4] == "killed")
    lines = ["| id | mutation | file | tests | result |", "|---|---|---|---|---|"]
    lines += ["| %s | %s | `%s` | %s | %s |" % (r[0], r[1], r[2], r[3], r[4]) for r in rows]
    lines.append("")
    lines.append("%d of %d mutations killed." % (killed, len(rows)))
    table = "\n".join(lines)
    open(os.path.join(build, "mutation-results.md"), "w", encoding="utf-8").write(table + "\n")
    print()
    print(table)
    sys.exit(0 if killed == len(rows) else 1)


if __name__ == "__main__":
    main()
