package main

func *main() {
}
