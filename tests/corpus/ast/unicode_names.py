ﬁle = 1
𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = 2
café = café + 1
x = "é" + café
def naïve(ａ, b=ｂ): return ａ
ℌ = 3
