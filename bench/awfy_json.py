# category: object
# quick: 6
# Are-we-fast-yet Json: a character-at-a-time JSON parser building JsonValue objects
# (JsonObject with a hash index table, JsonArray, JsonString, JsonNumber, literals).
import sys


class ParseException(Exception):
    pass


class JsonValue:
    def is_object(self):
        return False

    def is_array(self):
        return False


class JsonLiteral(JsonValue):
    def __init__(self, value):
        self.value = value


NULL = JsonLiteral("null")
TRUE = JsonLiteral("true")
FALSE = JsonLiteral("false")


class JsonString(JsonValue):
    def __init__(self, string):
        self.string = string


class JsonNumber(JsonValue):
    def __init__(self, string):
        self.string = string


class JsonArray(JsonValue):
    def __init__(self):
        self.values = []

    def add(self, value):
        self.values.append(value)
        return self

    def size(self):
        return len(self.values)

    def get(self, i):
        return self.values[i]

    def is_array(self):
        return True


def string_hash(s):
    h = 0
    for ch in s:
        h = (h * 31 + ord(ch)) & 0xFFFFFFFF
    return h


class HashIndexTable:
    def __init__(self):
        self.hash_table = [0] * 32

    def add(self, name, index):
        slot = string_hash(name) & 31
        if index < 0xFF:
            self.hash_table[slot] = (index + 1) & 0xFF
        else:
            self.hash_table[slot] = 0

    def get(self, name):
        return (self.hash_table[string_hash(name) & 31] & 0xFF) - 1


class JsonObject(JsonValue):
    def __init__(self):
        self.names = []
        self.values = []
        self.table = HashIndexTable()

    def add(self, name, value):
        self.table.add(name, len(self.names))
        self.names.append(name)
        self.values.append(value)
        return self

    def get(self, name):
        index = self.index_of(name)
        return None if index == -1 else self.values[index]

    def size(self):
        return len(self.names)

    def index_of(self, name):
        index = self.table.get(name)
        if index != -1 and name == self.names[index]:
            return index
        for i in range(len(self.names) - 1, -1, -1):
            if self.names[i] == name:
                return i
        return -1

    def is_object(self):
        return True


class JsonPureStringParser:
    def __init__(self, text):
        self.input = text
        self.index = -1
        self.line = 1
        self.column = 0
        self.current = None
        self.capture_buffer = ""
        self.capture_start = -1

    def parse(self):
        self.read()
        self.skip_white_space()
        result = self.read_value()
        self.skip_white_space()
        if not self.is_end_of_text():
            raise self.error("Unexpected character")
        return result

    def read_value(self):
        c = self.current
        if c == "n":
            return self.read_null()
        if c == "t":
            return self.read_true()
        if c == "f":
            return self.read_false()
        if c == '"':
            return self.read_string()
        if c == "[":
            return self.read_array()
        if c == "{":
            return self.read_object()
        if c in "-0123456789":
            return self.read_number()
        raise self.expected("value")

    def read_array(self):
        self.read()
        array = JsonArray()
        self.skip_white_space()
        if self.read_char("]"):
            return array
        while True:
            self.skip_white_space()
            array.add(self.read_value())
            self.skip_white_space()
            if not self.read_char(","):
                break
        if not self.read_char("]"):
            raise self.expected("',' or ']'")
        return array

    def read_object(self):
        self.read()
        obj = JsonObject()
        self.skip_white_space()
        if self.read_char("}"):
            return obj
        while True:
            self.skip_white_space()
            name = self.read_name()
            self.skip_white_space()
            if not self.read_char(":"):
                raise self.expected("':'")
            self.skip_white_space()
            obj.add(name, self.read_value())
            self.skip_white_space()
            if not self.read_char(","):
                break
        if not self.read_char("}"):
            raise self.expected("',' or '}'")
        return obj

    def read_name(self):
        if self.current != '"':
            raise self.expected("name")
        return self.read_string_internal()

    def read_null(self):
        self.read()
        self.read_required_char("u")
        self.read_required_char("l")
        self.read_required_char("l")
        return NULL

    def read_true(self):
        self.read()
        self.read_required_char("r")
        self.read_required_char("u")
        self.read_required_char("e")
        return TRUE

    def read_false(self):
        self.read()
        self.read_required_char("a")
        self.read_required_char("l")
        self.read_required_char("s")
        self.read_required_char("e")
        return FALSE

    def read_required_char(self, ch):
        if not self.read_char(ch):
            raise self.expected("'" + ch + "'")

    def read_string(self):
        return JsonString(self.read_string_internal())

    def read_string_internal(self):
        self.read()
        self.start_capture()
        while self.current != '"':
            if self.current == "\\":
                self.pause_capture()
                self.read_escape()
                self.start_capture()
            else:
                self.read()
        string = self.end_capture()
        self.read()
        return string

    def read_escape(self):
        self.read()
        c = self.current
        if c in '"/\\':
            self.capture_buffer += c
        elif c == "b":
            self.capture_buffer += "\b"
        elif c == "f":
            self.capture_buffer += "\f"
        elif c == "n":
            self.capture_buffer += "\n"
        elif c == "r":
            self.capture_buffer += "\r"
        elif c == "t":
            self.capture_buffer += "\t"
        else:
            raise self.expected("valid escape sequence")
        self.read()

    def read_number(self):
        self.start_capture()
        self.read_char("-")
        first_digit = self.current
        if not self.read_digit():
            raise self.expected("digit")
        if first_digit != "0":
            while self.read_digit():
                pass
        self.read_fraction()
        self.read_exponent()
        return JsonNumber(self.end_capture())

    def read_fraction(self):
        if not self.read_char("."):
            return False
        if not self.read_digit():
            raise self.expected("digit")
        while self.read_digit():
            pass
        return True

    def read_exponent(self):
        if not self.read_char("e") and not self.read_char("E"):
            return False
        if not self.read_char("+"):
            self.read_char("-")
        if not self.read_digit():
            raise self.expected("digit")
        while self.read_digit():
            pass
        return True

    def read_char(self, ch):
        if self.current != ch:
            return False
        self.read()
        return True

    def read_digit(self):
        if not self.is_digit():
            return False
        self.read()
        return True

    def skip_white_space(self):
        while self.is_white_space():
            self.read()

    def read(self):
        if self.current == "\n":
            self.line += 1
            self.column = 0
        self.index += 1
        if self.index < len(self.input):
            self.current = self.input[self.index]
        else:
            self.current = None

    def start_capture(self):
        self.capture_start = self.index

    def pause_capture(self):
        self.capture_buffer += self.input[self.capture_start:self.index]
        self.capture_start = -1

    def end_capture(self):
        if self.capture_buffer == "":
            captured = self.input[self.capture_start:self.index]
        else:
            self.pause_capture()
            captured = self.capture_buffer
            self.capture_buffer = ""
        self.capture_start = -1
        return captured

    def expected(self, what):
        if self.is_end_of_text():
            return self.error("Unexpected end of input")
        return self.error("Expected " + what)

    def error(self, message):
        return ParseException("%s at %d:%d" % (message, self.line, self.column))

    def is_white_space(self):
        return self.current is not None and self.current in " \t\n\r"

    def is_digit(self):
        return self.current is not None and self.current in "0123456789"

    def is_end_of_text(self):
        return self.current is None


def make_input():
    """A deterministic document shaped like a web API answer (records of fields)."""
    seed = 74755
    parts = ['{"head": {"requestCounter": 4, "version": "1.0"}, "operations": [']
    for i in range(120):
        seed = ((seed * 1309) + 13849) & 65535
        if i:
            parts.append(",\n  ")
        parts.append('["set", "w%d", {"style": ["NONE", "BORDER"], "bounds": [%d, %d, %d, %d], '
                     '"tabIndex": %d, "text": "label \\"%d\\"\\n", "visible": %s, '
                     '"ratio": %d.%03de-2, "parent": null}]'
                     % (i, seed % 300, seed % 77, seed % 1000, -(seed % 50), i * 3, seed,
                        "true" if seed & 1 else "false", seed % 97, seed % 1000))
    parts.append("]}")
    return "".join(parts)


def main(n):
    text = make_input()
    for _ in range(n):
        result = JsonPureStringParser(text).parse()
        if not result.is_object():
            print("wrong result")
            return
        if not result.get("head").is_object() or not result.get("operations").is_array():
            print("wrong result")
            return
        ops = result.get("operations")
        if ops.size() != 120:
            print("wrong size", ops.size())
            return
    last = ops.get(119).get(2)
    print("operations", ops.size(), "chars", len(text), "last text",
          repr(last.get("text").string), "ratio", last.get("ratio").string,
          "iterations", n)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 120)
