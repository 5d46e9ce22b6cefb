"""Expert overrides on top of an item's answer (DESIGN.md precedence: the latest override wins).

Overrides are per option (DESIGN.md's one encoding): ``{"7": True}`` says option 7 holds. They are laid
over the answer the other sources give, so an expert who corrects one option of a multi-choice item
(M08.7) keeps the detected or self-assessed state of its other options.
"""

from __future__ import annotations

from scoring.answers import Answer


def apply_overrides(base: Answer, options: dict[str, bool], single: bool) -> Answer:
    """The answer once ``options`` (option code → value) are laid over ``base``.

    Single-choice items (``single``, methodology kind ``value``): an option set True is the answer and its
    siblings are false; options set False only remove themselves. Multi-choice: each overridden option is
    set, the others keep ``base``. An item with no override is ``base`` unchanged; otherwise its source
    is ``override`` and its overridden options are known.
    """
    if not options:
        return base
    chosen = sorted(o for o, v in options.items() if v)
    if single and chosen:
        return Answer(base.question_id, frozenset(chosen[-1:]), "override")
    kept = {o for o in base.options if options.get(o, True)}
    known = None if base.known is None else frozenset(base.known | options.keys())
    return Answer(base.question_id, frozenset(kept | set(chosen)), "override", known)
