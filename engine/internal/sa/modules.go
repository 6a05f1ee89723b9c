package sa

import (
	"cascadelab/engine/internal/exc"
	"cascadelab/engine/internal/interp"
	"cascadelab/engine/internal/py"
	"cascadelab/engine/internal/store"
	"strings"
)

// mappedAlias is sqlalchemy.orm.Mapped: Mapped[X] is kept as a Generic the
// declarative scan reads.
type mappedAlias struct{ name string }

func (m *mappedAlias) TypeName() string { return "type" }
func (m *mappedAlias) GetItem(th *interp.Thread, key interp.Value) (interp.Value, error) {
	return &interp.Generic{Origin: m.name, Args: []interp.Value{key}}, nil
}

// refusedCall is a library function the engine does not build: importing
// it works, calling it is refused.
func refusedCall(name string) interp.Value {
	return builtin(name[strings.LastIndex(name, ".")+1:], refusedFn(name))
}

// refusedFn is a call of name, refused.
func refusedFn(name string) func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
	return func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		return nil, unsupported(th, "%s", name)
	}
}

func (rt *Runtime) buildModules() {
	types := map[string]interp.Value{}
	for _, n := range []string{"Integer", "BigInteger", "SmallInteger", "String", "Unicode", "Text", "UnicodeText", "Boolean", "Float", "Numeric", "Date", "DateTime", "LargeBinary", "Uuid"} {
		types[n] = &typeClass{name: n}
	}
	for _, n := range []string{"VARCHAR", "CHAR", "NVARCHAR", "NCHAR", "TEXT", "CLOB", "INTEGER", "BIGINT", "SMALLINT", "BOOLEAN", "FLOAT", "REAL", "DOUBLE", "DATE", "DATETIME", "TIMESTAMP", "BLOB"} {
		types[n] = &typeClass{name: n}
	}
	types["INT"] = types["INTEGER"]
	types["Enum"] = builtin("Enum", newEnumType)
	orderBy := func(desc bool) interp.Value {
		return builtin(map[bool]string{true: "desc", false: "asc"}[desc], orderFn(desc))
	}
	core := map[string]interp.Value{
		"Column": &hostType{name: "Column", module: "sqlalchemy.sql.schema", fn: newColumn(false), is: func(v interp.Value) bool {
			cd, ok := v.(*columnDef)
			c, isCol := v.(*colAttr)
			return ok && !cd.mapped || isCol && c.m == nil && columnClass(c) == "Column"
		}},
		"ForeignKey": &hostType{name: "ForeignKey", module: "sqlalchemy.sql.schema", fn: newForeignKey, is: func(v interp.Value) bool {
			_, ok := v.(*fkDef)
			return ok
		}},
		"ForeignKeyConstraint": &hostType{name: "ForeignKeyConstraint", module: "sqlalchemy.sql.schema", fn: newFKConstraint, is: func(v interp.Value) bool {
			_, ok := v.(*fkConstraintDef)
			return ok
		}},
		"UniqueConstraint": &hostType{name: "UniqueConstraint", module: "sqlalchemy.sql.schema", fn: newUnique, is: func(v interp.Value) bool {
			_, ok := v.(*uniqueDef)
			return ok
		}},
		"Index": &hostType{name: "Index", module: "sqlalchemy.sql.schema", fn: newIndex, is: func(v interp.Value) bool {
			_, ok := v.(*indexDef)
			return ok
		}},
		"FetchedValue": builtin("FetchedValue", newFetchedValue),
		"Sequence":     builtin("Sequence", newSequence),
		"PrimaryKeyConstraint": &hostType{name: "PrimaryKeyConstraint", module: "sqlalchemy.sql.schema", fn: newPKConstraint, is: func(v interp.Value) bool {
			_, ok := v.(*pkConstraintDef)
			_, isTablePK := v.(*pkConstraint)
			return ok || isTablePK
		}},
		"FromClause": &hostType{name: "FromClause", module: "sqlalchemy.sql.selectable", fn: refusedFn("sqlalchemy.FromClause()"), is: func(v interp.Value) bool {
			_, ok := v.(*tableObj)
			return ok
		}},
		"Table": &hostType{name: "Table", module: "sqlalchemy.sql.schema", fn: rt.newTable, is: func(v interp.Value) bool {
			_, ok := v.(*tableObj)
			return ok
		}},
		"MetaData": &hostType{name: "MetaData", module: "sqlalchemy.sql.schema", fn: func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			a := newArgs(th, c, "MetaData")
			for i, k := range []string{"schema", "quote_schema", "naming_convention", "info"} {
				if v, ok := a.get(i, k); ok && v != nil {
					return nil, unsupported(th, "MetaData(%s=...)", k)
				}
			}
			if err := a.check(4); err != nil {
				return nil, err
			}
			return rt.newMeta(), nil
		}, is: func(v interp.Value) bool {
			_, ok := v.(*metaObj)
			return ok
		}},
		"create_engine": builtin("create_engine", rt.createEngine),
		"inspect":       builtin("inspect", rt.inspect),
		"text": builtin("text", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args) != 1 {
				return nil, typeErr(th, "text() takes one SQL string")
			}
			s, ok := c.Args[0].(string)
			if !ok {
				return nil, typeErr(th, "text() takes a string")
			}
			return &textObj{sql: s}, nil
		}),
		"select": builtin("select", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			return rt.newSelect(th, c.Args)
		}),
		"delete":      builtin("delete", rt.newDML(false)),
		"insert":      builtin("insert", rt.newInsert),
		"update":      builtin("update", rt.newDML(true)),
		"func":        funcObj{},
		"and_":        builtin("and_", conj(py.And)),
		"or_":         builtin("or_", conj(py.Or)),
		"not_":        builtin("not_", notExpr),
		"desc":        orderBy(true),
		"asc":         orderBy(false),
		"true":        truth(true),
		"false":       truth(false),
		"case":        builtin("case", caseExpr),
		"bindparam":   builtin("bindparam", newBindParam),
		"event":       rt.eventModule(),
		"__version__": "2.0.52",
	}
	for k, v := range types {
		core[k] = v
	}
	excMod := map[string]interp.Value{}
	for _, c := range exc.SQLAlchemy {
		excMod[c.Name] = interp.ClassOf(c)
	}
	rt.relationshipFn, rt.backrefFn = builtin("relationship", newRelationship), builtin("backref", newBackref)
	interfaces := module("sqlalchemy.orm.interfaces", map[string]interp.Value{"ONETOMANY": oneToMany, "MANYTOONE": manyToOne, "MANYTOMANY": manyToMany})
	declBase := interp.NewClass("DeclarativeBase", nil, interp.NewDict(), &hook{reg: rt.newRegistry(), isBase: true})
	ormMod := map[string]interp.Value{
		"relationship":      rt.relationshipFn,
		"backref":           rt.backrefFn,
		"sessionmaker":      builtin("sessionmaker", rt.newSessionMaker),
		"Session":           sessionClass{rt: rt},
		"declarative_base":  builtin("declarative_base", rt.declarativeBase),
		"DeclarativeBase":   declBase,
		"Mapped":            &mappedAlias{name: "Mapped"},
		"WriteOnlyMapped":   &mappedAlias{name: "WriteOnlyMapped"},
		"DynamicMapped":     &mappedAlias{name: "DynamicMapped"},
		"mapped_column":     builtin("mapped_column", newColumn(true)),
		"registry":          builtin("registry", rt.newRegistryObj),
		"column_property":   builtin("column_property", newColProp("column_property")),
		"deferred":          builtin("deferred", newColProp("deferred")),
		"declared_attr":     declaredAttrFn{},
		"MappedAsDataclass": rt.mappedAsDataclassClass(),
		"mapped_as_dataclass": builtin("mapped_as_dataclass", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			o, ok := firstArg(c).(*registryObj)
			if !ok || len(c.Args) != 1 {
				return nil, unsupported(th, "mapped_as_dataclass() without a registry as its one positional argument")
			}
			return o.dataclassDecorator(c.Kw), nil
		}),
		"as_declarative": builtin("as_declarative", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			return asDeclarative(th, c, "as_declarative", func() *registryObj { return &registryObj{r: rt.newRegistry()} })
		}),
		"configure_mappers": builtin("configure_mappers", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args)+len(c.Kw) > 0 {
				return nil, typeErr(th, "configure_mappers() takes no arguments")
			}
			return nil, rt.Configure(th)
		}),
		"object_session": builtin("object_session", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args) != 1 || len(c.Kw) > 0 {
				return nil, typeErr(th, "object_session() takes 1 positional argument but %d were given", len(c.Args)+len(c.Kw))
			}
			st, err := rt.stateOf(th, c.Args[0], nil)
			if err != nil {
				return nil, err
			}
			if so := rt.sessions[st.Session()]; so != nil {
				return so, nil
			}
			return nil, nil // transient or detached: no session
		}),
		"scoped_session": builtin("scoped_session", newScopedSession),
	}
	// names scripts import far more often than they call: importing them
	// works, calling them is refused where the call is
	ormMod["aliased"] = builtin("aliased", rt.aliased)
	ormMod["validates"] = builtin("validates", rt.validatesFn)
	ormMod["NO_VALUE"] = noValue
	ormMod["foreign"] = builtin("foreign", annotate("foreign"))
	ormMod["remote"] = builtin("remote", annotate("remote"))
	for _, n := range []string{"load_only", "defer", "undefer"} {
		ormMod[n] = builtin(n, newLoadOpt(n))
	}
	ormMod["undefer_group"] = builtin("undefer_group", newUndeferGroup)
	ormMod["composite"] = builtin("composite", newComposite)
	compositeDict := interp.NewDict()
	compositeDict.SetStr("Comparator", interp.NewClass("Comparator", nil, interp.NewDict(), nil)) // for comparator_factory= subclasses
	ormMod["CompositeProperty"] = interp.NewClass("CompositeProperty", nil, compositeDict, nil)
	// classes scripts name in annotations and isinstance(); making one
	// directly is refused
	rt.mapperType = &hostType{name: "Mapper", module: "sqlalchemy.orm.mapper", fn: refusedFn("sqlalchemy.orm.Mapper()"), is: func(v interp.Value) bool {
		_, ok := v.(*mapperObj)
		return ok
	}}
	ormMod["Mapper"] = rt.mapperType
	// defaultload() keeps the strategy: options chain below it
	for n, lazy := range map[string]string{"joinedload": "joined", "selectinload": "selectin", "subqueryload": "subquery", "lazyload": "select", "defaultload": ""} {
		ormMod[n] = builtin(n, rt.newRelLoadOpt(n, lazy))
	}
	ormMod["Bundle"] = builtin("Bundle", newBundle)
	ormMod["raiseload"] = refusedCall("sqlalchemy.orm.raiseload")
	ormMod["contains_eager"] = builtin("contains_eager", rt.containsEager)
	ormMod["with_parent"] = withParent()
	ormMod["with_expression"] = builtin("with_expression", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		a := newArgs(th, c, "with_expression")
		_, hasKey := a.get(0, "key")
		_, hasX := a.get(1, "expression")
		if err := missingArgs(th, "with_expression", []string{"key", "expression"}, []bool{hasKey, hasX}); err != nil {
			return nil, err
		}
		return nil, unsupported(th, "sqlalchemy.orm.with_expression")
	})
	core["literal_column"] = builtin("literal_column", literalColumn)
	core["join"], core["outerjoin"] = rt.coreJoin("join"), rt.coreJoin("outerjoin")
	for _, n := range []string{"any_", "all_", "tuple_"} {
		core[n] = refusedCall("sqlalchemy." + n)
	}
	core["cast"] = builtin("cast", castFn("cast"))
	core["null"] = builtin("null", nullFn)
	core["JSON"] = &refusedType{name: "JSON"}
	core["exists"] = builtin("exists", rt.existsOf)
	for n := range compoundOps {
		core[n] = rt.newCompound(n, nil)
	}
	core["literal"] = builtin("literal", literal)
	core["distinct"] = builtin("distinct", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
		a := newArgs(th, c, "distinct")
		x, ok := a.get(0, "expr")
		if err := missingArgs(th, "distinct", []string{"expr"}, []bool{ok}); err != nil {
			return nil, err
		}
		if err := a.check(1); err != nil {
			return nil, err
		}
		return distinct(th, x)
	})
	core["Select"] = &hostType{name: "Select", module: "sqlalchemy.sql.selectable", fn: core["select"].(*interp.Builtin).Fn, is: func(v interp.Value) bool {
		q, ok := v.(*selectObj)
		return ok && !q.legacy
	}}
	ormMod["make_transient"] = builtin("make_transient", rt.makeTransient)
	ormMod["has_inherited_table"] = builtin("has_inherited_table", hasInheritedTable)
	ormMod["selectin_polymorphic"] = builtin("selectin_polymorphic", rt.selectinPolymorphic)
	ormMod["with_polymorphic"] = builtin("with_polymorphic", rt.withPolymorphic)
	engineMod := map[string]interp.Value{"Engine": engineClass{}, "create_engine": core["create_engine"],
		"Connection": &hostType{name: "Connection", module: "sqlalchemy.engine.base", fn: refusedFn("sqlalchemy.engine.Connection()"), is: func(v interp.Value) bool {
			_, ok := v.(*connObj)
			return ok
		}}}
	// sqlalchemy.sql re-exports the expression constructs sqlalchemy has.
	sqlMod := map[string]interp.Value{}
	for _, n := range []string{"text", "select", "delete", "insert", "update", "func", "and_", "or_", "not_", "desc", "asc", "true", "false", "case", "bindparam", "literal", "literal_column", "union_all", "union", "join", "outerjoin", "exists", "cast", "null", "distinct", "Select"} {
		sqlMod[n] = core[n]
	}
	sqlMod["label"] = builtin("label", labelFn)
	sqlMod["column"] = refusedCall("sqlalchemy.sql.column")
	rt.modules = map[string]*interp.Module{
		"sqlalchemy":                      module("sqlalchemy", core),
		"sqlalchemy.orm":                  module("sqlalchemy.orm", ormMod),
		"sqlalchemy.ext":                  module("sqlalchemy.ext", map[string]interp.Value{}),
		"sqlalchemy.ext.hybrid":           module("sqlalchemy.ext.hybrid", map[string]interp.Value{"hybrid_property": builtin("hybrid_property", newHybridProp), "hybrid_method": builtin("hybrid_method", newHybridMethod)}),
		"sqlalchemy.ext.associationproxy": module("sqlalchemy.ext.associationproxy", map[string]interp.Value{"association_proxy": builtin("association_proxy", rt.associationProxyFn)}),
		"sqlalchemy.ext.automap":          module("sqlalchemy.ext.automap", rt.automapModule()),
		"sqlalchemy.orm.interfaces":       interfaces,
		"sqlalchemy.orm.attributes":       rt.attributesModule(),
		"sqlalchemy.orm.collections":      module("sqlalchemy.orm.collections", keyedCollections()),
		"sqlalchemy.ext.orderinglist":     module("sqlalchemy.ext.orderinglist", orderingListModule()),
		"sqlalchemy.dialects":             module("sqlalchemy.dialects", map[string]interp.Value{}),
		"sqlalchemy.dialects.sqlite": module("sqlalchemy.dialects.sqlite", map[string]interp.Value{"insert": builtin("insert", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			v, err := rt.newInsert(th, c)
			if ins, ok := v.(*insertObj); ok {
				ins.sqlite = true
			}
			return v, err
		}), "dialect": builtin("dialect", func(th *interp.Thread, c *interp.Call) (interp.Value, error) {
			if len(c.Args)+len(c.Kw) > 0 {
				return nil, unsupported(th, "sqlite.dialect() with arguments")
			}
			return sqliteDialect{}, nil
		})}),
		"sqlalchemy.ext.declarative": module("sqlalchemy.ext.declarative", map[string]interp.Value{"declarative_base": ormMod["declarative_base"], "as_declarative": ormMod["as_declarative"], "declared_attr": ormMod["declared_attr"]}),
		"sqlalchemy.engine":          module("sqlalchemy.engine", engineMod),
		"sqlalchemy.sql":             module("sqlalchemy.sql", sqlMod),
		"sqlalchemy.exc":             module("sqlalchemy.exc", excMod),
		"sqlalchemy.orm.exc":         module("sqlalchemy.orm.exc", excMod),
		"sqlalchemy.event":           core["event"].(*interp.Module),
		"sqlalchemy.types":           module("sqlalchemy.types", types),
		"sqlalchemy.schema":          module("sqlalchemy.schema", map[string]interp.Value{"Column": core["Column"], "ForeignKey": core["ForeignKey"], "Table": core["Table"], "MetaData": core["MetaData"], "ForeignKeyConstraint": core["ForeignKeyConstraint"], "UniqueConstraint": core["UniqueConstraint"], "FetchedValue": core["FetchedValue"], "Sequence": core["Sequence"], "PrimaryKeyConstraint": core["PrimaryKeyConstraint"], "Index": core["Index"], "CreateTable": builtin("CreateTable", newCreateTable)}),
		"sqlite3":                    module("sqlite3", map[string]interp.Value{"Connection": sqlite3Connection{}, "sqlite_version": store.Version()}),
	}
	rt.modules["sqlalchemy"].Attrs.SetStr("orm", rt.modules["sqlalchemy.orm"])
	rt.modules["sqlalchemy"].Attrs.SetStr("exc", rt.modules["sqlalchemy.exc"])
	rt.modules["sqlalchemy"].Attrs.SetStr("engine", rt.modules["sqlalchemy.engine"])
	rt.modules["sqlalchemy"].Attrs.SetStr("sql", rt.modules["sqlalchemy.sql"])
	rt.modules["sqlalchemy"].Attrs.SetStr("ext", rt.modules["sqlalchemy.ext"])
	rt.modules["sqlalchemy"].Attrs.SetStr("dialects", rt.modules["sqlalchemy.dialects"])
	rt.modules["sqlalchemy.dialects"].Attrs.SetStr("sqlite", rt.modules["sqlalchemy.dialects.sqlite"])
	// the other dialects import (scripts import them beside SQLite's and
	// often never use them); each of their names is refused where used
	for _, n := range []string{"postgresql", "mysql"} {
		rt.modules["sqlalchemy.dialects."+n] = module("sqlalchemy.dialects."+n, map[string]interp.Value{})
		rt.modules["sqlalchemy.dialects"].Attrs.SetStr(n, rt.modules["sqlalchemy.dialects."+n])
	}
	rt.modules["sqlalchemy.ext"].Attrs.SetStr("declarative", rt.modules["sqlalchemy.ext.declarative"])
	rt.modules["sqlalchemy.ext"].Attrs.SetStr("automap", rt.modules["sqlalchemy.ext.automap"])
	rt.modules["sqlalchemy.orm"].Attrs.SetStr("interfaces", interfaces)
	rt.modules["sqlalchemy.orm"].Attrs.SetStr("attributes", rt.modules["sqlalchemy.orm.attributes"])
	rt.modules["sqlalchemy.orm"].Attrs.SetStr("collections", rt.modules["sqlalchemy.orm.collections"])
	for n, f := range keyedCollections() {
		rt.modules["sqlalchemy.orm"].Attrs.SetStr(n, f)
	}
	rt.submodules()
}

// defining lists, for the submodules real code imports from, the public names
// each re-exports from sqlalchemy, sqlalchemy.orm, sqlalchemy.engine,
// sqlalchemy.types and sqlalchemy.schema (the same objects, as 2.0.52 has
// them: conformance/gen-catalog.py's catalog lists what else each holds).
var defining = map[string]string{
	"sqlalchemy.orm.session":       "Connection Engine FromStatement IdentityMap InstanceState LABEL_STYLE_TABLENAME_PLUS_COL LoaderCallableStatus ORMExecuteState PassiveFlag Query Select Session SessionTransaction SessionTransactionOrigin Table TableClause UOWTransaction close_all_sessions inspect make_transient make_transient_to_detached object_mapper object_session sessionmaker",
	"sqlalchemy.orm.decl_api":      "Composite DeclarativeBase DeclarativeBaseNoMeta DeclarativeMeta FromClause InstanceState InstrumentedAttribute Mapped MappedAsDataclass MappedColumn Mapper MetaData ORMDescriptor RelationshipProperty Synonym add_mapped_attribute as_declarative composite declarative_base declarative_mixin declared_attr deferred has_inherited_table mapped_as_dataclass mapped_column registry relationship synonym synonym_for",
	"sqlalchemy.orm.relationships": "CascadeOptions ColumnClause ColumnElement DynamicMapped Exists LoaderCallableStatus MANYTOMANY MANYTOONE ONETOMANY PassiveFlag PropComparator Relationship RelationshipDirection RelationshipProperty WriteOnlyMapped class_mapper foreign inspect remote",
	"sqlalchemy.orm.query":         "AliasOption BooleanClauseList Executable Exists FromStatement HasPrefixes HasSuffixes LABEL_STYLE_TABLENAME_PLUS_COL Query QueryContext Result Row Select SelectLabelStyle inspect object_mapper with_parent",
	"sqlalchemy.orm.scoping":       "QueryPropertyDescriptor Session scoped_session",
	"sqlalchemy.engine.base":       "BindTyping Connection Engine ExceptionContext ExecutionContext NestedTransaction RootTransaction Transaction TwoPhaseTransaction",
	"sqlalchemy.engine.result":     "ChunkedIteratorResult FilterResult FrozenResult IteratorResult MappingResult MergedResult Result Row RowMapping ScalarResult TupleResult result_tuple",
	"sqlalchemy.sql.expression":    "Alias AliasedReturnsRows BinaryExpression BindParameter BooleanClauseList CTE CacheKey Case Cast ClauseElement ClauseList CollectionAggregate ColumnClause ColumnCollection ColumnElement ColumnExpressionArgument ColumnOperators CompoundSelect Delete Executable Exists Extract False_ FromClause FromGrouping Function FunctionElement FunctionFilter GenerativeSelect Grouping HasCTE HasPrefixes HasSuffixes Insert Join LABEL_STYLE_DEFAULT LABEL_STYLE_NONE LABEL_STYLE_TABLENAME_PLUS_COL Label LambdaElement Lateral Null Operators Over ReleaseSavepointClause ReturnsRows RollbackToSavepointClause SQLColumnExpression SavepointClause ScalarSelect Select SelectBase SelectLabelStyle Selectable StatementLambdaElement Subquery TableClause TableSample TableValuedAlias TextAsFrom TextClause True_ TryCast Tuple TypeClause TypeCoerce UnaryExpression Update UpdateBase Values ValuesBase Visitable WithinGroup alias all_ and_ any_ asc between bindparam bitwise_not case cast collate column cte custom_op delete desc distinct except_ except_all exists extract false func funcfilter insert intersect intersect_all join label lambda_stmt lateral literal literal_column modifier not_ null nulls_first nulls_last or_ outerjoin outparam over quoted_name select table tablesample text true try_cast tuple_ type_coerce union union_all update values within_group",
	"sqlalchemy.sql.schema":        "BLANK_SCHEMA CheckConstraint ClauseElement Column ColumnClause ColumnCollectionConstraint ColumnCollectionMixin ColumnDefault ColumnElement Computed Constraint DefaultClause DefaultGenerator Executable FetchedValue ForeignKey ForeignKeyConstraint HasConditionalDDL Identity Index MetaData PrimaryKeyConstraint SchemaConst SchemaItem SchemaVisitable Sequence Table TableClause TextClause UniqueConstraint insert_sentinel quoted_name to_instance",
	"sqlalchemy.sql.sqltypes":      "ARRAY BIGINT BINARY BLOB BOOLEAN BigInteger Boolean CHAR CLOB Concatenable DATE DATETIME DECIMAL DOUBLE DOUBLE_PRECISION Date DateTime Double Enum FLOAT Float INT Indexable Integer Interval JSON LargeBinary MatchType NCHAR NULLTYPE NUMERIC NVARCHAR NullType Numeric PickleType REAL SMALLINT STRINGTYPE SchemaType SmallInteger String TEXT TIME TIMESTAMP Text Time TupleType TypeDecorator TypeEngine UUID Unicode UnicodeText Uuid VARBINARY VARCHAR Variant quoted_name to_instance",
}

// submodules makes the modules of defining from the engine's own objects: a
// name the engine lacks stays out, so importing it is refused by name.
func (rt *Runtime) submodules() {
	from := []*interp.Module{rt.modules["sqlalchemy.orm"], rt.modules["sqlalchemy"], rt.modules["sqlalchemy.engine"], rt.modules["sqlalchemy.types"], rt.modules["sqlalchemy.schema"]}
	for name, names := range defining {
		attrs := map[string]interp.Value{}
		for _, n := range strings.Fields(names) {
			for _, m := range from {
				if v, ok := m.Attrs.GetStr(n); ok {
					attrs[n] = v
					break
				}
			}
		}
		m := module(name, attrs)
		if rt.modules[name] != nil {
			panic("sa: " + name + " is built twice")
		}
		rt.modules[name] = m
		dot := strings.LastIndexByte(name, '.')
		rt.modules[name[:dot]].Attrs.SetStr(name[dot+1:], m)
	}
}
