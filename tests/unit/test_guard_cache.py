"""The guard's prepared rules are kept between processes, and a bad cache never changes an answer.

`guard check` (and the app's first check) loads the rules and the model from a pickle in the
user's cache folder when one was written for exactly these files and this code; anything else
(a torn file, a file others could have written, edited rules) builds the rules again.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from secretary_app.domain import guard, guard_cache

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data"


def _texts(n: int = 120) -> list[str]:
    lines = (DATA / "guard_set_a.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()][:n]


def _answers(book: guard.RuleBook, texts: list[str]) -> list[dict]:
    return [book.check(t).to_json("da", id=i) for i, t in enumerate(texts)]


def _cache_files(cache: Path) -> list[Path]:
    return sorted(cache.glob(f"{guard_cache.PREFIX}*{guard_cache.SUFFIX}"))


def test_a_cached_rulebook_answers_as_a_fresh_one(tmp_path):
    path = guard.rules_path()
    name = guard_cache.key(path)
    fresh = guard.RuleBook.load(path)
    guard_cache.store(tmp_path, name, guard.RuleBook.load(path))
    [kept] = _cache_files(tmp_path)
    if os.name == "posix":
        assert kept.stat().st_mode & 0o777 == 0o600
    cached = guard_cache.load(tmp_path, name)
    assert isinstance(cached, guard.RuleBook) and cached is not fresh
    texts = _texts()
    assert _answers(cached, texts) == _answers(fresh, texts)
    assert not list(tmp_path.glob(".guard-*"))  # no temporary file left behind


def test_the_cli_writes_the_cache_once_and_then_reads_it(tmp_path):
    env = dict(os.environ, SECRETARY_APP_DATA_DIR=str(tmp_path / "data"))
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n"
                           for i, t in enumerate(_texts(40))), "utf-8")
    run = [sys.executable, "-m", "secretary_app", "guard", "check", "--jsonl", str(src)]
    first = subprocess.run(run, cwd=REPO, env=env, capture_output=True, timeout=300)
    cache = tmp_path / "data" / "cache"
    [kept] = _cache_files(cache)
    stamp = kept.stat().st_mtime_ns
    second = subprocess.run(run, cwd=REPO, env=env, capture_output=True, timeout=300)
    assert first.returncode == second.returncode == 0
    assert first.stdout == second.stdout and first.stdout.count(b"\n") == 40
    assert _cache_files(cache) == [kept] and kept.stat().st_mtime_ns == stamp  # read, not rebuilt
    if os.name == "posix":
        assert cache.stat().st_mode & 0o777 == 0o700


@pytest.mark.parametrize("damage", ["torn", "garbage", "empty", "flipped", "not a rulebook"])
def test_a_damaged_cache_is_built_again(tmp_path, damage):
    path = guard.rules_path()
    name = guard_cache.key(path)
    guard_cache.store(tmp_path, name, guard.RuleBook.load(path))
    [kept] = _cache_files(tmp_path)
    raw = kept.read_bytes()
    payload = __import__("pickle").dumps({"rules": []})
    flipped = bytearray(raw)
    flipped[len(raw) * 2 // 3] ^= 0x10  # one changed byte in the middle of the stored code
    kept.write_bytes({"torn": raw[: len(raw) // 2], "garbage": os.urandom(4096), "empty": b"",
                      "flipped": bytes(flipped),
                      "not a rulebook": __import__("hashlib").sha256(payload).digest() + payload}[damage])
    assert guard_cache.load(tmp_path, name) is None


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_a_cache_file_others_may_write_is_never_read(tmp_path):
    path = guard.rules_path()
    name = guard_cache.key(path)
    guard_cache.store(tmp_path, name, guard.RuleBook.load(path))
    [kept] = _cache_files(tmp_path)
    kept.chmod(0o666)
    assert guard_cache.load(tmp_path, name) is None
    kept.chmod(0o600)
    assert guard_cache.load(tmp_path, name) is not None


def test_edited_rules_or_model_get_a_new_cache(tmp_path):
    rules_dir = tmp_path / "guard"
    shutil.copytree(guard.rules_path().parent, rules_dir)
    rules = rules_dir / "rules.json"
    before = guard_cache.key(rules)
    assert before == guard_cache.key(guard.rules_path())  # same files, same code: same name
    data = json.loads(rules.read_text("utf-8"))
    data["threshold"] = float(data.get("threshold", 1.0)) + 0.5
    rules.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    edited = guard_cache.key(rules)
    assert edited != before
    model = rules_dir / data["model"]["file"]
    model.write_bytes(model.read_bytes() + b" ")
    assert guard_cache.key(rules) not in (before, edited)
    model.unlink()
    assert guard_cache.key(rules) is None  # a file that cannot be read: no cache at all


def test_a_new_cache_replaces_the_old_ones_and_a_read_only_folder_is_no_error(tmp_path):
    book = guard.RuleBook.load(guard.rules_path())
    torn, writing = tmp_path / ".guard-killed.tmp", tmp_path / ".guard-now.tmp"
    torn.write_bytes(b"half a pickle")
    writing.write_bytes(b"another process is writing")
    os.utime(torn, (1, 1))
    for i, name in enumerate(("a", "b", "c", "d")):
        guard_cache.store(tmp_path, name * 32, guard.RuleBook.load(guard.rules_path()))
        os.utime(_cache_files(tmp_path)[-1], (1000 + i, 1000 + i))  # written one after another
    # The newest and two of other versions are kept (a bundle and a checkout may take turns).
    assert [p.name[len(guard_cache.PREFIX)] for p in _cache_files(tmp_path)] == ["b", "c", "d"]
    assert not torn.exists() and writing.exists()  # left by a killed process / still being written
    if os.name == "posix" and os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        guard_cache.store(locked, "c" * 32, book)  # no exception, nothing written
        assert not list(locked.iterdir())
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    guard_cache.store(not_a_folder, "d" * 32, book)
    assert guard_cache.load(not_a_folder, "d" * 32) is None


def test_default_rulebook_uses_the_cache_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(guard, "_DEFAULT", None)
    monkeypatch.setattr(guard_cache, "_DIR", None)
    guard_cache.use_dir(tmp_path)
    first = guard.default_rulebook()
    assert len(_cache_files(tmp_path)) == 1
    monkeypatch.setattr(guard, "_DEFAULT", None)
    second = guard.default_rulebook()
    assert second is not first
    texts = _texts(30)
    assert _answers(second, texts) == _answers(first, texts)


def test_a_full_disk_leaves_no_half_written_cache(tmp_path, monkeypatch):
    import errno

    real_fdopen = os.fdopen

    class Full:
        def __init__(self, fh):
            self.fh = fh

        def write(self, data):
            self.fh.write(data[:1000])
            raise OSError(errno.ENOSPC, "No space left on device")

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

    cache = tmp_path / "cache"
    with monkeypatch.context() as m:
        m.setattr(guard_cache.os, "fdopen", lambda fd, mode: Full(real_fdopen(fd, mode)))
        book = guard.RuleBook.load(guard.rules_path())
        guard_cache.store(cache, "e" * 32, book)
    assert list(cache.iterdir()) == []
    assert guard_cache.load(cache, "e" * 32) is None
    texts = _texts(20)
    assert _answers(book, texts) == _answers(guard.RuleBook.load(guard.rules_path()), texts)
    book = guard_cache.load_or_build(guard.rules_path(), cache)  # then a good one is written
    assert isinstance(book, guard.RuleBook) and len(_cache_files(cache)) == 1


def test_the_cache_brings_every_expression_compiled_and_each_is_the_one_re_compiles(tmp_path):
    """The cache keeps what ``re`` hands its engine, so no process parses the thousand
    expressions again; each must match exactly as ``re.compile`` of its text does."""
    import random
    import re

    path = guard.rules_path()
    name = guard_cache.key(path)
    built = guard.RuleBook.load(path)
    guard_cache.store(tmp_path, name, built)
    cached = guard_cache.load(tmp_path, name)
    for book in (built, cached):  # the writing process uses them too
        assert all(isinstance(rx, re.Pattern) for rx in book._rx)
        assert all(isinstance(r.unless, re.Pattern) for r in book.rules if r.unless is not None)
    words = " ".join(_texts(200)).lower().split()
    rng = random.Random(7)
    samples = [" ".join(rng.choice(words) for _ in range(25)) for _ in range(40)] + [t.lower() for t in _texts(60)]
    expressions = list(cached._rx) + [r.unless for r in cached.rules if r.unless is not None]
    for rx in expressions:
        fresh = re.compile(rx.pattern)
        assert (rx.flags, rx.groups, rx.groupindex) == (fresh.flags, fresh.groups, fresh.groupindex)
        for text in samples:
            got, want = rx.search(text), fresh.search(text)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))


def test_frozen_code_of_another_expression_is_never_used(tmp_path):
    frozen = guard_cache._frozen(r"min(?<!\wmin)\s+søn")
    assert guard_cache._thawed(frozen, r"min(?<!\wmin)\s+søn").search("hej min søn") is not None
    assert guard_cache._thawed(frozen, r"din\s+søn") is None  # the code of another text
    torn = frozen[:2] + (frozen[2][:-8],) + frozen[3:]
    assert guard_cache._thawed(torn, frozen[0]) is None  # the engine refuses code cut short


def _stored(tmp_path) -> tuple[Path, str]:
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    name = guard_cache.key(guard.rules_path())
    guard_cache.store(cache, name, guard.RuleBook.load(guard.rules_path()))
    assert guard_cache.load(cache, name) is not None
    return cache, name


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_a_folder_others_may_write_to_is_neither_read_nor_written(tmp_path):
    """In a shared folder another user could rename or link any file to the cache's name."""
    cache, name = _stored(tmp_path)
    cache.chmod(0o777)
    assert guard_cache.load(cache, name) is None
    fresh = tmp_path / "shared"
    fresh.mkdir()
    fresh.chmod(0o775)
    guard_cache.store(fresh, name, guard.RuleBook.load(guard.rules_path()))
    assert list(fresh.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="links and pipes")
def test_links_pipes_and_huge_files_at_the_cache_name_are_not_read(tmp_path, monkeypatch):
    cache, name = _stored(tmp_path)
    [kept] = _cache_files(cache)
    elsewhere = tmp_path / "elsewhere.pickle"
    kept.rename(elsewhere)
    kept.symlink_to(elsewhere)  # a good file of the user's own, but reached through a link
    assert guard_cache.load(cache, name) is None
    kept.unlink()
    os.mkfifo(kept, 0o600)  # would block a plain open() for ever
    assert guard_cache.load(cache, name) is None
    kept.unlink()
    elsewhere.rename(kept)
    monkeypatch.setattr(guard_cache, "MAX_BYTES", kept.stat().st_size - 1)
    assert guard_cache.load(cache, name) is None


@pytest.mark.skipif(os.name != "posix", reason="links")
def test_a_dangling_link_does_not_stop_the_tidying(tmp_path):
    cache, name = _stored(tmp_path)
    (cache / f"{guard_cache.PREFIX}{'x' * 32}{guard_cache.SUFFIX}").symlink_to(tmp_path / "gone")
    old = cache / ".guard-old.tmp"
    old.write_bytes(b"")
    os.utime(old, (1, 1))
    for other in ("a", "b", "c"):
        guard_cache.store(cache, other * 32, guard.RuleBook.load(guard.rules_path()))
    assert not old.exists()
    assert len(_cache_files(cache)) == 1 + guard_cache.KEEP_OTHERS


def test_rules_edited_while_they_are_built_are_not_cached(tmp_path, monkeypatch):
    rules_dir = tmp_path / "guard"
    shutil.copytree(guard.rules_path().parent, rules_dir)
    rules = rules_dir / "rules.json"
    real_load = guard.RuleBook.load

    def load_then_edit(path):
        book = real_load(path)
        data = json.loads(rules.read_text("utf-8"))
        data["threshold"] = float(data.get("threshold", 1.0)) + 0.5
        rules.write_text(json.dumps(data, ensure_ascii=False), "utf-8")  # an update meanwhile
        return book

    monkeypatch.setattr(guard.RuleBook, "load", staticmethod(load_then_edit))
    cache = tmp_path / "cache"
    guard_cache.load_or_build(rules, cache)
    assert _cache_files(cache) == []
