"""A complete **synthetic** self-assessment, generated for tests and the benchmark.

The seed publishes only a few items per institution, so the engine is exercised on generated answers:
every scored question, its filter inputs (V00J, D61J, SOCIAL_NETWORKS_CHOICE), the document and invoice
counts and 1–6 services with channel statistics (a share of them deliberately inconsistent). Answers whose
filter does not hold are dropped, as the survey would not have asked them. Ids start with ``synthetic-``;
this data is never written next to the real seed data.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from scoring.answers import Answer, parse_value
from scoring.engine import InstitutionData
from scoring.methodology import Methodology, Question

SECTORS = tuple(f"synthetic-sector-{n}" for n in range(1, 14))


@dataclass
class SyntheticInstitution:
    """A generated institution: ``answers`` item → value text, ``services`` service id → item → value."""

    id: str
    sector: str
    is_ministry: bool
    answers: dict[str, str]
    services: dict[str, dict[str, str]]

    def data(self) -> InstitutionData:
        """The engine's input, every answer from the self-assessment."""
        answers = {k: Answer(k, parse_value(v), "self_assessment") for k, v in self.answers.items()}
        return InstitutionData(answers, self.services, self.is_ministry)


def _choice(rng: random.Random, q: Question) -> str:
    codes = sorted(q.points)
    if q.kind == "sum":
        picked = [c for c in codes if c != "0" and rng.random() < 0.5]
        return ";".join(picked) if picked else ("0" if "0" in codes else codes[0])
    return rng.choice(codes)


def _channels(rng: random.Random, prefix: str, broken: bool) -> dict[str, str]:
    parts = {f"{prefix}_{c}": rng.randint(0, 5000) for c in "KTPE"}
    total = sum(parts.values()) + (rng.randint(1, 50) if broken else 0)
    return {prefix: str(total), **{k: str(v) for k, v in parts.items()}}


def _service(rng: random.Random, method: Methodology) -> dict[str, str]:
    out = {**_channels(rng, "P52", rng.random() < 0.04), **_channels(rng, "P53", rng.random() < 0.04)}
    per_service = [q for q in method.questions.values() if q.per_service]
    out.update({q.id: _choice(rng, q) for q in per_service})
    for q in per_service:                     # questionnaire order: a dropped answer is no filter input
        facts = {k: parse_value(v) for k, v in out.items()}
        if q.compiled_filter is not None and q.compiled_filter(facts) is False:
            del out[q.id]
    return out


def _counts(rng: random.Random) -> dict[str, str]:
    received, sent, issued, got = (rng.randint(0, 200_000) for _ in range(4))
    return {"V00J": str(rng.randint(10, 6700)), "D61J": rng.choice("12"),
            "SOCIAL_NETWORKS_CHOICE": rng.choice(["1", "1;2", "1;3", "0"]),
            "DOC.S.1": str(received), "DOC.S.4": str(rng.randint(0, received)),
            "DOC.N.1": str(sent), "DOC.N.4": str(rng.randint(0, sent)),
            "DOC.R.1": str(issued), "DOC.R.2": str(rng.randint(0, issued)),
            "DOC.R.5": str(got), "DOC.R.6": str(rng.randint(0, got))}


def institution(method: Methodology, n: int, seed: int = 0) -> SyntheticInstitution:
    """The ``n``-th synthetic institution (deterministic for a given ``seed``)."""
    rng = random.Random(seed * 1_000_003 + n)
    answers = _counts(rng)
    for q in method.questions.values():
        if q.kind == "formula" or q.per_service:
            continue
        for item in q.rows or [q.id]:
            answers[item] = _choice(rng, q)
    services = {f"synthetic-service-{n}-{k}": _service(rng, method) for k in range(rng.randint(1, 6))}
    inst = SyntheticInstitution(f"synthetic-{n}", SECTORS[n % len(SECTORS)], n % 11 == 0, answers, services)
    _drop_unasked(method, inst)
    return inst


def _drop_unasked(method: Methodology, inst: SyntheticInstitution) -> None:
    facts = {k: parse_value(v) for k, v in inst.answers.items()}
    facts["is_ministry"] = inst.is_ministry
    for q in method.questions.values():
        if q.compiled_filter is None or q.per_service or q.compiled_filter(facts) is not False:
            continue
        for item in q.rows or [q.id]:
            inst.answers.pop(item, None)
            facts.pop(item, None)


def institutions(method: Methodology, count: int, seed: int = 0) -> list[SyntheticInstitution]:
    """``count`` synthetic institutions."""
    return [institution(method, n, seed) for n in range(count)]
