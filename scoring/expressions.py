"""The two expression languages of the methodology: filter conditions and point formulas. Never ``eval``.

Questionnaire ids may contain dots (``DOC.R.2``); both languages accept them as written and map them to
Python names (``DOC_R_2``) before parsing.

*Conditions* are the questionnaire's normalized filters (``questionnaire.yaml`` meta.conventions): for a
multi-choice item ``X == v`` means option v is among the chosen ones, ``X != 0`` means the exclusive
"none" option 0 was not chosen, ``X in (a, b)`` means any of the listed codes. They are parsed once with
:mod:`ast` and compiled to closures with three-valued (Kleene) logic: an item without an answer is
*unknown*, ``unknown or True`` is True, ``unknown and False`` is False, otherwise unknown stays unknown.

*Formulas* (kind ``formula``, seed L10047–10066) are arithmetic over numeric answers, evaluated by
``simpleeval`` on a pre-parsed tree.
"""

from __future__ import annotations

import ast
import operator
import re
from collections.abc import Callable, Mapping
from functools import cache

from simpleeval import SimpleEval

_DOTTED = re.compile(r"\b([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+)\b")


def python_name(item_id: str) -> str:
    """``DOC.R.2`` → ``DOC_R_2`` (ids without dots are unchanged)."""
    return item_id.replace(".", "_")


def _pythonise(expr: str) -> tuple[str, dict[str, str]]:
    ids: dict[str, str] = {}

    def repl(m: re.Match) -> str:
        ids[python_name(m.group(1))] = m.group(1)
        return python_name(m.group(1))

    return _DOTTED.sub(repl, expr), ids


# A fact is an answer as conditions see it: a frozenset of option codes (choice items), a float
# (numbers), a bool (e.g. is_ministry) or None (unknown).
Facts = Mapping[str, object]
_Fn = Callable[[Facts], "bool | float | str | tuple | frozenset | None"]

_MEMO_SIZE = 4096   # memoised outcomes per condition (the facts it reads repeat across institutions)
_ORDER = {ast.Gt: operator.gt, ast.GtE: operator.ge, ast.Lt: operator.lt, ast.LtE: operator.le}


def _equal(left, right) -> bool | None:
    if left is None or right is None:
        return None
    if isinstance(left, frozenset):
        return str(right) in left
    if isinstance(right, frozenset):
        return str(left) in right
    try:
        return float(left) == float(right)
    except (TypeError, ValueError):
        return str(left) == str(right)


def _member(left, choices: tuple) -> bool | None:
    results = [_equal(left, c) for c in choices]
    if any(r is True for r in results):
        return True
    return None if any(r is None for r in results) else False


def _order(op, left, right) -> bool | None:
    if left is None or right is None:
        return None
    if isinstance(left, frozenset):
        if len(left) != 1:
            return None
        left = next(iter(left))
    try:
        return op(float(left), float(right))
    except (TypeError, ValueError):
        return None


def _not(value) -> bool | None:
    return None if value is None else not value


def _truth(value) -> bool | None:
    if value is None:
        return None
    if isinstance(value, frozenset):
        return bool(value)
    return bool(value)


class Condition:
    """A compiled filter condition. ``Condition(text)(facts)`` → True, False or None (unknown).

    Raises SyntaxError when the text uses anything beyond names, numbers, strings, tuples, comparisons
    (``== != < <= > >= in not in``), ``and``/``or``/``not``.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        source, self._dotted = _pythonise(text)
        tree = ast.parse(source.strip(), mode="eval")
        self.names: frozenset[str] = frozenset(
            self._dotted.get(n.id, n.id) for n in ast.walk(tree) if isinstance(n, ast.Name))
        self._fn = self._compile(tree.body)
        self._keys = tuple(sorted(self.names))
        self._single = self._keys[0] if len(self._keys) == 1 else None
        self._memo: dict[object, bool | None] = {}

    def holds(self, facts: Facts) -> bool | None:
        """True, False or None (unknown) for ``facts`` (item → fact); same as calling the condition."""
        # memo key: the facts the condition reads (the fact itself when it reads one)
        key = facts.get(self._single) if self._single is not None else tuple(map(facts.get, self._keys))
        try:
            return self._memo[key]
        except KeyError:
            pass
        except TypeError:                        # an unhashable fact: evaluate without the memo
            return _truth(self._fn(facts))
        if len(self._memo) > _MEMO_SIZE:
            self._memo.clear()
        result = self._memo[key] = _truth(self._fn(facts))
        return result

    __call__ = holds

    def _compile(self, node: ast.AST) -> _Fn:
        if isinstance(node, ast.BoolOp):
            parts = [self._compile(v) for v in node.values]
            want = isinstance(node.op, ast.Or)

            def boolop(facts: Facts) -> bool | None:
                unknown = False
                for part in parts:
                    value = _truth(part(facts))
                    if value is None:
                        unknown = True
                    elif value is want:
                        return want
                return None if unknown else not want
            return boolop
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            inner = self._compile(node.operand)
            return lambda facts: _not(_truth(inner(facts)))
        if isinstance(node, ast.Compare) and len(node.ops) == 1:
            return self._compare(node.ops[0], self._compile(node.left), self._compile(node.comparators[0]))
        if isinstance(node, ast.Name):
            key = self._dotted.get(node.id, node.id)
            return lambda facts: facts.get(key)
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float | str):
            const = node.value
            return lambda facts: const
        if isinstance(node, ast.Tuple):
            items = [self._compile(e) for e in node.elts]
            return lambda facts: tuple(i(facts) for i in items)
        raise SyntaxError(f"condition {self.text!r}: unsupported {type(node).__name__}")

    @staticmethod
    def _compare(op: ast.cmpop, left: _Fn, right: _Fn) -> _Fn:
        if isinstance(op, ast.Eq):
            return lambda f: _equal(left(f), right(f))
        if isinstance(op, ast.NotEq):
            return lambda f: _not(_equal(left(f), right(f)))
        if isinstance(op, ast.In | ast.NotIn):
            negate = isinstance(op, ast.NotIn)

            def member(f: Facts) -> bool | None:
                choices = right(f)
                result = _member(left(f), choices if isinstance(choices, tuple) else (choices,))
                return _not(result) if negate else result
            return member
        if type(op) in _ORDER:
            fn = _ORDER[type(op)]
            return lambda f: _order(fn, left(f), right(f))
        raise SyntaxError(f"unsupported comparison {type(op).__name__}")


@cache
def condition(text: str) -> Condition:
    """The compiled :class:`Condition` of ``text``, one per distinct text: a theme's ``applies_when`` and a
    question's filter that read alike share one memo. Raises SyntaxError like the constructor."""
    return Condition(text)


class MissingInput(LookupError):
    """A formula input has no numeric answer (missing or "NA", data not available)."""


class Formula:
    """A compiled point formula evaluated by simpleeval (seed L10047–10066: ``DOC.R.2 / DOC.R.1 × 5``).

    ``Formula(text).evaluate(values)`` → float. Raises MissingInput when an input is None or absent,
    ZeroDivisionError on a zero denominator, SyntaxError (at construction) on an unparsable text.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        source, dotted = _pythonise(text)
        self._evaluator = SimpleEval()
        self._tree = self._evaluator.parse(source.strip())
        names = {n.id for n in ast.walk(ast.parse(source.strip(), mode="eval")) if isinstance(n, ast.Name)}
        self._names = {n: dotted.get(n, n) for n in names}
        self.names: frozenset[str] = frozenset(self._names.values())
        body = self._tree = self._tree.value if isinstance(self._tree, ast.Expr) else self._tree
        self._bare = body.id if isinstance(body, ast.Name) else None      # a bare name, as a Python name

    def evaluate(self, values: Mapping[str, float | None]) -> float:
        """The formula's value over ``values`` (item id → number; read by key, so a mapping that
        converts on first use works)."""
        env = {}
        for py, item in self._names.items():
            try:
                value = values[item]
            except KeyError:
                value = None
            if value is None:
                raise MissingInput(item)
            env[py] = value
        if self._bare is not None:                  # a bare name needs no evaluation
            return float(env[self._bare])
        self._evaluator.names = env
        return float(self._evaluator.eval(self.text, previously_parsed=self._tree))
