"""Applied word problems (应用题): money, units, time, discount and profit, work and travel."""
from common import F, spec, tex, num, dec, pct, cn_pct, cn_frac, cn_int

NAMES = ['小明', '小红', '李华', '王芳', '张伟', '陈静', '刘洋', '赵磊', '孙悦', '周婷']
GOODS = [('笔记本', '本'), ('钢笔', '支'), ('文件夹', '个'), ('水杯', '个'), ('毛巾', '条'), ('练习册', '本')]


def _yuan_forms(x):
    """x in 元 (Fraction with at most two decimals)."""
    jiao_total = x * 10
    fen_total = x * 100
    y = int(x)
    j = int((x - y) * 10)
    f = int(round((x - y) * 100 - j * 10))
    words = '%d元' % y + ('%d角' % j if j else '') + ('%d分' % f if f else '')
    out = [('%s元' % dec(x), 'same_form'), (words, 'yuan_jiao_fen')]
    if jiao_total.denominator == 1:
        out.append(('%d角' % jiao_total.numerator, 'yuan_vs_jiao'))
    else:
        out.append(('%d分' % fen_total.numerator, 'yuan_vs_fen'))
    return out


def discount(rng):
    name = rng.choice(NAMES)
    good, unit = rng.choice(GOODS)
    price = F(rng.randint(25, 160), 10)
    n = rng.randint(2, 8)
    zhe = rng.choice([7, 8, 9, F(85, 10), F(75, 10)])
    total = price * n * F(zhe) / 10
    if (total * 100).denominator != 1:
        return discount(rng)
    q = '%s去文具店买%s，每%s标价 %s 元，%s买了 %d %s，商店全场打%s折。%s一共需要付多少钱？' % (
        name, good, unit, dec(price), name, n, unit, num(zhe) if F(zhe).denominator == 1 else dec(zhe), name)
    setup = ['原价总额：%s×%d=%s（元）。' % (dec(price), n, dec(price * n)),
             '打%s折就是按原价的 %s 付款。' % (dec(zhe), pct(F(zhe) / 10))]
    finish = ['实付：%s×%s=%s（元）。' % (dec(price * n), dec(F(zhe) / 10), dec(total))]
    rights = _yuan_forms(total)
    saved = price * n - total
    wrongs = [('%s元' % dec(saved), 'discount_amount_instead', '打折相当于减去 %s，%s×%s=%s（元）。' % (
        pct(1 - F(zhe) / 10), dec(price * n), dec(1 - F(zhe) / 10), dec(saved))),
              ('%s角' % dec(total), 'wrong_unit', '实付 %s。' % dec(total)),
              ('%s元' % dec(price * n), 'discount_ignored', '所以原价总额就是要付的钱。')]
    return spec('gsm8k_like', q, rights[0][0], setup, finish, rights, wrongs)


def profit(rng):
    cost = rng.choice([40, 50, 60, 80, 100, 120, 200])
    rate = F(rng.choice([10, 20, 25, 30, 40, 50]), 100)
    sell = cost * (1 + rate)
    q = '某商品进价为 %d 元，按 %s 元出售。求这件商品的利润率。' % (cost, dec(sell))
    setup = ['利润=售价-进价=%s-%d=%s（元）。' % (dec(sell), cost, dec(sell - cost)), '利润率=利润÷进价×100%。']
    finish = ['利润率=%s÷%d=%s。' % (dec(sell - cost), cost, pct(rate))]
    rights = [(pct(rate), 'same_form'), (dec(rate), 'decimal_vs_percent'), (cn_pct(rate), 'cn_numeral_percent'),
              (tex(rate), 'fraction_vs_percent')]
    wr = (sell - cost) / sell
    wrongs = [('%s' % (pct(wr) if pct(wr) else tex(wr)), 'divided_by_selling_price',
               '利润率=利润÷售价=%s÷%s=%s。' % (dec(sell - cost), dec(sell), pct(wr) or tex(wr))),
              ('%s元' % dec(sell - cost), 'profit_instead_of_rate', '所以利润为 %s 元。' % dec(sell - cost))]
    return spec('gsm8k_like', q, pct(rate), setup, finish, rights, wrongs)


def work(rng):
    while True:
        a, b = rng.randint(3, 15), rng.randint(3, 15)
        t = F(a * b, a + b)
        if a != b and t.denominator != 1:
            break
    q = '一项工程，甲队单独做需要 %d 天完成，乙队单独做需要 %d 天完成。两队合作，需要多少天完成？' % (a, b)
    setup = ['把工程总量看作单位“1”。', '甲的工效为 1/%d，乙的工效为 1/%d。' % (a, b)]
    finish = ['合作工效为 1/%d+1/%d=%s。' % (a, b, num(1 / t)), '所需时间=1÷%s=%s（天）。' % (num(1 / t), num(t))]
    rights = [('%s天' % num(t), 'same_form'), (cn_frac(t) + '天', 'cn_mixed_number'),
              ('%d又%s天' % (int(t), num(t - int(t))), 'mixed_number')]
    if dec(t):
        rights.append(('%s天' % dec(t), 'decimal_vs_fraction'))
    avg = F(a + b, 2)
    wrongs = [('%s天' % num(avg), 'averaged_times', '两队合作所需天数取平均：(%d+%d)÷2=%s（天）。' % (a, b, num(avg))),
              ('%s天' % num(1 / t), 'reciprocal_error', '合作工效为 %s，所以需要 %s 天。' % (num(1 / t), num(1 / t)))]
    return spec('gsm8k_like', q, rights[0][0], setup, finish, rights, wrongs)


def travel_time(rng):
    v = rng.choice([40, 48, 60, 72, 80, 90])
    mins = rng.choice([15, 20, 30, 45, 36, 12, 18, 24])
    hrs = rng.randint(1, 4)
    t = hrs + F(mins, 60)
    d = v * t
    if d.denominator != 1:
        return travel_time(rng)
    q = '一辆汽车以每小时 %d 千米的速度行驶 %d 千米，需要多少时间？' % (v, d)
    setup = ['时间=路程÷速度。']
    finish = ['%d÷%d=%s（小时）。' % (d, v, dec(t) or num(t))]
    tot = hrs * 60 + mins
    rights = [('%s小时' % (dec(t) or num(t)), 'same_form'), ('%d小时%d分钟' % (hrs, mins), 'hours_minutes'),
              ('%d分钟' % tot, 'minutes_only')]
    dd = dec(t)
    wrongs = []
    if dd and '.' in dd:
        frac_part = dd.split('.')[1]
        wm = int(frac_part[:2].ljust(2, '0'))
        if wm != mins and wm < 100:
            wrongs.append(('%d小时%d分钟' % (hrs, wm), 'decimal_hours_misread', '%s小时就是 %d 小时 %d 分钟。' % (dd, hrs, wm)))
    wrongs.append(('%d分钟' % (hrs * 100 + mins), 'unit_conversion_error', '1 小时按 100 分钟换算，共 %d 分钟。' % (hrs * 100 + mins)))
    wrongs.append(('%s小时' % num(t + 1), 'arithmetic_slip', '%d÷%d=%s（小时）。' % (d, v, num(t + 1))))
    return spec('gsm8k_like', q, rights[0][0], setup, finish, rights, wrongs)


def laps(rng):
    name = rng.choice(NAMES)
    m = rng.choice([200, 250, 300, 400, 450])
    n = rng.randint(3, 12)
    tot = m * n
    km = F(tot, 1000)
    q = '学校操场一圈长 %d 米，%s每天跑 %d 圈。%s每天跑多少千米？' % (m, name, n, name)
    setup = ['先求每天跑的米数。']
    finish = ['%d×%d=%d（米）。' % (m, n, tot), '1 千米=1000 米，%d 米=%s 千米。' % (tot, dec(km))]
    rights = [('%s千米' % dec(km), 'same_form'), ('%d米' % tot, 'meters_vs_km'), ('%s km' % dec(km), 'english_unit_symbol')]
    wrongs = [('%s千米' % dec(km * 10), 'conversion_factor_error', '1 千米=100 米，所以是 %s 千米。' % dec(km * 10)),
              ('%d千米' % tot, 'wrong_unit', '%d×%d=%d。' % (m, n, tot))]
    return spec('gsm8k_like', q, rights[0][0], setup, finish, rights, wrongs)


def floor_area(rng):
    L, W = rng.randint(3, 9), rng.randint(2, 6)
    tile = rng.choice([4, 5, 2])
    area = L * W
    q = '一间教室长 %d 米，宽 %d 米。这间教室的地面面积是多少平方米？如果用边长 %d 分米的正方形地砖铺地，至少需要多少块？' % (L, W, tile)
    setup = ['地面面积=长×宽。', '地砖面积为 %d×%d=%d（平方分米）。' % (tile, tile, tile * tile)]
    n = F(area * 100, tile * tile)
    if n.denominator != 1:
        return floor_area(rng)
    finish = ['面积=%d×%d=%d（平方米）=%d 平方分米。' % (L, W, area, area * 100), '块数=%d÷%d=%d（块）。' % (area * 100, tile * tile, n)]
    ref = '%d平方米，%d块' % (area, n)
    rights = [(ref, 'same_form'), ('面积%d平方分米，需要%d块地砖' % (area * 100, n), 'sq_dm_vs_sq_m'),
              ('%d m²，%d块' % (area, n), 'english_unit_symbol')]
    wrongs = [('%d平方米，%s块' % (area, num(F(area, tile * tile))),
               'area_unit_not_converted', '块数=%d÷%d，没有换算单位。' % (area, tile * tile)),
              ('%d平方米，%d块' % (area, area * 100 // tile), 'side_instead_of_area', '块数=%d÷%d=%d。' % (area * 100, tile, area * 100 // tile))]
    return spec('gsm8k_like', q, ref, setup, finish, rights, wrongs)


def chase(rng):
    v1, v2 = rng.randint(60, 90), rng.randint(40, 58)
    gap = (v1 - v2) * rng.randint(1, 5)
    t = F(gap, v1 - v2)
    q = '甲、乙两车同向而行，乙车在甲车前方 %d 千米处。甲车每小时行 %d 千米，乙车每小时行 %d 千米。甲车经过多少小时能追上乙车？' % (gap, v1, v2)
    setup = ['这是追及问题：追及时间=路程差÷速度差。']
    finish = ['速度差=%d-%d=%d（千米/时）。' % (v1, v2, v1 - v2), '追及时间=%d÷%d=%s（小时）。' % (gap, v1 - v2, num(t))]
    rights = [('%s小时' % num(t), 'same_form'), ('%d分钟' % (t * 60), 'minutes_only'), (cn_int(int(t)) + '个小时', 'cn_numeral_integer')]
    tw = F(gap, v1 + v2)
    wrongs = [('%s小时' % (dec(tw) or num(tw)), 'speed_sum_instead_of_difference', '用速度和计算：%d÷%d=%s。' % (gap, v1 + v2, num(tw))),
              ('%s小时' % num(t + 1), 'arithmetic_slip', '%d÷%d=%s。' % (gap, v1 - v2, num(t + 1)))]
    return spec('gsm8k_like', q, rights[0][0], setup, finish, rights, wrongs)


GENS = [(discount, 8), (profit, 7), (work, 8), (travel_time, 8), (laps, 6), (floor_area, 5), (chase, 6)]
