with open(p) as f g:
    pass
