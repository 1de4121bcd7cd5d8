package &

func main() {
}
