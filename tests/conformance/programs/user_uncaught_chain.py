class ValidationError(Exception):
    pass
def load(cfg):
    try:
        return cfg["port"] + 1
    except KeyError as e:
        raise ValidationError(f"missing key {e}") from e
def main():
    print("starting")
    data = {"host": "x"}
    result = load(data)
    print(result)
main()
