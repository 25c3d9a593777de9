"""Build dev40.jsonl deterministically: python3 build.py"""
import json
import os
import random
import statistics
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_eq
import gen_func
import gen_geo
import gen_mc
import gen_seq
import gen_word
from common import make_record

SEED = 4040
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'dev40.jsonl')
KEYS = ['id', 'dataset', 'key_answer_type', 'question', 'llm_output', 'correct_answer', 'label', 'lang', 'trap']


def main():
    rng = random.Random(SEED)
    specs = []
    for mod in (gen_eq, gen_func, gen_seq, gen_geo, gen_word):
        for g, n in mod.GENS:
            specs += [g(rng) for _ in range(n)]
    specs += gen_mc.build(rng)
    labels = ['Correct' if i % 2 == 0 else 'Incorrect' for i in range(len(specs))]
    rng.shuffle(labels)
    recs = [make_record(rng, sp, lab) for sp, lab in zip(specs, labels)]
    rng.shuffle(recs)
    lines = []
    for i, r in enumerate(recs, 1):
        r['id'] = 'd40-%04d' % i
        lines.append(json.dumps({k: r[k] for k in KEYS}, ensure_ascii=False))
    tmp = OUT + '.tmp'
    with open(tmp, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')
    os.replace(tmp, OUT)
    lens = [len(r['llm_output']) for r in recs]
    print('total', len(recs))
    for key in ('key_answer_type', 'dataset', 'lang', 'label'):
        print(key, dict(Counter(r[key] for r in recs)))
    print('median_len', statistics.median(lens), 'min', min(lens), 'max', max(lens))
    print('traps', dict(Counter(r['trap'] for r in recs).most_common()))


if __name__ == '__main__':
    main()
