"""Short factual answer cases (simpleqa_like) from hand-written facts."""
import random
from facts_data import EN, ZH

EN_FIN = [lambda a: f"**Answer:** {a}", lambda a: f"The answer is {a}.", lambda a: f"Final answer: {a}", lambda a: f"ANSWER: {a}",
          lambda a: f"So: {a}.", lambda a: f"Answer -> {a}", lambda a: f"#### {a}", lambda a: f"It's {a}! Hope that helps 🙂"]
ZH_FIN = [lambda a: f"答案：{a}", lambda a: f"答案是{a}。", lambda a: f"**最终答案：{a}**", lambda a: f"所以是{a}。"]


def one(rng, q, ref, alias, near, ctx, lang, mode):
    fins = EN_FIN if lang == "en" else ZH_FIN
    fin = rng.choice(fins)
    if lang == "en":
        lead = rng.choice([f"The question: \"{q}\"", "Quick recall check.", "Let me think about what I know here.", "", "Good question!"])
    else:
        lead = rng.choice([f"问题：{q}", "回忆一下相关知识。", "", "这题考查常识。"])
    lead = (lead + "\n\n") if lead else ""
    label, trap = "Correct", mode
    if mode in ("ref", "alias", "ctx_then_wrong", "two", "repeat_bad") and rng.random() < 0.6:
        if lang == "en":
            lead = (f"<think>\nThe user asks: {q} Candidates that come to mind: {ref} and {near}. Let me sort out which is which. {ctx} "
                    f"I'm fairly sure now. Also worth noting the alternative name '{alias}'.\n</think>\n\n") + lead
        else:
            lead = f"<think>\n问题是：{q}可能的答案有{ref}和{near}，需要区分。{ctx}\n</think>\n\n" + lead
    if mode == "ref":
        txt = lead + ctx + "\n\n" + fin(ref)
    elif mode == "alias":
        txt = lead + ctx + "\n\n" + fin(alias)
        trap = "alias_answer"
    elif mode == "think":
        th = (f"<think>\nIs it {near}? No — " + ctx + f"\nSo it should be {ref}.\n</think>\n\n") if lang == "en" else (f"<think>\n会不会是{near}？不对。" + ctx + "\n</think>\n\n")
        txt = th + fin(rng.choice([ref, alias]))
        trap = "think_rejects_near_miss"
    elif mode == "answer_first":
        txt = (f"{alias}.\n\n" if lang == "en" else f"{ref}。\n\n") + ctx
        trap = "answer_first_then_explain"
    else:
        label = "Incorrect"
        if mode == "near_miss":
            txt = lead + (f"I'm fairly confident about this one — it's {near}." if lang == "en" else f"我记得应该是{near}。") + "\n\n" + fin(near)
            trap = "near_miss_answer"
        elif mode == "ctx_then_wrong":
            txt = lead + ctx + "\n\n" + (f"Putting that together, I'll answer {near}." if lang == "en" else f"综合来看，我选{near}。") + "\n\n" + fin(near)
            trap = "right_in_text_wrong_commit"
        elif mode == "two":
            a, b = rng.sample([ref, near], 2)
            txt = lead + ctx + "\n\n" + (f"My answer: {a} or {b}." if lang == "en" else f"答案是{a}或者{b}。")
            trap = "two_answers"
        elif mode == "refuse":
            txt = lead + (f"I don't have reliable information to answer this precisely. It could be several possibilities and I'd recommend checking an encyclopedia." if lang == "en" else "抱歉，我无法确定这个问题的答案，建议查阅权威资料。")
            trap = "no_answer"
        elif mode == "repeat_bad":
            txt = lead + ctx + "\n\n" + fin(ref) + "\n\n" + (f"To summarize: {near}." if lang == "en" else f"总结：{near}。")
            trap = "repeat_different_value"
    return {"dataset": "simpleqa_like" if lang == "en" else "chinese_simpleqa_like", "key_answer_type": "short_text", "question": q,
            "llm_output": txt, "correct_answer": ref, "label": label, "trap": trap, "lang": lang}


def fact_cases(rng):
    out = []
    ok = ["ref", "alias", "think", "answer_first"]
    bad = ["near_miss", "ctx_then_wrong", "two", "refuse", "repeat_bad"]
    for lang, items in (("en", EN), ("zh", ZH)):
        for i, (q, ref, alias, near, ctx) in enumerate(items):
            modes = [rng.choice(ok)]
            if rng.random() < 0.92:
                modes.append(rng.choice(bad))
            for m in modes:
                out.append(one(rng, q, ref, alias, near, ctx, lang, m))
    return out
