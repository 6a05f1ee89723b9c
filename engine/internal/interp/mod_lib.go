package interp

// libModule builds the standard-library modules written in Go, one file
// (mod_NAME.go) each; a name the real module has and these lack is refused
// through the catalog when a script asks for it.
func libModule(name string) func(th *Thread) *Module {
	switch name {
	case "os":
		return osModule
	case "math":
		return mathModule
	case "operator":
		return operatorModule
	case "functools":
		return functoolsModule
	case "sys":
		return sysModule
	case "itertools":
		return itertoolsModule
	case "string":
		return stringModule
	case "collections":
		return collectionsModule
	case "collections.abc":
		return collectionsAbcModule
	case "enum":
		return enumModule
	case "abc":
		return abcModule
	case "json":
		return jsonModule
	case "random":
		return randomModule
	case "dataclasses":
		return dataclassesModule
	case "uuid":
		return uuidModule
	case "copy":
		return copyModule
	case "traceback":
		return tracebackModule
	case "logging":
		return loggingModule
	case "time":
		return timeModule
	case "contextlib":
		return contextlibModule
	case "io":
		return ioModule
	case "textwrap":
		return textwrapModule
	case "warnings":
		return warningsModule
	case "datetime":
		return datetimeModule
	case "pprint":
		return pprintModule
	case "decimal":
		return decimalModule
	case "fractions":
		return fractionsModule
	case "statistics":
		return statisticsModule
	case "heapq":
		return heapqModule
	case "bisect":
		return bisectModule
	case "base64":
		return base64Module
	case "binascii":
		return binasciiModule
	case "posixpath":
		return pathModule
	case "hmac":
		return hmacModule
	case "secrets":
		return secretsModule
	case "reprlib":
		return reprlibModule
	case "calendar":
		return calendarModule
	case "csv":
		return csvModule
	case "pathlib":
		return pathlibModule
	case "hashlib":
		return hashlibModule
	case "re":
		return reModuleOf
	case "argparse":
		return argparseModule
	}
	return nil
}

// lib is the run's own instance of a library module (nil if there is none):
// their state (os.environ, sys.argv) belongs to one run, never to the next.
func (th *Thread) lib(name string) *Module {
	if m := th.libs[name]; m != nil {
		return m
	}
	mk := libModule(name)
	if mk == nil {
		return nil
	}
	if th.libs == nil {
		th.libs = map[string]*Module{}
	}
	m := mk(th)
	th.libs[name] = m
	// its types are what type() of their instances gives: type(x) is io.StringIO
	for _, v := range m.Attrs.vals {
		if t, ok := v.(*builtinType); ok {
			for _, key := range []string{t.module + "." + t.name, "." + t.name} {
				if th.types[key] == nil {
					th.typeCache()[key] = t
				}
			}
		}
	}
	return m
}

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
