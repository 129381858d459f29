import random
random.seed(0)
for c in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randint(5, 1),
          lambda: random.sample([1, 2], 3), lambda: random.randrange(1, 10, 0), lambda: random.getrandbits(-1)]:
    try:
        print(c())
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
random.seed(99)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:13])
hand = sorted(random.sample(deck, 5))
print(hand)
print(sum(random.random() for _ in range(1000)))
print(max(random.randint(1, 100) for _ in range(100)))
