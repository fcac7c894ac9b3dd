"""serve.py as a static server: content types, caching, security headers, traversal, start-up errors."""

import os
import socket
import subprocess
import sys
import unittest

from serverkit import HOST, SECURITY, SERVE, WEB_FILES, ServerProcess, Workdir, assert_security_headers, free_port



def header_block(raw):
    """Status code and headers (lower-cased names) of a raw HTTP response."""
    head = raw.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
    status = int(head[0].split()[1])
    headers = {}
    for line in head[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return status, headers


class StaticFiles(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.work = Workdir()
        os.makedirs(os.path.join(cls.work.root, "empty-dir"))
        os.symlink(os.path.join(cls.work.path, "secret.txt"), os.path.join(cls.work.root, "link.txt"))
        cls.server = ServerProcess(cls.work).start()

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()
        cls.work.cleanup()

    def test_files_are_served_byte_exact_with_their_content_type(self):
        expected = {
            "/": ("text/html; charset=utf-8", WEB_FILES["index.html"]),
            "/index.html": ("text/html; charset=utf-8", WEB_FILES["index.html"]),
            "/app.wasm": ("application/wasm", WEB_FILES["app.wasm"]),
            "/app.3f2a9c1b.wasm": ("application/wasm", WEB_FILES["app.3f2a9c1b.wasm"]),
            "/app.js": ("text/javascript; charset=utf-8", WEB_FILES["app.js"]),
            "/style.css": ("text/css; charset=utf-8", WEB_FILES["style.css"]),
            "/manifest.webmanifest": ("application/manifest+json", WEB_FILES["manifest.webmanifest"]),
            "/assets/logo.svg": ("image/svg+xml", WEB_FILES["assets/logo.svg"]),
        }
        for path, (ctype, body) in expected.items():
            status, headers, data = self.server.request("GET", path)
            self.assertEqual(status, 200, path)
            self.assertEqual(headers["Content-Type"], ctype, path)
            self.assertEqual(data, body, path)
            self.assertEqual(int(headers["Content-Length"]), len(body), path)

    def test_cache_policy_revalidates_entry_points_and_keeps_hashed_files(self):
        no_cache = ["/", "/index.html", "/sw.js", "/manifest.webmanifest", "/app.wasm", "/app.js", "/style.css"]
        for path in no_cache:
            status, headers, _ = self.server.request("GET", path)
            self.assertEqual((status, headers["Cache-Control"]), (200, "no-cache"), path)
        for path in ["/app.3f2a9c1b.wasm", "/app.0123456789abcdef.js"]:
            status, headers, _ = self.server.request("GET", path)
            self.assertEqual(status, 200, path)
            self.assertIn("immutable", headers["Cache-Control"], path)
            self.assertIn("max-age=31536000", headers["Cache-Control"], path)

    def test_etag_revalidation_answers_304_without_body(self):
        status, headers, _ = self.server.request("GET", "/app.wasm")
        etag = headers["ETag"]
        status, headers, data = self.server.request("GET", "/app.wasm", headers={"If-None-Match": etag})
        self.assertEqual((status, data), (304, b""))
        assert_security_headers(self, headers, "304")
        status, _, data = self.server.request("GET", "/app.wasm", headers={"If-None-Match": '"other"'})
        self.assertEqual((status, data), (200, WEB_FILES["app.wasm"]))

    def test_head_gives_headers_only(self):
        status, headers, data = self.server.request("HEAD", "/app.wasm")
        self.assertEqual((status, data), (200, b""))
        self.assertEqual(headers["Content-Type"], "application/wasm")
        self.assertEqual(int(headers["Content-Length"]), len(WEB_FILES["app.wasm"]))

    def test_security_headers_on_every_kind_of_response(self):
        cases = [
            ("GET", "/", None, {}),
            ("GET", "/app.wasm", None, {}),
            ("GET", "/missing.js", None, {}),
            ("POST", "/index.html", b"x", {}),
            ("DELETE", "/api/workspaces/demo/snapshots", None, {}),
            ("GET", "/api/workspaces/demo/head", None, {}),
            ("GET", "/api/workspaces/BAD_ID/head", None, {}),
            ("GET", "/api/nothing-here", None, {}),
            ("GET", "/api/health", None, {}),
        ]
        seen = set()
        for method, path, body, headers in cases:
            status, h, _ = self.server.request(method, path, body, headers)
            seen.add(status)
            assert_security_headers(self, h, f"{method} {path} ({status})")
        self.assertTrue({200, 400, 401, 404, 405} <= seen, seen)
        # Requests the HTTP parser itself rejects (bad request line, too many headers) still get them.
        too_many_headers = b"GET / HTTP/1.1\r\n" + b"".join(b"X-%d: y\r\n" % i for i in range(120)) + b"\r\n"
        for raw, expected in [(b"GET /x HTTP/1.1 extra\r\n\r\n", 400), (too_many_headers, 431)]:
            status, h = header_block(self.server.raw(raw))
            self.assertEqual(status, expected, raw[:20])
            for name, value in SECURITY.items():
                self.assertEqual(h.get(name.lower()), value, raw[:20])
            self.assertIn("frame-ancestors 'none'", h.get("content-security-policy", ""))

    def test_no_directory_listing(self):
        for path in ["/assets/", "/assets", "/empty-dir/", "/empty-dir"]:
            status, _, data = self.server.request("GET", path)
            self.assertEqual(status, 404, path)
            self.assertNotIn(b"logo.svg", data, path)

    def test_path_traversal_is_refused(self):
        attempts = [
            b"/../secret.txt",
            b"/../../../../etc/passwd",
            b"/assets/../../secret.txt",
            b"/%2e%2e/secret.txt",
            b"/%2E%2E/%2E%2E/etc/passwd",
            b"/assets/..%2f..%2fsecret.txt",
            b"/..%5csecret.txt",
            b"/%252e%252e/secret.txt",
            b"//etc/passwd",
            b"/link.txt",
            b"/%00index.html",
            b"/index.html%00.js",
            b"/.%2e/secret.txt",
        ]
        for path in attempts:
            raw = self.server.raw(b"GET " + path + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            status, _ = header_block(raw)
            self.assertIn(status, (400, 404), path)
            self.assertNotIn(b"outside the web root", raw, path)
            self.assertNotIn(b"root:", raw, path)

    def test_no_cors_unless_configured(self):
        status, headers, _ = self.server.request("GET", "/api/health", headers={"Origin": "https://evil.example"})
        self.assertEqual(status, 200)
        self.assertIsNone(headers.get("Access-Control-Allow-Origin"))
        status, headers, _ = self.server.request(
            "OPTIONS", "/api/workspaces/demo/snapshots", headers={"Origin": "https://evil.example"}
        )
        self.assertIsNone(headers.get("Access-Control-Allow-Origin"))
        self.assertNotIn(status, (200, 204))

    def test_access_log_has_method_path_status_but_no_query_or_body(self):
        self.server.request("GET", "/app.wasm?name=Jensen&cpr=0101011234")
        self.server.request(
            "POST",
            "/api/workspaces/demo/snapshots?child=Jensen",
            b'{"child": "Mette Jensen"}',
            {"If-Match": "none", "Authorization": "Bearer nope"},
        )
        self.server.stop()
        try:
            log = self.server.log()
            self.assertIn('"GET /app.wasm" 200', log)
            self.assertIn('"POST /api/workspaces/demo/snapshots" 401', log)
            for private in ("Jensen", "cpr", "0101011234", "nope", "child"):
                self.assertNotIn(private, log)
        finally:
            type(self).server = ServerProcess(self.work).start()


class CorsConfigured(unittest.TestCase):
    def test_only_the_configured_origin_is_allowed(self):
        work = Workdir()
        server = ServerProcess(work, "--cors-origin", "https://app.example").start()
        try:
            status, headers, _ = server.request("GET", "/api/health", headers={"Origin": "https://app.example"})
            self.assertEqual(headers.get("Access-Control-Allow-Origin"), "https://app.example")
            status, headers, _ = server.request(
                "OPTIONS",
                "/api/workspaces/demo/snapshots",
                headers={"Origin": "https://app.example", "Access-Control-Request-Method": "POST"},
            )
            self.assertEqual(status, 204)
            self.assertIn("If-Match", headers.get("Access-Control-Allow-Headers"))
            self.assertIn("Authorization", headers.get("Access-Control-Allow-Headers"))
            status, headers, _ = server.request("GET", "/api/health", headers={"Origin": "https://other.example"})
            self.assertIsNone(headers.get("Access-Control-Allow-Origin"))
        finally:
            server.stop()
            work.cleanup()


class StartupErrors(unittest.TestCase):
    def setUp(self):
        self.work = Workdir()

    def tearDown(self):
        self.work.cleanup()

    def run_serve(self, *args):
        return subprocess.run(
            [sys.executable, SERVE, "--data", self.work.data, "--host", HOST, *args],
            capture_output=True,
            text=True,
            timeout=60,
        )

    def test_missing_web_build_exits_with_a_message(self):
        empty = os.path.join(self.work.path, "no-build")
        os.makedirs(empty)
        out = self.run_serve("--root", empty, "--port", "0")
        self.assertNotEqual(out.returncode, 0)
        self.assertIn("index.html", out.stderr)
        self.assertIn("tools/build", out.stderr)
        self.assertNotIn("Traceback", out.stderr)
        out = self.run_serve("--root", os.path.join(self.work.path, "does-not-exist"), "--port", "0")
        self.assertNotEqual(out.returncode, 0)
        self.assertIn("index.html", out.stderr)

    def test_port_taken_exits_with_a_message(self):
        port = free_port()
        with socket.socket() as holder:
            holder.bind((HOST, port))
            holder.listen()
            out = self.run_serve("--root", self.work.root, "--port", str(port))
        self.assertNotEqual(out.returncode, 0)
        self.assertIn(f"port {port}", out.stderr)
        self.assertIn("already in use", out.stderr)
        self.assertNotIn("Traceback", out.stderr)

    def test_prints_the_url_on_start(self):
        server = ServerProcess(self.work).start()
        try:
            self.assertGreater(server.port, 0)
            status, _, data = server.request("GET", "/")
            self.assertEqual((status, data), (200, WEB_FILES["index.html"]))
        finally:
            server.stop()
        self.assertEqual(server.proc.returncode, 0)


if __name__ == "__main__":
    unittest.main()
