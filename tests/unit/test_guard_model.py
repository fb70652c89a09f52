"""The guard's model: a logistic regression over spelling-proof word features, trained in the repo."""

import json

import pytest

from secretary_app.domain import guard
from secretary_app.domain.guard_model import GuardModel, text_features, train


def test_the_committed_model_matches_its_training_data_and_code():
    """Fails when a labelled set, the feature code or the training script changed and
    bench/train_guard_model.py was not run again."""
    from bench.train_guard_model import committed_fingerprint, fingerprint

    assert committed_fingerprint() == fingerprint(), "run .venv/bin/python bench/train_guard_model.py --no-loso"


def test_the_fingerprint_sees_a_changed_example(tmp_path, monkeypatch):
    import bench.train_guard_model as tg

    for p in tg.DATA.glob("guard_*.jsonl"):
        (tmp_path / p.name).write_bytes(p.read_bytes())
    monkeypatch.setattr(tg, "DATA", tmp_path)
    monkeypatch.setattr(tg, "HOLDOUT", ("guard_set_n.jsonl",))
    before = tg.fingerprint()
    with open(tmp_path / "guard_set_new.jsonl", "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "x", "text": "Nyt eksempel", "label": "permitted"}) + "\n")
    assert tg.fingerprint() != before
    # A hold-out set is not training data: changing it leaves the model as it is.
    after = tg.fingerprint()
    (tmp_path / "guard_set_n.jsonl").write_text("", encoding="utf-8")
    assert tg.fingerprint() == after


@pytest.mark.slow
def test_retraining_gives_the_committed_model_byte_for_byte():
    from bench.train_guard_model import MODEL, fingerprint, load_sets, render

    rows = [r for rs in load_sets().values() for r in rs]
    assert MODEL.read_text(encoding="utf-8") == render(train(rows), fingerprint())


def test_indirect_campaign_wording_is_flagged_and_explained_with_its_words():
    text = "Vi skal have styr på weekendens tjanser ved stationerne – hvem af vores folk kan tage lørdag?"
    result = guard.check(text)
    assert result.verdict == guard.PARTY
    reason = result.reasons[0]
    assert reason.match and "§ 16, stk. 11" in reason.explanation("da") and "s. 16(11)" in reason.explanation("en")


def test_typos_and_ascii_letters_keep_a_private_errand_private():
    for text in ("Book frisør og massage til mig på fredag",
                 "book frisoer og massage til mig paa fredag",
                 "bok frisør og masage til mig på fredag"):
        assert guard.check(text).verdict == guard.OUTSIDE, text


def test_council_business_is_not_flagged():
    for text in ("Skriv en tale til udvalgets temamøde om cykelstier",
                 "Kan du skrive en ansøgning til puljen for grønne byrum på vegne af udvalget?",
                 "Kan jeg få orlov fra byrådet, mens jeg er på barsel med min datter?"):
        assert guard.check(text).verdict == guard.VERDICT_OK, text


def test_a_rule_that_fires_speaks_before_the_model():
    result = guard.check("Skriv en tale til partiets sommerfest")
    assert result.reasons and not result.reasons[0].rule.startswith("model.")


def test_rules_without_a_model_still_work(tmp_path):
    data = json.loads(guard.rules_path().read_text(encoding="utf-8"))
    data.pop("model")
    (tmp_path / "rules.json").write_text(json.dumps(data), encoding="utf-8")
    book = guard.RuleBook.load(tmp_path / "rules.json")
    assert book.model is None
    assert book.check("Book frisør og massage til mig på fredag").verdict == guard.VERDICT_OK
    assert book.check("Skriv en tale til partiets sommerfest").verdict == guard.PARTY


def test_training_is_deterministic_and_compounds_share_features():
    rows = [{"text": "Stand på torvet lørdag", "label": "party_political"},
            {"text": "Stand på torvet søndag", "label": "party_political"},
            {"text": "Tale i udvalget", "label": "permitted"}, {"text": "Tale i udvalget om torvet", "label": "permitted"}]
    assert train(rows, min_docs=1) == train(list(reversed(rows)), min_docs=1)
    joined, split = set(text_features("valgkampen")), set(text_features("valg kampen"))
    assert {"valg", "kamp", "ampe", "mpen"} <= joined & split
    model = GuardModel(train(rows, min_docs=1))
    label, prob, words = model.predict("stand på torvet")
    assert label == "party_political" and words
