import pytest

from secretary_app.domain.durations import format_hm, parse_duration
from secretary_app.domain.errors import ValidationError


@pytest.mark.parametrize("text, minutes", [
    ("2:00", 120), ("0:45", 45), ("2 t", 120), ("2t", 120), ("2 timer", 120), ("1,5 t", 90),
    ("1.5 h", 90), ("90 min", 90), ("90m", 90), ("90", 90), ("1 t 30 min", 90), ("1t30m", 90),
    (" 2  T ", 120), ("100:00", 6000),
])
def test_estimates_people_type(text, minutes):
    assert parse_duration(text) == minutes


@pytest.mark.parametrize("text", ["", "   ", None])
def test_empty_is_no_estimate(text):
    assert parse_duration(text) is None


@pytest.mark.parametrize("text", ["2:60", "to timer", "2 dage", "1:2", "-5", "t", "x" * 500, "2:00 t"])
def test_garbage_is_refused_with_a_danish_hint(text):
    with pytest.raises(ValidationError) as err:
        parse_duration(text)
    assert "2:00" in err.value.message("da")


def test_zero_and_too_long_are_refused():
    with pytest.raises(ValidationError):
        parse_duration("0:00")
    with pytest.raises(ValidationError, match="100:00"):
        parse_duration("101 t")


def test_shown_as_hours_and_minutes():
    assert [format_hm(m) for m in (None, 5, 90, 120, 6000)] == ["", "0:05", "1:30", "2:00", "100:00"]
