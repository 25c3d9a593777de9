"""Multiple choice (A．…) and Chinese short answers."""
from common import spec
import gen_func
import gen_geo
import gen_seq

L = 'ABCD'
FACT_MC = [
    ('中华人民共和国的首都是哪座城市？', '北京', ['上海', '广州', '南京']),
    ('长江最终注入哪个海域？', '东海', ['黄海', '南海', '渤海']),
    ('在一个标准大气压下，纯水的沸点是多少？', '100℃', ['90℃', '80℃', '120℃']),
    ('小说《红楼梦》的作者是谁？', '曹雪芹', ['罗贯中', '施耐庵', '吴承恩']),
    ('太阳系中体积最大的行星是哪一颗？', '木星', ['土星', '地球', '火星']),
    ('绿色植物进行光合作用时主要吸收哪种气体？', '二氧化碳', ['氧气', '氮气', '氢气']),
    ('1 千克等于多少克？', '1000 克', ['100 克', '10 克', '10000 克']),
    ('三角形的内角和是多少度？', '180°', ['90°', '360°', '270°']),
    ('北半球一年中白昼最长的节气是哪一个？', '夏至', ['冬至', '春分', '秋分']),
    ('下列哪一个数是质数？', '29', ['27', '33', '39']),
]
SHORT = [
    ('小说《西游记》的作者是谁？', '吴承恩', [('吴承恩', 'same_form'), ('明代小说家吴承恩', 'answer_with_description')], ('罗贯中', 'wrong_entity')),
    ('中国最长的河流是哪一条？', '长江', [('长江', 'same_form'), ('长江（扬子江）', 'alias_in_brackets')], ('黄河', 'wrong_entity')),
    ('地球上面积最大的大洋是哪一个？', '太平洋', [('太平洋', 'same_form'), ('Pacific Ocean，即太平洋', 'english_alias')], ('大西洋', 'wrong_entity')),
    ('水的化学式是什么？', 'H₂O', [('H₂O', 'same_form'), ('H2O', 'ascii_subscript')], ('H₂O₂', 'near_miss_formula')),
    ('世界上海拔最高的山峰是哪座？', '珠穆朗玛峰', [('珠穆朗玛峰', 'same_form'), ('珠峰（Mount Everest）', 'alias_in_brackets')], ('乔戈里峰', 'wrong_entity')),
    ('小说《三国演义》的作者是谁？', '罗贯中', [('罗贯中', 'same_form'), ('元末明初的罗贯中', 'answer_with_description')], ('施耐庵', 'wrong_entity')),
    ('人类历史上第一位进入太空的宇航员是谁？', '加加林', [('加加林', 'same_form'), ('尤里·加加林', 'full_name')], ('阿姆斯特朗', 'wrong_entity')),
    ('中国古代四大发明中，用来辨别方向的是哪一项？', '指南针', [('指南针', 'same_form'), ('指南针（罗盘）', 'alias_in_brackets')], ('火药', 'wrong_entity')),
    ('二十四节气中排在第一位的是哪个节气？', '立春', [('立春', 'same_form'), ('“立春”这个节气', 'sentence_form')], ('春分', 'near_miss_entity')),
    ('提出狭义相对论的科学家是谁？', '爱因斯坦', [('爱因斯坦', 'same_form'), ('阿尔伯特·爱因斯坦（Albert Einstein）', 'full_name')], ('牛顿', 'wrong_entity')),
    ('一年中有多少个月份有 31 天？', '7个', [('7个', 'same_form'), ('七个月', 'cn_numeral_integer')], ('6个', 'off_by_one_count')),
    ('正六边形每个内角是多少度？', '120°', [('120°', 'same_form'), ('一百二十度', 'cn_numeral_integer')], ('60°', 'exterior_vs_interior')),
]


def _opts(rng, right, distract):
    opts = [right] + distract[:3]
    rng.shuffle(opts)
    return opts, L[opts.index(right)]


def _mc_spec(rng, qtext, opts, letter, setup, finish):
    q = qtext + '\n' + '\n'.join('%s．%s' % (L[i], o) for i, o in enumerate(opts))
    k = L.index(letter)
    rights = [(letter, 'same_form'), ('选%s' % letter, 'choice_phrase'), ('%s．%s' % (letter, opts[k]), 'letter_with_content'),
              ('(%s)' % letter, 'parenthesized_letter'), (opts[k], 'option_content_only')]
    others = [x for x in L if x != letter]
    wrongs = []
    for o in others:
        wrongs.append((o, 'wrong_option', '对照选项，应选 %s（%s）。' % (o, opts[L.index(o)])))
    wrongs.append(('%s和%s' % tuple(sorted([letter, rng.choice(others)])), 'multiple_options', '有两个选项看起来都对，两个都选。'))
    return spec('mmlu_like', q, letter, setup, finish + ['对照选项，正确答案是 %s．%s。' % (letter, opts[k])],
                rights, wrongs, kat='alphabet_option')


MATH_SRC = [gen_seq.tan_ratio, gen_geo.bag, gen_geo.dice, gen_func.piecewise, gen_seq.trig_quadrant, gen_geo.cone,
            gen_seq.law_cos, gen_geo.hyp, gen_seq.deg_rad, gen_geo.sector]


def math_mc(rng):
    g = rng.choice(MATH_SRC)
    sp = g(rng)
    right = sp['ref']
    dis = []
    for w, _, _ in sp['wrongs']:
        if w != right and w not in dis and not w.endswith('cm²'):
            dis.append(w)
    tries = 0
    while len(dis) < 3 and tries < 20:
        tries += 1
        o = g(rng)['ref']
        if o != right and o not in dis:
            dis.append(o)
    opts, letter = _opts(rng, right, dis)
    qtext = sp['question'] + '（　　）'
    return _mc_spec(rng, qtext, opts, letter, sp['setup'], sp['finish'])


def fact_mc(rng, item):
    qtext, right, dis = item
    opts, letter = _opts(rng, right, list(dis))
    setup = ['这是一道常识性的选择题，需要回忆相关知识。', '先逐一审视四个选项，排除明显不符合的。']
    finish = ['根据所学知识，正确的说法是“%s”。' % right]
    return _mc_spec(rng, qtext + '（　　）', opts, letter, setup, finish)


def short(rng, item):
    qtext, ref, rights, (w, wt) = item
    setup = ['这是一道常识题，直接回忆相关知识即可。', '先想一想题目问的是什么：它要求一个具体的名称或数值。']
    finish = ['根据所学的知识，答案是 %s。' % ref]
    wrongs = [(w, wt, '我记得答案应该是 %s。' % w)]
    return spec('simpleqa_like', qtext, ref, setup, finish, rights, wrongs, kat='short_text')


def build(rng):
    out = [math_mc(rng) for _ in range(20)]
    out += [fact_mc(rng, it) for it in FACT_MC]
    out += [short(rng, it) for it in SHORT]
    out += [short(rng, it) for it in rng.sample(SHORT, 8)]
    return out
