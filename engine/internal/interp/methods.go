package interp

// methodOf returns the bound built-in method name of v, or nil.
func methodOf(th *Thread, v Value, name string) Value {
	m := func(f func(th *Thread, c *Call) (Value, error)) Value { return fn(name, f) }
	switch x := v.(type) {
	case string:
		return strMethod(x, name, m)
	case *List:
		return listMethod(x, name, m)
	case *Dict:
		return dictMethod(x, name, m)
	case Tuple:
		switch name {
		case "index", "count":
			l := &List{Items: x}
			return listMethod(l, name, m)
		}
	case *setObj:
		switch name {
		case "add":
			return m(func(th *Thread, c *Call) (Value, error) {
				if err := argN(th, c, "add", 1, 1); err != nil {
					return nil, err
				}
				return nil, x.d.Set(th, c.Args[0], true)
			})
		}
	}
	return nil
}
