"""Another spelling of the same name (British and American, another transliteration) and a date whose day and
year are written in words. Examples are our own."""

import pytest

from nanofrontier.xverify.name_forms import name_keys, spelled_alike
from nanofrontier.xverify.short import short_answer_decision
from nanofrontier.xverify.short_forms import compare_dates


@pytest.mark.parametrize("british, american", [
    ("World Health Organisation", "World Health Organization"), ("Lincoln Centre", "Lincoln Center"),
    ("Labour Party", "Labor Party"), ("Ministry of Defence", "Ministry of Defense"),
])
def test_british_spellings_fold_to_american_ones(british, american):
    assert name_keys(british) == name_keys(american)
    assert short_answer_decision(british, american)[0] is True


def test_another_transliteration_of_a_full_name_is_alike_but_unsure():
    assert spelled_alike("Fyodor Mikhailovich Dostoyevsky", ["Fyodor Dostoevsky"])
    assert short_answer_decision("Dmitri Mendeleyev", "Dmitri Mendeleev") == (True, "short.spelling")
    assert short_answer_decision("Leo Tolstoi", "Leo Tolstoy") == (True, "short.spelling")
    assert not spelled_alike("Austria", ["Australia"])  # one word: confusable names stay apart
    assert not spelled_alike("Robert Johnson", ["Robert Jackson"])  # three letters apart
    assert not spelled_alike("Mary Shelley", ["Percy Shelley"])


@pytest.mark.parametrize("said, same", [
    ("It was opened on the twenty-fourth of November, nineteen twenty-three", True),
    ("the 24th of November, 1923", True), ("on the twenty-third of November, nineteen twenty-three", False),
    ("the twenty-fourth of November, nineteen twenty-four", False),
])
def test_a_date_with_its_day_and_year_in_words(said, same):
    assert compare_dates(said, "24 November 1923") is same


def test_a_place_with_its_region_when_a_city_is_asked():
    from nanofrontier.xverify.name_forms import place_with_region
    asks = "What is the capital city of Canada?"
    assert place_with_region("Ottawa, Ontario", asks) == "Ottawa"
    assert place_with_region("Ottawa, Ontario", "Who founded the company?") is None  # no place asked
    assert place_with_region("Paris, Texas", "In which city is the Louvre?") is None  # another Paris
    assert short_answer_decision("Ottawa, Ontario", "Ottawa", question=asks) == (True, "short.described")
    assert short_answer_decision("Toronto, Ontario", "Ottawa", question=asks)[0] is not True


def test_a_fuller_name_of_a_person_known_by_one_name():
    asks = "Who painted The Night Watch?"
    assert short_answer_decision("Rembrandt Harmenszoon van Rijn", "Rembrandt", question=asks) == (
        True, "short.full_name")
    assert short_answer_decision("Michelangelo Buonarroti", "Michelangelo", question="Who sculpted David?")[0] is True
    assert short_answer_decision("Count Leo Tolstoy", "Leo Tolstoy", question="Who wrote War and Peace?")[0] is True
    assert short_answer_decision("Raphael Nadal", "Rafa", question="Who won?")[0] is not True  # too short a name


@pytest.mark.parametrize("said, relation", [
    ("the hypothesis necessarily follows from the premise", "entailment"),
    ("由前提可以必然推出假设", "entailment"),
    ("the two statements are incompatible", "contradiction"),
    ("Reading them together, the premise and the hypothesis cannot both be true", "contradiction"),
    ("the premise neither confirms nor rules out the hypothesis", "neutral"),
    ("前提既不能推出也不能否定假设", "neutral"),
    ("the hypothesis does not follow from the premise", None),
    ("the weather was nice", None),
])
def test_an_nli_relation_said_in_words(said, relation):
    from nanofrontier.xverify.labels import label_equal, nli_relation
    assert nli_relation(said) == relation
    question = "Premise: … Hypothesis: … Answer entailment, neutral or contradiction."
    if relation:
        assert label_equal(said, relation, question) is True
    # a hedge that names two labels stays a hedge, whatever the words say
    assert label_equal("Contradiction — they can't both be true / neutral", "contradiction", question) is not True
