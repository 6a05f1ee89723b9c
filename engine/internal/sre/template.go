package sre

import (
	"fmt"
	"strconv"
	"strings"

	"cascadelab/engine/internal/pyrepr"
)

// Part is a piece of a replacement template: literal text, or a group
// (Group >= 0) whose value is inserted.
type Part struct {
	Text  []rune
	Group int
}

// IndexError is the IndexError parse_template raises for an unknown group name.
type IndexError struct{ Msg string }

func (e *IndexError) Error() string { return e.Msg }

// Template parses a replacement string as sre_parse.parse_template does.
func (p *Pattern) Template(src []rune) (parts []Part, err error) {
	ps := &parser{src: src, isText: !p.bytes}
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok {
				panic(r)
			}
			parts, err = nil, e
		}
	}()
	ps.advance(0)
	var lit []rune
	addGroup := func(g, offset int) {
		if g > p.Groups {
			ps.fail(fmt.Sprintf("invalid group reference %d", g), offset)
		}
		if lit != nil {
			parts = append(parts, Part{Text: lit, Group: -1})
			lit = nil
		}
		parts = append(parts, Part{Group: g})
	}
	for {
		this := ps.get()
		if this == "" {
			break
		}
		if this[0] != '\\' {
			lit = append(lit, []rune(this)...)
			continue
		}
		c := this[1]
		switch {
		case c == 'g':
			if !ps.match("<") {
				ps.fail("missing <", 0)
			}
			name := ps.getUntil(">", "group name")
			n := len([]rune(name))
			if isIdentifier(name) {
				g, ok := p.GroupName[name]
				if !ok {
					panic(&IndexError{"unknown group name " + pyrepr.Str(name)})
				}
				addGroup(g, n+1)
				continue
			}
			g, err := strconv.Atoi(name)
			if err != nil || g < 0 || strings.TrimLeft(name, digits) != "" {
				ps.fail("bad character in group name "+pyrepr.Str(name), n+1)
			}
			addGroup(g, n+1)
		case c == '0':
			for k := 0; k < 2 && ps.next != "" && strings.Contains(octDigits, ps.next); k++ {
				this += ps.get()
			}
			v, _ := strconv.ParseUint(this[1:], 8, 32)
			lit = append(lit, rune(v&0xff))
		case strings.IndexByte(digits, c) >= 0:
			this, r, octal := ps.digitEscape(this)
			if octal {
				lit = append(lit, r)
				continue
			}
			g, _ := strconv.Atoi(this[1:])
			addGroup(g, len(this)-1)
		default:
			if r, ok := escapes[c]; ok {
				lit = append(lit, r)
			} else if isASCIILetter(c) {
				ps.fail("bad escape "+this, len([]rune(this)))
			} else {
				lit = append(lit, []rune(this)...)
			}
		}
	}
	if lit != nil {
		parts = append(parts, Part{Text: lit, Group: -1})
	}
	return parts, nil
}
