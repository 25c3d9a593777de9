"""Shared helpers for the dev40 set: number formatting and output assembly."""
from fractions import Fraction as F
from math import comb, gcd, isqrt

DIG = '零一二三四五六七八九'


def _u100(n, lead):
    """Chinese for 0<n<100; lead=True means a higher unit precedes (一十 form)."""
    if n < 10:
        return DIG[n]
    t, o = divmod(n, 10)
    s = ('' if (t == 1 and not lead) else DIG[t]) + '十'
    return s + (DIG[o] if o else '')


def cn_int(n):
    if n < 0:
        return '负' + cn_int(-n)
    if n == 0:
        return '零'
    if n < 100:
        return _u100(n, False)
    parts = []
    th, r = divmod(n, 1000)
    h, r2 = divmod(r, 100)
    if th:
        parts.append(DIG[th] + '千')
    if h:
        parts.append(DIG[h] + '百')
    elif th and r2:
        parts.append('零')
    if r2:
        if r2 < 10 and h:
            parts.append('零')
        parts.append(_u100(r2, True))
    return ''.join(parts)


def cn_frac(x, mixed=True):
    x = F(x)
    if x < 0:
        return '负' + cn_frac(-x, mixed)
    if x.denominator == 1:
        return cn_int(x.numerator)
    if mixed and x > 1:
        w = x.numerator // x.denominator
        rest = x - w
        return cn_int(w) + '又' + cn_int(rest.denominator) + '分之' + cn_int(rest.numerator)
    return cn_int(x.denominator) + '分之' + cn_int(x.numerator)


def tex(x):
    x = F(x)
    if x.denominator == 1:
        return str(x.numerator)
    s = '-' if x < 0 else ''
    return s + '\\frac{%d}{%d}' % (abs(x.numerator), x.denominator)


def slash(x):
    x = F(x)
    if x.denominator == 1:
        return str(x.numerator)
    return '%d/%d' % (x.numerator, x.denominator)


def dec(x):
    """Exact decimal string if terminating, else None."""
    x = F(x)
    d = x.denominator
    k = 0
    while d % 2 == 0:
        d //= 2
        k += 1
    j = 0
    while d % 5 == 0:
        d //= 5
        j += 1
    if d != 1:
        return None
    p = max(k, j)
    if p == 0:
        return str(x.numerator)
    v = abs(x) * 10 ** p
    s = str(int(v)).rjust(p + 1, '0')
    s = s[:-p] + '.' + s[-p:]
    s = s.rstrip('0').rstrip('.')
    return ('-' if x < 0 else '') + s


def pct(x):
    d = dec(F(x) * 100)
    return None if d is None else d + '%'


def cn_pct(x):
    v = F(x) * 100
    if v.denominator != 1 or v < 0:
        return None
    return '百分之' + cn_int(v.numerator)


def num(x):
    """Plain number for use inside sentences."""
    x = F(x)
    return str(x.numerator) if x.denominator == 1 else slash(x)


def paren(x):
    s = num(x)
    return '(' + s + ')' if F(x) < 0 else s


def lin(a, b, var='x'):
    """a*var + b as text, a, b Fractions/ints."""
    a, b = F(a), F(b)
    if a == 0:
        return tex(b)
    if a == 1:
        s = var
    elif a == -1:
        s = '-' + var
    else:
        s = tex(a) + var
    if b > 0:
        s += '+' + tex(b)
    elif b < 0:
        s += '-' + tex(-b)
    return s


def poly2(a, b, c, var='x', sq='²'):
    """a var^2 + b var + c."""
    out = ''
    for coef, mono in ((a, var + sq), (b, var), (c, '')):
        coef = F(coef)
        if coef == 0:
            continue
        mag = abs(coef)
        body = tex(mag) if (mono == '' or mag != 1) else ''
        body += mono
        if out == '':
            out = ('-' if coef < 0 else '') + body
        else:
            out += ('-' if coef < 0 else '+') + body
    return out or '0'


def xfac(r, var='x'):
    return '(%s-%d)' % (var, r) if r > 0 else ('(%s+%d)' % (var, -r) if r < 0 else var)


def sqrt_simplify(n):
    k, m = 1, n
    i = 2
    while i * i <= m:
        while m % (i * i) == 0:
            m //= i * i
            k *= i
        i += 1
    return k, m


def rad(k, m):
    """k*sqrt(m) as tex."""
    if m == 1:
        return str(k)
    return ('%d' % k if k != 1 else '') + '\\sqrt{%d}' % m


def spec(dataset, question, ref, setup, finish, rights, wrongs, kat='math', check=None):
    return {'dataset': dataset, 'kat': kat, 'question': question, 'ref': ref, 'setup': setup,
            'finish': finish, 'rights': rights, 'wrongs': wrongs, 'check': check}


# ---------------------------------------------------------------- output assembly
OPEN = ['好的，我来解决这道题。', '我们来仔细分析一下这道题。', '先读题，理清已知条件和所求的量。',
        '这是一道比较典型的题目，下面一步一步来。', '嗯，先看看题目要求什么。', '让我想想这道题该怎么入手。']
MID = ['嗯，让我再核对一下刚才的推导。', '等一下，先别急着下结论，把每一步再检查一遍。',
       '我再换个角度想一想，确认没有遗漏条件。', '再把关键的计算重新过一遍。']
FILL = ['首先要把题目中的已知条件逐条列出来，避免遗漏任何一个。',
        '这类题目在考试中很常见，关键是把文字信息准确地转化为数学关系。',
        '计算过程中要特别注意符号，尤其是负号和括号展开时的变号。',
        '另外要留意题目中隐含的限制条件，比如分母不为零、被开方数非负等。',
        '如果直接硬算容易出错，可以先把式子整理成标准形式再处理。',
        '我先不急着代数，先想清楚整体思路：列式、化简、求解、检验。',
        '这一步很容易粗心，所以我写得详细一点。',
        '题目的表述有点绕，我换成自己的话再理解一遍，确保没有读错题。',
        '回忆一下课本上的相关公式和结论，这里正好可以直接用上。',
        '做这种题最怕的是漏掉情况，所以每一步都要问自己：还有没有别的可能？',
        '注意单位要统一，不同单位的量不能直接相加减。',
        '有时候画个草图会更直观，我在脑子里先把图形想清楚。',
        '分数运算时先约分可以减少计算量，也能降低出错的概率。',
        '最后的结果要写成最简形式，并且回答题目真正问的那个量。',
        '这里的每一个条件应该都是有用的，如果某个条件没用上，很可能是思路有问题。',
        '考试时这种题一般放在中间位置，难度适中，但细节分不少。',
        '我先按常规方法做，做完之后再用另一种方法验证一下。',
        '好，条件已经理清楚了，接下来开始列式计算。',
        '中间结果我都保留分数形式，最后再统一处理，避免四舍五入带来误差。',
        '在化简的时候要小心合并同类项，不要把系数弄错。',
        '这种题型老师上课反复强调过：先定范围，再求值，最后检验。',
        '如果得到的结果不符合实际意义或者定义要求，就要舍去。',
        '思路大致是清楚的，关键在于计算的准确性。',
        '先把已知量用字母表示出来，这样列方程会更方便。',
        '我注意到题目里有一个容易被忽略的细节，后面需要用到它。',
        '嗯，这个地方需要分情况讨论吗？先看看条件是否已经排除了某些情况。',
        '把式子代进去之前，先确认一下每个字母代表的含义。',
        '很多同学在这里会犯错，原因是没有注意到条件之间的联系。',
        '按照标准的解题格式，先写“解：”，然后写出主要步骤。',
        '这里需要用到一个常用的变形技巧，把复杂的式子拆开来看。',
        '为了保险起见，我把每一步的依据都写清楚。',
        '计算量不大，但是要细心，尤其是最后一步的化简。',
        '我先回忆一下这个知识点在教材里是怎么讲的，再对照题目看看需要哪些公式，哪些条件是直接给出的，哪些需要自己推出来。',
        '审题时要把每一个数字和每一个关键词都圈出来，比如“至少”“不超过”“恰好”“分别”这些词，往往决定了最后的答案形式。',
        '这道题如果用另一种方法，比如画图或者列表，也可以做，但是步骤会多一些，我还是选择最直接的代数方法。',
        '写步骤的时候要规范，每一步都写出依据，这样即使中间算错了，也容易回头找到问题出在哪里。',
        '有的同学习惯跳步，但是这种题跳步很容易出错，我宁可多写几行，把中间结果都列出来。',
        '先估算一下结果的大致范围，这样最后算出来的数如果差得太远，就能马上发现问题。',
        '这里我停下来想一想：题目有没有给出多余的条件？如果有，它可能是用来排除某些情况的。',
        '把已知条件和要求的结论对应起来看，中间缺的那一环就是解题的关键步骤。',
        '注意题目要求的结果形式，比如是否要求写成最简分数、是否保留π、是否需要带单位。',
        '我把整个过程在草稿纸上完整地过一遍，确认每一个等号两边都是相等的。',
        '这种题型的常见错误有几种：符号弄错、漏解、多解、单位不统一，我逐一排查一下。',
        '好，思路比较清晰了。下面把正式的解答过程整理出来，按照考试的要求书写。',
        'Let me double check 一下题目的条件，确认没有看漏任何 constraint。',
        '这个 step 比较关键，我写得 detailed 一些，免得出现 careless mistake。',
        'OK，整体的 approach 已经确定了，接下来就是细心计算。']
CHECK = ['检验：把所得结果代回原题的条件中逐一验证，各项都满足，说明结果正确。',
         '验算：按照题目的要求重新计算一遍，得到的结果与上面一致，无误。',
         '检验一下：结果符合题目中的所有限制条件，也符合实际意义。']
FINALS = ['故答案为：{a}。', '所以最终答案是 $\\boxed{{{a}}}$。', '【答案】{a}', '答：{a}。', '最终答案：{a}',
          '综上所述，{a}。', '因此，所求结果为 {a}。', '\\boxed{{{a}}}', '故所求为：{a}。', '**最终答案**：{a}']
FIX = ['不对，', '等等，不对，', '嗯……不对，刚才这一步有问题，', '不对不对，我检查一下发现前面错了，']
FLIP = ['等等，不对，', '嗯，不对，我再想想，', '不对，刚才的做法可能有漏洞，']
QUIT = ['这一步的计算我一时推不下去，这道题暂时先放弃，无法给出确定的答案。',
        '后面的步骤我不太确定该怎么处理……抱歉，这道题我没能算出最终结果。',
        '算到这里思路断了，我先跳过这道题，不给出答案了。']


def _final(rng, a):
    return rng.choice(FINALS).format(a=a)


def _pad(rng, parts, target, pool):
    while pool and sum(len(p) for p in parts) < target:
        parts.insert(rng.randint(1, max(1, len(parts) - 1)), pool.pop())


def _compose(rng, q, steps, tail, cut=False):
    target = rng.randint(1250, 2700)
    pool = rng.sample(FILL, len(FILL))
    think = []
    if rng.random() < 0.55:
        think = [rng.choice(OPEN), '题目是：' + q.split('\n')[0][:90], pool.pop(), pool.pop()]
        think += ['草算：'] + steps + [rng.choice(MID)] + [pool.pop()]
    main = ['【分析】' + q.replace('\n', ' ') + ' ' + pool.pop(), '解：' + pool.pop()] + steps
    if cut:
        body = think if (think and rng.random() < 0.4) else main
        last = body[-1]
        body[-1] = last[:max(4, int(len(last) * rng.uniform(0.35, 0.7)))]
        if body is think:
            _pad(rng, think, target, pool)
            return '<think>\n' + '\n'.join(think)
        _pad(rng, main, target - sum(len(p) for p in think), pool)
        head = ('<think>\n' + '\n'.join(think) + '\n</think>\n\n') if think else ''
        return head + '\n'.join(main)
    if think:
        _pad(rng, think, target // 2, pool)
    _pad(rng, main, target - sum(len(p) for p in think), pool)
    head = ('<think>\n' + '\n'.join(think) + '\n</think>\n\n') if think else ''
    return head + '\n'.join(main) + '\n' + tail


def make_record(rng, sp, label=None):
    """Turn a spec into one record (without id)."""
    if label is None:
        label = 'Correct' if rng.random() < 0.5 else 'Incorrect'
    q = sp['question']
    setup, finish = list(sp['setup']), list(sp['finish'])
    if label == 'Correct':
        ans, trap = rng.choice(sp['rights'])
        r = rng.random()
        if r < 0.15 and sp['wrongs']:
            w, _, wstep = rng.choice(sp['wrongs'])
            steps = setup + [wstep, '所以得到 %s。' % w, rng.choice(FIX) + '应该重新算：'] + finish
            out = _compose(rng, q, steps, _final(rng, ans))
            trap = 'self_correction_to_right'
        else:
            tail = _final(rng, ans)
            if r > 0.7:
                tail += '\n' + (sp['check'] or rng.choice(CHECK))
                if trap == 'same_form':
                    trap = 'check_after_answer'
            out = _compose(rng, q, setup + finish, tail)
    else:
        w, trap, wstep = rng.choice(sp['wrongs'])
        r = rng.random()
        if r < 0.6:
            out = _compose(rng, q, setup + [wstep], _final(rng, w))
        elif r < 0.7:
            steps = setup + finish + ['这样得到 %s。' % sp['rights'][0][0], rng.choice(FLIP) + wstep]
            out = _compose(rng, q, steps, _final(rng, w))
            trap = 'correction_to_wrong'
        elif r < 0.82:
            a, b = sp['rights'][0][0], w
            if rng.random() < 0.5:
                a, b = b, a
            steps = setup + finish + ['不过换一种思路：' + wstep]
            tail = '两种做法得到的结果不一样。最终答案：可能是「%s」，也可能是「%s」，我无法确定哪一个正确。' % (a, b)
            out = _compose(rng, q, steps, tail)
            trap = 'hedge_two_values'
        elif r < 0.93:
            out = _compose(rng, q, setup, '', cut=True)
            trap = 'truncated_output'
        else:
            out = _compose(rng, q, setup, rng.choice(QUIT))
            trap = 'answer_abandoned'
    return {'dataset': sp['dataset'], 'key_answer_type': sp['kat'], 'question': q, 'llm_output': out,
            'correct_answer': sp['ref'], 'label': label, 'lang': 'zh', 'trap': trap}


def fr_rights(x, base_trap='same_form'):
    """Equal-value forms of a Fraction."""
    x = F(x)
    out = [(tex(x), base_trap)]
    if x.denominator != 1:
        out.append((slash(x), 'slash_fraction'))
        out.append((cn_frac(x), 'cn_numeral_fraction'))
    d = dec(x)
    if d is not None and x.denominator != 1:
        out.append((d, 'decimal_vs_fraction'))
    return out
