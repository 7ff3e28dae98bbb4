#!/usr/bin/python3
"""`pymes publish` when things go wrong (issue 28, item 8):

- killed (-9) while it writes: the working folders it leaves beside the site are removed by the
  next run, and the site is always whole, the old one or the new one;
- over a site it cannot replace (read-only folders: as root, the publisher is `nobody`): exit
  73, the old site as it was, nothing left beside it;
- on a full disk (a 300 KiB tmpfs in a user namespace): exit 74, the old site as it was, nothing
  left beside it.

    publish_faults.py PYMES DEMO-REGISTRY-SCRIPT
"""
import hashlib
import os
import signal
import subprocess
import sys
import tempfile
import time

pymes = os.path.abspath(sys.argv[1])
demo_script = os.path.abspath(sys.argv[2])
failures = []
env = {"PATH": os.path.dirname(pymes) + ":/usr/bin:/bin", "PYMES_TODAY": "2026-11-25",
       "TZ": "UTC", "LANG": "C.UTF-8", "LANGUAGE": "en", "USER": "tester"}


def check(ok, what):
    if not ok:
        failures.append(what)


def tree(folder):
    """Every file under folder with its bytes' hash: the site as a server would serve it."""
    out = {}
    for root, dirs, files in os.walk(folder):
        for f in files:
            p = os.path.join(root, f)
            out[os.path.relpath(p, folder)] = hashlib.sha256(open(p, "rb").read()).hexdigest()
    return out


def working(folder):
    return sorted(n for n in os.listdir(folder) if ".new-" in n)


with tempfile.TemporaryDirectory(prefix="pymes-publish-") as work:
    os.chmod(work, 0o755)
    env["HOME"] = work
    demo = os.path.join(work, "demo.db")
    small = os.path.join(work, "small.db")
    subprocess.run(["sh", demo_script, demo], env=dict(env, PYMES="pymes"), cwd=work,
                   capture_output=True, check=True)
    subprocess.run([pymes, "-q", "-R", small, "init"], env=env, cwd=work, check=True)

    def publish(registry, target, prefix=(), **kw):
        return subprocess.run(list(prefix) + [pymes, "-q", "-R", registry, "publish", target],
                              env=env, cwd=work, capture_output=True, text=True, **kw)

    # 1. kill -9 while the working folder is being written, three times.
    site = os.path.join(work, "site")
    check(publish(small, site).returncode == 0, "first publication")
    kills = attempts = 0
    while kills < 3 and attempts < 200:
        attempts += 1
        p = subprocess.Popen([pymes, "-q", "-R", demo, "publish", site], env=env, cwd=work,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        mine = f".site.new-{p.pid}-"
        while p.poll() is None:
            if any(n.startswith(mine) for n in os.listdir(work)):
                os.kill(p.pid, signal.SIGKILL)
                p.wait()
                kills += 1
                break
        p.wait()
        listed = [l for l in open(os.path.join(site, ".pymes-manifest")).read().splitlines()
                  if not l.startswith("#")]
        check(all(os.path.isfile(os.path.join(site, l)) for l in listed),
              "the site is whole after a kill: every file its manifest lists is there")
    check(kills == 3, f"killed while writing 3 times (got {kills} in {attempts} runs)")
    left = working(work)
    check(len(left) >= 1, f"a killed run leaves its working folder (the case to clean): {left}")
    r = publish(demo, site)
    check(r.returncode == 0, f"publication after the kills: {r.returncode} {r.stderr}")
    check(working(work) == [], f"working folders of killed runs removed: {working(work)}")
    check(os.path.exists(os.path.join(site, "feed.xml")), "the site is there")

    # 2. A read-only site: refused with 73, the old site unchanged, nothing left beside it.
    ro = os.path.join(work, "ro")
    os.mkdir(ro)
    os.chmod(ro, 0o777)
    ro_site = os.path.join(ro, "site")
    prefix = []
    if os.geteuid() == 0:
        prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        os.chmod(demo, 0o644)
        os.chmod(small, 0o644)
    r = publish(small, ro_site, prefix)
    check(r.returncode == 0, f"publication as the second user: {r.returncode} {r.stderr}")
    for root, dirs, files in os.walk(ro_site):
        os.chmod(root, 0o555)
    old = tree(ro_site)
    r = publish(demo, ro_site, prefix)
    check(r.returncode == 73, f"a read-only site: exit {r.returncode} (73): {r.stderr}")
    check("cannot replace" in r.stderr, f"a read-only site: the message: {r.stderr}")
    check(tree(ro_site) == old, "a read-only site: unchanged")
    check(working(ro) == [], f"a read-only site: nothing beside it: {working(ro)}")
    for root, dirs, files in os.walk(ro_site):
        os.chmod(root, 0o755)

    # 3. A full disk: 74, the old site unchanged, nothing beside it. The small site fits in
    # 300 KiB, the demo's does not.
    full = os.path.join(work, "full")
    os.mkdir(full)
    script = ('mount -t tmpfs -o size=300k tmpfs "$1" && "$2" -q -R "$3" publish "$1/site" && '
              'cp -r "$1/site" "$1/../before" && "$2" -q -R "$4" publish "$1/site"; '
              'echo "exit $?"; diff -r "$1/site" "$1/../before" && ls -A "$1"')
    r = subprocess.run(["unshare", "-rm", "sh", "-c", script, "sh", full, pymes, small, demo],
                       env=env, cwd=work, capture_output=True, text=True)
    if "exit" not in r.stdout:
        print(f"SKIP: no tmpfs in a user namespace here: {r.stderr.strip()}")
        sys.exit(77)
    check(r.stdout.splitlines() == ["exit 74", "site"],
          f"a full disk: exit 74, the old site as it was, nothing beside it: {r.stdout!r}")
    check("No space left on device" in r.stderr, f"a full disk: the message: {r.stderr}")

for f in failures:
    print("FAIL:", f)
print(f"{0 if failures else 1} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
