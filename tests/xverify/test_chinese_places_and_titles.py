"""A Chinese place named after the country or city it lies in, and a transliterated surname with a Chinese
title. Examples are our own."""

from nanofrontier.xverify.name_forms import apposition_names
from nanofrontier.xverify.person_names import cjk_name_part
from nanofrontier.xverify.short import short_answer_decision


def test_a_place_after_its_country_is_the_place():
    assert apposition_names("法国巴黎") == ["巴黎"]
    assert apposition_names("法国的巴黎") == ["巴黎"]
    assert apposition_names("澳大利亚悉尼") == ["悉尼"]
    assert short_answer_decision("巴黎圣母院", "巴黎")[0] is not True  # the cathedral is not the city
    assert short_answer_decision("法国巴黎", "巴黎") == (True, "short.described")
    assert short_answer_decision("法国里昂", "巴黎")[0] is not True


def test_a_surname_with_a_chinese_title_is_that_person_unsurely():
    assert cjk_name_part("居里夫人", ["玛丽·居里"])
    assert cjk_name_part("林肯总统", ["亚伯拉罕·林肯"])
    assert not cjk_name_part("牛顿夫人", ["玛丽·居里"])
    assert short_answer_decision("居里夫人", "玛丽·居里") == (True, "short.full_name")


def test_a_name_after_its_description_or_shortened_or_winning_a_comparison():
    from nanofrontier.xverify.name_forms import cjk_shortened, described_first
    assert described_first("the English novelist Jane Austen", ["Jane Austen"])
    assert not described_first("the railway reached the town in 1902", ["1902"])  # no proper name described
    assert not described_first("the brother of Jane Austen", ["Jane Austen"])
    assert described_first("云台乡人口更多", ["云台乡"]) and not described_first("云台乡人口更少", ["云台乡"])
    assert cjk_shortened("珠峰", ["珠穆朗玛峰"]) and not cjk_shortened("北京", ["北京大学"])
    assert short_answer_decision("珠峰", "珠穆朗玛峰") == (True, "short.described")
