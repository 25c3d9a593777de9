"""Background paragraphs for the knowledge items (multiple-choice bank and the
factual short-answer bank).  neutral=True means the text does not give the
answer away, so it may also appear in outputs that end up answering wrongly."""

BACKGROUND = {
    # question prefix: (text, neutral)
    "Which gas makes up the largest share": ("Earth's atmosphere is a mixture of gases held in place by gravity. Its composition by volume has been measured precisely since the 19th century, and the proportions of the major gases stay nearly constant up to about 80 km altitude because turbulence keeps the air well mixed.", True),
    "Which organelle is the site of photosynthesis": ("Plant cells contain several membrane-bound organelles that specialise in different jobs — energy conversion, protein synthesis, packaging and storage. Two of them even carry their own small circular DNA, a remnant of their origin as free-living bacteria according to the endosymbiotic theory.", True),
    "Who wrote the novel \"Pride and Prejudice\"": ("The novel follows Elizabeth Bennet and Mr Darcy in Regency-era England and opens with the famous line about 'a single man in possession of a good fortune'. It was published in 1813, at a time when several important English women novelists were active, some of them publishing anonymously or under pseudonyms.", True),
    "What is the SI unit of electrical resistance": ("The SI system has seven base units and many derived ones. The electrical units are tied together by Ohm's law (V = IR) and the power relation P = VI, which is exactly why their names are easy to mix up.", True),
    "A binding price ceiling": ("A price ceiling is a legal maximum price. It only has an effect — it 'binds' — when it is set below the market-clearing price; a ceiling above equilibrium changes nothing. Rent control is the textbook example.", True),
    "Which planet has the shortest orbital period": ("By Kepler's third law, the square of a planet's orbital period is proportional to the cube of its mean distance from the Sun, so ranking the planets by orbital period is the same as ranking them by distance.", True),
    "Under the U.S. Constitution, how many senators": ("Congress is bicameral. The Connecticut Compromise of 1787 settled the dispute between large and small states by giving the two chambers different bases of representation.", True),
    "Which of the following numbers is prime": ("A prime number has exactly two positive divisors. To test a two-digit number it is enough to try the primes up to its square root — 2, 3, 5 and 7 — since 11² = 121 is already larger than any two-digit number.", True),
    "What is the derivative of sin x": ("The derivatives of sine and cosine follow from the limit sin(h)/h → 1 as h → 0 together with the angle-addition formulas. Under repeated differentiation the four functions sin, cos, −sin, −cos cycle with period four, which is why the signs are easy to confuse.", True),
    "Which treaty formally ended World War I": ("After the armistice of November 1918, the Allies negotiated separate treaties with each of the defeated Central Powers: Saint-Germain with Austria, Neuilly with Bulgaria, Trianon with Hungary and Sèvres with the Ottoman Empire. The treaty with Germany was signed in the Hall of Mirrors of a royal palace outside Paris.", False),
    "Which data structure follows a last-in": ("Abstract data types are characterised by the operations they support and by the order in which elements come back out: first-in-first-out, last-in-first-out, or by priority.", True),
    "In which organ is insulin produced": ("Insulin is a peptide hormone that lowers blood glucose by promoting its uptake into cells. Its isolation in 1921 by Banting and Best in Toronto transformed the treatment of type 1 diabetes.", True),
    "Which equation expresses Newton's second law": ("Newton's three laws, published in the Principia in 1687, describe inertia, the relation between force and change of motion, and action–reaction pairs. The other equations listed come from different areas: special relativity, the definition of momentum, and universal gravitation.", True),
    "Which is the largest ocean on Earth": ("The world ocean is conventionally divided into five basins — Pacific, Atlantic, Indian, Southern and Arctic — which together cover about 71% of Earth's surface.", True),
    "An argument that attacks the character": ("Informal fallacies are errors of reasoning that depend on an argument's content rather than its logical form; several of the best known have Latin names.", True),
    "What is the worst-case time complexity of binary search": ("Binary search requires sorted input. At each step it compares the target with the middle element of the remaining range and discards the half that cannot contain it.", True),
    "Which blood type is considered the universal donor": ("Red-cell compatibility depends on the A and B antigens and the RhD antigen on the cell surface: a recipient's antibodies attack donor cells that carry antigens the recipient lacks.", True),
    "下列哪一项不属于中国古代四大发明": ("“四大发明”的说法最早由西方汉学家提出，后来被广泛接受，指的是中国古代对世界文明产生深远影响的几项技术发明。", True),
    "“床前明月光，疑是地上霜”": ("这首诗语言浅白、意境深远，是流传最广的唐诗之一，几乎每个中国孩子都会背诵。", True),
    "我国面积最大的省级行政区是": ("我国共有34个省级行政区，面积差异很大，西部有几个省区的面积都超过了100万平方千米。", True),
    "《红楼梦》的作者一般认为是": ("四大名著是《三国演义》《水浒传》《西游记》《红楼梦》；《红楼梦》成书于清代，后四十回一般认为是高鹗等人续写。", True),
    "光在真空中的传播速度约为": ("光速是物理学的基本常数，光在不同介质中传播速度不同，在真空中最快。做这类题要特别注意区分 m/s 和 km/s。", True),
    "人体最大的器官是": ("人体器官按系统划分，比较“最大”时要看标准：有的器官重量大，有的表面积大。", True),
    "秦始皇统一六国是在哪一年": ("秦王嬴政先后灭韩、赵、魏、楚、燕、齐六国，统一后自称“始皇帝”，并推行统一文字、货币和度量衡等措施。", True),
    "下列哪种物质属于纯净物": ("纯净物由一种物质组成，混合物由两种或两种以上的物质组成。判断时要看组成成分，而不是看外观是否清澈透明。", True),
    "Who painted the Mona Lisa": ("The portrait, painted in oil on a poplar panel, is one of the most visited artworks in the world; it was famously stolen from the Louvre in 1911 and recovered two years later.", True),
    "What is the capital city of Australia": ("Australia federated in 1901. Choosing a capital became a compromise in the rivalry between the two largest cities, and a new city was designed for the purpose after an international competition won by Walter Burley Griffin.", False),
    "In what year did the Berlin Wall fall": ("Construction of the Wall began in August 1961, and for decades it was the most visible symbol of the Cold War division of Europe. Its fall came during a wave of peaceful revolutions across Central and Eastern Europe.", True),
    "Who was the first person to walk on the Moon": ("Apollo 11 carried three astronauts: two descended to the surface in the lunar module Eagle while the third, Michael Collins, stayed in lunar orbit in the command module Columbia.", True),
    "What is the chemical symbol for gold": ("Most element symbols come from the English names, but several metals known since antiquity use abbreviations of their Latin names — iron (Fe, ferrum), copper (Cu, cuprum), silver (Ag, argentum), lead (Pb, plumbum).", True),
    "Who wrote the novel 'One Hundred Years of Solitude'": ("The novel tells the multi-generational story of the Buendía family in the fictional town of Macondo and is a landmark of magical realism and of the Latin American literary 'Boom' of the 1960s.", True),
    "What is the boiling point of pure water at sea level": ("Boiling points depend on pressure, which is why the question specifies sea level (standard atmospheric pressure). The Celsius and Fahrenheit scales differ in both their zero point and their degree size: °F = °C × 9/5 + 32.", True),
    "On what date was the United States Declaration of Independence": ("The Second Continental Congress dealt with independence in several stages in the summer of 1776: a vote on the resolution itself, the adoption of the final text, and a later formal signing of the engrossed parchment copy.", True),
    "What is the longest river in South America": ("South America has several very large river systems — the Amazon, the Paraná, the Orinoco and the São Francisco among them — draining the Andes and the Brazilian and Guiana highlands.", True),
    "What is the official currency of Japan": ("East Asian currency names are related: the Chinese yuan, the Japanese yen and the Korean won all derive from the same Chinese character meaning 'round' (圓/円).", True),
    "Which city hosted the 2016 Summer Olympic Games": ("Recent Summer Olympics: Beijing 2008, London 2012, then the 2016 Games, followed by Tokyo (held in 2021 because of the pandemic) and Paris 2024.", False),
    "Who is the author of the Harry Potter book series": ("The first book, published in 1997 by Bloomsbury, was rejected by several publishers before being accepted; the series went on to sell over 500 million copies.", True),
    "How many bones are there in a typical adult human skeleton": ("Bone counts change with age: an infant's skeleton has many separate ossification centres and cartilaginous pieces that gradually fuse, for example in the skull, the sacrum and the pelvis.", True),
    "《狂人日记》的作者是谁": ("《狂人日记》以日记体写成，借“狂人”之口揭露封建礼教“吃人”的本质，发表于1918年的《新青年》。", True),
    "中华人民共和国是在哪一天宣告成立的": ("1949年秋天，中国人民政治协商会议第一届全体会议在北平召开，确定了国旗、国歌、纪年和首都，随后举行了开国大典。", True),
    "世界上海拔最高的山峰是哪一座": ("喜马拉雅山脉是世界上最高大的山脉，世界上海拔超过8000米的14座山峰都位于喜马拉雅山脉和喀喇昆仑山脉。", True),
    "《西游记》的作者一般认为是谁": ("《西游记》以唐代玄奘西行取经的历史事件为原型，经过民间长期流传和加工，最终成书于明代。", True),
    "孔子生活在中国历史上的哪个时期": ("东周分为春秋和战国两个时期，一般以公元前475年（或前476年）为界；孔子、老子、孙武等都是这一时期前后的人物。", False),
}


def background(question):
    for k, v in BACKGROUND.items():
        if question.startswith(k):
            return v
    return None
