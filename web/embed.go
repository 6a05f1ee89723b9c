// Package web holds the playground: its sources are built with npm and
// esbuild into build/, which is embedded here so that the cascadelab binary
// serves the site on its own.
package web

import (
	"embed"
	"io/fs"
)

//go:embed all:build
var build embed.FS

// Site is the built playground, or false when build/ holds no site yet
// (make serve builds it).
func Site() (fs.FS, bool) {
	sub, err := fs.Sub(build, "build")
	if err != nil {
		return nil, false
	}
	if _, err := fs.Stat(sub, "index.html"); err != nil {
		return nil, false
	}
	return sub, true
}
