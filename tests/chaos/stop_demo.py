"""Stop `make demo` at random moments, then prove that the README commands still start.

    python tests/chaos/stop_demo.py [--rounds 10] [--max-delay 30] [--with-test]

1. `make install` (once, not interrupted: an interrupted pip install is pip's business).
2. `--rounds` times: start `make demo` in its own process group and send SIGTERM to the group
   at a random moment (start-up, migrate, setup_demo, runserver).
3. Eight `manage.py check` at the same time: all must succeed.
4. `make demo` once more: the portal must answer HTTP 200 (then it is stopped).
5. With `--with-test`: `make test` must pass too.

Prints one line per step and exits non-zero on the first failure. Runs against the data
folder of the checkout it lives in (`.data/`), exactly as a developer's `make demo` does.
"""

import argparse
import os
import random
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = str(ROOT / ".venv" / "bin" / "python")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_demo(port: int, log) -> subprocess.Popen:
    env = {**os.environ, "PORT": str(port)}
    return subprocess.Popen(
        ["make", "demo"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def stop_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def wait_for_portal(port: int, proc: subprocess.Popen, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(f"http://localhost:{port}/", timeout=5) as response:
                if response.status == 200:
                    return True
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(1)
    return False


def fail(message: str, log_path: Path) -> None:
    print(f"FEHLER: {message} (Protokoll: {log_path})")
    sys.exit(1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--max-delay", type=float, default=30.0)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--with-test", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    log_path = ROOT / "tests" / "output" / "chaos-stop-demo.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "w") as log:
        if subprocess.run(["make", "install"], cwd=ROOT, stdout=log, stderr=log).returncode:
            fail("make install", log_path)
        for round_no in range(1, args.rounds + 1):
            delay = rng.uniform(0.5, args.max_delay)
            proc = start_demo(free_port(), log)
            time.sleep(delay)
            stop_group(proc)
            print(f"round {round_no:2d}: make demo stopped with SIGTERM after {delay:5.1f} s")

        started = time.monotonic()
        checks = [
            subprocess.Popen(
                [PYTHON, "manage.py", "check"],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
            )
            for _ in range(8)
        ]
        outputs = [c.communicate()[0].decode() for c in checks]
        failed = [out for c, out in zip(checks, outputs, strict=True) if c.returncode != 0]
        print(
            f"8 parallel manage.py check: {8 - len(failed)}/8 ok "
            f"({time.monotonic() - started:.1f} s)"
        )
        if failed:
            log.write("\n".join(failed))
            fail("manage.py check", log_path)

        port = free_port()
        started = time.monotonic()
        proc = start_demo(port, log)
        ok = wait_for_portal(port, proc, timeout=900)
        stop_group(proc)
        if not ok:
            fail("make demo antwortet nicht", log_path)
        print(f"make demo: portal answers 200 after {time.monotonic() - started:.1f} s")

        if args.with_test:
            started = time.monotonic()
            if subprocess.run(["make", "test"], cwd=ROOT, stdout=log, stderr=log).returncode:
                fail("make test", log_path)
            print(f"make test: passed ({time.monotonic() - started:.0f} s)")
    print("OK: the demo survives every stop.")


if __name__ == "__main__":
    main()
