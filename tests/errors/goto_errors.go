package main

// gc's syntax package checks gotos: a forward goto must not jump over a variable
// declaration of the label's block, nor into a block, and its label must exist.

func main() {
	i := 0
loop:
	if i < 3 {
		println(i)
		i++
		goto loop
	}
	switch {
	case i > 0:
		goto done
	}
	var a, b = 1, 2
	_, _ = a, b
done:
	println("done")
	{
		goto out
	}
out:
	goto inner
	{
	inner:
	}
	c, d := 3, 4
	goto end
	e := 5
	_, _, _ = c, d, e
end:
	goto nowhere
}
