#!/usr/bin/env python3
"""Checks (or, with --update, rewrites) the curl examples in README.md against the real server.

In README code blocks, a line `$ curl …` is a command and the lines after it, up to the next
`$ ` line or the end of the block, are its output. The server is started on a free port against a
fresh database (so it imports the bundled corpus); `127.0.0.1:8080` in commands and outputs stands
for that port. `Date:` header lines are not compared.

    python3 scripts/readme-examples.py [--update] [--server .build/debug/server]
"""
import argparse, os, re, signal, socket, subprocess, sys, tempfile, time

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]

def start_server(binary, workdir):
    port = free_port()
    log = open(os.path.join(workdir, "server.log"), "w")
    process = subprocess.Popen([binary, "--db", os.path.join(workdir, "archive.sqlite"), "--port", str(port)],
                               stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return process, port
        except OSError:
            if process.poll() is not None:
                sys.exit("readme-examples: server exited early; see " + log.name)
            time.sleep(0.1)
    process.kill()
    sys.exit("readme-examples: server did not start")

def normalise(lines):
    return [line.rstrip() for line in lines if not line.startswith("Date: ")]

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--update", action="store_true")
    parser.add_argument("--server", default=".build/debug/server")
    parser.add_argument("--readme", default="README.md")
    args = parser.parse_args()

    lines = open(args.readme, encoding="utf-8").read().split("\n")
    workdir = tempfile.mkdtemp()
    process, port = start_server(args.server, workdir)
    failures, checked, output = 0, 0, []
    try:
        index, in_block = 0, False
        while index < len(lines):
            line = lines[index]
            output.append(line)
            index += 1
            if line.startswith("```"):
                in_block = not in_block
                continue
            if not (in_block and line.startswith("$ ") and "curl " in line):
                continue
            command = line[2:].replace("127.0.0.1:8080", f"127.0.0.1:{port}")
            shown = []
            while index < len(lines) and not lines[index].startswith("$ ") and not lines[index].startswith("```"):
                shown.append(lines[index])
                index += 1
            result = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=30)
            actual = result.stdout.replace(f"127.0.0.1:{port}", "127.0.0.1:8080").replace("\r\n", "\n").rstrip("\n").split("\n")
            checked += 1
            if result.returncode != 0:
                failures += 1
                print(f"readme-examples: FAIL (exit {result.returncode}): {line}\n{result.stderr}")
            elif normalise(actual) != normalise(shown):
                if not args.update:
                    failures += 1
                    print(f"readme-examples: FAIL (output differs): {line}")
                    for a, b in zip(normalise(shown) + [""] * 50, normalise(actual) + [""] * 50):
                        if a != b:
                            print(f"  README: {a[:200]}\n  server: {b[:200]}")
                            break
            output.extend(actual if args.update else shown)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=15)
    if args.update:
        open(args.readme, "w", encoding="utf-8").write("\n".join(output))
        print(f"readme-examples: rewrote the output of {checked} examples")
    else:
        print(f"readme-examples: {checked - failures} passed, {failures} failed")
    sys.exit(1 if failures else 0)

if __name__ == "__main__":
    main()
