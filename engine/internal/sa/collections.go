package sa

import "cascadelab/engine/internal/interp"

// keyedColl is what attribute_keyed_dict(...) and the other factories of
// sqlalchemy.orm.collections return: a collection_class making a
// dictionary keyed per member. A relationship may name one; the engine
// refuses it when the mappers are configured, as its collections are lists.
type keyedColl struct{ fn string }

func (k *keyedColl) TypeName() string { return "type" } // a KeyFuncDict subclass

// keyedCollections are the dictionary collection factories, in
// sqlalchemy.orm.collections and sqlalchemy.orm alike.
func keyedCollections() map[string]interp.Value {
	out := map[string]interp.Value{}
	for _, n := range []string{"attribute_keyed_dict", "attribute_mapped_collection", "column_keyed_dict", "column_mapped_collection", "keyfunc_mapping", "mapped_collection"} {
		out[n] = builtin(n, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args) != 1 {
				return nil, typeErr(th, "%s() takes 1 positional argument but %d were given", n, len(c.Args))
			}
			return &keyedColl{fn: n}, nil
		})
	}
	return out
}
