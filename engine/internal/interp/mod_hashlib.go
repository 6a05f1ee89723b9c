package interp

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"hash"
	"strings"
)

// The hashlib module: md5, sha1 and the sha2 family through Go's crypto,
// whose digests are the same bytes as OpenSSL's.

var hashNews = map[string]func() hash.Hash{
	"md5": md5.New, "sha1": sha1.New, "sha224": sha256.New224, "sha256": sha256.New,
	"sha384": sha512.New384, "sha512": sha512.New,
}

func hashlibModule(th *Thread) *Module {
	var fns []*Builtin
	for name := range hashNews {
		name := name
		fns = append(fns, fn(name, func(th *Thread, c *Call) (Value, error) {
			a, err := th.args(c, name, "string", "usedforsecurity")
			if err != nil {
				return nil, err
			}
			return newHashObj(th, name, a[0])
		}))
	}
	fns = append(fns, fn("new", func(th *Thread, c *Call) (Value, error) {
		a, err := th.args(c, "new", "name", "data", "usedforsecurity")
		if err != nil {
			return nil, err
		}
		name, ok := a[0].(string)
		if !ok {
			return nil, th.Raise(TypeError, "new() argument 'name' must be str, not %s", typeName(a[0]))
		}
		if _, ok := hashNews[strings.ToLower(name)]; !ok {
			if !digestLike(name) {
				return nil, th.Raise(ValueError, "unsupported hash type %s", name)
			}
			return nil, th.Unsupported("hashlib.new(%s)", reprOrType(th, name))
		}
		return newHashObj(th, strings.ToLower(name), a[1])
	}))
	return newModule("hashlib", append(fns, fn("pbkdf2_hmac", pbkdf2HMAC)), nil)
}

// digestLike says OpenSSL may know name as a digest (SHA2-256, blake2b512,
// an OID): hashlib.new of any other name is CPython's ValueError. Which
// aliases OpenSSL takes depends on its version, so those are refused.
func digestLike(name string) bool {
	n := strings.ToLower(name)
	if n != "" && strings.Trim(n, "0123456789.") == "" {
		return true
	}
	for _, family := range []string{"md", "sha", "blake", "shake", "rmd", "ripemd", "sm3", "whirlpool", "keccak", "gost", "streebog", "mdc2"} {
		if strings.Contains(n, family) {
			return true
		}
	}
	return false
}

// hashObj is a hash object: its name and running state.
type hashObj struct {
	name string
	h    hash.Hash
}

func newHashObj(th *Thread, name string, data Value) (Value, error) {
	o := &hashObj{name: name, h: hashNews[name]()}
	if data != nil {
		if err := o.update(th, data); err != nil {
			return nil, err
		}
	}
	return o, nil
}

func (o *hashObj) update(th *Thread, data Value) error {
	switch b := bytesArg(data).(type) {
	case Bytes:
		o.h.Write([]byte(b))
		return nil
	case string:
		return th.Raise(TypeError, "Strings must be encoded before hashing")
	}
	return th.Raise(TypeError, "object supporting the buffer API required")
}

func (o *hashObj) TypeName() string { return "HASH" }
func (o *hashObj) qualName() string { return "_hashlib.HASH" }

func (o *hashObj) Attr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "name":
		return o.name, true, nil
	case "digest_size":
		return int64(o.h.Size()), true, nil
	case "block_size":
		return int64(o.h.BlockSize()), true, nil
	case "update":
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 1, 1); err != nil {
				return nil, err
			}
			return nil, o.update(th, c.Args[0])
		}), true, nil
	case "digest", "hexdigest":
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 0, 0); err != nil {
				return nil, err
			}
			sum := o.h.Sum(nil)
			if name == "digest" {
				return Bytes(sum), nil
			}
			return hex.EncodeToString(sum), nil
		}), true, nil
	case "copy":
		return fn(name, func(th *Thread, c *Call) (Value, error) {
			if err := argN(th, c, name, 0, 0); err != nil {
				return nil, err
			}
			// Go's digests marshal their state: the copy goes on alone
			st, err := o.h.(interface{ MarshalBinary() ([]byte, error) }).MarshalBinary()
			if err != nil {
				return nil, err
			}
			cp := &hashObj{name: o.name, h: hashNews[o.name]()}
			return cp, cp.h.(interface{ UnmarshalBinary([]byte) error }).UnmarshalBinary(st)
		}), true, nil
	}
	return nil, false, nil
}
