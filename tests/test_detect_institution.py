"""The institution's answer from its sites' detections (DESIGN.md, "Institution from sites"), for the
checklist items: positive options on any site, "none" options only when no site has a positive one,
M09's best decided option."""

from __future__ import annotations

from checks.detection import Detection, single_choice
from scoring.answers import from_detections


def multi(item: str, truths: dict[str, bool]) -> list[Detection]:
    return [Detection(item, o, v, "detected" if v else "not_detected", 0.9) for o, v in truths.items()]


def test_m12_none_only_when_no_site_has_a_positive_option():
    a = multi("M12", {"1": False, "2": True, "99": False})
    b = multi("M12", {"1": False, "2": False, "99": True})
    answer = from_detections("M12", [a, b])
    assert answer.options == {"2"} and answer.known == {"1", "2", "99"}
    answer = from_detections("M12", [b, b])
    assert answer.options == {"99"}


def test_m13_and_m11_none_options():
    home_only = multi("M13", {"1": True, "2": False, "3": False})
    nothing = multi("M13", {"1": False, "2": False, "3": True})
    assert from_detections("M13", [nothing, home_only]).options == {"1"}
    assert from_detections(
        "M11",
        [
            single_choice("M11", ["1", "2"], "2", "detected", 0.8),
            single_choice("M11", ["1", "2"], "1", "detected", 0.8),
        ],
    ).options == {"1"}


def test_m09_takes_the_best_decided_option():
    hours = single_choice("M09", ["1", "2", "3"], "2", "detected", 0.8)
    clock = single_choice("M09", ["1", "2", "3"], "1", "detected", 0.8)
    none = single_choice("M09", ["1", "2", "3"], "3", "detected", 0.7)
    assert from_detections("M09", [none, hours]).options == {"2"}
    answer = from_detections("M09", [hours, clock, none])
    assert answer.options == {"1"} and answer.known == {"1", "2", "3"}


def test_m08_options_hold_when_any_site_has_them():
    a = multi("M08", {"5": True, "7": False})
    b = multi("M08", {"5": False, "7": True})
    answer = from_detections("M08", [a, b])
    assert answer.options == {"5", "7"}
