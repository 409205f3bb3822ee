//go:build !linux

package main

// preferHugePages does nothing: see hugepages_linux.go.
func preferHugePages() {}
