#!/usr/bin/env python3
"""Syntax errors compared with gc's: `scripts/syntax_mutations.py N SEED` applies N random
single-token mutations (delete a token, insert one, replace one) to the examples, builds each
mutant with gc 1.27.3 and with gocrane (target/release/gocrane, or $GOCRANE), and counts, among
the mutants gc rejects with a syntax error, those whose diagnostics are the same, those whose
first line is the same, and those that differ. The differences are written to
target/syntax-mutations/report-SEED.txt. gc's parser recovers and may report several errors
where gocrane's stops at the first, so 'same first line' is the usual best for those."""
import random, re, subprocess, sys, os, glob, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GO = os.path.join(ROOT, 'scripts', 'go')
GC = os.path.abspath(os.environ.get('GOCRANE', os.path.join(ROOT, 'target', 'release', 'gocrane')))
TOK = re.compile(r'`[^`]*`|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|//[^\n]*|/\*.*?\*/|[A-Za-z_][A-Za-z0-9_]*|0[xX][0-9a-fA-F_]+|[0-9][0-9_.eE]*|\.\.\.|<<=|>>=|&\^=|&&|\|\||<-|\+\+|--|==|!=|<=|>=|:=|<<|>>|&\^|[-+*/%&|^]=|[-+*/%&|^<>=!(){}\[\],;:.~]', re.S)
INSERTS = ['(', ')', '{', '}', '[', ']', ',', ';', ':', '=', ':=', '.', '+', '*', '&', 'func', 'var', 'const', 'type', 'if', 'for', 'return', 'x', '1', '"s"', 'int', 'else', 'package', 'import', 'go', 'chan', 'map', 'struct', 'interface', 'case', 'default', 'switch', 'range', '...', '<-', '!', '==', '++']
def mutate(src, rng):
    """One mutation of one token (comments are left alone), and what it was."""
    toks = [m for m in TOK.finditer(src) if not m.group().startswith('//') and not m.group().startswith('/*')]
    m = rng.choice(toks)
    kind = rng.randrange(3)
    if kind == 0:
        return src[:m.start()] + src[m.end():], f'delete {m.group()!r}'
    t = rng.choice(INSERTS)
    if kind == 1:
        return src[:m.start()] + t + ' ' + src[m.start():], f'insert {t!r} before {m.group()!r}'
    return src[:m.start()] + t + src[m.end():], f'replace {m.group()!r} with {t!r}'
def run(cmd, cwd):
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=60)
    lines = [l for l in p.stderr.splitlines() if not l.startswith('#')]
    return p.returncode, '\n'.join(l[2:] if l.startswith('./') else l for l in lines)
def main():
    n, seed = int(sys.argv[1]), int(sys.argv[2])
    files = sorted(glob.glob(os.path.join(ROOT, 'examples', '*.go')))
    rng = random.Random(seed)
    stats = collections.Counter(); out = []
    out_dir = os.path.join(ROOT, 'target', 'syntax-mutations'); d = os.path.join(out_dir, f'work-{seed}'); os.makedirs(d, exist_ok=True)
    for i in range(n):
        f = rng.choice(files)
        src, what = mutate(open(f).read(), rng)
        open(f'{d}/m.go', 'w').write(src)
        gc_rc, gc_err = run([GO, 'build', '-o', '/dev/null', 'm.go'], d)
        if 'syntax error' not in gc_err and 'expected' not in gc_err:
            stats['not syntax'] += 1; continue
        cr_rc, cr_err = run([GC, 'build', '-o', '/dev/null', 'm.go'], d)
        if gc_err == cr_err:
            stats['same'] += 1
        else:
            gl = gc_err.splitlines()[:1]; cl = cr_err.splitlines()[:1]
            stats['same first line' if gl == cl else 'differ'] += 1
            out.append(f'--- {os.path.basename(f)}: {what}\ngc:      {gc_err}\ngocrane: {cr_err}\n')
    print(stats)
    open(os.path.join(out_dir, f'report-{seed}.txt'), 'w').write('\n'.join(out))
if __name__ == '__main__':
    main()
