__all__ = ["public", "also_public"]
public = "pub"
also_public = "pub2"
not_listed = "hidden"
_private = "priv"
