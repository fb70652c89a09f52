"""The guard's second opinion: a naive Bayes model over word stems, trained in the repo."""

import json

from secretary_app.domain import guard
from secretary_app.domain.guard_model import GuardModel, features, train


def test_the_committed_model_is_trained_from_the_committed_examples():
    from bench.train_guard_model import MODEL, load_sets, render

    rows = [r for rs in load_sets().values() for r in rs]
    assert MODEL.read_text(encoding="utf-8") == render(train(rows))


def test_indirect_campaign_wording_is_flagged_and_explained_with_its_words():
    text = "Vi skal have styr på weekendens tjanser ved stationerne – hvem af vores folk kan tage lørdag?"
    rules_only = guard.RuleBook({k: v for k, v in json.loads(guard.rules_path().read_text()).items()
                                 if k != "model"})
    assert rules_only.check(text).verdict == guard.VERDICT_OK  # no rule has words for it
    result = guard.check(text)
    assert result.verdict == guard.PARTY
    reason = result.reasons[0]
    assert reason.rule == "model.party_political"
    assert reason.match and all(w in text.lower() for w in reason.match.split(", "))
    assert "§ 16, stk. 11" in reason.explanation("da") and "s. 16(11)" in reason.explanation("en")


def test_private_errand_in_other_words():
    result = guard.check("Book frisør og massage til mig på fredag")
    assert result.verdict == guard.OUTSIDE


def test_council_business_is_left_to_the_rules():
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


def test_training_is_deterministic_and_features_keep_the_words():
    rows = [{"text": "Stand på torvet lørdag", "label": "party_political"},
            {"text": "Stand på torvet søndag", "label": "party_political"},
            {"text": "Tale i udvalget", "label": "permitted"}, {"text": "Tale i udvalget om torvet", "label": "permitted"}]
    assert train(rows) == train(list(reversed(rows)))
    assert features("Valgkampen starter")["valgka"] == "valgkampen"
    model = GuardModel(train(rows))
    label, prob, words = model.predict("stand på torvet")
    assert label == "party_political" and words
