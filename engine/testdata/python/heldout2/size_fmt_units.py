# source: sizeof_fmt shape from whamcloud/integrated-manager-for-lustre monitor/lib/util.py and saltstack/salt-windows-msi humanreadable_bytes.py
import math

def sizeof_fmt(num, suffix="B"):
    for unit in ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei", "Zi"]:
        if abs(num) < 1024.0:
            return "%3.1f%s%s" % (num, unit, suffix)
        num /= 1024.0
    return "%.1f%s%s" % (num, "Yi", suffix)

def human_si(n):
    if n == 0:
        return "0 Bytes"
    names = ("Bytes", "KB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")
    i = int(math.floor(math.log(n, 1024)))
    p = math.pow(1024, i)
    return "%s %s" % (round(n / p, 2), names[i])

for n in (0, 1, 1023, 1024, 1536, 10**6, 2**30 + 5, -2048, 10**24, 2**80):
    print(f"{n!r:>28} | {sizeof_fmt(n):>10} | {human_si(abs(n)) if n else human_si(0)}")
print(sizeof_fmt(999.95), sizeof_fmt(1023.96), "%5.1f|%-7.2f|%+.0f" % (2.25, 2.675, 0.5))
