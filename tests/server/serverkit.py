"""Shared helpers for the serve.py tests: a tiny web build, a server subprocess on a free loopback port,
admin commands, and plain HTTP requests (http.client and raw sockets)."""

import atexit
import http.client
import importlib.util
import json
import os
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SERVE = os.path.join(REPO, "serve.py")
HOST = "127.0.0.1"
START_TIMEOUT = 30.0

_spec = importlib.util.spec_from_file_location("serve", SERVE)
serve = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(serve)

SECURITY = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}
CSP_PARTS = (
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "connect-src 'self'",
    "worker-src 'self'",
)


def assert_security_headers(test, headers, what):
    """The headers every response must carry, checked on a response's (case-insensitive) headers."""
    for name, value in SECURITY.items():
        test.assertEqual(headers.get(name), value, f"{name} on {what}")
    csp = headers.get("Content-Security-Policy") or ""
    for part in CSP_PARTS:
        test.assertIn(part, csp, f"CSP on {what}")
    test.assertNotIn("unsafe-eval'", csp.replace("wasm-unsafe-eval'", ""), f"CSP on {what} allows JS eval")


WEB_FILES = {
    "index.html": b'<!doctype html><html><head><title>t</title></head>'
    b'<body><script src="app.js"></script></body></html>\n',
    "app.js": b"console.log('app');\n",
    "app.wasm": b"\x00asm\x01\x00\x00\x00",
    "app.3f2a9c1b.wasm": b"\x00asm\x01\x00\x00\x00hashed",
    "app.0123456789abcdef.js": b"console.log('hashed');\n",
    "sw.js": b"self.addEventListener('fetch', () => {});\n",
    "manifest.webmanifest": b'{"name": "Overblik"}\n',
    "style.css": b"body { margin: 0 }\n",
    "assets/logo.svg": b"<svg xmlns='http://www.w3.org/2000/svg'/>\n",
}


def make_web_root(parent):
    """A fake web build in parent/web, and a file next to it that must never be served."""
    root = os.path.join(parent, "web")
    for name, data in WEB_FILES.items():
        path = os.path.join(root, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
    with open(os.path.join(parent, "secret.txt"), "wb") as f:
        f.write(b"outside the web root\n")
    return root


def snapshot_body(n=0, device=None, **extra):
    doc = {"format": "overblik-snapshot", "version": 1, "n": n, **extra}
    if device is not None:
        doc["device"] = device
    return json.dumps(doc).encode()


class Workdir:
    """A temporary folder with web/ and data/; removed on cleanup."""

    def __init__(self):
        self.path = tempfile.mkdtemp(prefix="overblik-server-test-")
        self.root = make_web_root(self.path)
        self.data = os.path.join(self.path, "data")

    def admin(self, *args, check=True):
        out = subprocess.run(
            [sys.executable, SERVE, *args, "--data", self.data],
            capture_output=True,
            text=True,
            timeout=60,
        )
        if check and out.returncode != 0:
            raise AssertionError(f"serve.py {' '.join(args)} failed: {out.stderr}")
        return out

    def workspace_with_token(self, workspace, via_cli=False):
        """Creates a workspace and a token for it: through the command line, or (faster, for set-up)
        through the same Store code in this process."""
        if via_cli:
            self.admin("workspace", "create", workspace)
            return self.admin("token", "create", workspace).stdout.strip()
        store = serve.Store(self.data)
        conn = store.connect()
        try:
            store.create_workspace(conn, workspace)
            return store.create_token(conn, workspace)
        finally:
            conn.close()

    def cleanup(self):
        shutil.rmtree(self.path, ignore_errors=True)


_live = set()  # servers started and not yet reaped: killed at exit even if a test was interrupted


@atexit.register
def _kill_leftovers():
    for proc in list(_live):
        if proc.poll() is None:
            proc.kill()
            proc.wait()


class ServerProcess:
    """serve.py as a subprocess on a free port (--port 0; the URL it prints gives the port)."""

    def __init__(self, workdir, *extra_args, root=None):
        self.workdir = workdir
        self.log_path = os.path.join(workdir.path, f"server-{time.monotonic_ns()}.log")
        self.args = [
            sys.executable,
            SERVE,
            "--root",
            root or workdir.root,
            "--data",
            workdir.data,
            "--host",
            HOST,
            "--port",
            "0",
            *extra_args,
        ]
        self.proc = None
        self.port = None

    def start(self):
        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(self.args, stdout=subprocess.PIPE, stderr=self._log, stdin=subprocess.DEVNULL)
        _live.add(self.proc)
        line = self._read_line(START_TIMEOUT)
        prefix = f"Overblik: http://{HOST}:"
        if not line.startswith(prefix):
            self.stop()
            raise AssertionError(f"server did not start: {line!r}; log: {self.log()}")
        self.port = int(line[len(prefix) :].rstrip("/\n"))
        return self

    def _read_line(self, timeout):
        deadline = time.monotonic() + timeout
        out = b""
        fd = self.proc.stdout.fileno()
        while not out.endswith(b"\n") and time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                break
            chunk = os.read(fd, 256)
            if not chunk:
                break
            out += chunk
        return out.decode(errors="replace")

    def kill(self):
        """SIGKILL, as a power cut of the process would: no clean-up code runs."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self._reap()

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self._reap()

    def _reap(self):
        if self.proc:
            try:
                self.proc.wait(timeout=10)
                _live.discard(self.proc)
            finally:
                self.proc.stdout.close()
                self._log.close()

    def log(self):
        with open(self.log_path, "rb") as f:
            return f.read().decode(errors="replace")

    def connection(self, timeout=10):
        return http.client.HTTPConnection(HOST, self.port, timeout=timeout)

    def request(self, method, path, body=None, headers=None, token=None):
        """One request on a fresh connection: (status, headers as a case-insensitive message, body bytes)."""
        conn = self.connection()
        try:
            h = dict(headers or {})
            if token is not None:
                h["Authorization"] = f"Bearer {token}"
            conn.request(method, path, body=body, headers=h)
            resp = conn.getresponse()
            return resp.status, resp.headers, resp.read()
        finally:
            conn.close()

    def raw(self, data, timeout=10):
        """Send raw bytes and read until the server closes: for requests http.client would normalise."""
        with socket.create_connection((HOST, self.port), timeout=timeout) as s:
            s.sendall(data)
            chunks = []
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
        return b"".join(chunks)

    def push(self, workspace, token, body, if_match):
        headers = {"Content-Type": "application/json"}
        if if_match is not None:
            headers["If-Match"] = if_match
        status, h, data = self.request("POST", f"/api/workspaces/{workspace}/snapshots", body, headers, token)
        return status, json.loads(data) if data else None

    def get_json(self, path, token=None):
        status, h, data = self.request("GET", path, token=token)
        return status, json.loads(data)


def free_port():
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]
