for i in range(1, 16):
    print("Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0) or i, end=" ")
print()
print(", ".join("FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i) for i in range(1, 16)))
def primes(n):
    sieve = [True] * (n + 1)
    sieve[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(sieve[i * i::i])
    return [i for i, p in enumerate(sieve) if p]
print(primes(50), len(primes(10000)))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(max(range(1, 1000), key=collatz), collatz(27))
def digits_sum(n): return sum(map(int, str(n)))
print(digits_sum(2 ** 100), sum(int(c) for c in str(2 ** 1000)))
print([n for n in range(1, 1000) if sum(d for d in range(1, n) if n % d == 0) == n])
fact = 1
for i in range(1, 31):
    fact *= i
print(fact, len(str(fact)), str(fact).rstrip("0")[-5:])
print(bin(37)[2:].zfill(8), int("100101", 2), f"{37:08b}", format(37, "o"), int("ff", 16), hex(48879).upper())
print([i ** 2 for i in range(10) if i % 2 == 0], list(map(lambda x: x ** 3, range(5))))
a, b = 0, 1
fibs = []
while a < 200:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
import math
print(all(97 % p for p in range(2, math.isqrt(97) + 1)))
print([n for n in range(2, 30) if all(n % p for p in range(2, math.isqrt(n) + 1))])
