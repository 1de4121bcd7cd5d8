#!/usr/bin/env python3
"""Writes the generated tables of packages math/rand and math/rand/v2:

    scripts/math_rand_tables.py        (from the repository root, or anywhere)

  std/math/rand/cooked.go      rngCooked, the 607 words the seeded lagged-Fibonacci source
                               (Mitchell & Reeds' additive generator) XORs into its seed
  std/math/rand/ziggurat.go    the ziggurat tables of NormFloat64 and ExpFloat64 (Marsaglia &
  std/math/rand/v2/ziggurat.go Tsang, "The Ziggurat Method for Generating Random Variables",
                               Journal of Statistical Software 5(8), 2000), the same in both

rngCooked is the generator's state after 7.8e12 steps from the seed 1, where the seed is
expanded with the Park-Miller "minimal standard" generator x' = 48271 x mod (2^31 - 1) (Schrage's
method) and each word is x1<<20 ^ x2<<10 ^ x3. The generator is x[n] = x[n-607] + x[n-273] mod
2^64, a linear recurrence, so instead of running it 7.8e12 times we raise the polynomial t to
the 7.8e12th power modulo its characteristic polynomial t^607 - t^334 - 1 (coefficients mod 2^64)
and read every register off that.

The ziggurat tables follow the paper's zigset() set-up with its constants: 128 strips for the
normal distribution (r = 3.442619855899, v = 9.91256303526217e-3, 31-bit comparisons) and 256
for the exponential (r = 7.697117470131487, v = 3.949659822581572e-3, 32-bit comparisons), in
double precision (the float32 tables are those doubles rounded to nearest). Every float is
written as a hexadecimal literal so no decimal rounding happens in the compiler.
"""

import math
import os
import struct

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MASK64 = (1 << 64) - 1

# The lagged-Fibonacci generator: its register length and tap.
LEN = 607
TAP = 273
STEPS = 7_800_000_000_000


def park_miller(x):
    """One step of x' = 48271 x mod (2^31 - 1), by Schrage's method in int32 arithmetic."""
    a, q, r = 48271, 44488, 3399
    hi, lo = x // q, x % q  # x is positive: floor and truncation agree
    x = a * lo - r * hi
    if x < 0:
        x += (1 << 31) - 1
    return x


def initial_register():
    """The register the cooking run starts from: seed 1 expanded, 20 warm-up steps first."""
    reg = [0] * LEN
    x = 1
    for i in range(-20, LEN):
        x = park_miller(x)
        if i >= 0:
            u = x << 20
            x = park_miller(x)
            u ^= x << 10
            x = park_miller(x)
            u ^= x
            reg[i] = u & MASK64
    return reg


def times_t(p):
    """p(t) * t reduced by t^607 = t^334 + 1."""
    top = p[LEN - 1]
    q = [0] + p[:LEN - 1]
    q[0] = (q[0] + top) & MASK64
    q[LEN - TAP] = (q[LEN - TAP] + top) & MASK64
    return q


def square(p):
    """p(t)^2 reduced by t^607 = t^334 + 1 (so t^k = t^(k-273) + t^(k-607))."""
    prod = [0] * (2 * LEN - 1)
    for i, a in enumerate(p):
        if a:
            for j in range(i, LEN):
                b = p[j]
                if b:
                    prod[i + j] += a * b if i == j else 2 * a * b
    for k in range(2 * LEN - 2, LEN - 1, -1):
        c = prod[k]
        if c:
            prod[k - TAP] += c
            prod[k - LEN] += c
    return [v & MASK64 for v in prod[:LEN]]


def cooked():
    """The register after STEPS steps, laid out as the generator keeps it.

    Each step moves both indices down by one (feed starts at 334, tap at 0) and stores
    reg[feed] + reg[tap] at feed. Numbering the values written x[1], x[2], ..., step n writes
    x[n] at (334 - n) mod 607, and the starting register holds x[n] for n = -606..0 at the same
    places; then x[n] = x[n-607] + x[n-273]. With t^e = sum c_i t^i (mod the characteristic
    polynomial), x[e - 606] = sum c_i x[i - 606].
    """
    reg = initial_register()
    start = [reg[(334 - n) % LEN] for n in range(-606, 1)]
    power = [1] + [0] * (LEN - 1)
    for bit in bin(STEPS)[2:]:
        power = square(power)
        if bit == "1":
            power = times_t(power)
    out = [0] * LEN
    for n in range(STEPS - 606, STEPS + 1):  # the last 607 values written
        out[(334 - n) % LEN] = sum(c * x for c, x in zip(power, start)) & MASK64
        power = times_t(power)
    return [v - (1 << 64) if v >> 63 else v for v in out]


def f32(x):
    """x rounded to the nearest float32."""
    return struct.unpack("<f", struct.pack("<f", x))[0]


def hexfloat(x):
    """A Go hexadecimal literal of x, trailing zero digits trimmed."""
    if x == 0:
        return "0"
    mant, exp = x.hex().split("p")
    mant = mant.rstrip("0").rstrip(".")
    return mant + "p" + exp


def ziggurat():
    """(kn, wn, fn, ke, we, fe) as zigset() computes them."""
    m1, m2 = 2147483648.0, 4294967296.0

    kn, wn, fn = [0] * 128, [0.0] * 128, [0.0] * 128
    dn = 3.442619855899
    vn = 9.91256303526217e-3
    tn = dn
    q = vn / math.exp(-0.5 * dn * dn)
    kn[0] = int(dn / q * m1)
    kn[1] = 0
    wn[0] = q / m1
    wn[127] = dn / m1
    fn[0] = 1.0
    fn[127] = math.exp(-0.5 * dn * dn)
    for i in range(126, 0, -1):
        dn = math.sqrt(-2.0 * math.log(vn / dn + math.exp(-0.5 * dn * dn)))
        kn[i + 1] = int(dn / tn * m1)
        tn = dn
        fn[i] = math.exp(-0.5 * dn * dn)
        wn[i] = dn / m1

    ke, we, fe = [0] * 256, [0.0] * 256, [0.0] * 256
    de = 7.697117470131487
    ve = 3.949659822581572e-3
    te = de
    q = ve / math.exp(-de)
    ke[0] = int(de / q * m2)
    ke[1] = 0
    we[0] = q / m2
    we[255] = de / m2
    fe[0] = 1.0
    fe[255] = math.exp(-de)
    for i in range(254, 0, -1):
        de = -math.log(ve / de + math.exp(-de))
        ke[i + 1] = int(de / te * m2)
        te = de
        fe[i] = math.exp(-de)
        we[i] = de / m2

    return kn, [f32(w) for w in wn], [f32(f) for f in fn], ke, [f32(w) for w in we], [f32(f) for f in fe]


def go_array(name, typ, values, per_line):
    lines = ["var %s = [%d]%s{" % (name, len(values), typ)]
    for i in range(0, len(values), per_line):
        lines.append("\t" + " ".join(v + "," for v in values[i:i + per_line]))
    lines.append("}")
    return "\n".join(lines) + "\n"


HEADER = "// Code generated by scripts/math_rand_tables.py; DO NOT EDIT.\n\n"


def write(path, text):
    with open(os.path.join(ROOT, path), "w") as f:
        f.write(text)


def main():
    cook = cooked()
    write("std/math/rand/cooked.go", HEADER + "package rand\n\n"
          "// rngCooked is XORed into the seeded register of rngSource: the state of the\n"
          "// generator itself after 7.8e12 steps from the seed 1, so that seeds start far apart.\n"
          + go_array("rngCooked", "int64", [str(v) for v in cook], 3))

    kn, wn, fn, ke, we, fe = ziggurat()
    body = ("// The ziggurat tables (Marsaglia & Tsang 2000). For strip i: k is the scaled\n"
            "// ratio under which a sample is accepted at once, w scales a uniform integer to x,\n"
            "// and f is the density at the strip's edge.\n\n"
            + go_array("kn", "uint32", ["0x%08x" % v for v in kn], 6) + "\n"
            + go_array("wn", "float32", [hexfloat(v) for v in wn], 4) + "\n"
            + go_array("fn", "float32", [hexfloat(v) for v in fn], 4) + "\n"
            + go_array("ke", "uint32", ["0x%08x" % v for v in ke], 6) + "\n"
            + go_array("we", "float32", [hexfloat(v) for v in we], 4) + "\n"
            + go_array("fe", "float32", [hexfloat(v) for v in fe], 4))
    for path in ("std/math/rand/ziggurat.go", "std/math/rand/v2/ziggurat.go"):
        write(path, HEADER + "package rand\n\n" + body)


if __name__ == "__main__":
    main()
