package names

import "testing"

func TestAlpha(t *testing.T)           {}
func TestAlpha2(t *testing.T)          {}
func TestAlphabet(t *testing.T)        {}
func TestBeta(t *testing.T)            {}
func TestBeta_x(t *testing.T)          {}
func TestBetaMax(t *testing.T)         {}
func TestΓamma(t *testing.T)           {}
func TestΔelta(t *testing.T)           {}
func TestÉcole(t *testing.T)           {}
func TestÜber(t *testing.T)            {}
func TestCASE(t *testing.T)            {}
func TestCase(t *testing.T)            {}
func TestCaseInsensitive(t *testing.T) {}
func TestDigits123(t *testing.T)       {}
func TestDigits9(t *testing.T)         {}
func Test42(t *testing.T)              {}
func Test_underscore(t *testing.T)     {}
func Test__double(t *testing.T)        {}
func TestKelvin(t *testing.T)          {}
func TestKilo(t *testing.T)            {}
func TestLong(t *testing.T)            {}
func TestLonger(t *testing.T)          {}
func TestLongest(t *testing.T)         {}
func TestX(t *testing.T)               {}
func TestXY(t *testing.T)              {}
func TestXYZ(t *testing.T)             {}
func TestAaa(t *testing.T)             {}
func TestAaaa(t *testing.T)            {}
func TestAbab(t *testing.T)            {}
func TestOmega(t *testing.T)           {}
func TestΩmega(t *testing.T)           {}
func TestSigmaΣ(t *testing.T)          {}
func TestSigmaς(t *testing.T)          {}
func TestDot(t *testing.T)             {}
func TestEnd(t *testing.T)             {}
func TestEndZ(t *testing.T)            {}
func TestZeta(t *testing.T)            {}
func Test(t *testing.T)                {}

func TestSub(t *testing.T) {
	t.Run("sub case", func(t *testing.T) {})
	t.Run("Ünïcode", func(t *testing.T) {})
	t.Run("Other", func(t *testing.T) {})
	t.Run("x=1", func(t *testing.T) {})
	t.Run("x=10", func(t *testing.T) {})
}

func TestTree(t *testing.T) {
	t.Run("Left", func(t *testing.T) {
		t.Run("leaf", func(t *testing.T) {})
		t.Run("Leaf2", func(t *testing.T) {})
	})
	t.Run("Right", func(t *testing.T) {
		t.Run("leaf", func(t *testing.T) {})
	})
	t.Run("γ", func(t *testing.T) {})
}

func TestRepeat(t *testing.T) {
	t.Run("dup", func(t *testing.T) {})
	t.Run("dup", func(t *testing.T) {})
	t.Run("", func(t *testing.T) {})
}

func BenchmarkAlpha(b *testing.B) {}

func Example_greek() {
	// Output:
}
