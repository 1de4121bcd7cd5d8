#!/usr/bin/env python3
"""Writes std/math/tables.go: the polynomial coefficients and other constants of the published
approximations package math evaluates, each as the float64 the published decimal rounds to.

    scripts/math_tables.py OPENLIBM CEPHES > std/math/tables.go

OPENLIBM is a checkout (or bare git directory) of github.com/JuliaMath/openlibm, whose src/
holds Sun's fdlibm as FreeBSD's msun keeps it; CEPHES one of github.com/jeremybarnes/cephes,
Stephen Moshier's Cephes library as netlib distributes it. Two sets are not in either and are
written out below from their publications: Hart & Cheney's #2029 (the small-argument sinh) and
Wichura's AS 241 (the normal quantile, rescaled for the inverse error function). The bits of
4/pi are computed with mpmath.

Every value is emitted as a hexadecimal float literal, so that no decimal-to-binary rounding
happens in the compiler.
"""

import os
import re
import subprocess
import sys
from fractions import Fraction

import mpmath

mpmath.mp.prec = 2000


def read(repo, path):
    """The text of path in repo, a work tree or a bare git directory."""
    full = os.path.join(repo, path)
    if os.path.exists(full):
        with open(full) as f:
            return f.read()
    return subprocess.run(["git", "-C", repo, "show", "HEAD:" + path], check=True,
                          capture_output=True, text=True).stdout


def strip_comments(src):
    src = re.sub(r"/\*.*?\*/", " ", src, flags=re.S)
    return re.sub(r"//[^\n]*", " ", src)


NUM = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"


def c_constants(src):
    """name -> value or list of values, for the `name = number` and `name[] = {...}`
    initialisers of a C file."""
    src = strip_comments(src)
    out = {}
    for m in re.finditer(r"\b([A-Za-z_]\w*)\s*\[\s*\d*\s*\]\s*=\s*\{([^}]*)\}", src):
        vals = [v.strip() for v in m.group(2).split(",") if v.strip()]
        if all(re.fullmatch(NUM, v) for v in vals):
            out[m.group(1)] = [float(v) for v in vals]
    for m in re.finditer(r"(?:^|[,\s])([A-Za-z_]\w*)\s*=\s*(" + NUM + r")\s*[,;]", src, flags=re.M):
        out.setdefault(m.group(1), float(m.group(2)))
    for m in re.finditer(r"#define\s+([A-Za-z_]\w*)\s+(" + NUM + r")\s*$", src, flags=re.M):
        out.setdefault(m.group(1), float(m.group(2)))
    return out


def fdlibm(repo, name):
    return c_constants(read(repo, "src/" + name + ".c"))


def cephes(repo, path):
    """The constants of a Cephes file's IEEE (`UNK`, decimal) section."""
    src = read(repo, path)
    blocks = re.findall(r"#if(?:def)?\s+UNK\b(.*?)#endif", src, flags=re.S)
    # MOREBITS and friends are #defined outside the UNK blocks (with #ifdef DEC / #else).
    rest = re.sub(r"#ifdef\s+DEC\b.*?#else", "", src, flags=re.S)
    consts = c_constants(rest)
    for b in blocks:
        consts.update(c_constants(b))
    return consts


def hexf(v):
    if v == 0:
        return "0"
    return float(v).hex().replace("0x1.0000000000000p", "0x1p")


def rounded(x):
    """mpmath number or Fraction x rounded to the nearest float64."""
    if isinstance(x, Fraction):
        return float(x)  # Fraction -> float is correctly rounded
    return float(mpmath.mpf(x))


class Out:
    def __init__(self):
        self.lines = []

    def comment(self, text):
        self.lines.append("")
        for line in text.split("\n"):
            self.lines.append("// " + line if line else "//")

    def consts(self, pairs):
        self.lines.append("const (")
        width = max(len(n) for n, _ in pairs)
        for name, v in pairs:
            self.lines.append("\t%-*s = %s" % (width, name, hexf(v)))
        self.lines.append(")")
        self.lines.append("")

    def array(self, name, vals):
        self.lines.append("var %s = [...]float64{" % name)
        for i in range(0, len(vals), 4):
            self.lines.append("\t" + ", ".join(hexf(v) for v in vals[i:i + 4]) + ",")
        self.lines.append("}")


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: math_tables.py OPENLIBM CEPHES")
    olm, ceph = sys.argv[1], sys.argv[2]
    o = Out()

    # --- fdlibm -----------------------------------------------------------------------------
    e = fdlibm(olm, "e_exp")
    o.comment("e_exp.c: ln2 split in two (the high part has trailing zero bits, so k*ln2Hi is\n"
              "exact), 1/ln2, the overflow and underflow limits and the remez coefficients of\n"
              "R(r*r) in exp(r) = 1 + 2r/(R-r). gc's first coefficient is 1/6 rounded, where\n"
              "FreeBSD's is a few ulps below it.")
    p = [e["P1"], e["P2"], e["P3"], e["P4"], e["P5"]]
    p[0] = rounded(Fraction(1, 6))
    o.consts([("ln2Hi", e["ln2HI"][0]), ("ln2Lo", e["ln2LO"][0]), ("invLn2", e["invln2"]),
              ("expOverflow", e["o_threshold"]), ("expUnderflow", e["u_threshold"])])
    o.array("expR", p)

    lg = fdlibm(olm, "e_log")
    o.comment("e_log.c (and s_log1p.c, whose Lp1..Lp7 are the same): log(1+f) = f - f*f/2 + s*(f*f/2+R)\n"
              "with R a polynomial in s*s, s = f/(2+f).")
    o.array("logLg", [lg["Lg%d" % i] for i in range(1, 8)])

    m1 = fdlibm(olm, "s_expm1")
    o.comment("s_expm1.c: the coefficients of the rational approximation of expm1 on [0, ln2/2].")
    o.array("expm1Q", [m1["Q%d" % i] for i in range(1, 6)])

    er = fdlibm(olm, "s_erf")
    o.comment("s_erf.c: erf and erfc by interval: [0, 0.84375) pp/qq, [0.84375, 1.25) pa/qa,\n"
              "[1.25, 1/0.35) ra/sa, [1/0.35, 28) rb/sb; erx is erf(1) to 24 bits.")
    o.consts([("erx", er["erx"]), ("efx", er["efx"]), ("efx8", er["efx8"])])
    for prefix, n in (("pp", 5), ("qq", 6), ("pa", 7), ("qa", 7), ("ra", 8), ("sa", 9),
                      ("rb", 7), ("sb", 8)):
        first = 0 if prefix[0] in "pr" else 1
        vals = [er["%s%d" % (prefix, i)] for i in range(first, n)]
        if first == 1:
            vals = [1.0] + vals  # the denominators' constant term
        o.array("erf" + prefix.upper(), vals)

    lgm = fdlibm(olm, "e_lgamma_r")
    o.comment("e_lgamma_r.c: lgamma on [0.9, 2) and [2, 8) and its asymptotic series; tc is the\n"
              "minimum of gamma, tf its lgamma and tt the correction of tf.")
    o.consts([("lgamTc", lgm["tc"]), ("lgamTf", lgm["tf"]), ("lgamTt", lgm["tt"])])
    o.array("lgamA", [lgm["a%d" % i] for i in range(12)])
    o.array("lgamT", [lgm["t%d" % i] for i in range(15)])
    o.array("lgamU", [lgm["u%d" % i] for i in range(6)])
    o.array("lgamV", [1.0] + [lgm["v%d" % i] for i in range(1, 6)])
    o.array("lgamS", [lgm["s%d" % i] for i in range(7)])
    o.array("lgamR", [1.0] + [lgm["r%d" % i] for i in range(1, 7)])
    o.array("lgamW", [lgm["w%d" % i] for i in range(7)])

    j0 = fdlibm(olm, "e_j0")
    o.comment("e_j0.c: j0 and y0 below 2, and the tables of pzero and qzero (the asymptotic\n"
              "expansion's P0 and Q0) on [2, 2.857), [2.857, 4.545), [4.545, 8), [8, inf).")
    o.array("j0R", [j0["R02"], j0["R03"], j0["R04"], j0["R05"]])
    o.array("j0S", [1.0, j0["S01"], j0["S02"], j0["S03"], j0["S04"]])
    o.array("y0U", [j0["u00"], j0["u01"], j0["u02"], j0["u03"], j0["u04"], j0["u05"], j0["u06"]])
    o.array("y0V", [1.0, j0["v01"], j0["v02"], j0["v03"], j0["v04"]])
    for kind in ("p", "q"):
        for r in ("8", "5", "3", "2"):
            o.array("%s0R%s" % (kind, r), j0["%sR%s" % (kind, r)])
            o.array("%s0S%s" % (kind, r), [1.0] + j0["%sS%s" % (kind, r)])

    j1 = fdlibm(olm, "e_j1")
    o.comment("e_j1.c: likewise for j1, y1 and pone, qone.")
    o.array("j1R", [j1["r00"], j1["r01"], j1["r02"], j1["r03"]])
    o.array("j1S", [1.0, j1["s01"], j1["s02"], j1["s03"], j1["s04"], j1["s05"]])
    o.array("y1U", j1["U0"])
    o.array("y1V", [1.0] + j1["V0"])
    for kind in ("p", "q"):
        for r in ("8", "5", "3", "2"):
            o.array("%s1R%s" % (kind, r), j1["%sr%s" % (kind, r)])
            o.array("%s1S%s" % (kind, r), [1.0] + j1["%ss%s" % (kind, r)])

    # --- Cephes ------------------------------------------------------------------------------
    sn = cephes(ceph, "cmath/sin.c")
    o.comment("Cephes sin.c: pi/4 in three parts (the first two with trailing zero bits, so\n"
              "their products with a small integer are exact) and the sin and cos polynomials\n"
              "on [-pi/4, pi/4], highest power first.")
    o.consts([("pi4A", sn["DP1"]), ("pi4B", sn["DP2"]), ("pi4C", sn["DP3"])])
    o.array("sinCoef", sn["sincof"])
    o.array("cosCoef", sn["coscof"])

    tn = cephes(ceph, "cmath/tan.c")
    o.comment("Cephes tan.c: tan(z) = z + z*zz*P(zz)/Q(zz), highest power first (Q monic).")
    o.array("tanP", tn["P"])
    o.array("tanQ", [1.0] + tn["Q"])

    at = cephes(ceph, "cmath/atan.c")
    o.comment("Cephes atan.c: atan(x) = x + x*z*P(z)/Q(z) with z = x*x on [0, 0.66] (highest\n"
              "power first, Q monic), tan(3pi/8), and pi/2 minus its float64.")
    o.consts([("tan3Pi8", at["T3P8"]), ("piO2Lo", at["MOREBITS"])])
    o.array("atanP", at["P"])
    o.array("atanQ", [1.0] + at["Q"])

    th = cephes(ceph, "cmath/tanh.c")
    o.comment("Cephes tanh.c: tanh(x) = x + x*s*P(s)/Q(s) for |x| < 0.625, s = x*x.")
    o.array("tanhP", th["P"])
    o.array("tanhQ", [1.0] + th["Q"])

    gm = cephes(ceph, "cprob/gamma.c")
    o.comment("Cephes gamma.c: gamma on [2, 3) as P/Q, Stirling's series and its limit, sqrt(2pi).")
    o.array("gamP", gm["P"])
    o.array("gamQ", gm["Q"])
    o.array("gamStir", gm["STIR"])
    o.consts([("sqrt2Pi", gm["SQTPI"]), ("maxStirling", gm["MAXSTIR"])])

    # --- Hart & Cheney #2029 --------------------------------------------------------------
    o.comment("Hart & Cheney, Computer Approximations (1968), #2029: sinh(x) = x*P(x*x)/Q(x*x)\n"
              "for |x| <= 0.5, constant term first (Q monic, its 1 left out).")
    o.array("sinhP", [float(v) for v in ("-0.6307673640497716991184787251e+6",
                                         "-0.8991272022039509355398013511e+5",
                                         "-0.2894211355989563807284660366e+4",
                                         "-0.2630563213397497062819489e+2")])
    o.array("sinhQ", [float(v) for v in ("-0.6307673640497716991212077277e+6",
                                         "0.1521517378790019070696485176e+5",
                                         "-0.173678953558233699533450911e+3")])

    # --- Wichura AS 241 --------------------------------------------------------------------
    # The published coefficients of PPND16 (constant term first). erfinv(x) is
    # ppnd((1+x)/2)/sqrt(2): the central numerator takes a factor 1/(2*sqrt(2)) (q = x/2), the
    # tails' denominators a factor sqrt(2), and the tails' variable is sqrt(ln2 - log(1-x)).
    a = "3.3871328727963666080 1.3314166789178437745e2 1.9715909503065514427e3 1.3731693765509461125e4 4.5921953931549871457e4 6.7265770927008700853e4 3.3430575583588128105e4 2.5090809287301226727e3"
    b = "1.0 4.2313330701600911252e1 6.8718700749205790830e2 5.3941960214247511077e3 2.1213794301586595867e4 3.9307895800092710610e4 2.8729085735721942674e4 5.2264952788528545610e3"
    c = "1.42343711074968357734 4.63033784615654529590 5.76949722146069140550 3.64784832476320460504 1.27045825245236838258 2.41780725177450611770e-1 2.27238449892691845833e-2 7.74545014278341407640e-4"
    d = "1.0 2.05319162663775882187 1.67638483018380384940 6.89767334985100004550e-1 1.48103976427480074590e-1 1.51986665636164571966e-2 5.47593808499534494600e-4 1.05075007164441684324e-9"
    ee = "6.65790464350110377720 5.46378491116411436990 1.78482653991729133580 2.96560571828504891230e-1 2.65321895265761230930e-2 1.24266094738807843860e-3 2.71155556874348757815e-5 2.01033439929228813265e-7"
    f = "1.0 5.99832206555887937690e-1 1.36929880922735805310e-1 1.48753612908506148525e-2 7.86869131145613259100e-4 1.84631831751005468180e-5 1.42151175831644588870e-7 2.04426310338993978564e-15"
    s2 = mpmath.sqrt(2)

    def scaled(text, k):
        return [rounded(mpmath.mpf(v) * k) for v in text.split()]

    o.comment("Wichura, Algorithm AS 241, Applied Statistics 37 (1988), PPND16, rescaled for\n"
              "erfinv: |x| <= 0.85 as x*A(r)/B(r), r = 0.180625 - x*x/4; beyond, C/D or E/F of\n"
              "r = sqrt(ln2 - log(1-x)) less 1.6 or 5. Constant term first.")
    o.array("erfinvA", scaled(a, 1 / (2 * s2)))
    o.array("erfinvB", scaled(b, 1))
    o.array("erfinvC", scaled(c, 1))
    o.array("erfinvD", scaled(d, s2))
    o.array("erfinvE", scaled(ee, 1))
    o.array("erfinvF", scaled(f, s2))

    # --- 4/pi -----------------------------------------------------------------------------
    words = 20
    v = int(mpmath.floor(4 / mpmath.pi * mpmath.mpf(2) ** (64 * (words - 1))))
    o.comment("The binary digits of 4/pi, 64 a word, the integer part first: Payne and Hanek's\n"
              "reduction of huge arguments multiplies by them exactly.")
    o.lines.append("var fourOverPi = [...]uint64{")
    for i in range(words - 1, -1, -1):
        o.lines.append("\t%#018x," % ((v >> (64 * i)) & (2 ** 64 - 1)))
    o.lines.append("}")

    print("// Code generated by scripts/math_tables.py from fdlibm (openlibm), Cephes, Hart & Cheney")
    print("// and AS 241; DO NOT EDIT.")
    print()
    print("package math")
    text = "\n".join(o.lines)
    text = re.sub(r"\}\n(const|var)", r"}\n\n\1", text)
    print(re.sub(r"\n{3,}", "\n\n", text).rstrip("\n"))




if __name__ == "__main__":
    main()
