"""labels.label_equal: synonyms across languages, labels inside sentences, negation, undecidable cases."""

import pytest

from nanofrontier.xverify.labels import label_equal, named_labels

SENTIMENT = "Is the sentiment of this review positive or negative?"
TOPIC = "Classify the article as World, Sports, Business, or Sci/Tech."


@pytest.mark.parametrize("pred, reference", [
    ("Yes", "yes"), ("TRUE", "yes"), ("Correct.", "true"), ("是", "yes"), ("对", "正确"), ("正确", "是"),
    ("No", "no"), ("false", "否"), ("错误", "no"), ("不对", "否"), ("Yse", "Yes"),
])
def test_boolean_synonyms_match(pred, reference):
    assert label_equal(pred, reference, "Is it so?") is True


def test_opposite_booleans_do_not_match():
    assert label_equal("Yes", "否", "是否正确？") is False


def test_sentiment_synonyms_match_across_languages():
    assert label_equal("正面", "positive", SENTIMENT) is True
    assert label_equal("消极", "negative", SENTIMENT) is True


def test_label_inside_a_sentence_matches():
    assert label_equal("The sentiment of this review is positive.", "positive", SENTIMENT) is True


def test_wrong_label_inside_a_sentence_fails():
    assert label_equal("Overall the review is negative.", "positive", SENTIMENT) is False


def test_negated_label_of_a_binary_set_means_the_other_label():
    assert label_equal("It is not positive.", "negative", SENTIMENT) is True
    assert label_equal("It is not positive.", "positive", SENTIMENT) is False


def test_negated_label_with_a_denial_word_is_no():
    assert label_equal("No, the statement is not correct.", "no", "Is the statement correct?") is True


def test_correct_answer_phrase_is_not_read_as_yes():
    assert label_equal("The correct answer is no.", "no", "Is it?") is True


def test_chinese_sentence_with_negated_yes_word_is_no():
    assert label_equal("这个说法不正确", "是", "这个说法正确吗？") is False
    assert label_equal("这个说法是正确的", "是", "这个说法正确吗？") is True


def test_topic_label_aliases_match():
    assert label_equal("Science and Technology", "Sci/Tech", TOPIC) is True
    assert label_equal("Sports", "Sci/Tech", TOPIC) is False


def test_nli_label_matches_chinese_name():
    assert label_equal("The relationship is entailment.", "蕴含", "entailment, neutral or contradiction?") is True


def test_labels_named_only_by_the_question_are_compared():
    assert label_equal("even", "even", "Is the number odd or even?") is True
    assert label_equal("odd", "even", "Is the number odd or even?") is False


def test_no_label_is_undecidable():
    assert label_equal("It depends on the context.", "yes", "Is it?") is None


def test_two_labels_is_undecidable():
    assert label_equal("positive or negative", "positive", SENTIMENT) is None


def test_named_labels_reads_an_or_list():
    assert {"world", "sports", "business", "sci/tech"} <= named_labels(TOPIC)


@pytest.mark.parametrize("pred, ref", [("The review is favorable.", "positive"), ("Unfavourable", "negative"),
                                       ("这条评论是褒义的", "正面"), ("整体是贬义", "负面")])
def test_sentiment_synonyms_name_the_label(pred, ref):
    assert label_equal(pred, ref, "Is the sentiment positive or negative?") is True


def test_unfavorable_is_not_read_as_favorable():
    assert label_equal("The tone is unfavorable.", "positive", "Answer positive or negative.") is False


YES_NO_ZH = "句中的“它”指的是“猫”吗？请回答“是”或“否”。"


@pytest.mark.parametrize("pred, reference", [("对，“它”指猫。", "是"), ("不是，“它”指狗。", "否"),
                                             ("No, it means the dog.", "no")])
def test_opening_yes_no_word_answers_a_yes_no_question(pred, reference):
    assert label_equal(pred, reference, YES_NO_ZH) is True


def test_opening_yes_no_word_that_disagrees_with_the_reference_fails():
    assert label_equal("不是，“它”指狗。", "是", YES_NO_ZH) is False


def test_opening_no_before_a_sentiment_label_is_an_interjection():
    assert label_equal("No, the review is positive.", "positive", SENTIMENT) is True
