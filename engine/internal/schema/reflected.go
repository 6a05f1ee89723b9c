package schema

import (
	"strconv"
	"strings"
)

// reflectedTypes are the SQLite dialect's ischema_names: the declared type
// names reflection recognises, with the SQLAlchemy type each becomes.
var reflectedTypes = map[string]string{
	"BIGINT": "BIGINT", "BLOB": "BLOB", "BOOL": "BOOLEAN", "BOOLEAN": "BOOLEAN", "CHAR": "CHAR",
	"DATE": "DATE", "DATE_CHAR": "DATE", "DATETIME": "DATETIME", "DATETIME_CHAR": "DATETIME",
	"DOUBLE": "DOUBLE", "DECIMAL": "DECIMAL", "FLOAT": "FLOAT", "INT": "INTEGER", "INTEGER": "INTEGER",
	"JSON": "JSON", "NUMERIC": "NUMERIC", "REAL": "REAL", "SMALLINT": "SMALLINT", "TEXT": "TEXT",
	"TIME": "TIME", "TIME_CHAR": "TIME", "TIMESTAMP": "TIMESTAMP", "VARCHAR": "VARCHAR",
	"NVARCHAR": "NVARCHAR", "NCHAR": "NCHAR",
}

// upperAffinity is how values of the upper-case (reflected) types travel.
var upperAffinity = map[string]Affinity{
	"BIGINT": AffInteger, "INTEGER": AffInteger, "SMALLINT": AffInteger,
	"BLOB": AffBlob, "NullType": AffBlob, "BOOLEAN": AffBool,
	"CHAR": AffText, "NCHAR": AffText, "VARCHAR": AffText, "NVARCHAR": AffText, "TEXT": AffText,
	"DATE": AffDate, "DATETIME": AffDateTime, "TIMESTAMP": AffDateTime,
	"DOUBLE": AffFloat, "FLOAT": AffFloat, "REAL": AffFloat, "CLOB": AffText,
}

// UpperType is one of SQLAlchemy's upper-case types (VARCHAR, INTEGER,
// TIMESTAMP, ...), which the dialect renders by their own name, as it
// renders a reflected type; ok is false for one the engine cannot carry
// values of (NUMERIC, DECIMAL read back as Decimal).
func UpperType(name string) (Type, bool) {
	aff, ok := upperAffinity[name]
	if !ok || name == "NullType" {
		return Type{}, false
	}
	return Type{Name: name, Reflected: true, Affinity: aff}, true
}

// ReflectType is the SQLite dialect's _resolve_type_affinity: the type a
// reflected column gets from its declared type (as PRAGMA table_info gives
// it, upper-cased). ok is false for a type cascadelab cannot carry values
// of (JSON, TIME, NUMERIC/DECIMAL, which read back as Decimal).
func ReflectType(decl string) (t Type, ok bool) {
	name, args := decl, ""
	// ([\w ]+)(\(.*?\))?
	n := 0
	for n < len(decl) && (decl[n] == ' ' || decl[n] == '_' || decl[n] >= 'A' && decl[n] <= 'Z' || decl[n] >= 'a' && decl[n] <= 'z' || decl[n] >= '0' && decl[n] <= '9') {
		n++
	}
	name = decl[:n]
	if n < len(decl) && decl[n] == '(' {
		if end := strings.IndexByte(decl[n:], ')'); end > 0 {
			args = decl[n : n+end+1]
		}
	}
	switch {
	case reflectedTypes[name] != "":
		name = reflectedTypes[name]
	case strings.Contains(name, "INT"):
		name = "INTEGER"
	case strings.Contains(name, "CHAR") || strings.Contains(name, "CLOB") || strings.Contains(name, "TEXT"):
		name = "TEXT"
	case strings.Contains(name, "BLOB") || name == "":
		name = "NullType"
	case strings.Contains(name, "REAL") || strings.Contains(name, "FLOA") || strings.Contains(name, "DOUB"):
		name = "REAL"
	default:
		name = "NUMERIC"
	}
	t = Type{Name: name, Reflected: true}
	var nums []int
	for _, f := range strings.FieldsFunc(args, func(r rune) bool { return r < '0' || r > '9' }) {
		v, _ := strconv.Atoi(f)
		nums = append(nums, v)
	}
	// the type is built with the numbers as positional arguments; a type
	// that takes none (INTEGER(11)) is built without them, with a warning
	switch name {
	case "VARCHAR", "NVARCHAR", "CHAR", "NCHAR", "TEXT":
		if len(nums) == 1 {
			t.Length = nums[0]
		}
	}
	aff, ok := upperAffinity[name]
	t.Affinity = aff
	return t, ok
}

// reflectedDDL renders an upper-case (reflected) type.
func (t Type) reflectedDDL() string {
	if t.Length > 0 {
		return t.Name + "(" + strconv.Itoa(t.Length) + ")"
	}
	return t.Name
}

// Repr is the type's repr(), as SQLAlchemy prints it: INTEGER(),
// VARCHAR(length=50), String(length=50).
func (t Type) Repr() string {
	if t.Length > 0 {
		return t.Name + "(length=" + strconv.Itoa(t.Length) + ")"
	}
	return t.Name + "()"
}
