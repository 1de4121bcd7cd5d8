package strings

import "io"

// A Replacer replaces a list of old strings with new ones. At each position of the input the
// first old string (in argument order) that starts there is replaced, and scanning resumes
// after it; an empty old string matches at every position, but not twice in a row at the
// same one.
//
// Which algorithm runs (gc's choice, visible in the writes WriteString makes): a single old
// string of two or more bytes is searched for directly; old strings of one byte each use a
// byte table (byteReplacer when every new string is one byte too, byteStringReplacer
// otherwise); anything else takes the general path (genericReplacer).
type Replacer struct {
	built  bool
	r      replacer
	oldnew []string
}

// replacer is what each algorithm does.
type replacer interface {
	Replace(s string) string
	WriteString(w io.Writer, s string) (n int, err error)
}

// NewReplacer returns a Replacer for the pairs old1, new1, old2, new2, …; it panics given an
// odd number of strings.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{oldnew: append([]string(nil), oldnew...)}
}

// build picks and makes the algorithm the first time the Replacer is used (a zero Replacer
// has no pairs and replaces nothing).
func (r *Replacer) build() {
	r.built = true
	r.r = pick(r.oldnew)
	r.oldnew = nil
}

func pick(oldnew []string) replacer {
	if len(oldnew) == 2 && len(oldnew[0]) > 1 {
		return &singleStringReplacer{old: oldnew[0], new: oldnew[1]}
	}
	oneByteNews := true
	for i := 0; i < len(oldnew); i += 2 {
		if len(oldnew[i]) != 1 {
			return newGenericReplacer(oldnew)
		}
		if len(oldnew[i+1]) != 1 {
			oneByteNews = false
		}
	}
	if oneByteNews {
		t := new(byteReplacer)
		for i := range t {
			t[i] = byte(i)
		}
		// Filled backwards so that the first pair for a byte is the one that stays.
		for i := len(oldnew) - 2; i >= 0; i -= 2 {
			t[oldnew[i][0]] = oldnew[i+1][0]
		}
		return t
	}
	t := &byteStringReplacer{}
	for i := len(oldnew) - 2; i >= 0; i -= 2 {
		c := oldnew[i][0]
		if t.news[c] == nil {
			t.olds = append(t.olds, string([]byte{c}))
		}
		// Never nil, even for an empty new string: nil marks a byte kept as it is.
		t.news[c] = append(make([]byte, 0, len(oldnew[i+1])), oldnew[i+1]...)
	}
	return t
}

// Replace returns s with the replacements made.
func (r *Replacer) Replace(s string) string {
	if leak {
		replacerSink = r // never runs: gc's Replacer leaks r (its sync.Once does)
	}
	if !r.built {
		r.build()
	}
	return r.r.Replace(s)
}

// WriteString writes s to w with the replacements made.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	if leak {
		replacerSink = r // never runs: gc's Replacer leaks r (its sync.Once does)
	}
	if !r.built {
		r.build()
	}
	return r.r.WriteString(w, s)
}

// stringWriterOf returns w's own WriteString, or one that writes through w.Write.
func stringWriterOf(w io.Writer) io.StringWriter {
	if sw, ok := w.(io.StringWriter); ok {
		return sw
	}
	return writeThrough{w}
}

type writeThrough struct{ w io.Writer }

func (t writeThrough) WriteString(s string) (int, error) { return t.w.Write([]byte(s)) }

// sliceWriter collects what Replace's WriteString writes.
type sliceWriter []byte

func (b *sliceWriter) Write(p []byte) (int, error) {
	*b = append(*b, p...)
	return len(p), nil
}

func (b *sliceWriter) WriteString(s string) (int, error) {
	*b = append(*b, s...)
	return len(s), nil
}

// genericReplacer tries, at each position, the old strings that begin with the byte there,
// in argument order.
type genericReplacer struct {
	olds, news []string
	// byFirst[c] lists the indexes of the non-empty old strings beginning with c, in
	// argument order (the first of equal old strings only).
	byFirst [256][]int
	// empty is the index of the first empty old string, or -1.
	empty int
}

func newGenericReplacer(oldnew []string) *genericReplacer {
	g := &genericReplacer{empty: -1}
	for i := 0; i < len(oldnew); i += 2 {
		old := oldnew[i]
		k := len(g.olds)
		g.olds = append(g.olds, old)
		g.news = append(g.news, oldnew[i+1])
		if old == "" {
			if g.empty < 0 {
				g.empty = k
			}
			continue
		}
		g.byFirst[old[0]] = append(g.byFirst[old[0]], k)
	}
	return g
}

// match returns the index of the pair that applies at the start of s, or -1; skipEmpty
// leaves the empty old string out.
func (g *genericReplacer) match(s string, skipEmpty bool) int {
	best := -1
	if !skipEmpty {
		best = g.empty
	}
	if s == "" {
		return best
	}
	for _, k := range g.byFirst[s[0]] {
		if best >= 0 && k > best {
			break
		}
		if HasPrefix(s, g.olds[k]) {
			return k
		}
	}
	return best
}

func (g *genericReplacer) Replace(s string) string {
	buf := make(sliceWriter, 0, len(s))
	g.WriteString(&buf, s)
	return string(buf)
}

func (g *genericReplacer) WriteString(w io.Writer, s string) (n int, err error) {
	sw := stringWriterOf(w)
	var wn int
	last := 0           // s[last:i] is not written yet
	afterEmpty := false // an empty old string matched at i last time round
	for i := 0; i <= len(s); {
		k := g.match(s[i:], afterEmpty)
		afterEmpty = k >= 0 && g.olds[k] == ""
		if k < 0 {
			i++
			continue
		}
		wn, err = sw.WriteString(s[last:i])
		n += wn
		if err != nil {
			return
		}
		wn, err = sw.WriteString(g.news[k])
		n += wn
		if err != nil {
			return
		}
		i += len(g.olds[k])
		last = i
	}
	if last != len(s) {
		wn, err = sw.WriteString(s[last:])
		n += wn
	}
	return
}

// singleStringReplacer replaces one old string of two or more bytes.
type singleStringReplacer struct {
	old, new string
}

func (r *singleStringReplacer) Replace(s string) string {
	i := Index(s, r.old)
	if i < 0 {
		return s
	}
	var b Builder
	for i >= 0 {
		b.WriteString(s[:i])
		b.WriteString(r.new)
		s = s[i+len(r.old):]
		i = Index(s, r.old)
	}
	b.WriteString(s)
	return b.String()
}

func (r *singleStringReplacer) WriteString(w io.Writer, s string) (n int, err error) {
	sw := stringWriterOf(w)
	var wn int
	for {
		i := Index(s, r.old)
		if i < 0 {
			break
		}
		wn, err = sw.WriteString(s[:i])
		n += wn
		if err != nil {
			return
		}
		wn, err = sw.WriteString(r.new)
		n += wn
		if err != nil {
			return
		}
		s = s[i+len(r.old):]
	}
	wn, err = sw.WriteString(s)
	n += wn
	return
}

// byteReplacer maps each byte to its replacement byte (itself when it has none).
type byteReplacer [256]byte

func (r *byteReplacer) Replace(s string) string {
	var b []byte // made at the first byte that changes
	for i := 0; i < len(s); i++ {
		if c := s[i]; r[c] != c {
			if b == nil {
				b = []byte(s)
			}
			b[i] = r[c]
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

func (r *byteReplacer) WriteString(w io.Writer, s string) (n int, err error) {
	sw := stringWriterOf(w)
	last := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if r[c] == c {
			continue
		}
		if last != i {
			wn, err := sw.WriteString(s[last:i])
			n += wn
			if err != nil {
				return n, err
			}
		}
		last = i + 1
		// The replacement byte is written as a slice of the table itself.
		wn, err := w.Write(r[c : int(c)+1])
		n += wn
		if err != nil {
			return n, err
		}
	}
	if last != len(s) {
		wn, err := sw.WriteString(s[last:])
		n += wn
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// byteStringReplacer maps bytes to strings: news[c] is c's replacement, nil for a byte
// that stays; olds lists the replaced bytes as one-byte strings.
type byteStringReplacer struct {
	news [256][]byte
	olds []string
}

func (r *byteStringReplacer) Replace(s string) string {
	size := len(s)
	changed := false
	// Counting each replaced byte with Count pays off for long inputs (gc's cut-off: eight
	// input bytes per replaced byte); the result is the same either way.
	if len(r.olds)*8 <= len(s) {
		for _, o := range r.olds {
			if c := Count(s, o); c != 0 {
				size += c * (len(r.news[o[0]]) - 1)
				changed = true
			}
		}
	} else {
		for i := 0; i < len(s); i++ {
			if nw := r.news[s[i]]; nw != nil {
				size += len(nw) - 1
				changed = true
			}
		}
	}
	if !changed {
		return s
	}
	b := make([]byte, size)
	j := 0
	for i := 0; i < len(s); i++ {
		if nw := r.news[s[i]]; nw != nil {
			j += copy(b[j:], nw)
		} else {
			b[j] = s[i]
			j++
		}
	}
	return string(b)
}

func (r *byteStringReplacer) WriteString(w io.Writer, s string) (n int, err error) {
	sw := stringWriterOf(w)
	last := 0
	for i := 0; i < len(s); i++ {
		nw := r.news[s[i]]
		if nw == nil {
			continue
		}
		if last != i {
			wn, err := sw.WriteString(s[last:i])
			n += wn
			if err != nil {
				return n, err
			}
		}
		last = i + 1
		wn, err := w.Write(nw)
		n += wn
		if err != nil {
			return n, err
		}
	}
	if last != len(s) {
		var wn int
		wn, err = sw.WriteString(s[last:])
		n += wn
	}
	return
}
