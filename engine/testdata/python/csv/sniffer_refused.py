# expect: refusal csv.Sniffer
import csv
sample = "a;b\n1;2\n"
print(csv.Sniffer().sniff(sample).delimiter)
