class Engine:
    def __init__(self):
        from .plugins import registry
        self.plugins = sorted(registry)
    def run(self):
        return f"engine with {self.plugins}"
