out = []
for x in ["1", "a", "3", None]:
    try:
        out.append(int(x))
    except ValueError:
        out.append("bad")
        continue
    except TypeError:
        out.append("none")
        break
    finally:
        out.append("|")
print(out)
