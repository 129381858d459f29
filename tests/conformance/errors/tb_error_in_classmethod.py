class Parser:
    @classmethod
    def parse(cls, text):
        return cls(int(text))
    def __init__(self, value):
        self.value = value
print(Parser.parse("12").value)
Parser.parse("twelve")
