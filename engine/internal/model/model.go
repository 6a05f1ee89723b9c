// Package model locates what the mapped classes declare in the source that
// declared them, for the phases that explain or rewrite a model.
package model

import (
	"cascadelab/engine/internal/orm"
	"cascadelab/engine/internal/py"
)

// RelCall finds the call that declares r: its relationship(...), or the
// backref(...) inside the other side's call. For backref="name" it returns
// that keyword instead, with a nil call.
func RelCall(mod *py.Module, r *orm.Relationship) (*py.Call, *py.Keyword) {
	c := py.FindCall(mod, r.Span)
	if c == nil || !r.FromBackref {
		return c, nil
	}
	k := c.Keyword("backref")
	if k == nil {
		return nil, nil
	}
	if bc, ok := k.Value.(*py.Call); ok {
		return bc, nil
	}
	return nil, k
}
