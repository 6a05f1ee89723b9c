def parse(line):
    key, _, value = line.partition("=")
    return key.strip(), value.strip()
def main():
    cfg = dict(parse(l) for l in ["host = localhost", "port=5432", "name= app "])
    print(cfg)
    print(int(cfg["port"]) + 1)
    return 0
if __name__ == "__main__":
    main()
