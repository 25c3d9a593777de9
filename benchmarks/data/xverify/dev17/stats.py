import json,statistics,collections
cs=[json.loads(l) for l in open('dev17.jsonl')]
d=collections.defaultdict(list)
for c in cs: d[(c['key_answer_type'],c['lang'])].append(len(c['llm_output']))
for k,v in sorted(d.items()): print(k, len(v), statistics.median(v), min(v), max(v))
print('overall', statistics.median(len(c['llm_output']) for c in cs), sum(len(c['llm_output'])>=1500 for c in cs), len(cs))
