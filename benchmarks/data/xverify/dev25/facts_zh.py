"""Chinese short-answer facts (some with English names inside)."""
from common import wrap, record

FACTS = [
    ("《红楼梦》前八十回的作者是谁？", "曹雪芹", ["曹雪芹（名霑）", "Cao Xueqin（曹雪芹）"], [("高鹗", "continuation_author")],
     "《红楼梦》通行本一百二十回，后四十回一般认为由他人续补。"),
    ("《西游记》的作者是谁？", "吴承恩", ["明代小说家吴承恩", "Wu Cheng'en"], [("施耐庵", "contemporary_author")],
     "这部小说讲述唐僧师徒西天取经的故事。"),
    ("瑞士的联邦首都（联邦城市）是哪座城市？", "伯尔尼", ["Bern（伯尔尼）", "伯尔尼市"], [("苏黎世", "largest_city_not_capital")],
     "瑞士联邦议会设在这座城市。"),
    ("中国最长的河流是哪条？", "长江", ["长江（扬子江）", "Yangtze River"], [("黄河", "related_river")],
     "这条河全长约6300公里，流入东海。"),
    ("被称为“诗仙”的唐代诗人是谁？", "李白", ["李太白", "Li Bai（李白）"], [("杜甫", "related_poet")],
     "另一位被称为“诗圣”的诗人与他齐名。"),
    ("《史记》的作者是谁？", "司马迁", ["西汉史学家司马迁", "太史公司马迁"], [("司马光", "wrong_given_name")],
     "《史记》是中国第一部纪传体通史。"),
    ("北宋时期发明活字印刷术的人是谁？", "毕昇", ["毕昇（北宋平民）"], [("蔡伦", "related_inventor")],
     "这项发明记载于沈括的《梦溪笔谈》。"),
    ("中华人民共和国成立于哪一年？", "1949年", ["1949年10月1日", "一九四九年"], [("1950年", "year_off_by_one")],
     "开国大典在北京天安门广场举行。"),
    ("食盐的主要成分是什么？", "氯化钠", ["NaCl", "氯化钠（NaCl）"], [("氯化钾", "related_compound")],
     "它由钠离子和氯离子构成。"),
    ("广义相对论是谁提出的？", "阿尔伯特·爱因斯坦", ["爱因斯坦", "Albert Einstein"], [("牛顿", "related_scientist")],
     "该理论发表于1915年，把引力描述为时空弯曲。"),
    ("中国历史上第一个称“皇帝”的君主是谁？", "秦始皇", ["嬴政（秦始皇）", "秦始皇嬴政"], [("汉高祖刘邦", "successor_dynasty")],
     "他在公元前221年统一六国。"),
    ("“五岳之首”指的是哪座山？", "泰山", ["东岳泰山", "山东泰山"], [("华山", "related_mountain")],
     "古代帝王常在此举行封禅大典。"),
    ("世界最高峰是哪座山？", "珠穆朗玛峰", ["Mount Everest", "珠峰"], [("乔戈里峰", "neighbour_mountain")],
     "它位于中国与尼泊尔边界。"),
    ("《命运交响曲》（第五交响曲）的作曲家是谁？", "贝多芬", ["路德维希·凡·贝多芬", "Beethoven"], [("莫扎特", "contemporary_composer")],
     "这部交响曲以著名的“命运敲门”动机开头。"),
    ("油画《蒙娜丽莎》的作者是谁？", "列奥纳多·达·芬奇", ["达·芬奇", "Leonardo da Vinci"], [("米开朗基罗", "contemporary_artist")],
     "这幅画收藏于巴黎卢浮宫。"),
    ("鲁迅的原名是什么？", "周树人", ["周樟寿，后改名周树人"], [("周作人", "sibling")],
     "鲁迅是他发表《狂人日记》时开始使用的笔名。"),
    ("《三国演义》的作者是谁？", "罗贯中", ["元末明初的罗贯中", "Luo Guanzhong"], [("施耐庵", "contemporary_author")],
     "小说以东汉末年至西晋初年的历史为背景。"),
    ("赤壁之战发生在哪一年？", "公元208年", ["建安十三年（公元208年）", "208年"], [("公元207年", "year_off_by_one")],
     "孙刘联军在长江赤壁一带击败曹操。"),
    ("原子序数为6的元素是什么？", "碳", ["C（碳）", "碳元素"], [("氮", "neighbour_element")],
     "这种元素是有机化合物的骨架。"),
    ("联合国教科文组织的英文缩写是什么？", "UNESCO", ["UNESCO（United Nations Educational, Scientific and Cultural Organization）"],
     [("UNICEF", "similar_abbreviation")], "该组织总部设在巴黎。"),
    ("学名为 Ailuropoda melanoleuca 的动物中文名是什么？", "大熊猫", ["大熊猫（giant panda）", "熊猫（大熊猫）"],
     [("小熊猫", "similar_species")], "它主要生活在四川、陕西和甘肃的山区竹林中。"),
    ("郑和下西洋开始于哪个朝代？", "明朝", ["明代（永乐年间）", "明朝永乐三年"], [("元朝", "neighbour_dynasty")],
     "第一次下西洋始于1405年。"),
    ("日本现在的首都是哪座城市？", "东京", ["东京（Tokyo）"], [("京都", "former_capital")],
     "明治维新后天皇迁居到这座城市。"),
    ("《哈姆雷特》的作者是谁？", "莎士比亚", ["威廉·莎士比亚", "William Shakespeare"], [("克里斯托弗·马洛", "contemporary_author")],
     "这是一部以丹麦王子为主角的悲剧。"),
    ("西汉时出使西域、开辟丝绸之路的是谁？", "张骞", ["西汉外交家张骞"], [("班超", "related_person")],
     "他奉汉武帝之命出使，被称为“凿空”。"),
    ("“水浒传”中被称为“及时雨”的人物是谁？", "宋江", ["宋公明（宋江）"], [("吴用", "related_character")],
     "他是梁山泊一百单八将之首。"),
]


def build(rng):
    out = []
    for q, ref, goods, bads, note in FACTS:
        notes = ["我记得，" + note]
        good = rng.choice(goods)
        trap = "variant_form" if good != ref else "exact"
        first = None
        if rng.random() < 0.15:
            first, trap = bads[0][0], "corrected_to_right"
        out.append(record(q, wrap(rng, "zh", q, notes, good, mention=first), ref, "Correct", "zh", trap))
        bad, btrap = rng.choice(bads)
        r = rng.random()
        if r < 0.2:
            out.append(record(q, wrap(rng, "zh", q, notes, bad, mention=ref), ref, "Incorrect", "zh", "switched_away:" + btrap))
        elif r < 0.32:
            out.append(record(q, wrap(rng, "zh", q, notes, f"{ref}或{bad}"), ref, "Incorrect", "zh", "two_answers"))
        else:
            out.append(record(q, wrap(rng, "zh", q, notes, bad), ref, "Incorrect", "zh", btrap))
    return out
