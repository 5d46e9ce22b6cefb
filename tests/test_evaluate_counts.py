"""The counting rules of ``eindex evaluate`` (DESIGN.md) on hand-made detections, the label format and
its errors, and the CKAN gatherer against a CKAN-shaped portal on 127.0.0.1."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from api.evaluate import LabelError, LabelledSite, load_labels, score
from checks.artifacts import Document
from checks.detection import Detection
from crawler.ckan import portal_records
from crawler.net import make_client
from tests.ckan_stub import CkanStub


def det(item, option, value, status="detected", subject=None):
    return Detection(
        item, option, value, status if value is not None else "needs_review", 0.9, subject=subject
    )


def test_label_file_expands_single_and_list_items(tmp_path):
    path = tmp_path / "l.yaml"
    path.write_text(
        'sites:\n  a:\n    url: http://a.lv/\n    items: {"M08.7": true, "M09": "2", "M12": ["1", "2"],'
        ' "K11M_C@https://www.facebook.com/x": "1"}\n',
        encoding="utf-8",
    )
    (site,) = load_labels(path)
    assert site.truth[("M09", "2", "")] is True and site.truth[("M09", "1", "")] is False
    assert site.truth[("M12", "99", "")] is False and site.truth[("M12", "2", "")] is True
    assert site.truth[("M08", "7", "")] is True and ("M08", "1", "") not in site.truth
    assert site.social == ["https://www.facebook.com/x"]


@pytest.mark.parametrize(
    "text",
    [
        "sites: [1]",
        "sites:\n  a: {items: {}}",
        "sites:\n  a: {url: x, items: {M99: '1'}}",
        "sites:\n  a: {url: x, items: {M09: '7'}}",
        "sites:\n  a: {url: x, items: {M08.9: true}}",
        ": : :",
    ],
)
def test_bad_label_files_raise(tmp_path, text):
    path = tmp_path / "l.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LabelError):
        load_labels(path)


def test_counting_rules_by_hand():
    truth = {
        ("M09", "1", ""): False,
        ("M09", "2", ""): True,
        ("M09", "3", ""): False,
        ("M08", "7", ""): True,
        ("M08", "1", ""): False,
    }
    a = LabelledSite("a", "http://a.lv/", truth=dict(truth))
    b = LabelledSite("b", "http://b.lv/", truth=dict(truth))
    dets = {
        "a": [
            det("M09", "1", False, "not_detected"),
            det("M09", "2", True),
            det("M09", "3", False, "not_detected"),
            det("M08", "7", True),
            det("M08", "1", True),
        ],
        "b": [
            det("M09", "1", None),
            det("M09", "2", None),
            det("M09", "3", None),
            det("M08", "1", False, "not_detected"),
        ],
    }
    out = score([a, b], dets)
    # M09.2: a TP, b needs_review on a positive label → recall 1/2
    assert out["items"]["M09.2"] == {
        "tp": 1,
        "fp": 0,
        "fn": 0,
        "tn": 0,
        "needs_review": 1,
        "precision": 1.0,
        "recall": 0.5,
    }
    # M09.1: a TN, b needs_review on a negative label → no effect on precision or recall
    assert out["items"]["M09.1"] == {
        "tp": 0,
        "fp": 0,
        "fn": 0,
        "tn": 1,
        "needs_review": 1,
        "precision": None,
        "recall": None,
    }
    # M08.7: a TP, b has no detection → FN
    assert out["items"]["M08.7"]["fn"] == 1 and out["items"]["M08.7"]["recall"] == 0.5
    # M08.1: a FP, b TN
    assert out["items"]["M08.1"] == {
        "tp": 0,
        "fp": 1,
        "fn": 0,
        "tn": 1,
        "needs_review": 0,
        "precision": 0.0,
        "recall": None,
    }
    assert len(out["misses"]) == 3


def test_ckan_lookup_listed_unlisted_and_outage():
    listed = "http://www.a.gov.lv/dati/x.csv"
    docs = [Document(url=listed, type="csv"), Document(url="https://www.a.gov.lv/dati/y.csv", type="csv")]

    async def go(base_suffix: str):
        async with make_client("eindex-test", {}, ["127.0.0.1"]) as client:
            return await portal_records(client, ckan.url + base_suffix, docs)

    with CkanStub([listed, "http://www.a.gov.lv/other.csv"]) as ckan:
        ok = asyncio.run(go(""))
        assert [r.listed for r in ok] == [True, False]
        assert ok[0].dataset_url.startswith(ckan.url + "/dataset/")
        down = asyncio.run(go("/broken/x"))
        assert [r.listed for r in down] == [None, None] and "500" in down[0].error
    assert asyncio.run(portal_records(httpx.AsyncClient(), "", docs)) == []


def test_fail_under_lists_options_below_the_ratio():
    from api.evaluate import below

    result = {
        "items": {
            "M08.1": {"precision": 1.0, "recall": 0.5},
            "M08.2": {"precision": None, "recall": None},
            "M08.3": {"precision": 0.96, "recall": 1.0},
        }
    }
    assert below(result, 0.95) == ["M08.1"]
