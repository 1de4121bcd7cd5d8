package testdeps

// The parser half of the pattern matcher: it reads a pattern in Go's regexp syntax (RE2,
// with the Perl extensions regexp.Compile turns on) into a tree of reNodes, or fails with the
// error Go's regexp/syntax would give. The matcher half is regexp_match.go.
//
// The parser works like Go's: a left-to-right scan with an explicit stack of finished pieces,
// `(` and `|` markers, so nesting depth costs no recursion. A repetition operator rewraps
// the top of the stack; `|` and `)` fold the pieces above the nearest marker into one
// concatenation, and `)` folds the alternatives into one alternation. Since the first error
// met in the scan is the one reported, the scan order decides which of several mistakes
// the message names; it follows Go's step for step.

import (
	"strings"
	"unicode/utf8"
)

// syntaxError is a pattern Go's regexp package rejects, printed as regexp/syntax.Error.
type syntaxError struct {
	code string // what is wrong
	expr string // the part of the pattern it is about
}

// Error is the message regexp.Compile would return.
func (e *syntaxError) Error() string {
	return "error parsing regexp: " + e.code + ": `" + e.expr + "`"
}

// The texts of regexp/syntax's error codes. (Go declares "invalid character class" too,
// but its parser never reports it.)
const (
	errInvalidCharRange      = "invalid character class range"
	errInvalidEscape         = "invalid escape sequence"
	errInvalidNamedCapture   = "invalid named capture"
	errInvalidPerlOp         = "invalid or unsupported Perl syntax"
	errInvalidRepeatOp       = "invalid nested repetition operator"
	errInvalidRepeatSize     = "invalid repeat count"
	errInvalidUTF8           = "invalid UTF-8"
	errMissingBracket        = "missing closing ]"
	errMissingParen          = "missing closing )"
	errMissingRepeatArgument = "missing argument to repetition operator"
	errTrailingBackslash     = "trailing backslash at end of expression"
	errUnexpectedParen       = "unexpected )"
	errNestingDepth          = "expression nests too deeply"
	errLarge                 = "expression too large"
)

// Go's limits on a parsed pattern: how deep its tree may be, how many instructions its
// compiled form may have, and how far counted repetitions may multiply.
const (
	maxHeight      = 1000
	maxSize        = (128 << 20) / 40
	maxRepeatCount = 1000
)

// reFlags are the settings `(?imsU)` changes, scoped to the enclosing group.
type reFlags uint8

const (
	flagFold      reFlags = 1 << iota // i: letters match their other cases
	flagMultiLine                     // m: ^ and $ also match at line breaks
	flagDotNL                         // s: . matches \n too
	flagUngreedy                      // U: swaps greedy and lazy (whether a match exists stays)
)

// reOp is the kind of a reNode.
type reOp uint8

const (
	opEmpty          reOp = iota // matches the empty string
	opLiteral                    // the runes in order (each in any case when fold)
	opClass                      // one rune of cls
	opAnyNotNL                   // one rune other than \n
	opAny                        // any one rune
	opBeginLine                  // ^ under (?m)
	opEndLine                    // $ under (?m)
	opBeginText                  // \A, or ^
	opEndText                    // \z, or $
	opWordBoundary               // \b
	opNoWordBoundary             // \B
	opCapture                    // a capturing group around sub[0]
	opStar                       // sub[0]*
	opPlus                       // sub[0]+
	opQuest                      // sub[0]?
	opRepeat                     // sub[0]{min,max}; max -1: no upper bound
	opConcat                     // the subs one after another
	opAlternate                  // one of the subs
	opLeftParen                  // parse-stack marker: an open group
	opVerticalBar                // parse-stack marker: a `|` seen at this level
)

// reNode is one node of a parsed pattern.
type reNode struct {
	op       reOp
	runes    []rune     // opLiteral
	fold     bool       // opLiteral: case-insensitive
	cls      *charClass // opClass
	min, max int        // opRepeat
	sub      []*reNode  // the operands of a group, repetition, concatenation or alternation
	flags    reFlags    // opLeftParen: the flags to restore at its `)`
	capture  bool       // opLeftParen: a capturing group
	height   int        // the depth of the tree under this node, itself included
	size     int        // about how many instructions Go would compile it to
}

// parser holds the state of one parse.
type parser struct {
	whole string    // the pattern
	flags reFlags   // the flags in force
	stack []*reNode // finished pieces and markers
	err   error     // a limit exceeded while building (checked after each step)

	// Bookkeeping for Go's size and depth limits, which Go only starts checking once the
	// pattern is big enough: nodes counts nodes made (less those merged away and reused, as
	// Go counts), repeats multiplies the counts of the repetitions seen, and trackSize is
	// set once the sizes must be checked.
	nodes     int
	free      int
	repeats   int
	trackSize bool
}

// parseRegexp parses pattern s, as regexp/syntax.Parse with syntax.Perl does.
func parseRegexp(s string) (*reNode, error) {
	p := &parser{whole: s, repeats: 1}
	pos := 0
	lastRepeat := -1 // where the repetition operator just before started, or -1
	for pos < len(s) {
		repeatAt := -1
		var err error
		switch s[pos] {
		case '(':
			if pos+1 < len(s) && s[pos+1] == '?' {
				pos, err = p.parseGroupFlags(pos)
			} else {
				p.openGroup(true)
				pos++
			}
		case '|':
			p.concat()
			p.push(p.newNode(opVerticalBar))
			pos++
		case ')':
			err = p.closeGroup()
			pos++
		case '^':
			if p.flags&flagMultiLine != 0 {
				p.push(p.newNode(opBeginLine))
			} else {
				p.push(p.newNode(opBeginText))
			}
			pos++
		case '$':
			if p.flags&flagMultiLine != 0 {
				p.push(p.newNode(opEndLine))
			} else {
				p.push(p.newNode(opEndText))
			}
			pos++
		case '.':
			if p.flags&flagDotNL != 0 {
				p.push(p.newNode(opAny))
			} else {
				p.push(p.newNode(opAnyNotNL))
			}
			pos++
		case '[':
			pos, err = p.parseClass(pos)
		case '*', '+', '?':
			op := opStar
			if s[pos] == '+' {
				op = opPlus
			} else if s[pos] == '?' {
				op = opQuest
			}
			repeatAt = pos
			pos, err = p.repeat(op, 0, 0, pos, pos+1, lastRepeat)
		case '{':
			min, max, after, ok := parseRepeatCounts(s, pos)
			if !ok {
				// Not of the form {n}, {n,} or {n,m}: a literal brace.
				p.literal('{')
				pos++
				break
			}
			if min < 0 || min > maxRepeatCount || max > maxRepeatCount || max >= 0 && min > max {
				return nil, &syntaxError{errInvalidRepeatSize, s[pos:after]}
			}
			repeatAt = pos
			pos, err = p.repeat(opRepeat, min, max, pos, after, lastRepeat)
		case '\\':
			pos, err = p.parseBackslash(pos)
		default:
			var r rune
			var w int
			r, w, err = decodeAt(s, pos)
			if err == nil {
				p.literal(r)
				pos += w
			}
		}
		if err == nil {
			err = p.err
		}
		if err != nil {
			return nil, err
		}
		lastRepeat = repeatAt
	}
	p.concat()
	p.alternate()
	if p.err != nil {
		return nil, p.err
	}
	if len(p.stack) != 1 {
		return nil, &syntaxError{errMissingParen, s}
	}
	return p.stack[0], nil
}

// decodeAt decodes the rune at s[i:] (RuneError and width 0 at the end of s); an invalid
// byte is Go's invalid UTF-8 error, which quotes s from there on.
func decodeAt(s string, i int) (rune, int, error) {
	r, w := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && w == 1 {
		return 0, 0, &syntaxError{errInvalidUTF8, s[i:]}
	}
	return r, w, nil
}

// checkUTF8 is the invalid UTF-8 error for the first invalid byte of s, or nil.
func checkUTF8(s string) error {
	for i := 0; i < len(s); {
		_, w, err := decodeAt(s, i)
		if err != nil {
			return err
		}
		i += w
	}
	return nil
}

// newNode makes a node of kind op; like Go, it counts it unless it takes a merged one's place.
func (p *parser) newNode(op reOp) *reNode {
	if p.free > 0 {
		p.free--
	} else {
		p.nodes++
	}
	return &reNode{op: op, height: 1, size: 1}
}

// literal pushes the rune r, matched case-insensitively under (?i).
func (p *parser) literal(r rune) {
	re := p.newNode(opLiteral)
	re.runes = []rune{r}
	re.fold = p.flags&flagFold != 0
	p.push(re)
}

// push puts re on the stack. First, when the two pieces on top are literals of the same
// case sensitivity, it merges them: the topmost can no longer take a repetition operator.
func (p *parser) push(re *reNode) {
	p.mergeLiterals()
	p.stack = append(p.stack, re)
	p.checkLimits(re)
}

// mergeLiterals joins the two literals on top of the stack into one, when it may.
func (p *parser) mergeLiterals() {
	n := len(p.stack)
	if n < 2 {
		return
	}
	top, below := p.stack[n-1], p.stack[n-2]
	if top.op != opLiteral || below.op != opLiteral || top.fold != below.fold {
		return
	}
	below.runes = append(below.runes, top.runes...)
	below.size = len(below.runes)
	p.stack = p.stack[:n-1]
	p.free++
}

// openGroup pushes the marker of a group that starts here; its `)` will restore the flags
// in force now.
func (p *parser) openGroup(capture bool) {
	re := p.newNode(opLeftParen)
	re.flags = p.flags
	re.capture = capture
	p.push(re)
}

// concat replaces the pieces above the topmost marker by their concatenation.
func (p *parser) concat() {
	p.mergeLiterals()
	i := len(p.stack)
	for i > 0 && p.stack[i-1].op < opLeftParen {
		i--
	}
	subs := append([]*reNode(nil), p.stack[i:]...)
	p.stack = p.stack[:i]
	if len(subs) == 0 {
		p.push(p.newNode(opEmpty))
		return
	}
	p.push(p.collapse(subs, opConcat))
}

// alternate replaces the alternatives above the topmost `(` (each a single piece, the
// `|` markers between them) by their alternation.
func (p *parser) alternate() {
	i := len(p.stack)
	for i > 0 && p.stack[i-1].op != opLeftParen {
		i--
	}
	var subs []*reNode
	for _, re := range p.stack[i:] {
		if re.op != opVerticalBar {
			subs = append(subs, re)
		}
	}
	p.stack = p.stack[:i]
	p.push(p.collapse(subs, opAlternate))
}

// collapse makes one node applying op (concatenation or alternation) to subs, taking the
// operands of a sub that is itself an op into the new node, as Go does.
func (p *parser) collapse(subs []*reNode, op reOp) *reNode {
	if len(subs) == 1 {
		return subs[0]
	}
	re := p.newNode(op)
	for _, sub := range subs {
		if sub.op == op {
			re.sub = append(re.sub, sub.sub...)
			p.free++
		} else {
			re.sub = append(re.sub, sub)
		}
	}
	re.measure()
	return re
}

// closeGroup handles a `)`: the group's contents become one node, captured or not.
func (p *parser) closeGroup() error {
	p.concat()
	p.alternate()
	n := len(p.stack)
	if n < 2 || p.stack[n-2].op != opLeftParen {
		return &syntaxError{errUnexpectedParen, p.whole}
	}
	inner, open := p.stack[n-1], p.stack[n-2]
	p.stack = p.stack[:n-2]
	p.flags = open.flags
	if !open.capture {
		p.push(inner)
		return nil
	}
	open.op = opCapture
	open.sub = []*reNode{inner}
	open.measure()
	p.push(open)
	return nil
}

// repeat applies the repetition operator at whole[start:after] (with min and max for
// {n,m}) to the piece on top of the stack and returns where parsing goes on. lastRepeat
// is where the operator right before it started, if it ended where this one starts.
func (p *parser) repeat(op reOp, min, max, start, after, lastRepeat int) (int, error) {
	if after < len(p.whole) && p.whole[after] == '?' {
		after++ // the lazy form
	}
	if lastRepeat >= 0 {
		// a**, a+?* and a{2}{3} are errors, not repetitions of a repetition.
		return 0, &syntaxError{errInvalidRepeatOp, p.whole[lastRepeat:after]}
	}
	n := len(p.stack)
	if n == 0 || p.stack[n-1].op >= opLeftParen {
		return 0, &syntaxError{errMissingRepeatArgument, p.whole[start:after]}
	}
	re := p.newNode(op)
	re.min, re.max = min, max
	re.sub = []*reNode{p.stack[n-1]}
	re.measure()
	p.stack[n-1] = re
	if op == opRepeat {
		count := max
		if count < 0 {
			count = min
		}
		if count < 1 {
			count = 1
		}
		if count > maxSize/p.repeats {
			p.repeats = maxSize
		} else {
			p.repeats *= count
		}
	}
	p.checkLimits(re)
	if p.err != nil {
		return 0, p.err
	}
	if op == opRepeat && (min >= 2 || max >= 2) && !repeatIsValid(re, maxRepeatCount) {
		return 0, &syntaxError{errInvalidRepeatSize, p.whole[start:after]}
	}
	return after, nil
}

// repeatIsValid reports whether the counted repetitions in re, nested in one another,
// multiply to at most n copies of what is innermost (Go's rule; x{0} counts as nothing).
func repeatIsValid(re *reNode, n int) bool {
	if re.op == opRepeat {
		m := re.max
		if m == 0 {
			return true
		}
		if m < 0 {
			m = re.min
		}
		if m > n {
			return false
		}
		if m > 0 {
			n /= m
		}
	}
	for _, sub := range re.sub {
		if !repeatIsValid(sub, n) {
			return false
		}
	}
	return true
}

// measure sets re's height and size from its operands', sizing as Go's parser estimates.
func (re *reNode) measure() {
	re.height = 1
	sum := 0
	for _, sub := range re.sub {
		if sub.height+1 > re.height {
			re.height = sub.height + 1
		}
		sum += sub.size
	}
	size := 1
	switch re.op {
	case opCapture, opStar:
		size = 2 + sum
	case opPlus, opQuest:
		size = 1 + sum
	case opConcat:
		size = sum
	case opAlternate:
		size = sum + len(re.sub) - 1
	case opRepeat:
		if re.max < 0 {
			if re.min == 0 {
				size = 2 + sum
			} else {
				size = 1 + re.min*sum
			}
		} else {
			size = re.max*sum + re.max - re.min
		}
	}
	if size > maxSize {
		size = maxSize + 1 // large enough to fail, small enough not to overflow
	}
	if size < 1 {
		size = 1
	}
	re.size = size
}

// checkLimits records Go's "too large" or "nests too deeply" error for the new node re.
// Like Go, it checks sizes only once the node count times the repetition product could
// reach the limit, and depths only once a thousand nodes have been made.
func (p *parser) checkLimits(re *reNode) {
	if p.err != nil {
		return
	}
	if !p.trackSize && p.nodes >= maxSize/p.repeats {
		p.trackSize = true
		for _, other := range p.stack {
			if other.size > maxSize {
				p.err = &syntaxError{errLarge, p.whole}
				return
			}
		}
	}
	if p.trackSize && re.size > maxSize {
		p.err = &syntaxError{errLarge, p.whole}
		return
	}
	if p.nodes >= maxHeight && re.height > maxHeight {
		p.err = &syntaxError{errNestingDepth, p.whole}
	}
}

// parseRepeatCounts reads {n}, {n,} or {n,m} at s[pos:]: the counts (max -1 for none, min
// -1 for a number too long to read) and where it ends; ok is false when it is none of these.
func parseRepeatCounts(s string, pos int) (min, max, after int, ok bool) {
	i := pos + 1
	min, i, ok = parseCount(s, i)
	if !ok || i == len(s) {
		return 0, 0, 0, false
	}
	if s[i] != ',' {
		max = min
	} else {
		i++
		if i == len(s) {
			return 0, 0, 0, false
		}
		if s[i] == '}' {
			max = -1
		} else {
			max, i, ok = parseCount(s, i)
			if !ok {
				return 0, 0, 0, false
			}
			if max < 0 {
				min = -1
			}
		}
	}
	if i == len(s) || s[i] != '}' {
		return 0, 0, 0, false
	}
	return min, max, i + 1, true
}

// parseCount reads a decimal number without leading zeros at s[i:]; one of ten or more
// digits reads as -1.
func parseCount(s string, i int) (n, next int, ok bool) {
	if i >= len(s) || !isDigit(s[i]) {
		return 0, i, false
	}
	if s[i] == '0' && i+1 < len(s) && isDigit(s[i+1]) {
		return 0, i, false
	}
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	for k := i; k < j; k++ {
		if n >= 100000000 {
			n = -1
			break
		}
		n = n*10 + int(s[k]-'0')
	}
	return n, j, true
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isAlnum reports whether c is an ASCII letter or digit.
func isAlnum(c rune) bool {
	return '0' <= c && c <= '9' || 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z'
}

// parseGroupFlags handles a `(?` at whole[pos:]: a named group, a flag change `(?i)` or
// a non-capturing group `(?i:`. It returns where parsing goes on.
func (p *parser) parseGroupFlags(pos int) (int, error) {
	s := p.whole
	t := s[pos:]
	withP := len(t) > 4 && t[2] == 'P' && t[3] == '<' // (?P<name>
	withAngle := len(t) > 3 && t[2] == '<'            // (?<name>
	if withP || withAngle {
		nameStart := pos + 3
		if withP {
			nameStart = pos + 4
		}
		end := strings.IndexByte(t, '>')
		if end < 0 {
			if err := checkUTF8(t); err != nil {
				return 0, err
			}
			return 0, &syntaxError{errInvalidNamedCapture, t}
		}
		end += pos
		name := s[nameStart:end]
		if err := checkUTF8(name); err != nil {
			return 0, err
		}
		if !isCaptureName(name) {
			return 0, &syntaxError{errInvalidNamedCapture, s[pos : end+1]}
		}
		p.openGroup(true)
		return end + 1, nil
	}

	flags := p.flags
	negated := false // after a -
	sawFlag := false // a flag since the start or the -
	i := pos + 2
	for i < len(s) {
		c, w, err := decodeAt(s, i)
		if err != nil {
			return 0, err
		}
		i += w
		var bit reFlags
		switch c {
		case 'i':
			bit = flagFold
		case 'm':
			bit = flagMultiLine
		case 's':
			bit = flagDotNL
		case 'U':
			bit = flagUngreedy
		case '-':
			if negated {
				return 0, &syntaxError{errInvalidPerlOp, s[pos:i]}
			}
			negated = true
			sawFlag = false
			continue
		case ':', ')':
			if negated && !sawFlag {
				return 0, &syntaxError{errInvalidPerlOp, s[pos:i]}
			}
			if c == ':' {
				p.openGroup(false)
			}
			p.flags = flags
			return i, nil
		default:
			return 0, &syntaxError{errInvalidPerlOp, s[pos:i]}
		}
		if negated {
			flags &^= bit
		} else {
			flags |= bit
		}
		sawFlag = true
	}
	return 0, &syntaxError{errInvalidPerlOp, s[pos:i]}
}

// isCaptureName reports whether name may name a group: ASCII letters, digits and _.
func isCaptureName(name string) bool {
	if name == "" {
		return false
	}
	for _, c := range name {
		if c != '_' && !isAlnum(c) {
			return false
		}
	}
	return true
}

// parseBackslash handles the escape at whole[pos:] outside brackets: an assertion, \Q…\E,
// a class (\d, \pL) or one rune. It returns where parsing goes on.
func (p *parser) parseBackslash(pos int) (int, error) {
	s := p.whole
	if pos+1 < len(s) {
		switch s[pos+1] {
		case 'A':
			p.push(p.newNode(opBeginText))
			return pos + 2, nil
		case 'b':
			p.push(p.newNode(opWordBoundary))
			return pos + 2, nil
		case 'B':
			p.push(p.newNode(opNoWordBoundary))
			return pos + 2, nil
		case 'C':
			// One byte, whatever the encoding: RE2 has it, Go does not.
			return 0, &syntaxError{errInvalidEscape, s[pos : pos+2]}
		case 'Q':
			// Everything up to \E (or the end) is literal.
			litEnd, next := len(s), len(s)
			if k := strings.Index(s[pos+2:], `\E`); k >= 0 {
				litEnd = pos + 2 + k
				next = litEnd + 2
			}
			lit := s[:litEnd]
			for i := pos + 2; i < litEnd; {
				r, w, err := decodeAt(lit, i)
				if err != nil {
					return 0, err
				}
				p.literal(r)
				i += w
			}
			return next, nil
		case 'z':
			p.push(p.newNode(opEndText))
			return pos + 2, nil
		case 'p', 'P':
			item, next, err := p.parseUnicodeClass(pos)
			if err != nil {
				return 0, err
			}
			p.pushClass(&charClass{items: []classItem{item}})
			return next, nil
		}
		if item, ok := perlClass(s[pos:pos+2], p.flags&flagFold != 0); ok {
			p.pushClass(&charClass{items: []classItem{item}})
			return pos + 2, nil
		}
	}
	r, next, err := p.parseEscape(pos)
	if err != nil {
		return 0, err
	}
	p.literal(r)
	return next, nil
}

// pushClass pushes a character class.
func (p *parser) pushClass(cls *charClass) {
	re := p.newNode(opClass)
	re.cls = cls
	p.push(re)
}

// parseEscape reads the one-rune escape at whole[pos:] (\n, \x41, \x{263a}, \101, \.)
// and returns the rune and where the escape ends.
func (p *parser) parseEscape(pos int) (rune, int, error) {
	s := p.whole
	i := pos + 1
	if i >= len(s) {
		return 0, 0, &syntaxError{errTrailingBackslash, ""}
	}
	c, w, err := decodeAt(s, i)
	if err != nil {
		return 0, 0, err
	}
	i += w
	invalid := &syntaxError{errInvalidEscape, ""}
	switch {
	case c < utf8.RuneSelf && !isAlnum(c):
		// Punctuation (and _) escapes itself.
		return c, i, nil
	case '0' <= c && c <= '7':
		// Octal, up to three digits; \1 to \7 alone would be a backreference.
		if c != '0' && (i == len(s) || s[i] < '0' || s[i] > '7') {
			break
		}
		r := c - '0'
		for k := 1; k < 3 && i < len(s) && '0' <= s[i] && s[i] <= '7'; k++ {
			r = r*8 + rune(s[i]-'0')
			i++
		}
		return r, i, nil
	case c == 'x':
		if i == len(s) {
			break
		}
		if c, w, err = decodeAt(s, i); err != nil {
			return 0, 0, err
		}
		i += w
		if c == '{' {
			// \x{…}: one or more hex digits, at most 10FFFF.
			digits := 0
			r := rune(0)
			for {
				if i == len(s) {
					invalid.expr = s[pos:i]
					return 0, 0, invalid
				}
				if c, w, err = decodeAt(s, i); err != nil {
					return 0, 0, err
				}
				i += w
				if c == '}' {
					break
				}
				v := unhex(c)
				if v < 0 {
					invalid.expr = s[pos:i]
					return 0, 0, invalid
				}
				r = r*16 + v
				if r > utf8.MaxRune {
					invalid.expr = s[pos:i]
					return 0, 0, invalid
				}
				digits++
			}
			if digits == 0 {
				break
			}
			return r, i, nil
		}
		// \xHH: exactly two hex digits.
		hi := unhex(c)
		if c, w, err = decodeAt(s, i); err != nil {
			return 0, 0, err
		}
		i += w
		lo := unhex(c)
		if hi < 0 || lo < 0 {
			break
		}
		return hi*16 + lo, i, nil
	case c == 'a':
		return '\a', i, nil
	case c == 'f':
		return '\f', i, nil
	case c == 'n':
		return '\n', i, nil
	case c == 'r':
		return '\r', i, nil
	case c == 't':
		return '\t', i, nil
	case c == 'v':
		return '\v', i, nil
	}
	invalid.expr = s[pos:i]
	return 0, 0, invalid
}

// unhex is the value of hex digit c, or -1.
func unhex(c rune) rune {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return -1
}

// parseClass reads the bracketed class at whole[pos:], pushes it and returns where it ends.
func (p *parser) parseClass(pos int) (int, error) {
	s := p.whole
	cls := &charClass{}
	fold := p.flags&flagFold != 0
	i := pos + 1
	if i < len(s) && s[i] == '^' {
		cls.negate = true
		i++
	}
	first := true // a ] right after [ or [^ is a literal
	for i >= len(s) || s[i] != ']' || first {
		first = false

		// [:alpha:] and [:^alpha:]
		if len(s)-i > 2 && s[i] == '[' && s[i+1] == ':' {
			if k := strings.Index(s[i+2:], ":]"); k >= 0 {
				end := i + 2 + k + 2
				item, ok := posixClass(s[i:end], fold)
				if !ok {
					return 0, &syntaxError{errInvalidCharRange, s[i:end]}
				}
				cls.items = append(cls.items, item)
				i = end
				continue
			}
		}

		// \pL, \p{Greek}
		if len(s)-i >= 2 && s[i] == '\\' && (s[i+1] == 'p' || s[i+1] == 'P') {
			item, next, err := p.parseUnicodeClass(i)
			if err != nil {
				return 0, err
			}
			cls.items = append(cls.items, item)
			i = next
			continue
		}

		// \d, \W, …
		if len(s)-i >= 2 {
			if item, ok := perlClass(s[i:i+2], fold); ok {
				cls.items = append(cls.items, item)
				i += 2
				continue
			}
		}

		// A rune, or a range lo-hi.
		rangeStart := i
		lo, next, err := p.parseClassChar(i, pos)
		if err != nil {
			return 0, err
		}
		i = next
		hi := lo
		if len(s)-i >= 2 && s[i] == '-' && s[i+1] != ']' {
			if hi, i, err = p.parseClassChar(i+1, pos); err != nil {
				return 0, err
			}
			if hi < lo {
				return 0, &syntaxError{errInvalidCharRange, s[rangeStart:i]}
			}
		}
		cls.items = append(cls.items, classItem{lo: lo, hi: hi, fold: fold})
	}
	p.pushClass(cls)
	return i + 1, nil
}

// parseClassChar reads one rune, plain or escaped, of the class that starts at classStart.
func (p *parser) parseClassChar(i, classStart int) (rune, int, error) {
	if i >= len(p.whole) {
		return 0, 0, &syntaxError{errMissingBracket, p.whole[classStart:]}
	}
	if p.whole[i] == '\\' {
		return p.parseEscape(i)
	}
	r, w, err := decodeAt(p.whole, i)
	return r, i + w, err
}

// parseUnicodeClass reads \pL, \p{Name}, \PL, \P{Name} or \p{^Name} at whole[pos:].
func (p *parser) parseUnicodeClass(pos int) (classItem, int, error) {
	s := p.whole
	negate := s[pos+1] == 'P'
	c, w, err := decodeAt(s, pos+2)
	if err != nil {
		return classItem{}, 0, err
	}
	var name string
	end := pos + 2 + w
	if c == '{' {
		k := strings.IndexByte(s[pos:], '}')
		if k < 0 {
			if err := checkUTF8(s[pos:]); err != nil {
				return classItem{}, 0, err
			}
			return classItem{}, 0, &syntaxError{errInvalidCharRange, s[pos:]}
		}
		end = pos + k + 1
		name = s[pos+3 : end-1]
		if err := checkUTF8(name); err != nil {
			return classItem{}, 0, err
		}
	} else {
		name = s[pos+2 : end]
	}
	if name != "" && name[0] == '^' {
		negate = !negate
		name = name[1:]
	}
	item, ok := unicodeClass(name, p.flags&flagFold != 0)
	if !ok {
		return classItem{}, 0, &syntaxError{errInvalidCharRange, s[pos:end]}
	}
	item.negate = item.negate != negate
	return item, end, nil
}
