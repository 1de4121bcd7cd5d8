package strconv

import "unicode/utf8"

// unhex returns the value of the hexadecimal digit c.
func unhex(c byte) (v rune, ok bool) {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0'), true
	case 'a' <= c && c <= 'f':
		return rune(c - 'a' + 10), true
	case 'A' <= c && c <= 'F':
		return rune(c - 'A' + 10), true
	}
	return 0, false
}

// UnquoteChar decodes the first character or escape sequence of s, the body of a literal
// quoted with quote (' or ", or 0 for neither): the value, whether it must be written as
// UTF-8 (a rune, not a byte from \x or octal), and the rest of s.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		return 0, false, "", ErrSyntax
	}
	c := s[0]
	switch {
	case c == quote && (quote == '\'' || quote == '"'):
		return 0, false, "", ErrSyntax
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRuneInString(s)
		return r, true, s[size:], nil
	case c != '\\':
		return rune(c), false, s[1:], nil
	}
	// An escape sequence.
	if len(s) <= 1 {
		return 0, false, "", ErrSyntax
	}
	c = s[1]
	s = s[2:]
	switch c {
	case 'a':
		return '\a', false, s, nil
	case 'b':
		return '\b', false, s, nil
	case 'f':
		return '\f', false, s, nil
	case 'n':
		return '\n', false, s, nil
	case 'r':
		return '\r', false, s, nil
	case 't':
		return '\t', false, s, nil
	case 'v':
		return '\v', false, s, nil
	case '\\':
		return '\\', false, s, nil
	case '\'', '"':
		if c != quote {
			return 0, false, "", ErrSyntax
		}
		return rune(c), false, s, nil
	case 'x', 'u', 'U':
		n := 2
		if c == 'u' {
			n = 4
		} else if c == 'U' {
			n = 8
		}
		if len(s) < n {
			return 0, false, "", ErrSyntax
		}
		var v rune
		for j := 0; j < n; j++ {
			d, ok := unhex(s[j])
			if !ok {
				return 0, false, "", ErrSyntax
			}
			v = v<<4 | d
		}
		s = s[n:]
		if c == 'x' {
			// A byte, not a rune.
			return v, false, s, nil
		}
		if !utf8.ValidRune(v) {
			return 0, false, "", ErrSyntax
		}
		return v, true, s, nil
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v := rune(c) - '0'
		if len(s) < 2 {
			return 0, false, "", ErrSyntax
		}
		for j := 0; j < 2; j++ {
			d := rune(s[j]) - '0'
			if d < 0 || d > 7 {
				return 0, false, "", ErrSyntax
			}
			v = v<<3 | d
		}
		if v > 255 {
			return 0, false, "", ErrSyntax
		}
		return v, false, s[2:], nil
	}
	return 0, false, "", ErrSyntax
}

// Unquote returns the value of the Go literal s: a double-quoted or back-quoted string, or a
// single-quoted character.
func Unquote(s string) (string, error) {
	out, rest, err := unquote(s, true)
	if err == nil && rest != "" {
		return "", ErrSyntax
	}
	return out, err
}

// QuotedPrefix returns the quoted literal (quotes included) that s starts with.
func QuotedPrefix(s string) (string, error) {
	out, _, err := unquote(s, false)
	return out, err
}

// unquote reads the literal at the start of in: its value (or, without unescape, its text)
// and what follows it.
func unquote(in string, unescape bool) (out, rest string, err error) {
	if len(in) < 2 {
		return "", in, ErrSyntax
	}
	quote := in[0]
	switch quote {
	case '`':
		end := 1
		for end < len(in) && in[end] != '`' {
			end++
		}
		if end == len(in) {
			return "", in, ErrSyntax
		}
		end++ // past the closing quote
		if !unescape {
			return in[:end], in[end:], nil
		}
		body := in[1 : end-1]
		// Carriage returns are dropped from raw strings.
		hasCR := false
		for i := 0; i < len(body); i++ {
			if body[i] == '\r' {
				hasCR = true
				break
			}
		}
		if !hasCR {
			return body, in[end:], nil
		}
		buf := make([]byte, 0, len(body)-1)
		for i := 0; i < len(body); i++ {
			if body[i] != '\r' {
				buf = append(buf, body[i])
			}
		}
		return string(buf), in[end:], nil
	case '"', '\'':
	default:
		return "", in, ErrSyntax
	}
	// Without escapes or newlines, the text up to the next quote is the value, if valid.
	if end := indexByte(in[1:], quote); end >= 0 {
		end += 2
		body := in[1 : end-1]
		if indexByte(body, '\\') < 0 && indexByte(body, '\n') < 0 {
			valid := false
			if quote == '"' {
				valid = utf8.ValidString(body)
			} else {
				r, n := utf8.DecodeRuneInString(body)
				valid = n == len(body) && n > 0 && (r != utf8.RuneError || n != 1)
			}
			if valid {
				if unescape {
					return body, in[end:], nil
				}
				return in[:end], in[end:], nil
			}
		}
	} else {
		return "", in, ErrSyntax
	}
	// With escapes: decode character by character.
	whole := in
	in = in[1:]
	var buf []byte
	if unescape {
		buf = make([]byte, 0, 3*len(whole)/2)
	}
	for len(in) > 0 && in[0] != quote {
		if in[0] == '\n' {
			return "", whole, ErrSyntax
		}
		r, multibyte, tail, err := UnquoteChar(in, quote)
		if err != nil {
			return "", whole, ErrSyntax
		}
		in = tail
		if unescape {
			if r < utf8.RuneSelf || !multibyte {
				buf = append(buf, byte(r))
			} else {
				buf = utf8.AppendRune(buf, r)
			}
		}
		if quote == '\'' {
			// One character only.
			break
		}
	}
	if len(in) == 0 || in[0] != quote {
		return "", whole, ErrSyntax
	}
	in = in[1:]
	if unescape {
		return string(buf), in, nil
	}
	return whole[:len(whole)-len(in)], in, nil
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}
