try:
    pass
except ValueError None e:
    pass
