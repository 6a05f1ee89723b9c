import re
print(re.findall(r"[\u4e00-\u9fff]+", "hello 世界 and 中文"), re.findall(r"\w+", "日本語 テキスト"), re.findall(r"\d+", "٠١٢ 345"))
print(re.sub(r"\s+", " ", "a\u3000b\u2028c"), re.findall(r"[^\x00-\x7F]+", "abc ñ def ü"), len(re.findall(r".", "👍🏽")))
