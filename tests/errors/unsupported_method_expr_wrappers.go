package main

// Method expressions that name a wrapper gc generates (a promoted method, (*T).M of a value
// method, an interface method) are outside gocrane's subset: the escape tags gc uses for them
// depend on when it compiles the wrapper.

type T struct{ n int }

func (t T) Get() int { return t.n }

type Outer struct{ T }

func main() {
	f := Outer.Get
	_ = f
}
