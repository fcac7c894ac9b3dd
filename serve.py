#!/usr/bin/env python3
"""Overblik server: the static web app and the sync API (Python standard library only).

    python3 serve.py [--root build/web] [--host 127.0.0.1] [--port 8000] [--data data]
    python3 serve.py workspace create ID [--data DIR]
    python3 serve.py token create WORKSPACE [--data DIR]     (prints the token once)
    python3 serve.py token list [WORKSPACE] [--data DIR]
    python3 serve.py token revoke TOKEN_ID [--data DIR]

The API, the token commands and the store are described in docs/server.md.
"""

import argparse
import base64
import datetime
import errno
import hashlib
import hmac
import http.server
import json
import os
import re
import secrets
import signal
import sqlite3
import sys
import threading
import urllib.parse

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
STORE_FILE = "overblik-sync.sqlite3"
SNAPSHOT_FORMATS = ("overblik-snapshot", "overblik-delta")
WORKSPACE_ID = re.compile(r"[a-z0-9-]{1,64}")
SNAPSHOT_ID = re.compile(r"[0-9]{8,19}-[0-9a-f]{12}")
TOKEN_FORMAT = re.compile(r"ovb_([0-9a-f]{16})_([A-Za-z0-9_-]{43})")
PBKDF2_ITERATIONS = 100_000  # tokens carry 256 random bits; the slow hash only guards a stolen store

# Sent on every response, errors included. 'wasm-unsafe-eval' lets the page compile WebAssembly
# without allowing eval() of JavaScript; 'unsafe-inline' styles are what Emscripten's shell uses.
SECURITY_HEADERS = (
    (
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; object-src 'none'; "
        "base-uri 'none'; frame-ancestors 'none'",
    ),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
)

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".webmanifest": "application/manifest+json",
    ".wasm": "application/wasm",
    ".data": "application/octet-stream",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".woff2": "font/woff2",
    ".ttf": "font/ttf",
    ".txt": "text/plain; charset=utf-8",
}

# A content hash in the name (app.3f2a9c1b.wasm) means the bytes never change under that name.
HASHED_NAME = re.compile(r"\.[0-9a-f]{8,}\.[A-Za-z0-9]+$")
ALWAYS_REVALIDATE = ("index.html", "sw.js", "manifest.json", "manifest.webmanifest")
IMMUTABLE = "public, max-age=31536000, immutable"
CORS_EXPOSED = "ETag, Location, X-Snapshot-Id, X-Snapshot-Parent, X-Snapshot-Sha256"


def utc_now():
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class UserError(Exception):
    """A mistake on the command line: printed as one line, exit status 2."""


# ---------------------------------------------------------------------------------------------------
# Store: one SQLite file, one transaction per push, append-only snapshots.

SCHEMA = """
CREATE TABLE IF NOT EXISTS workspaces(
  id TEXT PRIMARY KEY,
  created TEXT NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS snapshots(
  workspace TEXT NOT NULL REFERENCES workspaces(id),
  seq INTEGER NOT NULL,
  id TEXT NOT NULL,
  parent TEXT,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  created TEXT NOT NULL,
  device TEXT,
  body BLOB NOT NULL,
  PRIMARY KEY(workspace, seq),
  UNIQUE(workspace, id)
) STRICT;
CREATE TRIGGER IF NOT EXISTS snapshots_append_only_update BEFORE UPDATE ON snapshots
BEGIN SELECT RAISE(ABORT, 'snapshots are append-only'); END;
CREATE TRIGGER IF NOT EXISTS snapshots_append_only_delete BEFORE DELETE ON snapshots
BEGIN SELECT RAISE(ABORT, 'snapshots are append-only'); END;
CREATE TABLE IF NOT EXISTS tokens(
  id TEXT PRIMARY KEY,
  workspace TEXT NOT NULL REFERENCES workspaces(id),
  salt BLOB NOT NULL,
  hash BLOB NOT NULL,
  iterations INTEGER NOT NULL,
  created TEXT NOT NULL,
  revoked TEXT
) STRICT;
PRAGMA user_version = 1;
"""


class Store:
    def __init__(self, data_dir):
        os.makedirs(data_dir, exist_ok=True)
        self.path = os.path.join(data_dir, STORE_FILE)
        self._push_lock = threading.Lock()  # BEGIN IMMEDIATE also serialises other processes
        self._token_cache = {}  # keyed HMAC of a verified token -> token id (never the token itself)
        self._cache_key = secrets.token_bytes(32)
        conn = self.connect()
        try:
            if conn.execute("PRAGMA user_version").fetchone()[0] < 1:
                conn.execute("PRAGMA journal_mode=WAL")  # persistent: stays WAL for later connections
                conn.executescript(SCHEMA)
        finally:
            conn.close()

    def connect(self):
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA synchronous=FULL")  # a 201 is sent only after the WAL is on disk
        conn.execute("PRAGMA foreign_keys=ON")
        return conn

    # workspaces

    def create_workspace(self, conn, workspace):
        if not WORKSPACE_ID.fullmatch(workspace):
            raise UserError(f"workspace id {workspace!r} is not 1-64 characters of a-z, 0-9 and '-'")
        cur = conn.execute(
            "INSERT OR IGNORE INTO workspaces(id, created) VALUES(?, ?)", (workspace, utc_now())
        )
        return cur.rowcount == 1

    def workspaces(self, conn):
        return conn.execute(
            "SELECT w.id, w.created, (SELECT count(*) FROM snapshots s WHERE s.workspace = w.id) "
            "FROM workspaces w ORDER BY w.id"
        ).fetchall()

    def workspace_exists(self, conn, workspace):
        return conn.execute("SELECT 1 FROM workspaces WHERE id = ?", (workspace,)).fetchone() is not None

    # tokens

    def create_token(self, conn, workspace):
        if not self.workspace_exists(conn, workspace):
            raise UserError(f"no workspace {workspace!r}: create it first with: serve.py workspace create {workspace}")
        token_id = secrets.token_hex(8)
        secret = secrets.token_urlsafe(32)
        salt = secrets.token_bytes(16)
        digest = hashlib.pbkdf2_hmac("sha256", secret.encode(), salt, PBKDF2_ITERATIONS)
        conn.execute(
            "INSERT INTO tokens(id, workspace, salt, hash, iterations, created) VALUES(?, ?, ?, ?, ?, ?)",
            (token_id, workspace, salt, digest, PBKDF2_ITERATIONS, utc_now()),
        )
        return f"ovb_{token_id}_{secret}"

    def tokens(self, conn, workspace=None):
        sql = "SELECT id, workspace, created, revoked FROM tokens"
        args = ()
        if workspace is not None:
            sql += " WHERE workspace = ?"
            args = (workspace,)
        return conn.execute(sql + " ORDER BY workspace, created, id", args).fetchall()

    def revoke_token(self, conn, token_id):
        match = TOKEN_FORMAT.fullmatch(token_id)  # accept the whole token as well as its id
        if match:
            token_id = match.group(1)
        cur = conn.execute(
            "UPDATE tokens SET revoked = ? WHERE id = ? AND revoked IS NULL", (utc_now(), token_id)
        )
        if cur.rowcount == 0:
            raise UserError(f"no active token with id {token_id!r} (see: serve.py token list)")

    def token_workspace(self, conn, token):
        """The workspace a presented token belongs to, or None if it is unknown, wrong or revoked."""
        match = TOKEN_FORMAT.fullmatch(token)
        if not match:
            return None
        token_id, secret = match.groups()
        row = conn.execute(
            "SELECT workspace, salt, hash, iterations FROM tokens WHERE id = ? AND revoked IS NULL", (token_id,)
        ).fetchone()
        if row is None:
            return None
        workspace, salt, stored, iterations = row
        cache_key = hmac.new(self._cache_key, token.encode(), hashlib.sha256).digest()
        if self._token_cache.get(cache_key) == token_id:
            return workspace
        digest = hashlib.pbkdf2_hmac("sha256", secret.encode(), salt, iterations)
        if not hmac.compare_digest(digest, stored):
            return None
        if len(self._token_cache) > 1000:
            self._token_cache.clear()
        self._token_cache[cache_key] = token_id
        return workspace

    # snapshots

    def head(self, conn, workspace):
        return conn.execute(
            "SELECT id, sha256 FROM snapshots WHERE workspace = ? ORDER BY seq DESC LIMIT 1", (workspace,)
        ).fetchone()

    def snapshot(self, conn, workspace, snapshot_id):
        return conn.execute(
            "SELECT id, parent, sha256, body FROM snapshots WHERE workspace = ? AND id = ?", (workspace, snapshot_id)
        ).fetchone()

    def history(self, conn, workspace):
        rows = conn.execute(
            "SELECT id, parent, sha256, size, created, device FROM snapshots WHERE workspace = ? ORDER BY seq",
            (workspace,),
        ).fetchall()
        keys = ("id", "parent", "sha256", "size", "created", "device")
        return [dict(zip(keys, row)) for row in rows]

    def push(self, conn, workspace, expected_head, body, device):
        """Compare-and-swap: append body if the head is still expected_head (None: no head yet).

        Returns (True, row dict) on success, (False, current head id) when the head moved."""
        sha = hashlib.sha256(body).hexdigest()
        with self._push_lock:
            conn.execute("BEGIN IMMEDIATE")
            try:
                last = conn.execute(
                    "SELECT seq, id FROM snapshots WHERE workspace = ? ORDER BY seq DESC LIMIT 1", (workspace,)
                ).fetchone()
                head = last[1] if last else None
                if head != expected_head:
                    conn.execute("ROLLBACK")
                    return False, head
                seq = (last[0] if last else 0) + 1
                row = {
                    "id": f"{seq:08d}-{sha[:12]}",
                    "parent": head,
                    "sha256": sha,
                    "size": len(body),
                    "created": utc_now(),
                    "device": device,
                }
                conn.execute(
                    "INSERT INTO snapshots(workspace, seq, id, parent, sha256, size, created, device, body) "
                    "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (workspace, seq, row["id"], head, sha, len(body), row["created"], device, body),
                )
                conn.execute("COMMIT")
                return True, row
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise


# ---------------------------------------------------------------------------------------------------
# Request bodies


def _reject_constant(name):
    raise ValueError(f"{name} is not valid JSON")


def snapshot_problem(body):
    """Why body is not an acceptable snapshot, or None. Returns (problem, parsed object)."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as e:
        return f"body is not UTF-8 (byte {e.start})", None
    try:
        doc = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as e:
        return f"invalid JSON at line {e.lineno} column {e.colno}: {e.msg}", None
    except (ValueError, RecursionError) as e:
        return f"invalid JSON: {e}", None
    if not isinstance(doc, dict):
        return f"a snapshot must be a JSON object, not {type(doc).__name__}", None
    if doc.get("format") not in SNAPSHOT_FORMATS:
        return f'"format" must be one of {", ".join(SNAPSHOT_FORMATS)} (got {doc.get("format")!r})', None
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        return f'"version" must be an integer (got {version!r})', None
    device = doc.get("device")
    if device is not None and (not isinstance(device, str) or len(device) > 200):
        return '"device" must be a string of at most 200 characters', None
    return None, doc


# ---------------------------------------------------------------------------------------------------
# Static files


def cache_control(name):
    if name in ALWAYS_REVALIDATE or name.endswith(".webmanifest"):
        return "no-cache"
    if HASHED_NAME.search(name):
        return IMMUTABLE
    return "no-cache"


def content_type(name):
    return CONTENT_TYPES.get(os.path.splitext(name)[1].lower(), "application/octet-stream")


def path_of(target):
    """The path of a request target without query or fragment (urlsplit would read '//x' as a host)."""
    return target.split("?", 1)[0].split("#", 1)[0]


def resolve_static(root, url_path):
    """The file under root for a URL path, or None. Refuses '..', NUL, backslashes and escapes via links."""
    path = urllib.parse.unquote(url_path, errors="strict")
    if "\x00" in path or "\\" in path:
        return None
    parts = [p for p in path.split("/") if p]
    if any(p in (".", "..") or p.startswith(".") for p in parts):
        return None  # also hides dot-files
    candidate = os.path.join(root, *parts)
    if path.endswith("/") or not parts:
        candidate = os.path.join(candidate, "index.html")
    real = os.path.realpath(candidate)
    if not real.startswith(root + os.sep):
        return None
    return real if os.path.isfile(real) else None


# ---------------------------------------------------------------------------------------------------
# HTTP


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 30  # an idle keep-alive connection is closed after this many seconds

    # --- responses and logging -------------------------------------------------------------------

    def version_string(self):
        return "Overblik"  # no Python version in the Server header

    def end_headers(self):
        for name, value in SECURITY_HEADERS:
            self.send_header(name, value)
        origin = self.headers.get("Origin") if getattr(self, "headers", None) else None
        if origin and self.server.cors_origin and origin == self.server.cors_origin:
            self.send_header("Access-Control-Allow-Origin", origin)
            self.send_header("Access-Control-Expose-Headers", CORS_EXPOSED)
            self.send_header("Vary", "Origin")
        super().end_headers()

    def log_request(self, code="-", size="-"):
        # Method, path without query, status: never bodies, query strings or headers (personal data).
        method = getattr(self, "command", None) or "-"
        path = path_of(getattr(self, "path", "") or "") or "-"
        path = "".join(c if c.isprintable() and c != " " else "\\x%02x" % ord(c) for c in path[:300])
        code = getattr(code, "value", code)
        self.log_message('"%s %s" %s', method, path, code)

    def log_error(self, *args):
        pass  # the base class puts raw request lines in these; log_request logs the status instead

    def send_bytes(self, code, body, ctype, headers=(), head_only=False):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if not head_only:
            self.wfile.write(body)

    def send_json(self, code, doc, headers=()):
        body = (json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
        self.send_bytes(code, body, "application/json", (("Cache-Control", "no-store"),) + tuple(headers))

    def send_error(self, code, message=None, explain=None):
        # Used by the base class for malformed requests too; plain text, no echo of the request.
        if code != 404:
            self.close_connection = True
        if getattr(self, "request_version", "HTTP/1.0") == "HTTP/0.9":
            self.request_version = "HTTP/1.0"  # a malformed request line: answer with a status line and headers
        try:
            phrase = http.HTTPStatus(code).phrase
        except ValueError:
            phrase = "Error"
        path = getattr(self, "path", "") or ""
        if path.startswith("/api/"):
            self.send_json(code, {"error": message or phrase})
        else:
            body = f"{code} {message or phrase}\n".encode()
            head_only = getattr(self, "command", None) == "HEAD"
            self.send_bytes(code, body, "text/plain; charset=utf-8", (("Cache-Control", "no-store"),), head_only)

    # --- dispatch ---------------------------------------------------------------------------------

    def do_GET(self):
        self.dispatch("GET")

    def do_HEAD(self):
        self.dispatch("HEAD")

    def do_POST(self):
        self.dispatch("POST")

    def do_PUT(self):
        self.dispatch("PUT")

    def do_DELETE(self):
        self.dispatch("DELETE")

    def do_PATCH(self):
        self.dispatch("PATCH")

    def do_OPTIONS(self):
        self.dispatch("OPTIONS")

    def dispatch(self, method):
        path = path_of(self.path)
        self.keep_alive = not self.close_connection
        has_body = self.headers.get("Content-Length", "0") != "0" or "Transfer-Encoding" in self.headers
        if method not in ("GET", "HEAD") and has_body:
            # Until the body is read, any answer must close the connection: the unread body would
            # otherwise be taken for the next request. post_snapshot clears this once it has read it.
            self.close_connection = True
        try:
            if path == "/api" or path.startswith("/api/"):
                self.api(method, path)
            else:
                self.static(method, path)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        except Exception:
            self.close_connection = True
            self.log_message("internal error on %s %s", method, path[:300])
            try:
                self.send_error(500)
            except OSError:
                pass

    def method_not_allowed(self, allowed):
        self.send_response(405)
        self.send_header("Allow", allowed)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", "0")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()

    # --- static files ----------------------------------------------------------------------------

    def static(self, method, path):
        if method not in ("GET", "HEAD"):
            return self.method_not_allowed("GET, HEAD")
        try:
            file = resolve_static(self.server.root, path)
        except UnicodeDecodeError:
            file = None
        if file is None:
            return self.send_error(404)
        stat = os.stat(file)
        etag = f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"'
        name = os.path.basename(file)
        headers = [("Content-Type", content_type(name)), ("Cache-Control", cache_control(name)), ("ETag", etag)]
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            for h in headers[1:]:
                self.send_header(*h)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        with open(file, "rb") as f:
            self.send_response(200)
            for h in headers:
                self.send_header(*h)
            self.send_header("Content-Length", str(stat.st_size))
            self.end_headers()
            if method == "GET":
                while chunk := f.read(1 << 16):
                    self.wfile.write(chunk)

    # --- sync API --------------------------------------------------------------------------------

    def api(self, method, path):
        if method == "OPTIONS" and self.server.cors_origin:
            return self.preflight()
        if path == "/api/health":
            if method != "GET":
                return self.method_not_allowed("GET")
            return self.send_json(200, {"ok": True})
        parts = path.split("/")[2:]  # ['workspaces', id, ...]
        if len(parts) < 3 or parts[0] != "workspaces":
            return self.api_error(404, "no such API path")
        workspace, rest = parts[1], parts[2:]
        if not WORKSPACE_ID.fullmatch(workspace):
            return self.api_error(400, "workspace ids are 1-64 characters of a-z, 0-9 and '-'")
        if rest == ["head"]:
            route, allowed = {"GET": self.get_head}, "GET"
        elif rest == ["snapshots"]:
            route, allowed = {"GET": self.get_history, "POST": self.post_snapshot}, "GET, POST"
        elif len(rest) == 2 and rest[0] == "snapshots":
            route, allowed = {"GET": self.get_snapshot}, "GET"
        else:
            return self.api_error(404, "no such API path")
        handler = route.get(method)
        if handler is None:
            return self.method_not_allowed(allowed)
        conn = self.server.store.connect()
        try:
            if not self.authorized(conn, workspace):
                return
            if len(rest) == 2:
                return handler(conn, workspace, rest[1])
            return handler(conn, workspace)
        finally:
            conn.close()

    def api_error(self, code, message, headers=(), **extra):
        self.send_json(code, {"error": message, **extra}, headers)

    def preflight(self):
        origin = self.headers.get("Origin")
        if origin != self.server.cors_origin:
            return self.send_bytes(403, b"", "text/plain", (("Cache-Control", "no-store"),))
        self.send_bytes(
            204,
            b"",
            "text/plain",
            (
                ("Access-Control-Allow-Methods", "GET, POST"),
                ("Access-Control-Allow-Headers", "Authorization, Content-Type, If-Match"),
                ("Access-Control-Max-Age", "600"),
                ("Cache-Control", "no-store"),
            ),
        )

    def authorized(self, conn, workspace):
        """Bearer token of this workspace. Another workspace's token is answered like a wrong one (401)."""
        header = self.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            self.api_error(401, "a bearer token is required", (("WWW-Authenticate", 'Bearer realm="overblik"'),))
            return False
        if self.server.store.token_workspace(conn, token.strip()) != workspace:
            self.api_error(
                401,
                "the token is not valid for this workspace",
                (("WWW-Authenticate", 'Bearer realm="overblik", error="invalid_token"'),),
            )
            return False
        return True

    def get_head(self, conn, workspace):
        head = self.server.store.head(conn, workspace)
        self.send_json(200, {"head": head[0] if head else None, "sha256": head[1] if head else None})

    def get_history(self, conn, workspace):
        rows = self.server.store.history(conn, workspace)
        self.send_json(200, {"workspace": workspace, "head": rows[-1]["id"] if rows else None, "snapshots": rows})

    def get_snapshot(self, conn, workspace, snapshot_id):
        row = self.server.store.snapshot(conn, workspace, snapshot_id) if SNAPSHOT_ID.fullmatch(snapshot_id) else None
        if row is None:
            return self.api_error(404, "no such snapshot")
        sid, parent, sha, body = row
        if hashlib.sha256(body).hexdigest() != sha:
            return self.api_error(500, "stored snapshot does not match its sha256")
        headers = [
            ("Cache-Control", "no-store"),
            ("ETag", f'"{sha}"'),
            ("X-Snapshot-Id", sid),
            ("X-Snapshot-Sha256", sha),
            ("Repr-Digest", "sha-256=:" + base64.b64encode(bytes.fromhex(sha)).decode() + ":"),
        ]
        if parent:
            headers.append(("X-Snapshot-Parent", parent))
        self.send_bytes(200, body, "application/json", headers)

    def post_snapshot(self, conn, workspace):
        if_match = self.headers.get("If-Match")
        if if_match is None:
            return self.api_error(428, 'If-Match is required: the current head id, or "none" for the first snapshot')
        expected = if_match.strip()
        if expected.startswith("W/"):
            expected = expected[2:]
        expected = expected.strip('"')
        expected = None if expected == "none" else expected
        if self.headers.get("Transfer-Encoding"):
            return self.api_error(411, "send the body with a Content-Length, not chunked")
        length = self.headers.get("Content-Length")
        if length is None or not length.isdigit():
            return self.api_error(411, "Content-Length is required")
        length = int(length)
        if length > self.server.max_bytes:
            return self.api_error(413, f"snapshot of {length} bytes is over the limit of {self.server.max_bytes} bytes")
        body = self.rfile.read(length)
        if len(body) != length:
            return  # the client went away mid-body
        self.close_connection = not self.keep_alive
        problem, doc = snapshot_problem(body)
        if problem:
            return self.api_error(400, problem)
        ok, result = self.server.store.push(conn, workspace, expected, body, doc.get("device"))
        if not ok:
            return self.send_json(412, {"error": "the head has moved: pull, merge and push again", "head": result})
        location = f"/api/workspaces/{workspace}/snapshots/{result['id']}"
        self.send_json(
            201,
            {"id": result["id"], "sha256": result["sha256"], "parent": result["parent"]},
            (("Location", location), ("ETag", f'"{result["sha256"]}"')),
        )


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(self, address, root, store, max_bytes, cors_origin):
        self.root = root
        self.store = store
        self.max_bytes = max_bytes
        self.cors_origin = cors_origin
        super().__init__(address, Handler)


# ---------------------------------------------------------------------------------------------------
# Command line


def serve(args):
    root = os.path.realpath(args.root)
    if not os.path.isfile(os.path.join(root, "index.html")):
        print(
            f"serve.py: no web build in {args.root} (index.html is missing). Build it first with tools/build, "
            "or point --root at the web output folder.",
            file=sys.stderr,
        )
        return 1
    try:
        store = Store(args.data)
    except (OSError, sqlite3.Error) as e:
        print(f"serve.py: cannot open the store in {args.data}: {e}", file=sys.stderr)
        return 1
    try:
        server = Server((args.host, args.port), root, store, args.max_bytes, args.cors_origin)
    except OSError as e:
        if e.errno == errno.EADDRINUSE:
            print(
                f"serve.py: port {args.port} on {args.host} is already in use; stop the other server or pick "
                "another with --port.",
                file=sys.stderr,
            )
        else:
            print(f"serve.py: cannot listen on {args.host}:{args.port}: {e.strerror or e}", file=sys.stderr)
        return 1
    host, port = server.server_address[:2]
    shown = f"[{host}]" if ":" in host else host
    print(f"Overblik: http://{shown}:{port}/", flush=True)

    def stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def admin(args):
    store = Store(args.data)
    conn = store.connect()
    try:
        if args.group == "workspace":
            if args.action == "create":
                created = store.create_workspace(conn, args.id)
                print(f"workspace {args.id} {'created' if created else 'already exists'}")
            else:
                for workspace, created, count in store.workspaces(conn):
                    print(f"{workspace}\tcreated {created}\t{count} snapshots")
        elif args.action == "create":
            token = store.create_token(conn, args.workspace)
            print(token)
            print(
                f"(token for workspace {args.workspace}; it is shown only this once: give it to the device now)",
                file=sys.stderr,
            )
        elif args.action == "list":
            for token_id, workspace, created, revoked in store.tokens(conn, args.workspace):
                state = f"revoked {revoked}" if revoked else "active"
                print(f"{token_id}\t{workspace}\tcreated {created}\t{state}")
        else:
            store.revoke_token(conn, args.token_id)
            print(f"token {args.token_id} revoked")
    finally:
        conn.close()
    return 0


def parse_args(argv):
    data_help = "folder of the sync store (default: ./data)"
    if argv and argv[0] in ("token", "workspace"):
        parser = argparse.ArgumentParser(prog="serve.py", description="Manage sync workspaces and tokens.")
        groups = parser.add_subparsers(dest="group", required=True)
        ws = groups.add_parser("workspace", help="create or list workspaces")
        ws = ws.add_subparsers(dest="action", required=True)
        p = ws.add_parser("create", help="create a workspace")
        p.add_argument("id", help="1-64 characters of a-z, 0-9 and '-'")
        p.add_argument("--data", default="data", help=data_help)
        p = ws.add_parser("list", help="list workspaces")
        p.add_argument("--data", default="data", help=data_help)
        tok = groups.add_parser("token", help="create, list or revoke bearer tokens").add_subparsers(
            dest="action", required=True
        )
        p = tok.add_parser("create", help="create a token for a workspace (printed once)")
        p.add_argument("workspace")
        p.add_argument("--data", default="data", help=data_help)
        p = tok.add_parser("list", help="list tokens (ids only, never the secrets)")
        p.add_argument("workspace", nargs="?")
        p.add_argument("--data", default="data", help=data_help)
        p = tok.add_parser("revoke", help="revoke a token by its id")
        p.add_argument("token_id")
        p.add_argument("--data", default="data", help=data_help)
        return parser.parse_args(argv)
    parser = argparse.ArgumentParser(
        prog="serve.py",
        description="Serve the Overblik web app and its sync API. Subcommands: workspace create|list, "
        "token create|list|revoke (see docs/server.md).",
    )
    parser.add_argument("--root", default="build/web", help="web output folder (default: build/web)")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port (default: 8000; 0 picks a free one)")
    parser.add_argument("--data", default="data", help=data_help)
    parser.add_argument(
        "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="largest snapshot accepted (default: 50 MB)"
    )
    parser.add_argument("--cors-origin", default=None, help="allow this one origin to call the API (default: none)")
    args = parser.parse_args(argv)
    args.group = None
    return args


def main(argv):
    args = parse_args(argv)
    try:
        return serve(args) if args.group is None else admin(args)
    except UserError as e:
        print(f"serve.py: {e}", file=sys.stderr)
        return 2
    except sqlite3.Error as e:
        print(f"serve.py: store error in {args.data}: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
