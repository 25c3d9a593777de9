"""Small, closed tables of names that string rules cannot derive: English/Chinese names of countries, capitals
and major cities, chemical elements and planets; English abbreviations and older romanisations.

    ZH_TO_EN["法国"]        # ("france",)
    EN_ALIASES["usa"]       # "united states": every form of a group maps to its first form

Keys and values are already in `normalize_text` form (casefolded, no punctuation).
"""

from __future__ import annotations


def _pairs(text: str) -> dict[str, tuple[str, ...]]:
    """ "法国=france 华盛顿=washington|washington dc" -> {"法国": ("france",), "华盛顿": (...)}. Spaces inside an
    English name are written as "_"."""
    table = {}
    for pair in text.split():
        zh, en = pair.split("=")
        table[zh] = tuple(e.replace("_", " ") for e in en.split("|"))
    return table


ZH_TO_EN = _pairs("""
中国=china 美国=united_states 英国=united_kingdom 法国=france 德国=germany 意大利=italy 西班牙=spain 葡萄牙=portugal
俄罗斯=russia 苏联=soviet_union 日本=japan 韩国=south_korea 朝鲜=north_korea 印度=india 巴基斯坦=pakistan
印度尼西亚=indonesia 印尼=indonesia 泰国=thailand 越南=vietnam 菲律宾=philippines 马来西亚=malaysia 新加坡=singapore
澳大利亚=australia 新西兰=new_zealand 加拿大=canada 墨西哥=mexico 巴西=brazil 阿根廷=argentina 智利=chile 秘鲁=peru
埃及=egypt 南非=south_africa 尼日利亚=nigeria 肯尼亚=kenya 埃塞俄比亚=ethiopia 坦桑尼亚=tanzania 摩洛哥=morocco
土耳其=turkey 伊朗=iran 伊拉克=iraq 以色列=israel 沙特阿拉伯=saudi_arabia 希腊=greece 荷兰=netherlands
比利时=belgium 瑞士=switzerland 瑞典=sweden 挪威=norway 丹麦=denmark 芬兰=finland 波兰=poland 奥地利=austria
乌克兰=ukraine 爱尔兰=ireland 冰岛=iceland 蒙古=mongolia 尼泊尔=nepal 古巴=cuba 捷克=czech_republic 匈牙利=hungary
北京=beijing 上海=shanghai 广州=guangzhou 深圳=shenzhen 南京=nanjing 西安=xian 香港=hong_kong 台北=taipei
东京=tokyo 大阪=osaka 首尔=seoul 伦敦=london 巴黎=paris 柏林=berlin 罗马=rome 马德里=madrid 莫斯科=moscow
华盛顿=washington|washington_dc 纽约=new_york|new_york_city 洛杉矶=los_angeles 芝加哥=chicago 旧金山=san_francisco
渥太华=ottawa 多伦多=toronto 悉尼=sydney 堪培拉=canberra 墨尔本=melbourne 开罗=cairo 新德里=new_delhi
孟买=mumbai 曼谷=bangkok 雅典=athens 维也纳=vienna 布鲁塞尔=brussels 阿姆斯特丹=amsterdam 日内瓦=geneva
伊斯坦布尔=istanbul 安卡拉=ankara 迪拜=dubai 里约热内卢=rio_de_janeiro 威尼斯=venice 米兰=milan
氢=hydrogen 氦=helium 锂=lithium 碳=carbon 氮=nitrogen 氧=oxygen 氟=fluorine 氖=neon 钠=sodium 镁=magnesium
铝=aluminium|aluminum 硅=silicon 磷=phosphorus 硫=sulfur|sulphur 氯=chlorine 氩=argon 钾=potassium 钙=calcium
铁=iron 铜=copper 锌=zinc 银=silver 锡=tin 碘=iodine 金=gold 汞=mercury 铅=lead 铀=uranium 镍=nickel 钨=tungsten
铂=platinum 钛=titanium 水星=mercury 金星=venus 地球=earth 火星=mars 木星=jupiter 土星=saturn 天王星=uranus
海王星=neptune 冥王星=pluto 太阳=sun 月球=moon 月亮=moon
珠穆朗玛峰=mount_everest|everest 珠峰=mount_everest|everest 长江=yangtze|yangtze_river 黄河=yellow_river
太平洋=pacific_ocean|pacific 大西洋=atlantic_ocean|atlantic 印度洋=indian_ocean 撒哈拉沙漠=sahara|sahara_desert
""")

_GROUPS = """
united_states|usa|us|united_states_of_america|america united_kingdom|uk|britain|great_britain
soviet_union|ussr united_nations|un european_union|eu united_arab_emirates|uae
czech_republic|czechia netherlands|holland myanmar|burma
beijing|peking nanjing|nanking guangzhou|canton mao_zedong|mao_tse_tung
world_war_ii|world_war_2|second_world_war|ww2|wwii world_war_i|world_war_1|first_world_war|ww1|wwi
carbon_dioxide|co2 water|h2o sodium_chloride|nacl
"""
EN_ALIASES = {form.replace("_", " "): group.split("|")[0].replace("_", " ")
              for group in _GROUPS.split() for form in group.split("|")}

# Chemical symbols beside an element's name ("H, hydrogen" says no more than "hydrogen").
ELEMENT_SYMBOLS = dict(pair.split("=") for pair in """
hydrogen=h helium=he lithium=li carbon=c nitrogen=n oxygen=o fluorine=f neon=ne sodium=na magnesium=mg
aluminium=al aluminum=al silicon=si phosphorus=p sulfur=s sulphur=s chlorine=cl argon=ar potassium=k calcium=ca
iron=fe copper=cu zinc=zn silver=ag tin=sn iodine=i gold=au mercury=hg lead=pb uranium=u nickel=ni tungsten=w
platinum=pt titanium=ti
氢=h 氦=he 锂=li 碳=c 氮=n 氧=o 氟=f 氖=ne 钠=na 镁=mg 铝=al 硅=si 磷=p 硫=s 氯=cl 氩=ar 钾=k 钙=ca 铁=fe 铜=cu
锌=zn 银=ag 锡=sn 碘=i 金=au 汞=hg 铅=pb 铀=u 镍=ni 钨=w 铂=pt 钛=ti""".split())

# Abbreviated words written out: "St. Petersburg" is "Saint Petersburg".
WORD_FORMS = {"st": "saint", "mt": "mount", "ft": "fort", "&": "and"}

# Generic geographic words a name may carry or drop ("the Amazon" / "Amazon River"), when the question or the
# reference says which kind of thing it is.
GENERIC_WORDS = frozenset("river lake mount mountain mountains desert ocean sea island islands city province state "
                          "county bay strait canal peninsula".split())
# Chinese administrative suffixes: "北京市" is "北京", "陕西省" is "陕西".
ZH_ADMIN_SUFFIXES = ("特别行政区", "自治区", "省", "市")
# Particles inside a surname: "Leonardo da Vinci", "Ludwig van Beethoven".
SURNAME_PARTICLES = frozenset("da de di del della van von der den du la le dos das ten ter bin ibn al".split())

# Chinese titles after a name: courtesy titles (鲁迅先生 is 鲁迅) and titles of rank (居里夫人, 林肯总统)
ZH_COURTESY_TITLES = ("先生", "女士", "同志", "教授", "博士", "老师", "大师")
ZH_RANK_TITLES = ("夫人", "小姐", "爵士", "大帝", "总统", "首相")
