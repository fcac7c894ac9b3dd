"""The sync API: tokens, compare-and-swap pushes, history, limits and validation."""

import hashlib
import json
import os
import socket
import sqlite3
import threading
import unittest

from serverkit import HOST, ServerProcess, Workdir, assert_security_headers, snapshot_body

WS = "kommune-a"
OTHER = "kommune-b"
MAX_BYTES = 4096


class SyncApi(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.work = Workdir()
        cls.token = cls.work.workspace_with_token(WS, via_cli=True)
        cls.other_token = cls.work.workspace_with_token(OTHER)
        cls.server = ServerProcess(cls.work, "--max-bytes", str(MAX_BYTES)).start()

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()
        cls.work.cleanup()

    def fresh_workspace(self, name):
        return self.work.workspace_with_token(name)

    def head(self, ws, token):
        status, doc = self.server.get_json(f"/api/workspaces/{ws}/head", token)
        self.assertEqual(status, 200)
        return doc

    # --- tokens ---

    def test_missing_or_wrong_token_is_401_with_bearer_challenge(self):
        wrong = self.token[:-4] + ("AAAA" if not self.token.endswith("AAAA") else "BBBB")
        for token in (None, "", "not-a-token", wrong, "ovb_0000000000000000_" + "A" * 43):
            for method, path in [("GET", f"/api/workspaces/{WS}/head"), ("GET", f"/api/workspaces/{WS}/snapshots")]:
                headers = {} if token is None else {"Authorization": f"Bearer {token}"}
                status, h, body = self.server.request(method, path, headers=headers)
                self.assertEqual(status, 401, (token, path))
                self.assertTrue(h["WWW-Authenticate"].startswith("Bearer"), (token, path))
                self.assertIn("error", json.loads(body))
        status, h, _ = self.server.request(
            "GET", f"/api/workspaces/{WS}/head", headers={"Authorization": f"Basic {self.token}"}
        )
        self.assertEqual(status, 401)

    def test_another_workspaces_token_is_refused_with_401(self):
        status, h, _ = self.server.request("GET", f"/api/workspaces/{WS}/head", token=self.other_token)
        self.assertEqual(status, 401)
        self.assertIn('error="invalid_token"', h["WWW-Authenticate"])
        status, _ = self.server.push(WS, self.other_token, snapshot_body(), "none")
        self.assertEqual(status, 401)
        # The same token is good for its own workspace, and an unknown workspace is no different.
        self.assertEqual(self.server.request("GET", f"/api/workspaces/{OTHER}/head", token=self.other_token)[0], 200)
        self.assertEqual(self.server.request("GET", "/api/workspaces/nobody/head", token=self.other_token)[0], 401)

    def test_revoked_token_stops_working_and_only_a_hash_is_stored(self):
        ws = "revocation"
        token = self.work.workspace_with_token(ws, via_cli=True)
        self.assertRegex(token, r"^ovb_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$")
        self.assertEqual(self.server.request("GET", f"/api/workspaces/{ws}/head", token=token)[0], 200)
        listing = self.work.admin("token", "list", ws).stdout
        # The secret is base64url and may itself hold "_": split off the prefix and id only.
        _, token_id, secret = token.split("_", 2)
        self.assertEqual(len(secret), 43)
        self.assertIn(token_id, listing)
        self.assertIn("active", listing)
        self.assertNotIn(secret, listing)
        with open(os.path.join(self.work.data, "overblik-sync.sqlite3"), "rb") as f:
            self.assertNotIn(secret.encode(), f.read())
        self.work.admin("token", "revoke", token_id)
        self.assertIn("revoked", self.work.admin("token", "list", ws).stdout)
        self.assertEqual(self.server.request("GET", f"/api/workspaces/{ws}/head", token=token)[0], 401)
        self.assertNotEqual(self.work.admin("token", "revoke", token_id, check=False).returncode, 0)

    def test_token_for_unknown_workspace_is_refused_by_the_command(self):
        out = self.work.admin("token", "create", "never-created", check=False)
        self.assertNotEqual(out.returncode, 0)
        self.assertIn("workspace create", out.stderr)
        out = self.work.admin("workspace", "create", "Bad_Id", check=False)
        self.assertNotEqual(out.returncode, 0)
        listing = self.work.admin("workspace", "list").stdout
        self.assertIn(WS, listing)
        self.assertNotIn("never-created", listing)
        self.assertIn("already exists", self.work.admin("workspace", "create", WS).stdout)

    # --- pushes, head, history ---

    def test_push_then_pull_gives_the_exact_bytes_and_sha256(self):
        ws = "roundtrip"
        token = self.fresh_workspace(ws)
        self.assertEqual(self.head(ws, token), {"head": None, "sha256": None})
        body = b'{"format": "overblik-snapshot", "version": 1, "text": "\xc3\xb8re \\u00e6",   "x": [1, 2]}'
        status, doc = self.server.push(ws, token, body, "none")
        self.assertEqual(status, 201)
        sha = hashlib.sha256(body).hexdigest()
        self.assertEqual(doc["sha256"], sha)
        self.assertIsNone(doc["parent"])
        self.assertEqual(self.head(ws, token), {"head": doc["id"], "sha256": sha})
        status, h, data = self.server.request("GET", f"/api/workspaces/{ws}/snapshots/{doc['id']}", token=token)
        self.assertEqual(status, 200)
        self.assertEqual(data, body)
        self.assertEqual(h["ETag"], f'"{sha}"')
        self.assertEqual(h["X-Snapshot-Sha256"], sha)
        self.assertEqual(h["Cache-Control"], "no-store")

    def test_if_match_is_required_and_a_stale_head_gets_412(self):
        ws = "cas"
        token = self.fresh_workspace(ws)
        status, doc = self.server.push(ws, token, snapshot_body(1), None)
        self.assertEqual(status, 428)
        self.assertIn("If-Match", doc["error"])
        status, first = self.server.push(ws, token, snapshot_body(1), "none")
        self.assertEqual(status, 201)
        status, doc = self.server.push(ws, token, snapshot_body(2), "none")
        self.assertEqual((status, doc["head"]), (412, first["id"]))
        status, second = self.server.push(ws, token, snapshot_body(2), f'"{first["id"]}"')  # quoted ETag form
        self.assertEqual((status, second["parent"]), (201, first["id"]))
        status, doc = self.server.push(ws, token, snapshot_body(3), first["id"])
        self.assertEqual((status, doc["head"]), (412, second["id"]))
        status, doc = self.server.push(ws, token, snapshot_body(3), "00000099-aaaaaaaaaaaa")
        self.assertEqual((status, doc["head"]), (412, second["id"]))
        self.assertEqual(self.head(ws, token)["head"], second["id"])

    def test_history_lists_every_snapshot_append_only(self):
        ws = "history"
        token = self.fresh_workspace(ws)
        bodies = [snapshot_body(i, device=f"laptop-{i % 2}") for i in range(5)]
        bodies.append(json.dumps({"format": "overblik-delta", "version": 2}).encode())
        pushed = []
        head = "none"
        for body in bodies:
            status, doc = self.server.push(ws, token, body, head)
            self.assertEqual(status, 201)
            pushed.append(doc)
            head = doc["id"]
        self.assertEqual(len({d["id"] for d in pushed}), len(bodies))
        status, hist = self.server.get_json(f"/api/workspaces/{ws}/snapshots", token)
        self.assertEqual(status, 200)
        self.assertEqual(hist["head"], pushed[-1]["id"])
        rows = hist["snapshots"]
        self.assertEqual([r["id"] for r in rows], [d["id"] for d in pushed])
        self.assertEqual([r["parent"] for r in rows], [None] + [d["id"] for d in pushed[:-1]])
        self.assertEqual([r["sha256"] for r in rows], [hashlib.sha256(b).hexdigest() for b in bodies])
        self.assertEqual([r["size"] for r in rows], [len(b) for b in bodies])
        self.assertEqual([r["device"] for r in rows], ["laptop-0", "laptop-1"] * 2 + ["laptop-0", None])
        self.assertTrue(all(r["created"].endswith("Z") for r in rows))
        self.assertEqual(rows, sorted(rows, key=lambda r: r["id"]))
        # Every earlier snapshot is still there, byte for byte.
        for doc, body in zip(pushed, bodies):
            status, _, data = self.server.request("GET", f"/api/workspaces/{ws}/snapshots/{doc['id']}", token=token)
            self.assertEqual((status, data), (200, body))
        # Nothing in the API rewrites or deletes, and the store itself refuses to.
        for method in ("PUT", "DELETE", "PATCH"):
            status, h, _ = self.server.request(method, f"/api/workspaces/{ws}/snapshots/{pushed[0]['id']}", token=token)
            self.assertEqual(status, 405, method)
            self.assertEqual(h["Allow"], "GET")
        db = sqlite3.connect(os.path.join(self.work.data, "overblik-sync.sqlite3"), timeout=10)
        try:
            rewrites = (
                "UPDATE snapshots SET body = x'00' WHERE workspace = ?",
                "DELETE FROM snapshots WHERE workspace = ?",
            )
            for sql in rewrites:
                with self.assertRaisesRegex(sqlite3.DatabaseError, "append-only"):
                    db.execute(sql, (ws,))
        finally:
            db.close()
        status, hist = self.server.get_json(f"/api/workspaces/{ws}/snapshots", token)
        self.assertEqual(len(hist["snapshots"]), len(bodies))

    def test_history_and_snapshots_are_kept_per_workspace(self):
        head = self.head(OTHER, self.other_token)["head"] or "none"
        status, doc = self.server.push(OTHER, self.other_token, snapshot_body(7), head)
        self.assertEqual(status, 201)
        status, _, _ = self.server.request("GET", f"/api/workspaces/{WS}/snapshots/{doc['id']}", token=self.token)
        self.assertIn(status, (401, 404))
        status, hist = self.server.get_json(f"/api/workspaces/{WS}/snapshots", self.token)
        self.assertNotIn(doc["id"], [r["id"] for r in hist["snapshots"]])

    def test_unknown_snapshot_and_bad_ids(self):
        for snap in ("00000001-000000000000", "nope", "..", "00000001-ZZZZZZZZZZZZ"):
            status, _, _ = self.server.request("GET", f"/api/workspaces/{WS}/snapshots/{snap}", token=self.token)
            self.assertEqual(status, 404, snap)
        for ws in ("UPPER", "a_b", "x" * 65, "%2e%2e", "with%20space"):
            status, h, body = self.server.request("GET", f"/api/workspaces/{ws}/head", token=self.token)
            self.assertEqual(status, 400, ws)
            self.assertIn("a-z", json.loads(body)["error"])

    def test_security_headers_on_every_api_answer(self):
        ws = "headers"
        token = self.fresh_workspace(ws)
        path = f"/api/workspaces/{ws}/snapshots"
        auth = {"Authorization": f"Bearer {token}"}
        cases = [
            ("POST", path, snapshot_body(1), {**auth, "If-Match": "none"}, 201),
            ("POST", path, snapshot_body(2), {**auth, "If-Match": "none"}, 412),
            ("POST", path, snapshot_body(2), auth, 428),
            ("POST", path, b"{", {**auth, "If-Match": "none"}, 400),
            ("POST", path, b"x" * (MAX_BYTES + 1), {**auth, "If-Match": "none"}, 413),
            ("GET", path, None, auth, 200),
            ("GET", path + "/00000009-000000000000", None, auth, 404),
            ("GET", path, None, {"Authorization": "Bearer nope"}, 401),
            ("PUT", path, b"{}", auth, 405),
        ]
        for method, p, body, headers, expected in cases:
            status, h, _ = self.server.request(method, p, body, headers)
            self.assertEqual(status, expected, (method, p, expected))
            assert_security_headers(self, h, f"{method} {p} ({status})")

    # --- limits and validation ---

    def test_oversize_push_is_413_before_the_body_is_read(self):
        ws = "limits"
        token = self.fresh_workspace(ws)
        # Announce a body over the limit but send none: the answer must come without waiting for it.
        with socket.create_connection((HOST, self.server.port), timeout=10) as s:
            s.sendall(
                (
                    f"POST /api/workspaces/{ws}/snapshots HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n"
                    f"If-Match: none\r\nContent-Type: application/json\r\nContent-Length: {50 * 1024 * 1024}\r\n\r\n"
                ).encode()
            )
            reply = b""
            while chunk := s.recv(65536):  # the server closes: the announced body is never read
                reply += chunk
        self.assertTrue(reply.startswith(b"HTTP/1.1 413 "), reply[:40])
        self.assertIn(b"over the limit", reply)
        # Just over and just at the limit, sent whole.
        filler = "x" * (MAX_BYTES - len(snapshot_body(0, pad="")))
        at_limit = snapshot_body(0, pad=filler)
        self.assertEqual(len(at_limit), MAX_BYTES)
        status, doc = self.server.push(ws, token, snapshot_body(0, pad=filler + "x"), "none")
        self.assertEqual(status, 413)
        status, doc = self.server.push(ws, token, at_limit, "none")
        self.assertEqual(status, 201)

    def test_chunked_push_is_411_and_its_chunks_are_never_taken_for_requests(self):
        ws = "chunked"
        token = self.fresh_workspace(ws)
        smuggled = b"GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n"
        request = (
            f"POST /api/workspaces/{ws}/snapshots HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n"
            "If-Match: none\r\nTransfer-Encoding: chunked\r\n\r\n"
        ).encode() + b"%x\r\n%s\r\n0\r\n\r\n" % (len(smuggled), smuggled)
        reply = self.server.raw(request)
        self.assertTrue(reply.startswith(b"HTTP/1.1 411 "), reply[:40])
        self.assertEqual(reply.count(b"HTTP/1.1 "), 1, "the chunk was answered as a request")
        self.assertIsNone(self.head(ws, token)["head"])

    def test_malformed_bodies_are_400_with_the_reason_and_change_nothing(self):
        ws = "validation"
        token = self.fresh_workspace(ws)
        cases = {
            b'{"format": "overblik-snapshot", "version": }': "invalid JSON at line 1 column 44: Expecting value",
            b'{"format": "overblik-snapshot",\n "version": 1': "invalid JSON at line 2",
            b"": "invalid JSON at line 1 column 1",
            b"[1, 2]": "JSON object",
            b'"text"': "JSON object",
            b'{"version": 1}': '"format"',
            b'{"format": "csv", "version": 1}': '"format"',
            b'{"format": "overblik-snapshot"}': '"version"',
            b'{"format": "overblik-snapshot", "version": "1"}': '"version"',
            b'{"format": "overblik-snapshot", "version": true}': '"version"',
            b'{"format": "overblik-snapshot", "version": 1.5}': '"version"',
            b'{"format": "overblik-snapshot", "version": 1, "x": NaN}': "NaN",
            b'{"format": "overblik-snapshot", "version": 1, "device": 7}': '"device"',
            b'{"format": "overblik-snapshot", "version": 1, "s": "\xff"}': "UTF-8",
        }
        for body, reason in cases.items():
            status, doc = self.server.push(ws, token, body, "none")
            self.assertEqual(status, 400, body)
            self.assertIn(reason, doc["error"], body)
        self.assertEqual(self.head(ws, token)["head"], None)
        status, hist = self.server.get_json(f"/api/workspaces/{ws}/snapshots", token)
        self.assertEqual(hist["snapshots"], [])

    def test_keep_alive_connection_survives_errors_with_unread_bodies(self):
        ws = "keepalive"
        token = self.fresh_workspace(ws)
        conn = self.server.connection()
        try:
            headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
            conn.request("POST", f"/api/workspaces/{ws}/snapshots", body=snapshot_body(1), headers=headers)
            resp = conn.getresponse()
            resp.read()
            self.assertEqual(resp.status, 428)
            headers["If-Match"] = "none"
            conn.request("POST", f"/api/workspaces/{ws}/snapshots", body=snapshot_body(1), headers=headers)
            resp = conn.getresponse()
            self.assertEqual(resp.status, 201)
            resp.read()
        finally:
            conn.close()


class RacingPushers(unittest.TestCase):
    """Compare-and-swap under concurrency: of N pushers with the same If-Match exactly one wins."""

    ROUNDS = 25
    PUSHERS = 4

    def test_exactly_one_of_the_racing_pushes_wins_each_round(self):
        work = Workdir()
        token = work.workspace_with_token("race")
        server = ServerProcess(work).start()
        try:
            head = "none"
            for rnd in range(self.ROUNDS):
                barrier = threading.Barrier(self.PUSHERS)
                results = [None] * self.PUSHERS

                def pusher(i):
                    conn = server.connection()
                    try:
                        conn.connect()
                        body = snapshot_body(rnd, device=f"device-{i}")
                        headers = {"Authorization": f"Bearer {token}", "If-Match": head}
                        barrier.wait()
                        conn.request("POST", "/api/workspaces/race/snapshots", body=body, headers=headers)
                        resp = conn.getresponse()
                        results[i] = (resp.status, json.loads(resp.read()))
                    finally:
                        conn.close()

                threads = [threading.Thread(target=pusher, args=(i,)) for i in range(self.PUSHERS)]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join(30)
                statuses = sorted(r[0] for r in results)
                self.assertEqual(statuses, [201] + [412] * (self.PUSHERS - 1), f"round {rnd}")
                winner = next(doc for status, doc in results if status == 201)
                self.assertEqual(winner["parent"], None if head == "none" else head)
                for status, doc in results:
                    if status == 412:
                        self.assertEqual(doc["head"], winner["id"])
                head = winner["id"]
            status, hist = server.get_json("/api/workspaces/race/snapshots", token)
            self.assertEqual(len(hist["snapshots"]), self.ROUNDS)
            self.assertEqual(hist["head"], head)
        finally:
            server.stop()
            work.cleanup()


if __name__ == "__main__":
    unittest.main()
