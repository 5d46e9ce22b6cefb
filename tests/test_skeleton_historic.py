"""The seed's published 2019 results as historic answers (demo-registry.yaml ``historic:`` block)."""

from __future__ import annotations

from collections import Counter

from scoring.historic import load_answers, load_institutions


def test_institutions(shared):
    insts = load_institutions(shared / "seed-data")
    assert len(insts) == 94                                    # seed Table 11
    assert sum(i.is_ministry for i in insts) == 8              # "8 ministries (9%)", L742
    assert sorted(i.name for i in insts if not i.included) == [  # "Neiekļauts", Table 11
        "Iekšējās drošības birojs", "Satiksmes ministrija", "Valsts kontrole"]


def test_answers(shared):
    answers = load_answers(shared / "seed-data")
    m16j = Counter(a.value for a in answers if a.question_id == "M16J")
    # seed appendix L8490–8740: 13 / 37 / 36 / 8 institutions in groups 1–4
    assert m16j == {"1": 13, "2": 37, "3": 36, "4": 8}
    m17j = Counter(a.value for a in answers if a.question_id == "M17J")
    # 35 listed mobile-friendly; of the 59 others, 4 are sites the experts could not open (footnote 16;
    # the fifth, Iepirkumu uzraudzības birojs, is listed, so it counts as mobile-friendly): 55 → "2".
    assert m17j == {"1": 35, "2": 55}
    assert sum(1 for a in answers if a.question_id in ("P52", "P53")) == 2 * 94
    vid = next(i.id for i in load_institutions(shared / "seed-data") if i.name == "Valsts ieņēmumu dienests")
    p52 = {a.value for a in answers if a.institution_id == vid and a.question_id == "P52"}
    assert p52 == {"6318806"}                                  # appendix row 2, L9313
