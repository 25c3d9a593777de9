"""Assemble label-classification outputs (NLI, sentiment, topic, yes/no)."""
import json
from common import pad, make_record

C_MODES = ["plain", "bold", "json", "sentence", "recap", "boxed", "compare", "closing"]
I_MODES = ["wrong", "flip", "hedge", "nocommit", "recap_nochoice"]


def build_cls(rng, lang, dataset, question, labels, ref, analysis, sentence, correct, target, tag):
    """analysis(label) -> reasoning paragraph that supports `label`;
    sentence(label) -> a natural sentence stating that label as the verdict."""
    en = lang == "en"
    others = [l for l in labels if l != ref]
    wrong = rng.choice(others)
    mode = rng.choice(C_MODES if correct else I_MODES)
    opener = ("Let me read the task carefully and think about which label fits." if en
              else f"题目如下：\n{question}\n先仔细阅读题目，再判断应该给出哪个答案。")
    paras = [opener]
    fav = wrong if mode == "wrong" else ref
    if mode in ("nocommit", "recap_nochoice"):
        paras.append("There are arguments in more than one direction here." if en else "这里似乎几个方向都说得通。")
    else:
        paras.append(analysis(fav))
    if mode in ("plain", "wrong"):
        end = f"Answer: {fav}" if en else f"答案：{fav}"
    elif mode == "bold":
        end = f"Final label: **{ref}**" if en else f"最终判断：**{ref}**"
    elif mode == "json":
        end = "```json\n" + json.dumps({"label": ref}, ensure_ascii=False) + "\n```"
    elif mode == "sentence":
        end = sentence(ref)
    elif mode == "boxed":
        end = f"$\\boxed{{\\text{{{ref}}}}}$"
    elif mode == "recap":
        rows = "\n".join(f"- {l}: {'fits' if l == ref else 'does not fit'}" if en else
                         f"- {l}：{'符合' if l == ref else '不符合'}" for l in labels)
        end = ("Recap of the candidate labels:\n" if en else "各标签回顾：\n") + rows + \
            (f"\n\nSo the label is {ref}." if en else f"\n\n因此标签为{ref}。")
    elif mode == "compare":
        end = (f"The two labels worth weighing are {wrong} and {ref}. Between {wrong} and {ref}, {ref} is better "
               f"supported by the text, so I pick {ref}." if en else
               f"在{wrong}和{ref}之间比较，{ref}更有依据，所以选{ref}。")
    elif mode == "closing":
        end = (f"Having weighed the wording against each candidate label, my conclusion is: {ref}." if en
               else f"综合考虑各个标签后，结论是：{ref}。")
    elif mode == "flip":
        end = ((f"Although that reasoning points to {ref}, I'll answer differently to be safe.\n\nAnswer: {wrong}")
               if en else f"虽然上面的分析指向{ref}，但我最后还是选择另一个。\n\n答案：{wrong}")
    elif mode == "hedge":
        end = (f"It could be {ref} or {wrong}; I can't decide between the two." if en
               else f"可能是{ref}，也可能是{wrong}，两者之间难以取舍。")
    elif mode == "nocommit":
        end = ("Without more context I don't think a single label can be assigned with confidence." if en
               else "没有更多上下文，我无法给出确定的标签。")
    else:  # recap_nochoice
        rows = "\n".join(f"- {l}" for l in labels)
        end = ("Candidate labels:\n" if en else "候选标签：\n") + rows + \
            ("\n\nEach of these remains possible." if en else "\n\n以上都有可能。")
    paras.append(end)
    out = pad(rng, paras, target, lang)
    trap = f"{tag}_{mode}" if correct else f"{tag}_wrong_{mode}" if mode != "wrong" else f"{tag}_wrong_label"
    return make_record(dataset, "categorical_label", question, out, ref,
                       "Correct" if correct else "Incorrect", lang, trap)
