# source: AC circuit impedance with complex numbers (engineering Python tutorials)
import math
f = 50.0
w = 2 * math.pi * f
R, L, C = 100.0, 0.3, 20e-6
ZR = complex(R, 0)
ZL = 1j * w * L
ZC = 1 / (1j * w * C)
Z = ZR + ZL + ZC
print(f"ZL = {ZL:.3f}  ZC = {ZC:.3f}")
print(f"Z = {Z.real:.2f} {'+' if Z.imag >= 0 else '-'} j{abs(Z.imag):.2f} ohm, |Z| = {abs(Z):.3f}")
V = 230 + 0j
I = V / Z
print(f"I = {I:.4f}, |I| = {abs(I):.4f} A, P = {(V * I.conjugate()).real:.2f} W")
parallel = 1 / (1 / ZR + 1 / ZL)
print(round(parallel.real, 6), round(parallel.imag, 6), parallel == parallel.conjugate().conjugate())
roots = [complex(-1, 0) ** 0.5 if False else 1j, -1j]
print(roots, [r * r for r in roots], sum(roots), max(abs(r) for r in roots))
a, b, c = 1, 2, 5
d = (b * b - 4 * a * c)
r1 = (-b + complex(d) ** 0.5) / (2 * a) if d >= 0 else complex(-b / (2 * a), math.sqrt(-d) / (2 * a))
print(r1, r1.conjugate(), a * r1 * r1 + b * r1 + c)
