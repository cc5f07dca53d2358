"""Time to an ALG verdict as a whole process, beside a bare Python, and where it goes.

    .venv/bin/python -m tests.bench.startup_bench [--runs 20] [--instructions]   # loopback
    sudo .venv/bin/python -m tests.bench.startup_bench --lab [--runs 20]
    sudo .venv/bin/python -m tests.bench.startup_bench --lab --ruby-detector DIR

Runs ``sipalg probe --reflector … --no-router --no-stun --json`` (the ALG
verdict alone) through the venv's ``sipalg`` console script, the same through
``python -m app.cli.main``, and ``python -c pass``, alternately, and prints
the median, min and max of each with the load average (other jobs share the
machine). With ``--lab`` the timing loop itself runs inside the lab's LAN
namespace, behind the kernel NAT, so ``ip netns exec`` (60–70 ms) is not
counted for either. Then ``-X importtime`` of one probe lists the modules that
cost the most, the usual answer to "where does the time go".

Install mode: the set-up's strict editable install (a link tree under build/,
no import hook) costs the same as a regular install; what matters is bytecode.
A regular install compiles it, and a checkout writes ``__pycache__`` on first
run, but with ``PYTHONDONTWRITEBYTECODE`` set (some shells and CI do) every
run would compile every module again. So the bench compiles both trees
first, and every timed run loads bytecode as an installed copy does.

``--instructions`` also counts the instructions each command executes under
valgrind (callgrind's ``Ir``): unlike milliseconds, the count does not depend
on what else the machine is doing.

``--ruby-detector DIR`` (with ``--lab``): DIR is an extracted copy of the
widely used Ruby detector (github.com/ibc/sip-alg-detector; the bench fetches
nothing). Its daemon runs on the internet host's second address, port 5060,
and its client (UDP then TCP test, non-interactive) joins the same
alternating loop, so all rows are timed in the same minutes: as run by
default, and with ``ruby --disable-gems`` (its lower bound: the client uses
no gem, and loading RubyGems is most of its time). See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.lab.netns import Lab

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(sys.executable).with_name("sipalg")

RUBY_ROW = "ruby sip-alg-detector (client)"
# The same client without RubyGems, which it does not use: on Debian loading RubyGems is
# most of the detector's time, so this row is its lower bound.
RUBY_LEAN_ROW = "ruby --disable-gems, same client"
RUBY_CLIENT = Path("client/sip-alg-detector.rb")
RUBY_DAEMON = Path("server/sip-alg-detector-daemon.rb")
# The client's exit status is two digits, UDP test then TCP test; 1 means "no ALG".
RUBY_CLEAN = 11

# The Ruby daemon requires two libraries that Debian's ruby lacks: `gserver`
# (in Ruby's standard library until 2.2, a gem since, not packaged by Debian)
# and the `daemons` gem (ruby-daemons), whose daemonize() would detach it from
# the lab. These stand-ins, loaded ahead of any installed gem with `ruby -I`,
# give it what it uses: a threaded TCP server calling serve(io) for each
# connection, and a daemonize() that keeps it in the foreground with
# unbuffered output (the lab waits for its "UDP Listener started" line and
# stops it with the lab's other processes).
RUBY_STANDINS = {
    "gserver.rb": """\
require "socket"

class GServer
  def initialize(port, host = "0.0.0.0", *)
    @listener = TCPServer.new(host, port)
  end

  def start
    @acceptor = Thread.new do
      loop do
        Thread.new(@listener.accept) do |io|
          serve(io)
        ensure
          io.close unless io.closed?
        end
      end
    end
    self
  end

  def join
    @acceptor.join
  end
end
""",
    "daemons.rb": """\
$stdout.sync = true

module Daemonize
  def daemonize(*)
  end
end
""",
}


def _time(argv: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, check=False, capture_output=True, cwd=ROOT)
    return time.perf_counter() - started


def probe_problem(argv: list[str]) -> str | None:
    """Why ``argv`` (a ``sipalg probe --json``) gives no verdict, or None if it does."""
    res = subprocess.run(argv, check=False, capture_output=True, text=True, cwd=ROOT)
    if res.returncode != 0 or '"verdict"' not in res.stdout:
        last = (res.stderr.strip().splitlines() or ["no output"])[-1]
        return f"exit status {res.returncode}: {last}"
    return None


def compile_bytecode() -> None:
    """Bytecode for the checkout and for the tree the console script imports from."""
    trees = {ROOT / "app"}
    found = subprocess.run(
        [sys.executable, "-c", "import app, os; print(os.path.dirname(app.__file__))"],
        capture_output=True,
        text=True,
        cwd="/",  # not the checkout: where an installed `sipalg` finds the package
        check=False,
    )
    if found.returncode == 0 and found.stdout.strip():
        trees.add(Path(found.stdout.strip()))
    for tree in sorted(trees):
        compileall.compile_dir(str(tree), quiet=1, force=False)


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.2f} (1 min), {five:.2f} (5 min)"


def instructions(argv: list[str]) -> int | None:
    """Instructions executed by ``argv`` (callgrind's Ir), or None without valgrind."""
    if shutil.which("valgrind") is None:
        return None
    res = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *argv],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    found = re.search(r"Collected : (\d+)", res.stderr)
    return int(found.group(1)) if found else None


def ruby_rows(detector: Path, server_ip: str) -> dict[str, list[str]]:
    """The Ruby client, non-interactive, both tests (UDP then TCP) against ``server_ip``:5060,
    as run by default and without RubyGems."""
    client = [str(detector / RUBY_CLIENT), "-n", "-t", "all", "-si", server_ip, "-sp", "5060"]
    return {RUBY_ROW: ["ruby", *client], RUBY_LEAN_ROW: ["ruby", "--disable-gems", *client]}


def ruby_verdict_problem(argv: list[str]) -> str | None:
    """None if the Ruby client reaches its verdict ("no ALG" on both transports), else why not."""
    res = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, timeout=30, check=False)
    if res.returncode == RUBY_CLEAN:
        return None
    tail = (res.stderr.strip() or res.stdout.strip())[-400:]
    return f"exit {res.returncode}, expected {RUBY_CLEAN} (no ALG on UDP and TCP): {tail}"


def start_ruby_daemon(lab: Lab, detector: Path, ip: str, workdir: Path) -> None:
    """The Ruby detector's daemon on ``ip``:5060 (UDP and TCP) in the lab's internet host."""
    standins = workdir / "ruby-standins"
    standins.mkdir()
    for name, text in RUBY_STANDINS.items():
        (standins / name).write_text(text)
    lab.spawn(
        lab.wan,
        ["ruby", "-I", str(standins), str(detector / RUBY_DAEMON), "-i", ip, "-p", "5060"],
        ready="UDP Listener started",
    )


def measure(
    reflector: str,
    control_port: str,
    runs: int,
    count: bool,
    extra: dict[str, list[str]] | None = None,
) -> None:
    args = [
        "probe",
        "--reflector",
        reflector,
        "--control-port",
        control_port,
        "--no-router",
        "--no-stun",
        "--json",
    ]
    commands = {
        "sipalg probe (ALG verdict only)": [str(SCRIPT), *args],
        "python -m app.cli.main probe …": [sys.executable, "-m", "app.cli.main", *args],
        "python -c pass": [sys.executable, "-c", "pass"],
    }
    if not SCRIPT.exists():
        del commands["sipalg probe (ALG verdict only)"]
    for name, argv in (extra or {}).items():
        if problem := ruby_verdict_problem(argv):
            print(f"{name}: no verdict, row skipped: {problem}", file=sys.stderr)
        else:
            commands[name] = argv
    compile_bytecode()
    for name, argv in list(commands.items()):
        if "probe" in argv and (problem := probe_problem(argv)):
            # a crashing command (a stale install, say) would be timed as a fast one
            print(f"{name}: no verdict, row skipped: {problem}", file=sys.stderr)
            del commands[name]
    width = max(34, *map(len, commands))
    for argv in commands.values():
        _time(argv)  # warm the file cache
    series: dict[str, list[float]] = {name: [] for name in commands}
    print(f"load average before: {load()}")
    for _ in range(runs):
        for name, argv in commands.items():
            series[name].append(_time(argv))
    print(f"load average after:  {load()}")
    print(f"{'command':<{width}} {'median ms':>9} {'min ms':>7} {'max ms':>7}")
    for name, values in series.items():
        print(
            f"{name:<{width}} {1000 * statistics.median(values):>9.1f} "
            f"{1000 * min(values):>7.1f} {1000 * max(values):>7.1f}"
        )
    if count:
        print("instructions executed (valgrind Ir, millions):")
        for name, argv in commands.items():
            n = instructions(argv)
            print(f"  {name:<{width}} {'n/a' if n is None else f'{n / 1e6:.0f}'}")
    first = next(iter(commands.values()))
    res = subprocess.run(
        [sys.executable, "-X", "importtime", *first[1:]]
        if first[0] == sys.executable
        else [sys.executable, "-X", "importtime", *first],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    rows = []
    for line in res.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if m and len(m.group(3)) <= 1:  # top-level imports: their cumulative cost
            rows.append((int(m.group(2)), m.group(4)))
    print(f"imports: {sum(c for c, _ in rows) / 1000:.1f} ms in all; the largest:")
    for cost, name in sorted(rows, reverse=True)[:12]:
        print(f"  {cost / 1000:>6.1f} ms  {name}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--lab", action="store_true", help="time inside the lab's LAN namespace")
    ap.add_argument(
        "--instructions", action="store_true", help="also count instructions under valgrind"
    )
    ap.add_argument(
        "--ruby-detector",
        type=Path,
        metavar="DIR",
        help="with --lab: also time the Ruby sip-alg-detector extracted in DIR",
    )
    ap.add_argument(
        "--inner", nargs=2, metavar=("REFLECTOR", "CONTROL_PORT"), help=argparse.SUPPRESS
    )
    ap.add_argument("--inner-ruby", nargs=2, metavar=("DIR", "SERVER_IP"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.inner:
        extra = ruby_rows(Path(args.inner_ruby[0]), args.inner_ruby[1]) if args.inner_ruby else {}
        measure(args.inner[0], args.inner[1], args.runs, args.instructions, extra)
        return 0
    detector: Path | None = None
    if args.ruby_detector is not None:
        detector = args.ruby_detector.resolve()
        if not args.lab:
            print("--ruby-detector needs --lab", file=sys.stderr)
            return 2
        missing = [p for p in (RUBY_CLIENT, RUBY_DAEMON) if not (detector / p).is_file()]
        if missing:
            print(
                f"{detector} is not an extracted sip-alg-detector: "
                f"no {', '.join(map(str, missing))}",
                file=sys.stderr,
            )
            return 2
        if shutil.which("ruby") is None:
            print(
                "ruby is not installed (apt-get install ruby): the sip-alg-detector rows "
                "are skipped",
                file=sys.stderr,
            )
            detector = None
    if args.lab:
        from tests.lab.netns import WAN_IP, WAN_IP2, Lab, Scenario, lab_unavailable

        if reason := lab_unavailable():
            print(f"lab unavailable: {reason}", file=sys.stderr)
            return 2
        # With the Ruby daemon, the reflector leaves the second address to it: both on port 5060.
        scenario = Scenario("startup", server="reflector" if detector is None else None)
        with tempfile.TemporaryDirectory() as tmp, Lab(scenario, Path(tmp)) as lab:
            inner = [sys.executable, "-m", "tests.bench.startup_bench", "--runs", str(args.runs)]
            if args.instructions:
                inner.append("--instructions")
            if detector is not None:
                lab.start_reflector("--listen", WAN_IP)
                start_ruby_daemon(lab, detector, WAN_IP2, Path(tmp))
                inner += ["--inner-ruby", str(detector), WAN_IP2]
            res = lab.ns(lab.lan, *inner, "--inner", WAN_IP, "5080", check=False)
            print(res.stdout, end="")
            print(res.stderr, end="", file=sys.stderr)
            return res.returncode
    from tests.helpers import running_reflector

    with running_reflector() as r:
        measure(f"127.0.0.1:{r.sip_port}", str(r.control_port), args.runs, args.instructions)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
