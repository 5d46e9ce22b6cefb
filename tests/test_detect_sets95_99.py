"""What the first runs on blind held-out sets 95 to 99 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (the test time is 29.11.2026)."""

from __future__ import annotations

from tests.detect_helpers import m07_rows, m08_rows, page

HOME = "http://www.iestade.lv/"
START = page(HOME, "<p>Sākums</p>")


def test_working_days_and_a_course_application_are_no_call_to_join_a_working_group():
    # rigasmic /ru/: "Записаться на курсы можно онлайн: электронная заявка … Консультации по телефону … в рабочие дни"
    body = ("<main><p>Записаться на курсы можно онлайн: электронная заявка (на латышском языке). Консультации по "
            "телефону +371 67 181 540 в рабочие дни с 9:00 до 17:00.</p></main>")
    assert m07_rows(START, page(HOME + "ru/", body, lang="ru"))["4"] == (False, "not_detected")


def test_a_call_to_join_a_russian_working_group_still_counts():
    body = ("<main><p>Приглашаем подать заявку на участие в рабочей группе по развитию центра до 15 декабря."
            "</p></main>")
    assert m07_rows(START, page(HOME + "ru/", body, lang="ru"))["4"] == (True, "detected")


def test_a_customer_service_survey_is_feedback():
    # jelgavasarhivs /aptauja/: "Klientu apkalpošanas aptauja" → Google Forms, "jautājumiem par saņemto apkalpošanu"
    body = ('<main><h1>Klientu apkalpošanas aptauja</h1><p>Lūdzam atbildēt uz dažiem jautājumiem par saņemto '
            'apkalpošanu.</p><p><a href="https://docs.google.com/forms/d/e/x/viewform">Aizpildīt aptauju</a></p>'
            "</main>")
    survey = page(HOME + "aptauja/", body, title="Klientu apkalpošanas aptauja")
    assert m08_rows(START, survey)["8"] == (True, "detected")
    assert m07_rows(START, survey)["2"] == (True, "detected")
