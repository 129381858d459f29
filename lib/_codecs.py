"""_codecs: encode/decode by codec name (what pickle's protocols 0-2 name for bytes)."""


def encode(obj, encoding='utf-8', errors='strict'):
    return obj.encode(encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    return obj.decode(encoding, errors)
