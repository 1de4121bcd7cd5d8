// Package withmain has a TestMain.
package withmain

var ready bool
