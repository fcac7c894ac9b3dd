"""An acknowledged push survives SIGKILL: the server is killed at random points while a client pushes in a
loop, then restarted; every snapshot answered with 201 must be there with its sha256, the store must pass
integrity_check, and no stored snapshot may be torn (body, size and sha256 agree; parents chain)."""

import hashlib
import http.client
import json
import os
import random
import sqlite3
import threading
import time
import unittest

from serverkit import ServerProcess, Workdir

WS = "durable"
ROUNDS = int(os.environ.get("OVERBLIK_KILL_ROUNDS", "100"))
# A safety net: a round costs about 0.3 s of CPU (1.2 s of wall time when the 2 cores were shared with
# builds at load 16); stop (and fail) rather than run on.
TIME_LIMIT = float(os.environ.get("OVERBLIK_KILL_SECONDS", "240"))
MAX_KILL_DELAY = 0.03  # seconds after the client's first answer; a push takes a few milliseconds


class Pusher(threading.Thread):
    """Pushes small snapshots in a loop until the connection breaks, remembering what was acknowledged."""

    def __init__(self, server, token, round_no, acked):
        super().__init__(daemon=True)
        self.server, self.token, self.round_no, self.acked = server, token, round_no, acked
        self.first_answer = threading.Event()
        self.first_ack = threading.Event()
        self.killed_mid_push = False
        self.error = None  # a wrong answer seen by the thread, reported by the test

    def run(self):
        conn = self.server.connection(timeout=10)
        auth = {"Authorization": f"Bearer {self.token}"}
        try:
            conn.request("GET", f"/api/workspaces/{WS}/head", headers=auth)
            head = json.loads(conn.getresponse().read())["head"] or "none"
            self.first_answer.set()
            n = 0
            while True:
                body = json.dumps(
                    {"format": "overblik-snapshot", "version": 1, "round": self.round_no, "n": n,
                     "pad": os.urandom(random.randint(0, 300)).hex()}
                ).encode()
                try:
                    headers = {**auth, "If-Match": head}
                    conn.request("POST", f"/api/workspaces/{WS}/snapshots", body=body, headers=headers)
                    resp = conn.getresponse()
                    doc = json.loads(resp.read())
                except (OSError, http.client.HTTPException, ValueError):
                    self.killed_mid_push = True
                    return
                if resp.status == 201:
                    self.acked[doc["id"]] = hashlib.sha256(body).hexdigest()
                    if doc["sha256"] != self.acked[doc["id"]]:
                        self.error = f"201 with sha256 {doc['sha256']} for a body hashing to {self.acked[doc['id']]}"
                        return
                    head = doc["id"]
                    self.first_ack.set()
                elif resp.status == 412:
                    head = doc["head"]
                else:
                    self.error = f"unexpected {resp.status}: {doc}"
                    return
                n += 1
        except (OSError, http.client.HTTPException, ValueError):
            pass  # killed before or during the first request
        finally:
            self.first_answer.set()
            self.first_ack.set()
            conn.close()


class SurvivesSigkill(unittest.TestCase):
    def setUp(self):
        self.work = Workdir()
        self.token = self.work.workspace_with_token(WS)
        self.db_path = os.path.join(self.work.data, "overblik-sync.sqlite3")

    def tearDown(self):
        self.work.cleanup()

    def check_store(self, acked, what):
        """Integrity, no torn rows, a single parent chain, and every acknowledged snapshot present."""
        db = sqlite3.connect(self.db_path, timeout=10)
        try:
            self.assertEqual(db.execute("PRAGMA integrity_check").fetchall(), [("ok",)], what)
            rows = db.execute(
                "SELECT seq, id, parent, sha256, size, body FROM snapshots WHERE workspace = ? ORDER BY seq", (WS,)
            ).fetchall()
        finally:
            db.close()
        stored = {}
        previous = None
        for seq, sid, parent, sha, size, body in rows:
            self.assertEqual(hashlib.sha256(body).hexdigest(), sha, f"{what}: torn body in {sid}")
            self.assertEqual(len(body), size, f"{what}: size of {sid}")
            self.assertEqual(json.loads(body)["format"], "overblik-snapshot", what)
            self.assertEqual(parent, previous, f"{what}: parent chain broken at {sid}")
            self.assertTrue(sid.startswith(f"{seq:08d}-"), sid)
            stored[sid] = sha
            previous = sid
        missing = {sid for sid in acked if stored.get(sid) != acked[sid]}
        self.assertEqual(missing, set(), f"{what}: acknowledged snapshots lost or changed")
        return rows

    def test_acknowledged_snapshots_survive_sigkill_at_random_points(self):
        rng = random.Random(os.environ.get("OVERBLIK_KILL_SEED", "20240101"))
        acked = {}
        kills_mid_push = 0
        started = time.monotonic()
        rounds_done = 0
        for round_no in range(ROUNDS):
            if time.monotonic() - started > TIME_LIMIT:
                break
            server = ServerProcess(self.work).start()
            try:
                if acked:  # after the restart the newest acknowledged snapshot is served intact
                    last = max(acked)
                    status, h, body = server.request("GET", f"/api/workspaces/{WS}/snapshots/{last}", token=self.token)
                    self.assertEqual((status, hashlib.sha256(body).hexdigest()), (200, acked[last]))
                pusher = Pusher(server, self.token, round_no, acked)
                pusher.start()
                # Mostly kill after a first acknowledged push (so every round has something to lose),
                # sometimes right after the first answer (killing the first push of a fresh process).
                (pusher.first_ack if rng.random() < 0.8 else pusher.first_answer).wait(10)
                time.sleep(rng.uniform(0, MAX_KILL_DELAY))
            finally:
                server.kill()
            pusher.join(15)
            self.assertFalse(pusher.is_alive())
            self.assertIsNone(pusher.error)
            kills_mid_push += pusher.killed_mid_push
            self.check_store(acked, f"after kill {round_no}")
            rounds_done += 1

        elapsed = time.monotonic() - started
        print(
            f"\n  SIGKILL: {rounds_done} kills in {elapsed:.1f} s, {kills_mid_push} mid-push, "
            f"{len(acked)} acknowledged snapshots all present",
            end=" ",
        )
        self.assertEqual(rounds_done, ROUNDS, f"only {rounds_done} kill rounds within {TIME_LIMIT} s")
        self.assertGreaterEqual(kills_mid_push, ROUNDS // 2, "too few kills landed during a push")
        self.assertGreaterEqual(len(acked), ROUNDS // 2, "too few pushes were acknowledged to mean anything")

        # A final clean start lists the whole history in order.
        server = ServerProcess(self.work).start()
        try:
            status, hist = server.get_json(f"/api/workspaces/{WS}/snapshots", self.token)
        finally:
            server.stop()
        self.assertEqual(status, 200)
        listed = {r["id"]: r["sha256"] for r in hist["snapshots"]}
        self.assertTrue(all(listed.get(sid) == sha for sid, sha in acked.items()))


if __name__ == "__main__":
    unittest.main()
