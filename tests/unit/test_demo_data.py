"""Demo data is marked row by row; removing it keeps everything the user made."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys

from secretary_app.services import groups, requests
from secretary_app.services.demo import run_demo
from secretary_app.services.demo.marking import demo_group_ids, has_demo, remove_demo


def _count(store, table: str) -> int:
    con = sqlite3.connect(store.path)
    try:
        return con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def test_removal_takes_the_demo_rows_and_keeps_the_users_own(store):
    own = groups.create_group(store, "Egen gruppe", "Q", groups.get_or_create_council(store, "Aarhus Kommune").id)
    own_member = groups.create_member(store, own.id, groups.MemberInput(name="Egen Person"))
    own_req = requests.create_request(store, own.id, own_member.id, "speech", "Min egen tale")
    run_demo(store, seed=3, today=dt.date(2026, 3, 1))
    assert has_demo(store) and own.id not in demo_group_ids(store)
    demo_gid = sorted(demo_group_ids(store))[0]
    demo_member = groups.list_members(store, demo_gid)[0]
    # The user works inside a demo group too: that request and what it hangs on stay.
    mine_in_demo = requests.create_request(store, demo_gid, demo_member.id, "speech", "Brugerens egen opgave")

    result = remove_demo(store)

    assert result.total > 1000
    ids = {g.id for g in groups.list_groups(store)}
    assert ids == {own.id, demo_gid}
    assert requests.get_request(store, own_req.id).title == "Min egen tale"
    assert requests.get_request(store, mine_in_demo.id).title == "Brugerens egen opgave"
    assert [m.id for m in groups.list_members(store, demo_gid)] == [demo_member.id]
    # Only the user's two requests are left; the demo's 1,900 went.
    assert _count(store, "request") == 2
    assert result.kept.get("party_group") == 1 and result.kept.get("member") == 1


def test_a_seeding_killed_halfway_is_still_removed(store):
    from secretary_app.services.demo import marking

    marking.begin_marking(store)
    groups.create_group(store, "Halvt seedet", "H")  # what the seeder wrote before it was killed
    assert remove_demo(store).removed.get("party_group") == 1
    assert groups.list_groups(store) == []


def test_cli_demo_remove(data_dir):
    cli = [sys.executable, "-m", "secretary_app", "--data-dir", str(data_dir)]
    subprocess.run([*cli, "demo", "--seed", "1"], check=True, capture_output=True)
    out = subprocess.run([*cli, "demo", "--remove"], check=True, capture_output=True, text=True).stdout
    assert out.startswith("Demodata fjernet:")
    con = sqlite3.connect(data_dir / "secretary.sqlite3")
    assert con.execute("SELECT COUNT(*) FROM party_group").fetchone()[0] == 0
    assert con.execute("SELECT COUNT(*) FROM request").fetchone()[0] == 0
    con.close()
    again = subprocess.run([*cli, "--lang", "en", "demo", "--remove"], capture_output=True, text=True)
    assert again.returncode == 0 and "no demo data" in again.stdout
