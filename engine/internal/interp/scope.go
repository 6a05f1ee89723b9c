package interp

import "cascadelab/engine/internal/py"

// funcInfo is what Python's compiler knows about a function before it
// runs: which names are its locals, which it declared global or nonlocal,
// and whether a yield makes it a generator.
type funcInfo struct {
	locals    map[string]bool
	globals   map[string]bool
	nonlocals map[string]bool
	generator bool
	// order is the locals in the order the code binds them first, the
	// parameters first (co_varnames' order, for locals()).
	order []string
}

func (fi *funcInfo) bind(name string) {
	if !fi.locals[name] {
		fi.locals[name] = true
		fi.order = append(fi.order, name)
	}
}

// analyze computes a function's funcInfo from its parameters and body (or
// a lambda's expression).
func analyze(args *py.Arguments, body []py.Stmt, expr py.Expr) *funcInfo {
	fi := &funcInfo{locals: map[string]bool{}, globals: map[string]bool{}, nonlocals: map[string]bool{}}
	for _, list := range [][]*py.Arg{args.Args, args.KwOnly, {args.Vararg, args.Kwarg}} {
		for _, a := range list {
			if a != nil {
				fi.bind(a.Name)
			}
		}
	}
	var bind func(t py.Expr)
	bind = func(t py.Expr) {
		switch t := t.(type) {
		case *py.Name:
			fi.bind(t.Id)
		case *py.Tuple:
			for _, e := range t.Elts {
				bind(e)
			}
		case *py.List:
			for _, e := range t.Elts {
				bind(e)
			}
		case *py.Starred:
			bind(t.Value)
		}
	}
	visit := func(n py.Node) bool {
		switch n := n.(type) {
		case *py.FunctionDef:
			fi.bind(n.Name)
			return false
		case *py.ClassDef:
			fi.bind(n.Name)
			return false
		case *py.Lambda:
			return false
		case *py.Assign:
			for _, t := range n.Targets {
				bind(t)
			}
		case *py.AugAssign:
			bind(n.Target)
		case *py.AnnAssign:
			bind(n.Target)
		case *py.For:
			bind(n.Target)
		case *py.With:
			for _, it := range n.Items {
				if it.Vars != nil {
					bind(it.Vars)
				}
			}
		case *py.Delete:
			for _, t := range n.Targets {
				bind(t)
			}
		case *py.ExceptHandler:
			if n.Name != "" {
				fi.bind(n.Name)
			}
		case *py.Import:
			for _, a := range n.Names {
				if a.Asname != "" {
					fi.bind(a.Asname)
				} else {
					fi.bind(firstName(a.Name))
				}
			}
		case *py.ImportFrom:
			for _, a := range n.Names {
				if a.Asname != "" {
					fi.bind(a.Asname)
				} else {
					fi.bind(a.Name)
				}
			}
		case *py.NamedExpr:
			fi.bind(n.Target.Id)
		case *py.Global:
			for _, name := range n.Names {
				if n.Nonlocal {
					fi.nonlocals[name] = true
				} else {
					fi.globals[name] = true
				}
			}
		case *py.Yield:
			fi.generator = true
		case *py.MatchAs:
			if n.Name != "" {
				fi.bind(n.Name)
			}
		case *py.MatchStar:
			if n.Name != "" {
				fi.bind(n.Name)
			}
		case *py.MatchMapping:
			if n.Rest != "" {
				fi.bind(n.Rest)
			}
		}
		return true
	}
	for _, s := range body {
		py.Inspect(s, visit)
	}
	if expr != nil {
		py.Inspect(expr, visit)
	}
	for name := range fi.globals {
		delete(fi.locals, name)
	}
	for name := range fi.nonlocals {
		delete(fi.locals, name)
	}
	return fi
}

func firstName(dotted string) string {
	for i := 0; i < len(dotted); i++ {
		if dotted[i] == '.' {
			return dotted[:i]
		}
	}
	return dotted
}

// enclosing is the scope a nonlocal name lives in: the nearest enclosing
// function scope that binds it.
func (sc *scope) enclosing(name string) *scope {
	for s := sc.parent; s != nil && s.parent != nil; s = s.parent {
		if s.class || s.comp {
			continue
		}
		if s.info != nil && s.info.locals[name] {
			return s
		}
		if _, ok := s.vars[name]; ok {
			return s
		}
	}
	return nil
}
