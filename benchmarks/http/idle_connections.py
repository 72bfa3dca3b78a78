#!/usr/bin/env python3
"""Opens N idle connections to 127.0.0.1:PORT, then times one request on a fresh connection.

Usage: idle_connections.py PORT N PATH [--active] [--hold SECONDS] [--rss-pid PID ...]
With --active every connection first sends one keep-alive request and reads its response.
Prints `opened=N open_seconds=… request_ms=… status=…` and, for each --rss-pid, `rss_kib=…`
(summed) while the connections are still open. Everything is bounded by socket timeouts.
"""
import socket, sys, time

def rss_kib(pids):
    total = 0
    for pid in pids:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
    return total

def main():
    port, count, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    args = sys.argv[4:]
    active = "--active" in args
    hold = float(args[args.index("--hold") + 1]) if "--hold" in args else 0
    pids = [int(p) for p in args[args.index("--rss-pid") + 1:]] if "--rss-pid" in args else []
    request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode()
    sockets, started = [], time.monotonic()
    for _ in range(count):
        s = socket.create_connection(("127.0.0.1", port), timeout=10)
        sockets.append(s)
    if active:
        for s in sockets:
            s.sendall(request)
        for s in sockets:
            data = b""
            while b"\r\n\r\n" not in data:
                data += s.recv(65536)
            head, _, body = data.partition(b"\r\n\r\n")
            length = int([l.split(b":")[1] for l in head.split(b"\r\n") if l.lower().startswith(b"content-length")][0])
            while len(body) < length:
                body += s.recv(65536)
    opened = time.monotonic() - started
    time.sleep(hold)
    t0 = time.monotonic()
    probe = socket.create_connection(("127.0.0.1", port), timeout=10)
    probe.sendall(request)
    reply = probe.recv(65536)
    elapsed_ms = (time.monotonic() - t0) * 1000
    status = reply.split(b" ")[1].decode() if reply else "none"
    alive = 0
    for s in sockets:   # still open? a closed socket reads EOF at once
        s.setblocking(False)
        try:
            alive += 0 if s.recv(1) == b"" else 1
        except BlockingIOError:
            alive += 1
    line = f"opened={count} open_seconds={opened:.2f} request_ms={elapsed_ms:.2f} status={status} still_open={alive}"
    if pids:
        line += f" rss_kib={rss_kib(pids)}"
    print(line, flush=True)
    probe.close()
    for s in sockets:
        s.close()

main()
