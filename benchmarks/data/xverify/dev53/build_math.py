"""Assemble math cases (open answer) from problem families."""
from common import T, assemble, present, cut_off, record
from pad import paras

CORRECT_MODES = ["ref_form", "alt_form", "alt_form", "self_corrected", "restated", "answer_mid_sentence"]
WRONG_MODES = ["wrong_value", "wrong_value", "hedge", "cut_off", "flip_after_right", "wrong_value"]


def build(rng, zh, fam, want_correct):
    P = fam(rng, zh)
    q, ref = P["q"], P["ref"]
    wrongs = [w for w in P["wrongs"] if w[0].replace(" ", "") != ref.replace(" ", "")]
    steps = list(P["steps"])
    pad = paras(rng, zh, q, steps, rng.randint(6, 9))
    body = [pad[0]] + steps[:1] + pad[1:-1] + steps[1:] + pad[-1:]
    if want_correct:
        mode = rng.choice(CORRECT_MODES)
        ans = ref if mode == "ref_form" else rng.choice(P["alts"])
        if mode == "self_corrected" and wrongs:
            w = rng.choice(wrongs)
            body = body + [T(zh, "So I get %s. %s Hmm, wait — that doesn't survive the check. Let me redo it." %
                             (w[0], w[1]), "所以得到 %s。%s 等等，这个代回去不对，重新算。" % (w[0], w[1]))] + steps[-1:]
        final = present(rng, zh, ans)
        if mode == "restated":
            final += T(zh, "\n\n(Equivalently, %s.)" % ref, "\n\n（也可写成 %s。）" % ref) if ans != ref else ""
            final = final if ans != ref else present(rng, zh, ans)
        if mode == "answer_mid_sentence":
            final = T(zh, "Putting everything together, the result %s satisfies every condition in the problem, so "
                          "that is what I'll report." % ans,
                      "综合以上，结果 %s 满足题目的所有条件，这就是最终答案。" % ans)
        out = assemble(rng, zh, body, P["checks"], final, summary_steps=steps)
        trap = {"ref_form": "plain_match", "alt_form": "equivalent_form", "self_corrected": "self_corrected_to_right",
                "restated": "restated_other_form", "answer_mid_sentence": "answer_mid_sentence"}[mode]
        return record(None, P["ds"], "math", q, out, ref, "Correct", zh, trap)
    mode = rng.choice(WRONG_MODES)
    if not wrongs:
        mode = "cut_off"
    if mode == "cut_off":
        out = cut_off(rng, zh, body)
        trap = "cut_off_no_answer"
    elif mode == "hedge":
        w = rng.choice(wrongs)
        a, b = (ref, w[0]) if rng.random() < 0.5 else (w[0], ref)
        final = T(zh, "I'm torn between two readings. The answer is either %s or %s, depending on the "
                      "interpretation." % (a, b), "两种理解都有道理，答案可能是 %s，也可能是 %s。" % (a, b))
        out = assemble(rng, zh, body, P["checks"], final, summary_steps=steps)
        trap = "hedge_two_answers"
    elif mode == "flip_after_right":
        w = rng.choice(wrongs)
        extra = T(zh, "This gives %s. Wait, on reflection: %s So I'll go with the revised value." % (ref, w[1]),
                  "得到 %s。等等，再想一下：%s 所以改用修正后的结果。" % (ref, w[1]))
        out = assemble(rng, zh, body + [extra], P["checks"], present(rng, zh, w[0]), summary_steps=steps[:-1])
        trap = "flip_right_to_wrong:" + w[2]
    else:
        w = rng.choice(wrongs)
        body2 = body[:-1] + [w[1]]
        out = assemble(rng, zh, body2, None, present(rng, zh, w[0]), summary_steps=steps[:-1] + [w[1]])
        trap = "wrong_value:" + w[2]
    return record(None, P["ds"], "math", q, out, ref, "Incorrect", zh, trap)
