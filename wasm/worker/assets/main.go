// Command assets writes the worker's static assets: the built site (web/build)
// without its pre-compressed copies (Cloudflare compresses on its own), and a
// _headers file so that Workers static assets answer every file directly,
// with the headers cascadelab serve gives it, and never through the Go worker
// (copying a 17.9 MB wasm through Go memory is slow and takes the isolate's memory).
//
// Usage: go run ./wasm/worker/assets SITE OUT
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"cascadelab/web/server"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: assets SITE OUT")
		os.Exit(2)
	}
	if err := write(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "assets:", err)
		os.Exit(1)
	}
}

func write(site, out string) error {
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	var names []string
	err := filepath.WalkDir(site, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(site, p)
		if strings.HasSuffix(rel, ".br") || strings.HasSuffix(rel, ".gz") || filepath.Base(rel) == ".keep" {
			return nil
		}
		names = append(names, filepath.ToSlash(rel))
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		dst := filepath.Join(out, rel)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
	if err != nil {
		return err
	}
	if len(names) == 0 {
		return fmt.Errorf("%s holds no files: build the site first (make web)", site)
	}
	return os.WriteFile(filepath.Join(out, "_headers"), []byte(server.AssetHeaders(names)), 0o644)
}
