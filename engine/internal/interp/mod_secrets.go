package interp

import (
	crand "crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"math/big"

	"cascadelab/engine/internal/py"
)

// secretsModule is secrets: tokens from the system's entropy, and choice,
// randbelow and randbits from a generator seeded from it, as random as
// CPython's SystemRandom (a script's tokens differ run to run in both).
func secretsModule(th *Thread) *Module {
	r := newMT()
	r.seedEntropy()
	token := func(name string, enc func([]byte) Value) *Builtin {
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, name, "nbytes")
			if err != nil {
				return nil, err
			}
			n, err := th.intArg(a[0], 32)
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, th.Raise(ValueError, "negative argument not allowed")
			}
			if err := th.alloc(n); err != nil {
				return nil, err
			}
			b := make([]byte, n)
			crand.Read(b)
			return enc(b), nil
		})
	}
	compare, _ := th.lib("hmac").Attrs.GetStr("compare_digest")
	return newModule("secrets", []*Builtin{
		token("token_bytes", func(b []byte) Value { return Bytes(b) }),
		token("token_hex", func(b []byte) Value { return hex.EncodeToString(b) }),
		token("token_urlsafe", func(b []byte) Value { return base64.RawURLEncoding.EncodeToString(b) }),
		fn("randbelow", func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, "randbelow", "exclusive_upper_bound")
			if err != nil {
				return nil, err
			}
			if a[0] == nil && len(c.Args)+len(c.Kw) == 0 {
				return nil, th.Raise(TypeError, "randbelow() missing 1 required positional argument: 'exclusive_upper_bound'")
			}
			le, err := th.compare(py.LtE, a[0], int64(0))
			if err != nil {
				return nil, err
			}
			if t, err := th.truth(le); err != nil || t {
				if err == nil {
					err = th.Raise(ValueError, "Upper bound must be positive.")
				}
				return nil, err
			}
			if _, big := a[0].(*big.Int); !big && !isInt(a[0]) {
				return nil, th.Raise(AttributeError, "'%s' object has no attribute 'bit_length'", typeName(a[0]))
			}
			return normInt(r.below(bigOf(a[0]))), nil
		}),
	}, map[string]Value{
		"choice": r.method("choice"), "randbits": r.method("getrandbits"), "DEFAULT_ENTROPY": int64(32),
		"compare_digest": compare,
	})
}
