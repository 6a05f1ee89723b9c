# expect: refusal secrets.SystemRandom
import secrets
rng = secrets.SystemRandom()
print(rng.random() < 1)
