package interp

// libModules build the standard-library modules written in Go, one file
// (mod_NAME.go) each; a name the real module has and these lack is refused
// through the catalog when a script asks for it.
var libModules = []func() *Module{osModule, mathModule, operatorModule, functoolsModule}

// newModule is a module of functions and values.
func newModule(name string, fns []*Builtin, values map[string]Value) *Module {
	d := NewDict()
	for _, f := range fns {
		d.SetStr(f.Name, f)
	}
	for k, v := range values {
		d.SetStr(k, v)
	}
	return &Module{Name: name, Attrs: d}
}
