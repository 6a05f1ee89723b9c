package sa

import (
	"cascadelab/engine/internal/exc"
	"strings"

	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/pyrepr"
	"cascadelab/engine/internal/schema"
	"cascadelab/engine/internal/source"
	"cascadelab/engine/internal/sql"
)

// typeClass is a type like Integer or String; calling it makes a typeInst.
type typeClass struct{ name string }

// typ is the type the class makes when called without arguments.
func (t *typeClass) typ() schema.Type {
	if st, ok := schema.UpperType(t.name); ok {
		return st
	}
	if t.name == "Numeric" || t.name == "Float" {
		return schema.NumericType(t.name)
	}
	return schema.Type{Name: t.name, Affinity: schema.Types[t.name]}
}

// lengthTypes are the types whose first argument is a length.
var lengthTypes = map[string]bool{"String": true, "Unicode": true, "Text": true, "VARCHAR": true, "CHAR": true, "NVARCHAR": true, "NCHAR": true, "TEXT": true, "CLOB": true}

func (t *typeClass) TypeName() string { return "type" }

// refusedType is a type the engine does not store (JSON): importing it
// works, a column of it or an instance of it is refused.
type refusedType struct{ name string }

func (t *refusedType) TypeName() string { return "type" }
func (t *refusedType) CallHost(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	return nil, unsupported(th, "sqlalchemy.%s()", t.name)
}
func (t *typeClass) CallHost(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	a := newArgs(th, c, t.name)
	st := t.typ()
	if st.Reflected {
		// the length of a string type, or timezone= (which SQLite ignores)
		ok := len(c.Args)+len(c.Kw) == 0
		if len(c.Args)+len(c.Kw) == 1 {
			ok = len(c.Args) == 1 && lengthTypes[t.name] || len(c.Kw) == 1 && (c.Kw[0].Name == "length" && lengthTypes[t.name] || c.Kw[0].Name == "timezone" && st.Affinity == schema.AffDateTime)
		}
		if !ok {
			return nil, unsupported(th, "%s() with these arguments", t.name)
		}
	}
	if v, ok := a.get(0, "length"); ok && lengthTypes[t.name] {
		n, isInt := v.(int64)
		if !isInt && v != nil {
			// SQLAlchemy keeps any length; only compiling the type would use it
			return &typeInst{t: st, oddLength: v}, nil
		}
		st.Length = int(n)
	}
	if t.name == "Numeric" || t.name == "Float" {
		// Numeric(precision, scale, asdecimal, decimal_return_scale) and
		// Float(precision, asdecimal, decimal_return_scale)
		pos := map[string]int{"precision": 0, "scale": 1, "asdecimal": 2, "decimal_return_scale": 3}
		if t.name == "Float" {
			pos = map[string]int{"precision": 0, "scale": -2, "asdecimal": 1, "decimal_return_scale": 2}
		}
		p, _ := a.get(pos["precision"], "precision")
		var sc interp.Value
		if t.name == "Numeric" {
			sc, _ = a.get(pos["scale"], "scale")
			pi, _ := p.(int64)
			si, _ := sc.(int64)
			st.Precision, st.Scale = int(pi), int(si)
		}
		if v, ok := a.get(pos["asdecimal"], "asdecimal"); ok {
			asDecimal, err := th.Truth(v)
			if err != nil {
				return nil, err
			}
			st.AsDecimal = asDecimal
		}
		// _effective_decimal_return_scale
		rs, _ := a.get(pos["decimal_return_scale"], "decimal_return_scale")
		for _, v := range []interp.Value{rs, sc} {
			if n, isInt := v.(int64); isInt {
				st.ReturnScale = int(n)
				break
			} else if v != nil {
				return nil, unsupported(th, "%s() with a scale that is no int", t.name)
			}
		}
	}
	tz, _ := a.kw("timezone")
	a.kw("create_constraint")
	if t.name == "Uuid" {
		a.kw("as_uuid")
		a.kw("native_uuid")
	}
	maxPos := 2
	switch t.name {
	case "Numeric":
		maxPos = 4
	case "Float":
		maxPos = 3
	}
	if err := a.check(maxPos); err != nil {
		return nil, err
	}
	return &typeInst{t: st, timezone: tz == true}, nil
}

// typeInst is a type instance; oddLength is a length that is no int (String(String)),
// which SQLAlchemy accepts until it compiles the type.
type typeInst struct {
	t         schema.Type
	oddLength interp.Value
	timezone  bool // DateTime(timezone=True): only its repr shows it on SQLite
}

func (t *typeInst) TypeName() string { return t.t.Name }
func (t *typeInst) Repr(th *interp.Thread) (string, error) {
	if t.oddLength != nil {
		return "", unsupported(th, "repr() of %s(length=%s)", t.t.Name, th.TypeName(t.oddLength))
	}
	if t.timezone {
		return t.t.Name + "(timezone=True)", nil
	}
	return t.t.Repr(), nil
}

// Str is str() of a type, TypeEngine.__str__: the type compiled as DDL
// (Integer() is "INTEGER", String(50) "VARCHAR(50)").
func (t *typeInst) Str(th *interp.Thread) (string, error) {
	if t.oddLength != nil {
		return "", unsupported(th, "str() of %s(length=%s)", t.t.Name, th.TypeName(t.oddLength))
	}
	if t.t.Name == "NullType" {
		return "NULL", nil // a function's type when SQLAlchemy registers none
	}
	return t.t.DDL(), nil
}

// Attr gives with_variant(): the variant stands for the type only on the
// dialects it names, and cascadelab runs SQLite.
func (t *typeInst) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	if name != "with_variant" {
		return nil, false, nil
	}
	return builtin(t.t.Name+".with_variant", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		if len(c.Args) < 2 || len(c.Kw) > 0 {
			return nil, typeErr(th, "with_variant() takes a type and one or more dialect names")
		}
		if _, ok := asType(c.Args[0]); !ok {
			return nil, unsupported(th, "with_variant() of a %s", th.TypeName(c.Args[0]))
		}
		for _, d := range c.Args[1:] {
			if _, ok := d.(string); !ok {
				return nil, typeErr(th, "with_variant() dialect names must be strings")
			}
			if d == "sqlite" {
				return nil, unsupported(th, "with_variant() for the sqlite dialect")
			}
		}
		return t, nil
	}), true, nil
}

func asType(v interp.Value) (schema.Type, bool) {
	switch v := v.(type) {
	case *typeClass:
		return v.typ(), true
	case *typeInst:
		return v.t, true
	}
	return schema.Type{}, false
}

// oddType refuses a column type whose length is no int.
func oddType(th *interp.Thread, v interp.Value) error {
	if t, ok := v.(*typeInst); ok && t.oddLength != nil {
		return unsupported(th, "a column of type %s(length=%s)", t.t.Name, th.TypeName(t.oddLength))
	}
	return nil
}

// fkDef is ForeignKey(...).
type fkDef struct {
	name     string
	target   string
	attr     *colAttr // Class.attr target, resolved late
	onDelete string
	onUpdate string
	span     source.Span
}

func (f *fkDef) TypeName() string { return "ForeignKey" }

func newForeignKey(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	a := newArgs(th, c, "ForeignKey")
	v, ok := a.get(0, "column")
	if !ok {
		return nil, typeErr(th, "ForeignKey() missing 1 required positional argument: 'column'")
	}
	fk := &fkDef{span: c.Span}
	switch v := v.(type) {
	case string:
		fk.target = v
	case *colAttr:
		fk.attr = v
	case *columnDef:
		if v.table == nil {
			return nil, typeErr(th, "ForeignKey() got a Column that is not attached to a table yet; write the target as a string, e.g. ForeignKey(\"parent.id\")")
		}
		fk.target = v.table.Name + "." + v.col.Name
	default:
		return nil, typeErr(th, "ForeignKey() column must be a string like \"parent.id\" or a mapped attribute like Parent.id, not %s", th.TypeName(v))
	}
	var err error
	// kept as written: SQLAlchemy renders ON DELETE/ON UPDATE verbatim
	if fk.onDelete, _, err = a.str(-1, "ondelete"); err != nil {
		return nil, err
	}
	if fk.onUpdate, _, err = a.str(-1, "onupdate"); err != nil {
		return nil, err
	}
	if fk.name, err = constraintNameArg(th, a, "ForeignKey"); err != nil {
		return nil, err
	}
	a.kw("use_alter")
	return fk, a.check(1)
}

// constraintNameArg is a constraint's name=: a string, or None for none.
func constraintNameArg(th *interp.Thread, a *args, fn string) (string, error) {
	v, _ := a.kw("name")
	if s, ok := v.(string); ok || v == nil {
		return s, nil
	}
	return "", unsupported(th, "%s(name=) of a %s", fn, th.TypeName(v))
}

func (f *fkDef) targetString() string {
	if f.attr != nil {
		return f.attr.col.Table.Name + "." + f.attr.col.Name
	}
	return f.target
}

// columnDef is Column(...) or mapped_column(...), before it joins a table.
type columnDef struct {
	name     string
	typ      schema.Type
	typed    bool
	pk       bool
	nullable *bool
	unique   bool
	index    bool
	def      interp.Value
	hasDef   bool
	fks      []*fkDef
	// defaultSQL and onUpdateSQL are default= and onupdate= SQL expressions,
	// serverDefault the DDL text of server_default= (see schema.Column).
	defaultSQL, onUpdateSQL, serverDefault string
	hasServerDefault, serverOnUpdate       bool
	mapped                                 bool // mapped_column: nullability may come from the annotation
	span                                   source.Span
	table                                  *schema.Table
	col                                    *schema.Column
	autoincrem                             bool
	noAutoinc                              bool   // autoincrement=False
	dc                                     dcArgs // mapped_column()'s dataclass arguments
	insertDefault                          bool   // the default came from insert_default=
	info                                   interp.Value
	// pending marks col as made before the table (see column)
	pending bool
	// deferred is mapped_column(deferred=True) or deferred(Column(...))
	deferred bool
	// defFn is a Python callable default= (def is then unused)
	defFn  interp.Value
	system bool // system=True
	seq    *sequenceObj
}

func (c *columnDef) TypeName() string {
	if c.mapped {
		return "MappedColumn"
	}
	return "Column"
}

// Attr reads what the definition says: a Column's own attributes
// (a MappedColumn has only .column and the dataclass arguments).
func (c *columnDef) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	if c.mapped {
		return operandAttr(th, c, name)
	}
	switch name {
	case "primary_key":
		return c.pk, true, nil
	case "name", "key":
		if c.name == "" {
			return nil, true, nil
		}
		return c.name, true, nil
	case "unique", "index":
		if b := map[string]bool{"unique": c.unique, "index": c.index}[name]; b {
			return true, true, nil
		}
		return nil, true, nil // None unless given
	case "info":
		if c.info == nil {
			c.info = interp.NewDict()
		}
		return c.info, true, nil
	}
	return operandAttr(th, c, name)
}

func newColumn(mapped bool) func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	fn := "Column"
	if mapped {
		fn = "mapped_column"
	}
	return func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		cd := &columnDef{span: c.Span, mapped: mapped}
		for i, v := range c.Args {
			switch v := v.(type) {
			case string:
				if i != 0 {
					return nil, typeErr(th, "%s(): the column name must be the first argument", fn)
				}
				cd.name = v
			case *fkDef:
				cd.fks = append(cd.fks, v)
			case *sequenceObj:
				// SQLite has no sequences: the SQLite dialect leaves a
				// Sequence out of the DDL and out of every INSERT.
				cd.seq = v
			case nil:
				// Column.__init__ skips None in the name's and the type's
				// place and _init_items skips it among the items: an untyped
				// column then takes its foreign key's type.
			case *refusedType:
				return nil, unsupported(th, "a column of type %s", v.name)
			default:
				if err := oddType(th, v); err != nil {
					return nil, err
				}
				t, ok := asType(v)
				if !ok {
					return nil, typeErr(th, "%s(): unexpected argument of type %s; expected a name, a type like Integer or String(50), or ForeignKey(...)", fn, th.TypeName(v))
				}
				cd.typ, cd.typed = t, true
			}
		}
		a := newArgs(th, c, fn)
		var err error
		if cd.pk, err = a.boolean("primary_key", false); err != nil {
			return nil, err
		}
		if cd.seq != nil && !cd.pk {
			// on another column the ignored Sequence still counts as a
			// default, which changes the ORM's INSERTs
			return nil, unsupported(th, "Sequence() on a column without primary_key=True")
		}
		if v, ok := a.kw("nullable"); ok {
			b, err := th.Truth(v)
			if err != nil {
				return nil, err
			}
			cd.nullable = &b
		}
		if cd.unique, err = a.boolean("unique", false); err != nil {
			return nil, err
		}
		if cd.index, err = a.boolean("index", false); err != nil {
			return nil, err
		}
		for _, k := range []string{"default", "insert_default"} {
			v, ok := a.kw(k)
			if !ok || k == "insert_default" && !mapped {
				continue
			}
			cd.insertDefault = k == "insert_default"
			if e, isSQL := sqlDefault(v); isSQL {
				cd.defaultSQL = e
				continue
			}
			if interp.IsCallable(v) {
				if err := zeroArgDefault(th, v); err != nil {
					return nil, err
				}
				cd.defFn, cd.hasDef = v, true
				continue
			}
			cd.def, cd.hasDef = v, true
		}
		if v, ok := a.kw("autoincrement"); ok {
			cd.autoincrem, _ = v.(bool)
			cd.noAutoinc = v == false
		}
		a.kw("comment")
		a.kw("doc")
		cd.info, _ = a.kw("info")
		if cd.system, err = a.boolean("system", false); err != nil {
			return nil, err
		}
		if v, ok := a.kw("server_default"); ok && v != nil {
			switch d := v.(type) {
			case string:
				cd.serverDefault = "'" + strings.ReplaceAll(d, "'", "''") + "'"
			case fetchedValue:
			default:
				e, isSQL := sqlDefault(v)
				if !isSQL {
					return nil, unsupported(th, "server_default=%s", th.TypeName(v))
				}
				cd.serverDefault = schema.ServerDefaultSQL(e)
			}
			cd.hasServerDefault = true
		}
		if v, ok := a.kw("onupdate"); ok && v != nil {
			e, isSQL := sqlDefault(v)
			if !isSQL {
				return nil, unsupported(th, "%s(onupdate=) with a %s value", fn, th.TypeName(v))
			}
			cd.onUpdateSQL = e
		}
		if v, ok := a.kw("server_onupdate"); ok && v != nil {
			if _, isFetched := v.(fetchedValue); !isFetched {
				return nil, unsupported(th, "server_onupdate=%s", th.TypeName(v))
			}
			cd.serverOnUpdate = true
		}
		if v, ok := a.kw("name"); ok && v != nil {
			n, isStr := v.(string)
			if !isStr {
				return nil, unsupported(th, "%s(name=) of %s", fn, th.TypeName(v))
			}
			if cd.name != "" {
				return nil, th.Raise(interp.ClassOf(exc.ArgumentError), "May not pass name positionally and as a keyword.")
			}
			cd.name = n
		}
		if mapped {
			cd.dc = readDCArgs(a)
			d, err := a.boolean("deferred", false)
			if err != nil {
				return nil, err
			}
			g, _ := a.kw("deferred_group")
			r, _ := a.kw("deferred_raiseload")
			cd.deferred = d || g != nil || r == true
		}
		if v, ok := a.kw("type_"); ok {
			if err := oddType(th, v); err != nil {
				return nil, err
			}
			t, ok := asType(v)
			if !ok {
				return nil, typeErr(th, "%s(type_=) must be a type", fn)
			}
			cd.typ, cd.typed = t, true
		}
		if err := a.check(len(c.Args)); err != nil {
			return nil, err
		}
		return cd, nil
	}
}

// zeroArgDefault checks a callable default= as ColumnDefault does: one
// taking no positional argument is called with none; one taking the
// execution context is refused (the engine has none to give).
func zeroArgDefault(th *interp.Thread, fn interp.Value) error {
	f, ok := fn.(*interp.Function)
	if !ok || f.Args == nil {
		return nil // a builtin or a partial: SQLAlchemy cannot read its signature and calls it with no argument
	}
	switch len(f.Args.Args) - len(f.Defaults) {
	case 0:
		return nil
	case 1:
		return unsupported(th, "a default= function that takes the execution context")
	}
	return th.Raise(interp.ClassOf(exc.ArgumentError), "ColumnDefault Python function takes zero or one positional arguments")
}

// build turns the definition into a schema column named name.
func (cd *columnDef) build(th *interp.Thread, name string) (*schema.Column, error) {
	if cd.col != nil && !cd.pending {
		return nil, th.Raise(interp.ValueError, "Column object '%s' already assigned to Table '%s'", cd.col.Name, cd.col.Table.Name)
	}
	if cd.name != "" {
		name = cd.name
	}
	c := &schema.Column{}
	if cd.pending {
		c = cd.col // an expression of the class body already refers to it
	}
	*c = schema.Column{Name: name, Key: name, Type: cd.typ, Typed: cd.typed, PrimaryKey: cd.pk, Unique: cd.unique, Index: cd.index, Span: cd.span, Info: cd.info, System: cd.system}
	cd.pending = false
	c.Nullable = !cd.pk
	if cd.nullable != nil {
		c.Nullable = *cd.nullable
	}
	if cd.defFn != nil {
		fn := cd.defFn
		c.HasDefault = true
		c.DefaultFn = func() (any, error) {
			v, err := th.Call(fn, nil, nil)
			if err != nil {
				return nil, err
			}
			return colToSQL(th, c, v)
		}
	} else if cd.hasDef {
		v, err := pyToSQL(th, cd.def)
		if err != nil {
			return nil, err
		}
		c.Default, c.HasDefault = v, true
	}
	c.DefaultSQL, c.OnUpdateSQL, c.ServerDefault = cd.defaultSQL, cd.onUpdateSQL, cd.serverDefault
	c.HasServerDefault, c.ServerOnUpdate = cd.hasServerDefault, cd.serverOnUpdate
	c.NoAutoincrement = cd.noAutoinc
	for _, f := range cd.fks {
		c.FKs = append(c.FKs, &schema.ForeignKey{Target: f.targetString(), Span: f.span})
	}
	cd.col = c
	return c, nil
}

func (cd *columnDef) attach(th *interp.Thread, t *schema.Table, c *schema.Column) error {
	if err := t.AddColumn(c); err != nil {
		return th.Raise(interp.ValueError, "%s", err.Error())
	}
	var names, ond, onu []string
	for _, f := range cd.fks {
		names = append(names, f.name)
		ond = append(ond, f.onDelete)
		onu = append(onu, f.onUpdate)
	}
	t.AttachFKs(c, names, ond, onu)
	cd.table = t
	if cd.seq != nil {
		cd.seq.attached = true
	}
	return nil
}

// sequenceObj is Sequence(name, ...): a default SQLite's dialect ignores
// (supports_sequences is False), so it only carries what it prints.
type sequenceObj struct {
	name string
	kw   []interp.KV // the options given, in Sequence.__init__'s order
	// attached is true once its column is in a table: the Sequence then
	// has the table's MetaData, which its repr shows.
	attached bool
}

func (s *sequenceObj) TypeName() string { return "Sequence" }

// sequenceOpts are the Sequence.__init__ keywords cascadelab keeps, in
// the order generic_repr prints them; the others are refused.
var sequenceOpts = []string{"start", "increment", "minvalue", "maxvalue", "schema", "cache", "optional", "metadata"}

func newSequence(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	a := newArgs(th, c, "Sequence")
	name, ok, err := a.str(0, "name")
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, th.Raise(interp.TypeError, "Sequence.__init__() missing 1 required positional argument: 'name'")
	}
	if len(c.Args) > 1 {
		return nil, unsupported(th, "Sequence() options given positionally")
	}
	s := &sequenceObj{name: name}
	for _, k := range sequenceOpts {
		v, ok := a.kw(k)
		if !ok || v == nil || v == false {
			continue
		}
		if k == "metadata" {
			s.attached = true
			continue
		}
		s.kw = append(s.kw, interp.KV{Name: k, Value: v})
	}
	return s, a.check(1)
}

func (s *sequenceObj) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	if name == "name" {
		return s.name, true, nil
	}
	for _, k := range sequenceOpts[:len(sequenceOpts)-1] {
		if name != k {
			continue
		}
		for _, kv := range s.kw {
			if kv.Name == k {
				return kv.Value, true, nil
			}
		}
		if k == "optional" {
			return false, true, nil
		}
		return nil, true, nil
	}
	return nil, false, nil
}

func (s *sequenceObj) Repr(th *interp.Thread) (string, error) {
	var b strings.Builder
	n, err := th.Repr(s.name)
	if err != nil {
		return "", err
	}
	b.WriteString("Sequence(" + n)
	for _, kv := range s.kw {
		r, err := th.Repr(kv.Value)
		if err != nil {
			return "", err
		}
		b.WriteString(", " + kv.Name + "=" + r)
	}
	if s.attached {
		b.WriteString(", metadata=MetaData()")
	}
	return b.String() + ")", nil
}

// fetchedValue is FetchedValue(): the database makes the value (a trigger).
type fetchedValue struct{}

func (fetchedValue) TypeName() string { return "FetchedValue" }

func newFetchedValue(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	if len(c.Args)+len(c.Kw) > 0 {
		return nil, unsupported(th, "FetchedValue() with arguments")
	}
	return fetchedValue{}, nil
}

// sqlDefault is the SQL text of a default given as a SQL expression: a
// text() clause or a clock function such as func.now().
func sqlDefault(v interp.Value) (string, bool) {
	switch d := v.(type) {
	case *textObj:
		return d.sql, true
	case clockFunc:
		return d.sql(), true
	case *funcExpr:
		if len(d.args) == 0 && d.hybrid == "" {
			return sql.String(d.expr(), true), true // func.utc_timestamp(), func.now() as SQLite writes them
		}
	}
	return "", false
}

// fkConstraintDef is ForeignKeyConstraint([...], [...]).
type fkConstraintDef struct {
	name               string
	cols, refs         []string
	onDelete, onUpdate string
	span               source.Span
}

func (f *fkConstraintDef) TypeName() string { return "ForeignKeyConstraint" }

func strList(th *interp.Thread, v interp.Value, what string) ([]string, error) {
	items, err := th.Iterate(v)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, it := range items {
		switch it := it.(type) {
		case string:
			out = append(out, it)
		case *colAttr:
			out = append(out, it.col.Table.Name+"."+it.col.Name)
		case *columnDef:
			if it.col == nil {
				// SQLAlchemy names it when the class is mapped
				return nil, unsupported(th, "%s given a Column of the class body (name it as a string)", what)
			}
			out = append(out, it.col.Name)
		default:
			return nil, typeErr(th, "%s: expected strings, got %s", what, th.TypeName(it))
		}
	}
	return out, nil
}

func newFKConstraint(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	a := newArgs(th, c, "ForeignKeyConstraint")
	cols, ok1 := a.get(0, "columns")
	refs, ok2 := a.get(1, "refcolumns")
	if !ok1 || !ok2 {
		return nil, typeErr(th, "ForeignKeyConstraint() needs the local column names and the referenced columns")
	}
	f := &fkConstraintDef{span: c.Span}
	var err error
	if f.cols, err = strList(th, cols, "ForeignKeyConstraint columns"); err != nil {
		return nil, err
	}
	if f.refs, err = strList(th, refs, "ForeignKeyConstraint refcolumns"); err != nil {
		return nil, err
	}
	if len(f.cols) != len(f.refs) {
		return nil, th.Raise(interp.ValueError, "ForeignKeyConstraint number of constrained columns must match the number of referenced columns.")
	}
	if f.onDelete, _, err = a.str(-1, "ondelete"); err != nil {
		return nil, err
	}
	if f.onUpdate, _, err = a.str(-1, "onupdate"); err != nil {
		return nil, err
	}
	if f.name, err = constraintNameArg(th, a, "ForeignKeyConstraint"); err != nil {
		return nil, err
	}
	return f, a.check(2)
}

func (f *fkConstraintDef) attach(th *interp.Thread, t *schema.Table) error {
	con := &schema.FKConstraint{Name: f.name, OnDelete: f.onDelete, OnUpdate: f.onUpdate, Span: f.span}
	for i, name := range f.cols {
		col := t.Col(name)
		if col == nil {
			return th.Raise(interp.ValueError, "ForeignKeyConstraint: table '%s' has no column '%s'", t.Name, name)
		}
		fk := &schema.ForeignKey{Parent: col, Target: f.refs[i], Constraint: con, Span: f.span}
		col.FKs = append(col.FKs, fk)
		con.Columns = append(con.Columns, col)
		con.Elements = append(con.Elements, fk)
	}
	t.Constraints = append(t.Constraints, con)
	return nil
}

// uniqueDef is UniqueConstraint(...).
type uniqueDef struct {
	cols []string
	name string
}

func (u *uniqueDef) TypeName() string { return "UniqueConstraint" }

func newUnique(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	u := &uniqueDef{}
	for _, v := range c.Args {
		s, ok := v.(string)
		if !ok {
			return nil, typeErr(th, "UniqueConstraint(): give column names as strings")
		}
		u.cols = append(u.cols, s)
	}
	a := newArgs(th, c, "UniqueConstraint")
	var err error
	if u.name, err = constraintNameArg(th, a, "UniqueConstraint"); err != nil {
		return nil, err
	}
	return u, a.check(len(c.Args))
}

// pkConstraintDef is PrimaryKeyConstraint("a", "b"): the table's primary
// key, in that order.
type pkConstraintDef struct{ cols []string }

func (p *pkConstraintDef) TypeName() string { return "PrimaryKeyConstraint" }

func newPKConstraint(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	p := &pkConstraintDef{}
	for _, v := range c.Args {
		s, ok := v.(string)
		if !ok {
			return nil, unsupported(th, "PrimaryKeyConstraint() of %s (only of column names)", th.TypeName(v))
		}
		p.cols = append(p.cols, s)
	}
	a := newArgs(th, c, "PrimaryKeyConstraint")
	if v, ok := a.kw("name"); ok && v != nil {
		return nil, unsupported(th, "PrimaryKeyConstraint(name=...)")
	}
	return p, a.check(len(c.Args))
}

func (p *pkConstraintDef) attach(th *interp.Thread, t *schema.Table) error {
	var cols []*schema.Column
	for _, n := range p.cols {
		col := t.Col(n)
		if col == nil {
			return th.Raise(interp.ClassOf(exc.ArgumentError), "Can't create PrimaryKeyConstraint on table '%s': no column named '%s' is present.", t.Name, n)
		}
		cols = append(cols, col)
	}
	if len(t.PrimaryKey) > 0 {
		return unsupported(th, "PrimaryKeyConstraint on table %s, whose columns already say primary_key=True", t.Name)
	}
	for _, col := range cols {
		col.PrimaryKey, col.Nullable = true, false
	}
	t.PrimaryKey = cols
	return nil
}

func (u *uniqueDef) attach(th *interp.Thread, t *schema.Table) error {
	con := &schema.Unique{Name: u.name}
	for _, n := range u.cols {
		col := t.Col(n)
		if col == nil {
			return th.Raise(interp.ClassOf(exc.ConstraintColumnNotFoundError), "Can't create UniqueConstraint on table '%s': no column named '%s' is present.", t.Name, n)
		}
		con.Columns = append(con.Columns, col)
	}
	t.Constraints = append(t.Constraints, con)
	return nil
}

// tableArgs applies __table_args__ or Table(...) extras: constraints, then
// options. Those constraints exist before the Table, whose columns make theirs
// as they attach, and a table lists its constraints in creation order
// (Table._sorted_constraints): they go first.
func tableArgs(th *interp.Thread, t *schema.Table, items []interp.Value, kw []interp.KV) error {
	made := len(t.Constraints)
	defer func() {
		t.Constraints = append(t.Constraints[made:len(t.Constraints):len(t.Constraints)], t.Constraints[:made]...)
	}()
	for _, it := range items {
		switch it := it.(type) {
		case *fkConstraintDef:
			if err := it.attach(th, t); err != nil {
				return err
			}
		case *uniqueDef:
			if err := it.attach(th, t); err != nil {
				return err
			}
		case *pkConstraintDef:
			if err := it.attach(th, t); err != nil {
				return err
			}
		case *indexDef:
			if err := it.attach(th, t); err != nil {
				return err
			}
		case *interp.Dict:
			for _, k := range it.Keys() {
				v, _, _ := it.Get(th, k)
				ks, _ := k.(string)
				kw = append(kw, interp.KV{Name: ks, Value: v})
			}
		default:
			return unsupported(th, "%s in __table_args__", th.TypeName(it))
		}
	}
	for _, o := range kw {
		if o.Name == "implicit_returning" {
			b, err := th.Truth(o.Value)
			if err != nil {
				return err
			}
			t.NoImplicitReturning = !b
			continue
		}
		if strings.HasPrefix(o.Name, "mysql_") || strings.HasPrefix(o.Name, "sqlite_") || o.Name == "comment" || o.Name == "info" || o.Name == "extend_existing" || o.Name == "keep_existing" {
			t.Options[o.Name] = o.Value
			continue
		}
		return unsupported(th, "table option %s=", o.Name)
	}
	return nil
}

// tableObj is a Core Table.
type tableObj struct {
	t  *schema.Table
	md *metaObj
}

func (t *tableObj) TypeName() string { return "Table" }

// Str is str(table): its name, as Table.__str__ (its description).
func (t *tableObj) Str(th *interp.Thread) (string, error) { return t.t.Name, nil }

// Repr is Table.__repr__: name, MetaData(), the columns, schema=None.
func (t *tableObj) Repr(th *interp.Thread) (string, error) {
	parts := []string{pyrepr.Str(t.t.Name), "MetaData()"}
	for _, c := range t.t.Columns {
		r, err := coreColumnRepr(th, c)
		if err != nil {
			return "", err
		}
		parts = append(parts, r)
	}
	return "Table(" + strings.Join(parts, ", ") + ", schema=None)", nil
}
func (t *tableObj) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	switch name {
	case "name":
		return t.t.Name, true, nil
	case "info":
		if _, ok := t.t.Options["info"]; !ok {
			t.t.Options["info"] = interp.NewDict() // SchemaItem.info: a dict made on first read
		}
		return t.t.Options["info"], true, nil
	case "create", "drop":
		return builtin("Table."+name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			return nil, t.md.ddlCall(th, c, "Table."+name, name == "create", t.t)
		}), true, nil
	case "c", "columns":
		d := interp.NewDict()
		for _, c := range t.t.Columns {
			d.SetStr(c.Name, &colAttr{col: c})
		}
		return &namespace{name: "ColumnCollection", d: d}, true, nil
	case "primary_key":
		return &pkConstraint{t: t.t}, true, nil
	case "alias":
		return builtin("Table.alias", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			name, err := aliasName(th, c, "Table")
			if err != nil {
				return nil, err
			}
			return &subqueryObj{f: &sql.From{Table: t.t, Name: name, Anon: name == ""}}, nil
		}), true, nil
	case "join", "outerjoin":
		return builtin("Table."+name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			j := &joinObj{rt: t.md.rt, left: sql.Table(t.t)}
			return j, j.add(th, c, name, 0)
		}), true, nil
	case "insert":
		return builtin("Table.insert", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args)+len(c.Kw) > 0 {
				return nil, unsupported(th, "Table.insert() with arguments")
			}
			return &insertObj{rt: t.md.rt, t: t.t}, nil
		}), true, nil
	case "delete", "update", "select":
		// table.delete() is delete(table), and so on (2.0 takes no arguments)
		return builtin("Table."+name, func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args)+len(c.Kw) > 0 {
				return nil, unsupported(th, "Table.%s() with arguments", name)
			}
			if name == "select" {
				return t.md.rt.newSelect(th, []interp.Value{t})
			}
			return t.md.rt.newDML(name == "update")(th, &interp.Call{Args: []interp.Value{t}, Span: c.Span})
		}), true, nil
	}
	return nil, false, nil
}

// pkConstraint is Table.primary_key, a PrimaryKeyConstraint; the engine
// gives its repr only.
type pkConstraint struct{ t *schema.Table }

func (p *pkConstraint) TypeName() string { return "PrimaryKeyConstraint" }
func (p *pkConstraint) Repr(th *interp.Thread) (string, error) {
	var cols []string
	for _, c := range p.t.PrimaryKey {
		r, err := coreColumnRepr(th, c)
		if err != nil {
			return "", err
		}
		cols = append(cols, r)
	}
	return "PrimaryKeyConstraint(" + strings.Join(cols, ", ") + ")", nil
}

// coreColumnRepr is a Table column's repr, as Column.__repr__ writes it:
// name, type, foreign key, table, then the keywords that differ from the
// defaults. What the engine cannot print exactly is refused.
func coreColumnRepr(th *interp.Thread, c *schema.Column) (string, error) {
	switch {
	case c.HasDefault || c.DefaultSQL != "" || c.HasServerDefault || c.OnUpdateSQL != "" || c.ServerOnUpdate:
		return "", unsupported(th, "repr() of a Column with a default")
	case c.Key != "" && c.Key != c.Name:
		return "", unsupported(th, "repr() of a Column whose key differs from its name")
	case len(c.FKs) > 1:
		return "", unsupported(th, "repr() of a Column with several foreign keys")
	case c.Type.Name == "":
		return "", unsupported(th, "repr() of a Column whose type comes from its foreign key")
	case c.Type.Precision != 0 || c.Type.Scale != 0:
		return "", unsupported(th, "repr() of a Column of type %s", c.Type.DDL())
	}
	parts := []string{pyrepr.Str(c.Name), c.Type.Repr()}
	for _, fk := range c.FKs {
		parts = append(parts, "ForeignKey("+pyrepr.Str(fk.Target)+")")
	}
	parts = append(parts, "table=<"+c.Table.Name+">")
	if c.PrimaryKey {
		parts = append(parts, "primary_key=True")
	}
	if !c.Nullable {
		parts = append(parts, "nullable=False")
	}
	return "Column(" + strings.Join(parts, ", ") + ")", nil
}

// namespace exposes a dict's string keys as attributes (table.c.name).
type namespace struct {
	name string
	d    *interp.Dict
}

func (n *namespace) TypeName() string { return n.name }
func (n *namespace) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	v, ok := n.d.GetStr(name)
	if !ok && name == "keys" {
		return builtin(n.name+".keys", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			return &interp.List{Items: append([]interp.Value(nil), n.d.Keys()...)}, nil
		}), true, nil
	}
	if !ok && name == "get" && strings.HasSuffix(n.name, "ColumnCollection") {
		return builtin(n.name+".get", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args) < 1 || len(c.Args) > 2 || len(c.Kw) > 0 {
				return nil, typeErr(th, "get() takes a key and an optional default")
			}
			v, found, err := n.d.Get(th, c.Args[0])
			if err != nil || found {
				return v, err
			}
			if len(c.Args) == 2 {
				return c.Args[1], nil
			}
			return nil, nil
		}), true, nil
	}
	return v, ok, nil
}

// GetItem is table.c["name"], and table.c["a", "b"]: the collection of
// those columns.
func (n *namespace) GetItem(th *interp.Thread, key interp.Value) (interp.Value, error) {
	keys, ok := key.(interp.Tuple)
	if i, isInt := key.(int64); isInt && strings.HasSuffix(n.name, "ColumnCollection") {
		// c[0]: the columns in order
		all := n.d.Keys()
		if i < 0 {
			i += int64(len(all))
		}
		if i < 0 || i >= int64(len(all)) {
			return nil, th.Raise(interp.IndexError, "list index out of range")
		}
		return n.GetItem(th, all[i])
	}
	if !ok {
		v, found, err := n.d.Get(th, key)
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, th.Raise(interp.KeyError, "%v", key)
		}
		return v, nil
	}
	d := interp.NewDict()
	for _, k := range keys {
		v, err := n.GetItem(th, k)
		if err != nil {
			return nil, err
		}
		if err := d.Set(th, k, v); err != nil {
			return nil, err
		}
	}
	return &namespace{name: "ReadOnlyColumnCollection", d: d}, nil
}

func (rt *Runtime) newTable(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	if len(c.Args) < 2 {
		return nil, typeErr(th, "Table() needs a name and a MetaData: Table(\"name\", Base.metadata, Column(...), ...)")
	}
	name, ok := c.Args[0].(string)
	if !ok {
		return nil, typeErr(th, "Table() name must be a string")
	}
	md, ok := c.Args[1].(*metaObj)
	if !ok {
		return nil, typeErr(th, "Table() second argument must be a MetaData (e.g. Base.metadata), not %s", th.TypeName(c.Args[1]))
	}
	for _, kv := range c.Kw {
		if kv.Name == "autoload_with" {
			return rt.autoloadTable(th, c, name, md)
		}
	}
	t := schema.NewTable(name, c.Span)
	var extras []interp.Value
	for _, v := range c.Args[2:] {
		cd, ok := v.(*columnDef)
		if !ok {
			extras = append(extras, v)
			continue
		}
		if cd.name == "" {
			return nil, typeErr(th, "Column() in Table() needs a name as its first argument")
		}
		col, err := cd.build(th, cd.name)
		if err != nil {
			return nil, err
		}
		if err := cd.attach(th, t, col); err != nil {
			return nil, err
		}
	}
	if err := tableArgs(th, t, extras, c.Kw); err != nil {
		return nil, err
	}
	if err := md.md.Add(t); err != nil {
		return nil, th.Raise(interp.ClassOf(exc.InvalidRequestError), "%s", err.Error())
	}
	obj := &tableObj{t: t, md: md}
	md.objs[t] = obj
	return obj, nil
}

// Iterate gives the values: iterating table.c yields its columns.
func (n *namespace) Iterate(th *interp.Thread) ([]interp.Value, error) {
	var out []interp.Value
	for _, k := range n.d.Keys() {
		v, _, _ := n.d.Get(th, k)
		out = append(out, v)
	}
	return out, nil
}

// newEnumType is sqlalchemy.Enum: a Python enum class (stored by member
// name) or strings; on SQLite a VARCHAR as long as the longest name.
func newEnumType(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	spec := &schema.EnumSpec{}
	if len(c.Args) == 1 {
		if names, members, ok := interp.EnumMembers(c.Args[0]); ok {
			spec.Names = names
			for _, m := range members {
				spec.Members = append(spec.Members, m)
			}
		}
	}
	if spec.Names == nil {
		for _, a := range c.Args {
			s, ok := a.(string)
			if !ok {
				return nil, unsupported(th, "Enum() of a %s", th.TypeName(a))
			}
			spec.Names = append(spec.Names, s)
			spec.Members = append(spec.Members, s)
		}
	}
	st := schema.Type{Name: "Enum", Affinity: schema.AffText, Enum: spec}
	for _, n := range spec.Names {
		st.Length = max(st.Length, len([]rune(n)))
	}
	for _, k := range c.Kw {
		switch k.Name {
		case "name", "native_enum":
		case "create_constraint", "validate_strings":
			if k.Value == true {
				return nil, unsupported(th, "Enum(%s=True)", k.Name)
			}
		case "length":
			n, ok := k.Value.(int64)
			if !ok || int(n) < st.Length {
				return nil, unsupported(th, "Enum(length=%s)", th.TypeName(k.Value))
			}
			st.Length = int(n)
		default:
			return nil, unsupported(th, "Enum() with the keyword argument %s=", k.Name)
		}
	}
	return &typeInst{t: st}, nil
}

// colToSQL is a Python value as column col stores it: an Enum column stores
// a member, or its name, as the name.
func colToSQL(th *interp.Thread, col *schema.Column, v interp.Value) (any, error) {
	if col != nil && col.Type.Name == "Uuid" && v != nil {
		return nil, unsupported(th, "storing a value in the Uuid column %s", col.Name)
	}
	if col == nil || col.Type.Enum == nil || v == nil {
		return pyToSQL(th, v)
	}
	for i, m := range col.Type.Enum.Members {
		if m == any(v) || v == any(col.Type.Enum.Names[i]) {
			return col.Type.Enum.Names[i], nil
		}
	}
	// SQLAlchemy raises LookupError when it flushes such a value, or, for a
	// string, when it loads it back
	r, err := th.Repr(v)
	if err != nil {
		return nil, err
	}
	return nil, unsupported(th, "storing %s in the Enum column %s, which is not among its values", r, col.Name)
}

// enumToPy is the member an Enum column's stored name stands for.
func enumToPy(col *schema.Column, v any) (interp.Value, bool) {
	s, ok := v.(string)
	if !ok || col == nil || col.Type.Enum == nil {
		return nil, false
	}
	for i, n := range col.Type.Enum.Names {
		if n == s {
			return col.Type.Enum.Members[i], true
		}
	}
	return nil, false
}

// indexDef is Index(name, *columns, unique=False): attached to its table at
// once when a column names it, else by the Table or __table_args__ it is
// given to (its columns named by strings).
type indexDef struct {
	ix    *schema.Index
	names []string // columns named by string, resolved at attach
	t     *schema.Table
}

func (d *indexDef) TypeName() string { return "Index" }

// Repr is Index.__repr__: its name and columns, then unique=True if so.
func (d *indexDef) Repr(th *interp.Thread) (string, error) {
	if d.t == nil {
		return "", unsupported(th, "repr() of an Index not yet attached to a table")
	}
	parts := []string{pyrepr.Str(d.ix.Name)}
	for _, c := range d.ix.Columns {
		r, err := coreColumnRepr(th, c)
		if err != nil {
			return "", err
		}
		parts = append(parts, r)
	}
	if d.ix.Unique {
		parts = append(parts, "unique=True")
	}
	return "Index(" + strings.Join(parts, ", ") + ")", nil
}

func (d *indexDef) Attr(th *interp.Thread, name string) (interp.Value, bool, error) {
	switch name {
	case "name":
		return d.ix.Name, true, nil
	case "unique":
		return d.ix.Unique, true, nil
	}
	return nil, false, nil
}

func newIndex(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	a := newArgs(th, c, "Index")
	name, ok, err := a.str(0, "name")
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, unsupported(th, "Index() without a name")
	}
	d := &indexDef{ix: &schema.Index{Name: name}}
	if u, ok := a.kw("unique"); ok {
		if d.ix.Unique, err = th.Truth(u); err != nil {
			return nil, err
		}
	}
	for _, kv := range c.Kw {
		if kv.Name != "unique" && kv.Name != "name" {
			return nil, unsupported(th, "Index(%s=...)", kv.Name)
		}
	}
	var t *schema.Table
	for _, v := range c.Args[1:] {
		switch v := v.(type) {
		case string:
			d.names = append(d.names, v)
		case *colAttr:
			if v.as != nil || v.col.Table == nil {
				return nil, unsupported(th, "Index() of a column of an alias")
			}
			if t != nil && v.col.Table != t {
				return nil, unsupported(th, "Index() of columns of several tables")
			}
			t = v.col.Table
			d.ix.Columns = append(d.ix.Columns, v.col)
		default:
			return nil, unsupported(th, "Index() of %s (only of columns and column names)", th.TypeName(v))
		}
	}
	if len(c.Args) < 2 {
		return nil, unsupported(th, "Index() without columns")
	}
	if t != nil {
		if len(d.names) > 0 {
			return nil, unsupported(th, "Index() of both columns and column names")
		}
		d.t = t
		t.Indexes = append(t.Indexes, d.ix)
	}
	return d, nil
}

// attach adds an Index given to a Table or in __table_args__ to t.
func (d *indexDef) attach(th *interp.Thread, t *schema.Table) error {
	if d.t != nil {
		return unsupported(th, "an Index of columns given to a Table or in __table_args__")
	}
	for _, n := range d.names {
		col := t.Col(n)
		if col == nil {
			return th.Raise(interp.ClassOf(exc.ConstraintColumnNotFoundError), "Can't create Index on table '%s': no column named '%s' is present.", t.Name, n)
		}
		d.ix.Columns = append(d.ix.Columns, col)
	}
	d.t = t
	t.Indexes = append(t.Indexes, d.ix)
	return nil
}
