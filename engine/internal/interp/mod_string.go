package interp

import (
	"strings"
	"unicode"
)

// stringModule is string's constants, capwords, Template and Formatter.
func stringModule(th *Thread) *Module {
	const (
		lower  = "abcdefghijklmnopqrstuvwxyz"
		upper  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
		digits = "0123456789"
		punct  = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
		white  = " \t\n\r\x0b\x0c"
	)
	return newModule("string", []*Builtin{fn("capwords", func(th *Thread, c *Call) (Value, error) {
		a, err := th.args(c, "capwords", "s", "sep")
		if err != nil {
			return nil, err
		}
		s, ok := a[0].(string)
		if !ok {
			return nil, th.Raise(AttributeError, "'%s' object has no attribute 'split'", typeName(a[0]))
		}
		var words []string
		join := " "
		if a[1] == nil {
			words = strings.FieldsFunc(s, unicode.IsSpace)
		} else {
			sep, err := th.strArg(a[1], "sep")
			if err != nil {
				return nil, err
			}
			if sep == "" {
				return nil, th.Raise(ValueError, "empty separator")
			}
			words, join = strings.Split(s, sep), sep
		}
		for i, w := range words {
			r := []rune(strings.ToLower(w))
			if len(r) > 0 {
				r[0] = unicode.ToTitle(r[0])
			}
			words[i] = string(r)
		}
		return strings.Join(words, join), nil
	})}, map[string]Value{
		"Template": templateClass(), "Formatter": formatterClass(), "ascii_lowercase": lower, "ascii_uppercase": upper, "ascii_letters": lower + upper, "digits": digits,
		"hexdigits": digits + "abcdefABCDEF", "octdigits": "01234567", "punctuation": punct, "whitespace": white,
		"printable": digits + lower + upper + punct + white,
	})
}
