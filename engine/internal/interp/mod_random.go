package interp

import (
	crand "crypto/rand"
	"crypto/sha512"
	"encoding/binary"
	"math"
	"math/big"
	"slices"
	"sort"

	"cascadelab/engine/internal/libm"
	"cascadelab/engine/internal/py"
)

// randomModule is random as CPython 3.11 has it: the same Mersenne Twister,
// seeded the same way, and the same algorithms on top of it, so a seeded
// script draws CPython's numbers. Unseeded, the generator is seeded from the
// system's entropy as CPython's is: its numbers are truly random, never made
// to look like a recording. The module's functions are one hidden Random's
// methods; Random(seed) makes another.
func randomModule(th *Thread) *Module {
	r := newMT()
	r.seedEntropy()
	values := map[string]Value{"Random": randomClass()}
	for name := range randomMethods {
		values[name] = r.method(name)
	}
	return newModule("random", nil, values)
}

// mt is one random.Random: MT19937 and gauss's spare value. An instance
// of the Random class (self) keeps the spare in its gauss_next attribute
// and draws through the methods its class overrides, as random.py's
// Python-level methods call self.random(), self.getrandbits() and
// self._randbelow(); th and self are set while one of its methods runs.
type mt struct {
	state     [624]uint32
	index     int
	gaussNext Value
	th        *Thread
	self      *Instance
	cls       *Class // random.Random, whose own methods are not overrides
}

func newMT() *mt { return &mt{} }

// randErr carries an exception raised by a script's override out of the
// draws (which return no errors) to the method that started them.
type randErr struct{ err error }

// randomClass is random.Random: its instances hold an mt, zeroed until
// seeded as CPython's (a subclass's __init__ that never seeds draws 0.0).
// random() and getrandbits() are its C base's, _random.Random.
func randomClass() *Class {
	base := nativeClass("Random", "_random", nil)
	c := nativeClass("Random", "random", base)
	self := func(th *Thread, call *Call, name string) (*Instance, *mt, error) {
		if len(call.Args) == 0 {
			return nil, nil, th.Raise(TypeError, "descriptor '%s' of '_random.Random' object needs an argument", name)
		}
		inst, ok := call.Args[0].(*Instance)
		if !ok || !inst.Class.IsSubclass(c) {
			return nil, nil, th.Raise(TypeError, "descriptor '%s' for '_random.Random' objects doesn't apply to a '%s' object", name, typeName(call.Args[0]))
		}
		r, _ := inst.Host.(*mt)
		if r == nil {
			r = newMT()
			inst.Host = r
		}
		r.cls = c
		return inst, r, nil
	}
	for name, m := range randomMethods {
		k := c
		if name == "random" || name == "getrandbits" {
			k = base
		}
		k.setMethod(name, func(th *Thread, call *Call) (Value, error) {
			inst, r, err := self(th, call, name)
			if err != nil {
				return nil, err
			}
			return r.run(th, inst, func() (Value, error) { return m(th, r, &Call{Args: call.Args[1:], Kw: call.Kw, Span: call.Span}) })
		})
	}
	c.setMethod("__init__", func(th *Thread, call *Call) (Value, error) {
		inst, _, err := self(th, call, "__init__")
		if err != nil {
			return nil, err
		}
		if len(call.Args) > 2 {
			return nil, th.Raise(TypeError, "Random.__init__() takes from 1 to 2 positional arguments but %d were given", len(call.Args))
		}
		a, err := th.args(&Call{Args: call.Args[1:], Kw: call.Kw}, "Random.__init__", "x")
		if err != nil {
			return nil, err
		}
		seed, err := th.getAttr(inst, "seed")
		if err == nil {
			_, err = th.Call(seed, a, nil)
		}
		if err == nil {
			inst.Dict.SetStr("gauss_next", nil)
		}
		return nil, err
	})
	return c
}

// run runs one of self's methods, catching a randErr its draws raised.
func (r *mt) run(th *Thread, self *Instance, f func() (Value, error)) (v Value, err error) {
	th0, self0 := r.th, r.self
	r.th, r.self = th, self
	defer func() {
		r.th, r.self = th0, self0
		if p := recover(); p != nil {
			e, ok := p.(randErr)
			if !ok {
				panic(p)
			}
			v, err = nil, e.err
		}
	}()
	return f()
}

// over is self's method name when it is not Random's own (a subclass's
// override, or an instance attribute), else nil.
func (r *mt) over(name string) Value {
	if r.self == nil {
		return nil
	}
	m, err := r.th.getAttr(r.self, name)
	if err != nil {
		panic(randErr{err})
	}
	own, _ := r.cls.Lookup(name)
	if b, ok := m.(*boundMethod); ok && b.fn == own {
		return nil
	}
	return m
}

// callOver calls an override, its result checked by want (a refusal
// naming what the draws cannot take).
func (r *mt) callOver(m Value, want func(Value) bool, what string, args ...Value) Value {
	v, err := r.th.Call(m, args, nil)
	if err == nil && !want(v) {
		err = r.th.Unsupported("%s returning a %s", what, typeName(v))
	}
	if err != nil {
		panic(randErr{err})
	}
	return v
}

// spare is gauss's spare value: self.gauss_next on an instance.
func (r *mt) spare() Value {
	if r.self == nil {
		return r.gaussNext
	}
	v, err := r.th.getAttr(r.self, "gauss_next")
	if err != nil {
		panic(randErr{err})
	}
	return v
}

func (r *mt) setSpare(v Value) {
	if r.self == nil {
		r.gaussNext = v
	} else {
		r.self.Dict.SetStr("gauss_next", v)
	}
}

func (r *mt) TypeName() string { return "Random" }

func (r *mt) method(name string) *Builtin {
	m := randomMethods[name]
	return fn(name, func(th *Thread, c *Call) (Value, error) { return m(th, r, c) })
}

func (r *mt) initGenrand(s uint32) {
	r.state[0] = s
	for i := 1; i < 624; i++ {
		r.state[i] = 1812433253*(r.state[i-1]^(r.state[i-1]>>30)) + uint32(i)
	}
	r.index = 624
}

// initByArray is CPython's init_by_array (_randommodule.c).
func (r *mt) initByArray(key []uint32) {
	r.initGenrand(19650218)
	i, j := 1, 0
	k := max(624, len(key))
	for ; k > 0; k-- {
		r.state[i] = (r.state[i] ^ ((r.state[i-1] ^ (r.state[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= 624 {
			r.state[0] = r.state[623]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = 623; k > 0; k-- {
		r.state[i] = (r.state[i] ^ ((r.state[i-1] ^ (r.state[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= 624 {
			r.state[0] = r.state[623]
			i = 1
		}
	}
	r.state[0] = 0x80000000
	r.gaussNext = nil
}

func (r *mt) seedEntropy() {
	var b [624 * 4]byte
	crand.Read(b[:])
	key := make([]uint32, 624)
	for i := range key {
		key[i] = binary.LittleEndian.Uint32(b[i*4:])
	}
	r.initByArray(key)
}

// seedInt seeds with the absolute value of n, as 32-bit words from the lowest.
func (r *mt) seedInt(n *big.Int) {
	n = new(big.Int).Abs(n)
	key := []uint32{}
	for _, w := range n.Bits() {
		for v, i := uint64(w), 0; i < bitsPerWord/32; i, v = i+1, v>>32 {
			key = append(key, uint32(v))
		}
	}
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	r.initByArray(key)
}

const bitsPerWord = 32 << (^uint(0) >> 63)

func (r *mt) uint32() uint32 {
	if r.index >= 624 {
		const upper, lower = 0x80000000, 0x7fffffff
		mag := [2]uint32{0, 0x9908b0df}
		var kk int
		for kk = 0; kk < 624-397; kk++ {
			y := r.state[kk]&upper | r.state[kk+1]&lower
			r.state[kk] = r.state[kk+397] ^ y>>1 ^ mag[y&1]
		}
		for ; kk < 623; kk++ {
			y := r.state[kk]&upper | r.state[kk+1]&lower
			r.state[kk] = r.state[kk+(397-624)] ^ y>>1 ^ mag[y&1]
		}
		y := r.state[623]&upper | r.state[0]&lower
		r.state[623] = r.state[396] ^ y>>1 ^ mag[y&1]
		r.index = 0
	}
	y := r.state[r.index]
	r.index++
	y ^= y >> 11
	y ^= y << 7 & 0x9d2c5680
	y ^= y << 15 & 0xefc60000
	y ^= y >> 18
	return y
}

// random is self.random(): the generator's unless overridden.
func (r *mt) random() float64 {
	if m := r.over("random"); m != nil {
		return r.callOver(m, func(v Value) bool { _, ok := v.(float64); return ok }, "Random.random()").(float64)
	}
	return r.raw()
}

func (r *mt) raw() float64 {
	a, b := r.uint32()>>5, r.uint32()>>6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// bits is getrandbits(k), k > 0.
func (r *mt) bits(k int) *big.Int {
	if k <= 32 {
		return big.NewInt(int64(r.uint32() >> (32 - k)))
	}
	out := new(big.Int)
	for i := 0; k > 0; i, k = i+1, k-32 {
		w := r.uint32()
		if k < 32 {
			w >>= 32 - k
		}
		out.Or(out, new(big.Int).Lsh(big.NewInt(int64(w)), uint(32*i)))
	}
	return out
}

// getbits is self.getrandbits(k): the generator's unless overridden.
func (r *mt) getbits(k int) *big.Int {
	if m := r.over("getrandbits"); m != nil {
		return bigOf(r.callOver(m, isInt, "Random.getrandbits()", int64(k)))
	}
	return r.bits(k)
}

// below is self._randbelow(n), n > 0: with getrandbits, unless a subclass
// overrides _randbelow, or random() nearer than getrandbits along its MRO
// (which random.py's __init_subclass__ decides).
func (r *mt) below(n *big.Int) *big.Int {
	for _, k := range r.mro() {
		if _, ok := k.Dict.GetStr("_randbelow"); ok {
			return bigOf(r.callOver(r.over("_randbelow"), isInt, "Random._randbelow()", normInt(n)))
		}
		if _, ok := k.Dict.GetStr("getrandbits"); ok {
			break
		}
		if _, ok := k.Dict.GetStr("random"); ok {
			return r.belowRandom(n)
		}
	}
	k := n.BitLen()
	x := r.getbits(k)
	for x.Cmp(n) >= 0 {
		x = r.getbits(k)
	}
	return x
}

// mro is self's classes below random.Random.
func (r *mt) mro() []*Class {
	if r.self == nil {
		return nil
	}
	m := r.self.Class.MRO
	return m[:slices.Index(m, r.cls)]
}

// belowRandom is _randbelow_without_getrandbits: from random()'s 53 bits.
func (r *mt) belowRandom(n *big.Int) *big.Int {
	const maxsize = 1 << 53
	if !n.IsInt64() || n.Int64() >= maxsize {
		panic(randErr{r.th.Unsupported("_randbelow() past 2**53 from random() alone (CPython warns and loses bits)")})
	}
	rem := maxsize % n.Int64()
	limit := float64(maxsize-rem) / maxsize
	x := r.random()
	for x >= limit {
		x = r.random()
	}
	return big.NewInt(int64(math.Floor(x*maxsize)) % n.Int64())
}

func (r *mt) belowInt(n int) int { return int(r.below(big.NewInt(int64(n))).Int64()) }

var randomMethods map[string]func(th *Thread, r *mt, c *Call) (Value, error)

func init() {
	randomMethods = map[string]func(th *Thread, r *mt, c *Call) (Value, error){
		"seed": randomSeed,
		"random": func(th *Thread, r *mt, c *Call) (Value, error) {
			if err := argN(th, c, "random", 0, 0); err != nil {
				return nil, err
			}
			return r.raw(), nil
		},
		"getrandbits": func(th *Thread, r *mt, c *Call) (Value, error) {
			a, err := th.args(c, "getrandbits", "k")
			if err != nil {
				return nil, err
			}
			k, err := th.intArg(a[0], 0)
			if err != nil {
				return nil, err
			}
			if k < 0 {
				return nil, th.Raise(ValueError, "number of bits must be non-negative")
			}
			if k == 0 {
				return int64(0), nil
			}
			if err := th.checkBits(k); err != nil {
				return nil, err
			}
			return normInt(r.bits(int(k))), nil
		},
		"getstate": func(th *Thread, r *mt, c *Call) (Value, error) {
			if err := argN(th, c, "getstate", 0, 0); err != nil {
				return nil, err
			}
			// (3, the 624 words and the position, gauss's spare), as CPython's
			words := make(Tuple, 0, len(r.state)+1)
			for _, w := range r.state {
				words = append(words, int64(w))
			}
			return Tuple{int64(3), append(words, int64(r.index)), r.spare()}, nil
		},
		"setstate": func(th *Thread, r *mt, c *Call) (Value, error) {
			if err := argN(th, c, "setstate", 1, 1); err != nil {
				return nil, err
			}
			// random.py: the version, then the three parts unpacked
			version, err := th.getItem(c.Args[0], int64(0))
			if err != nil {
				return nil, err
			}
			if v, _ := smallInt(version); v != 2 && v != 3 || !isInt(version) {
				r, err := th.str(version)
				if err != nil {
					return nil, err
				}
				return nil, th.Raise(ValueError, "state with version %s passed to Random.setstate() of version 3", r)
			}
			st, err := th.iterate(c.Args[0])
			if err != nil {
				return nil, err
			}
			if len(st) != 3 {
				if len(st) > 3 {
					return nil, th.Raise(ValueError, "too many values to unpack (expected 3)")
				}
				return nil, th.Raise(ValueError, "not enough values to unpack (expected 3, got %d)", len(st))
			}
			if v, _ := smallInt(version); v == 2 {
				return nil, th.Unsupported("Random.setstate() of a version 2 state")
			}
			r.setSpare(st[2])
			words, ok := st[1].(Tuple)
			if !ok {
				return nil, th.Raise(TypeError, "state vector must be a tuple")
			}
			if len(words) != len(r.state)+1 {
				return nil, th.Raise(ValueError, "state vector is the wrong size")
			}
			var next mt
			for i, w := range words {
				n, ok := smallInt(w)
				if !ok || n < 0 || n > 0xffffffff || i == len(r.state) && n > int64(len(r.state)) {
					return nil, th.Raise(ValueError, "invalid state")
				}
				if i < len(r.state) {
					next.state[i] = uint32(n)
				} else {
					next.index = int(n)
				}
			}
			copy(r.state[:], next.state[:])
			r.index = next.index
			return nil, nil
		},
		"randbytes": func(th *Thread, r *mt, c *Call) (Value, error) {
			a, err := th.args(c, "randbytes", "n")
			if err != nil {
				return nil, err
			}
			n, err := th.intArg(a[0], 0)
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, th.Raise(ValueError, "number of bits must be non-negative")
			}
			if n == 0 {
				return Bytes(""), nil
			}
			if err := th.checkBits(n * 8); err != nil {
				return nil, err
			}
			// getrandbits(n * 8).to_bytes(n, 'little')
			b := r.getbits(int(n * 8)).FillBytes(make([]byte, n))
			slices.Reverse(b)
			return Bytes(b), nil
		},
		"randrange": func(th *Thread, r *mt, c *Call) (Value, error) {
			a, err := th.args(c, "randrange", "start", "stop", "step")
			if err != nil {
				return nil, err
			}
			return randrange(th, r, a[0], a[1], a[2])
		},
		"randint": func(th *Thread, r *mt, c *Call) (Value, error) {
			a, err := th.args(c, "randint", "a", "b")
			if err != nil {
				return nil, err
			}
			if a[0] == nil || a[1] == nil {
				return nil, th.Raise(TypeError, "Random.randint() missing 1 required positional argument: 'b'")
			}
			hi, err := th.binaryOp(py.Add, a[1], int64(1))
			if err != nil {
				return nil, err
			}
			if m := r.over("randrange"); m != nil {
				return th.Call(m, []Value{a[0], hi}, nil)
			}
			return randrange(th, r, a[0], hi, nil)
		},
		"choice": func(th *Thread, r *mt, c *Call) (Value, error) {
			a, err := th.args(c, "choice", "seq")
			if err != nil {
				return nil, err
			}
			n, err := th.length(a[0])
			if err != nil {
				return nil, err
			}
			if n == 0 {
				return nil, th.Raise(IndexError, "Cannot choose from an empty sequence")
			}
			return th.getItem(a[0], int64(r.belowInt(n)))
		},
		"shuffle": func(th *Thread, r *mt, c *Call) (Value, error) {
			a, err := th.args(c, "shuffle", "x")
			if err != nil {
				return nil, err
			}
			n, err := th.length(a[0])
			if err != nil {
				return nil, err
			}
			for i := n - 1; i > 0; i-- {
				j := r.belowInt(i + 1)
				x, err := th.getItem(a[0], int64(i))
				if err != nil {
					return nil, err
				}
				y, err := th.getItem(a[0], int64(j))
				if err != nil {
					return nil, err
				}
				if err := th.setItem(a[0], int64(i), y); err != nil {
					return nil, err
				}
				if err := th.setItem(a[0], int64(j), x); err != nil {
					return nil, err
				}
			}
			return nil, nil
		},
		"sample":  randomSample,
		"choices": randomChoices,
		"uniform": func(th *Thread, r *mt, c *Call) (Value, error) {
			f, err := floatArgs(th, c, "uniform", "a", "b")
			if err != nil {
				return nil, err
			}
			return f[0] + (f[1]-f[0])*r.random(), nil
		},
		"gauss": func(th *Thread, r *mt, c *Call) (Value, error) {
			f, err := normalArgs(th, c, "gauss")
			if err != nil {
				return nil, err
			}
			z, ok := r.spare().(float64)
			r.setSpare(nil)
			if !ok {
				x2pi := r.random() * 2 * math.Pi
				g2rad := math.Sqrt(-2.0 * libm.Log(1.0-r.random()))
				z = math.Cos(x2pi) * g2rad
				r.setSpare(math.Sin(x2pi) * g2rad)
			}
			return f[0] + z*f[1], nil
		},
		"normalvariate": func(th *Thread, r *mt, c *Call) (Value, error) {
			f, err := normalArgs(th, c, "normalvariate")
			if err != nil {
				return nil, err
			}
			return f[0] + r.normal()*f[1], nil
		},
		"lognormvariate": func(th *Thread, r *mt, c *Call) (Value, error) {
			f, err := floatArgs(th, c, "lognormvariate", "mu", "sigma")
			if err != nil {
				return nil, err
			}
			if m := r.over("normalvariate"); m != nil {
				z, err := th.Call(m, []Value{f[0], f[1]}, nil)
				if err != nil {
					return nil, err
				}
				x, err := th.toFloat(z)
				return libm.Exp(x), err
			}
			return libm.Exp(f[0] + r.normal()*f[1]), nil
		},
		"paretovariate": func(th *Thread, r *mt, c *Call) (Value, error) {
			f, err := floatArgs(th, c, "paretovariate", "alpha")
			if err != nil {
				return nil, err
			}
			if f[0] == 0 {
				return nil, th.Raise(ZeroDivisionError, "float division by zero")
			}
			return libm.Pow(1.0-r.random(), -1.0/f[0]), nil
		},
		"weibullvariate": func(th *Thread, r *mt, c *Call) (Value, error) {
			f, err := floatArgs(th, c, "weibullvariate", "alpha", "beta")
			if err != nil {
				return nil, err
			}
			if f[1] == 0 {
				return nil, th.Raise(ZeroDivisionError, "float division by zero")
			}
			return f[0] * libm.Pow(-libm.Log(1.0-r.random()), 1.0/f[1]), nil
		},
		"expovariate": func(th *Thread, r *mt, c *Call) (Value, error) {
			f, err := floatArgs(th, c, "expovariate", "lambd")
			if err != nil {
				return nil, err
			}
			if f[0] == 0 {
				return nil, th.Raise(ZeroDivisionError, "float division by zero")
			}
			return -libm.Log(1.0-r.random()) / f[0], nil
		},
		"gammavariate": func(th *Thread, r *mt, c *Call) (Value, error) {
			f, err := floatArgs(th, c, "gammavariate", "alpha", "beta")
			if err != nil {
				return nil, err
			}
			return r.gamma(th, f[0], f[1])
		},
		"betavariate": func(th *Thread, r *mt, c *Call) (Value, error) {
			f, err := floatArgs(th, c, "betavariate", "alpha", "beta")
			if err != nil {
				return nil, err
			}
			gamma := func(alpha float64) (float64, error) {
				if m := r.over("gammavariate"); m != nil {
					v, err := th.Call(m, []Value{alpha, 1.0}, nil)
					if err != nil {
						return 0, err
					}
					return th.toFloat(v)
				}
				return r.gamma(th, alpha, 1)
			}
			y, err := gamma(f[0])
			if err != nil || y == 0 {
				return 0.0, err
			}
			z, err := gamma(f[1])
			return y / (y + z), err
		},
		"vonmisesvariate": func(th *Thread, r *mt, c *Call) (Value, error) {
			f, err := floatArgs(th, c, "vonmisesvariate", "mu", "kappa")
			if err != nil {
				return nil, err
			}
			return r.vonMises(f[0], f[1]), nil
		},
		"triangular": func(th *Thread, r *mt, c *Call) (Value, error) {
			low, high, mode := Value(0.0), Value(1.0), Value(nil)
			a, err := th.args(c, "triangular", "low", "high", "mode")
			if err != nil {
				return nil, err
			}
			if len(c.Args) > 0 || a[0] != nil {
				low = a[0]
			}
			if len(c.Args) > 1 || a[1] != nil {
				high = a[1]
			}
			mode = a[2]
			lo, err := th.toFloat(low)
			if err != nil {
				return nil, err
			}
			hi, err := th.toFloat(high)
			if err != nil {
				return nil, err
			}
			u := r.random()
			cc := 0.5
			if mode != nil {
				m, err := th.toFloat(mode)
				if err != nil {
					return nil, err
				}
				if hi == lo {
					return low, nil
				}
				cc = (m - lo) / (hi - lo)
			}
			if u > cc {
				u, cc = 1.0-u, 1.0-cc
				lo, hi = hi, lo
			}
			return lo + (hi-lo)*math.Sqrt(u*cc), nil
		},
	}
}

// gamma is gammavariate: random.py's three methods (Cheng's for alpha > 1,
// the exponential for 1, Ahrens and Dieter's below), drawing as it draws.
func (r *mt) gamma(th *Thread, alpha, beta float64) (float64, error) {
	if alpha <= 0 || beta <= 0 {
		return 0, th.Raise(ValueError, "gammavariate: alpha and beta must be > 0.0")
	}
	switch {
	case alpha > 1:
		const log4, sgMagic = 1.3862943611198906, 2.504077396776274 // LOG4, SG_MAGICCONST
		ainv := math.Sqrt(2*alpha - 1)
		bbb, ccc := alpha-log4, alpha+ainv
		for {
			u1 := r.random()
			if !(1e-7 < u1 && u1 < 0.9999999) {
				continue
			}
			u2 := 1 - r.random()
			v := libm.Log(u1/(1-u1)) / ainv
			x := alpha * libm.Exp(v)
			z := u1 * u1 * u2
			rr := bbb + ccc*v - x
			if rr+sgMagic-4.5*z >= 0 || rr >= libm.Log(z) {
				return x * beta, nil
			}
		}
	case alpha == 1:
		return -libm.Log(1-r.random()) * beta, nil
	}
	for {
		u := r.random()
		b := (math.E + alpha) / math.E
		p := b * u
		var x float64
		if p <= 1 {
			x = libm.Pow(p, 1/alpha)
		} else {
			x = -libm.Log((b - p) / alpha)
		}
		u1 := r.random()
		if p > 1 && u1 <= libm.Pow(x, alpha-1) || p <= 1 && u1 <= libm.Exp(-x) {
			return x * beta, nil
		}
	}
}

// vonMises is vonmisesvariate, Best and Fisher's method as random.py has it.
func (r *mt) vonMises(mu, kappa float64) float64 {
	if kappa <= 1e-6 {
		return 2 * math.Pi * r.random()
	}
	s := 0.5 / kappa
	rr := s + math.Sqrt(1+s*s)
	var z float64
	for {
		z = math.Cos(math.Pi * r.random())
		d := z / (rr + z)
		u2 := r.random()
		if u2 < 1-d*d || u2 <= (1-d)*libm.Exp(d) {
			break
		}
	}
	q := 1 / rr
	f := (q + z) / (1 + q*z)
	theta := mu - math.Acos(f)
	if r.random() > 0.5 {
		theta = mu + math.Acos(f)
	}
	_, m := floatDivMod(theta, 2*math.Pi)
	return m
}

// floatArgs reads the named required arguments as floats.
// normalArgs are gauss's and normalvariate's mu and sigma, 0.0 and 1.0 when
// not given (3.11's defaults).
func normalArgs(th *Thread, c *Call, name string) ([]float64, error) {
	a, err := th.args(c, name, "mu", "sigma")
	if err != nil {
		return nil, err
	}
	out := []float64{0, 1}
	for i, v := range a {
		if v == nil && i >= len(c.Args) {
			continue
		}
		if out[i], err = th.toFloat(v); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// normal is one draw of normalvariate's Kinderman and Monahan method, as
// CPython's random.py takes it.
func (r *mt) normal() float64 {
	magic := 4 * libm.Exp(-0.5) / math.Sqrt(2.0)
	for {
		u1 := r.random()
		u2 := 1.0 - r.random()
		z := magic * (u1 - 0.5) / u2
		if z*z/4.0 <= -libm.Log(u2) {
			return z
		}
	}
}

func floatArgs(th *Thread, c *Call, name string, names ...string) ([]float64, error) {
	a, err := th.args(c, name, names...)
	if err != nil {
		return nil, err
	}
	out := make([]float64, len(a))
	for i, v := range a {
		if v == nil && i >= len(c.Args) {
			return nil, th.Raise(TypeError, "Random.%s() missing 1 required positional argument: '%s'", name, names[i])
		}
		if out[i], err = th.toFloat(v); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func randomSeed(th *Thread, r *mt, c *Call) (Value, error) {
	a, err := th.args(c, "seed", "a", "version")
	if err != nil {
		return nil, err
	}
	if a[1] != nil {
		if v, ok := smallInt(a[1]); !ok || v != 2 {
			return nil, th.Unsupported("random.seed(version=...) other than 2")
		}
	}
	switch x := a[0].(type) {
	case nil:
		r.seedEntropy()
	case bool:
		r.seedInt(big.NewInt(map[bool]int64{true: 1}[x]))
	case int64, *big.Int:
		r.seedInt(bigOf(x))
	case float64:
		h := floatHash(x)
		r.seedInt(new(big.Int).SetUint64(uint64(h)))
	case string, Bytes, *byteArray:
		b := []byte(toBytes(x))
		sum := sha512.Sum512(b)
		r.seedInt(new(big.Int).SetBytes(append(b, sum[:]...)))
	default:
		return nil, th.Raise(TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
	}
	r.setSpare(nil)
	return nil, nil
}

func toBytes(v Value) string {
	if s, ok := v.(string); ok {
		return s
	}
	b, _ := bytesArg(v).(Bytes)
	return string(b)
}

// randIndex is random's _index: an int, or an integral float (deprecated
// in 3.10, still accepted by 3.11).
func randIndex(th *Thread, v Value, what string) (*big.Int, error) {
	if isInt(v) {
		return bigOf(v), nil
	}
	f, ok := v.(float64)
	if !ok {
		return nil, th.Raise(TypeError, "'%s' object cannot be interpreted as an integer", typeName(v))
	}
	if f != math.Trunc(f) || math.IsInf(f, 0) || math.IsNaN(f) {
		return nil, th.Raise(ValueError, "non-integer %s for randrange()", what)
	}
	b, _ := big.NewFloat(f).Int(nil)
	return b, nil
}

func randrange(th *Thread, r *mt, start, stop, step Value) (Value, error) {
	istart, err := randIndex(th, start, "arg 1")
	if err != nil {
		return nil, err
	}
	if stop == nil {
		if step != nil {
			return nil, th.Raise(TypeError, "Missing a non-None stop argument")
		}
		if istart.Sign() > 0 {
			return normInt(r.below(istart)), nil
		}
		return nil, th.Raise(ValueError, "empty range for randrange()")
	}
	istop, err := randIndex(th, stop, "stop")
	if err != nil {
		return nil, err
	}
	width := new(big.Int).Sub(istop, istart)
	istep := big.NewInt(1)
	if step != nil {
		if istep, err = randIndex(th, step, "step"); err != nil {
			return nil, err
		}
	}
	if istep.Cmp(big.NewInt(1)) == 0 {
		if width.Sign() > 0 {
			return normInt(new(big.Int).Add(istart, r.below(width))), nil
		}
		return nil, th.Raise(ValueError, "empty range for randrange() (%s, %s, %s)", istart, istop, width)
	}
	var n *big.Int
	switch istep.Sign() {
	case 1:
		n, _ = floorDivMod(new(big.Int).Add(width, new(big.Int).Sub(istep, big.NewInt(1))), istep)
	case -1:
		n, _ = floorDivMod(new(big.Int).Add(width, new(big.Int).Add(istep, big.NewInt(1))), istep)
	default:
		return nil, th.Raise(ValueError, "zero step for randrange()")
	}
	if n.Sign() <= 0 {
		return nil, th.Raise(ValueError, "empty range for randrange()")
	}
	return normInt(new(big.Int).Add(istart, new(big.Int).Mul(istep, r.below(n)))), nil
}

// sequence is a population random accepts: a sequence (not a set or dict),
// as a list of its items.
func (th *Thread) randomPopulation(v Value) ([]Value, error) {
	switch v.(type) {
	case *setObj, *Dict:
		return nil, th.Raise(TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).")
	case *List, Tuple, string, *rangeObj, Bytes, *deque:
		return th.iterate(v)
	}
	return nil, th.Unsupported("random.sample() of a %s", typeName(v))
}

func randomSample(th *Thread, r *mt, c *Call) (Value, error) {
	a, err := th.args(c, "sample", "population", "k", "counts")
	if err != nil {
		return nil, err
	}
	if a[1] == nil {
		return nil, th.Raise(TypeError, "Random.sample() missing 1 required positional argument: 'k'")
	}
	pop, err := th.randomPopulation(a[0])
	if err != nil {
		return nil, err
	}
	k64, err := th.intArg(a[1], 0)
	if err != nil {
		return nil, err
	}
	n := len(pop)
	var cum []Value // counts=: the running totals, each element repeated so many times
	if a[2] != nil {
		if cum, n, err = th.sampleCounts(a[2], len(pop)); err != nil {
			return nil, err
		}
	}
	if k64 < 0 || k64 > int64(n) {
		return nil, th.Raise(ValueError, "Sample larger than population or is negative")
	}
	k := int(k64)
	if err := th.alloc(slot * int64(k)); err != nil {
		return nil, err
	}
	result := make([]Value, k)
	for i, j := range r.sampleIndices(n, k) {
		if cum != nil {
			// bisect_right(cum_counts, j)
			lo, hi := 0, len(cum)
			for lo < hi {
				mid := (lo + hi) / 2
				if less, err := th.less(int64(j), cum[mid]); err != nil {
					return nil, err
				} else if less {
					hi = mid
				} else {
					lo = mid + 1
				}
			}
			j = lo
		}
		result[i] = pop[j]
	}
	return &List{Items: result}, nil
}

// sampleIndices are k distinct indices below n in sample's order of draws:
// a pool for small populations, a set of the drawn for large ones.
func (r *mt) sampleIndices(n, k int) []int {
	out := make([]int, k)
	setsize := 21
	if k > 5 {
		setsize += int(libm.Pow(4, math.Ceil(libm.Log(float64(k*3))/libm.Log(4))))
	}
	if n <= setsize {
		pool := make([]int, n)
		for i := range pool {
			pool[i] = i
		}
		for i := 0; i < k; i++ {
			j := r.belowInt(n - i)
			out[i] = pool[j]
			pool[j] = pool[n-i-1]
		}
		return out
	}
	selected := map[int]bool{}
	for i := 0; i < k; i++ {
		j := r.belowInt(n)
		for selected[j] {
			j = r.belowInt(n)
		}
		selected[j] = true
		out[i] = j
	}
	return out
}

// sampleCounts is sample's counts=: the running totals but the last, and
// the last, which is how many elements the population stands for.
func (th *Thread) sampleCounts(counts Value, n int) ([]Value, int, error) {
	items, err := th.iterate(counts)
	if err != nil {
		return nil, 0, err
	}
	cum := make([]Value, len(items))
	var total Value = int64(0)
	for i, x := range items {
		if i == 0 {
			total = x
		} else if total, err = th.binaryOp(py.Add, total, x); err != nil {
			return nil, 0, err
		}
		cum[i] = total
	}
	if len(cum) != n {
		return nil, 0, th.Raise(ValueError, "The number of counts does not match the population")
	}
	if n == 0 {
		return nil, 0, th.Raise(IndexError, "pop from empty list")
	}
	if !isInt(total) {
		return nil, 0, th.Raise(TypeError, "Counts must be integers")
	}
	t, ok := total.(int64)
	if b, isBool := total.(bool); isBool {
		t, ok = map[bool]int64{false: 0, true: 1}[b], true
	}
	if ok && t <= 0 || !ok && total.(*big.Int).Sign() <= 0 {
		return nil, 0, th.Raise(ValueError, "Total of counts must be greater than zero")
	}
	if !ok || t > 1<<40 {
		return nil, 0, th.Unsupported("random.sample() of more than 2**40 counted elements")
	}
	return cum[:n-1], int(t), nil
}

func randomChoices(th *Thread, r *mt, c *Call) (Value, error) {
	a, err := th.args(c, "choices", "population", "weights", "cum_weights", "k")
	if err != nil {
		return nil, err
	}
	k := int64(1)
	if a[3] != nil {
		if k, err = th.intArg(a[3], 1); err != nil {
			return nil, err
		}
	}
	if a[0] == nil {
		return nil, th.Raise(TypeError, "Random.choices() missing 1 required positional argument: 'population'")
	}
	n, err := th.length(a[0])
	if err != nil {
		return nil, err
	}
	if err := th.alloc(slot * max(k, 0)); err != nil {
		return nil, err
	}
	out := &List{}
	if a[1] == nil && a[2] == nil {
		fn := float64(n)
		for i := int64(0); i < k; i++ {
			v, err := th.getItem(a[0], int64(math.Floor(r.random()*fn)))
			if err != nil {
				return nil, err
			}
			out.Items = append(out.Items, v)
		}
		return out, nil
	}
	if a[1] != nil && a[2] != nil {
		return nil, th.Raise(TypeError, "Cannot specify both weights and cumulative weights")
	}
	var cum []float64
	if a[2] != nil {
		ws, err := th.iterate(a[2])
		if err != nil {
			return nil, err
		}
		for _, w := range ws {
			f, err := th.toFloat(w)
			if err != nil {
				return nil, err
			}
			cum = append(cum, f)
		}
	} else {
		ws, err := th.iterate(a[1])
		if err != nil {
			return nil, err
		}
		total := 0.0
		for _, w := range ws {
			f, err := th.toFloat(w)
			if err != nil {
				return nil, err
			}
			total += f
			cum = append(cum, total)
		}
	}
	if len(cum) != n {
		return nil, th.Raise(ValueError, "The number of weights does not match the population")
	}
	if n == 0 {
		return nil, th.Raise(IndexError, "list index out of range")
	}
	total := cum[n-1]
	if total <= 0 {
		return nil, th.Raise(ValueError, "Total of weights must be greater than zero")
	}
	if math.IsInf(total, 0) || math.IsNaN(total) {
		return nil, th.Raise(ValueError, "Total of weights must be finite")
	}
	for i := int64(0); i < k; i++ {
		x := r.random() * total
		j := sort.Search(n-1, func(m int) bool { return cum[m] > x }) // bisect_right over cum[:n-1]
		v, err := th.getItem(a[0], int64(j))
		if err != nil {
			return nil, err
		}
		out.Items = append(out.Items, v)
	}
	return out, nil
}

// length is len(v) as an int.
func (th *Thread) length(v Value) (int, error) {
	n, err := builtinLen(th, &Call{Args: []Value{v}})
	if err != nil {
		return 0, err
	}
	i, _ := smallInt(n)
	return int(i), nil
}
