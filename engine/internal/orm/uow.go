package orm

import (
	"cascadelab/engine/internal/exc"
	"sort"
)

// The unit of work mirrors lib/sqlalchemy/orm/unitofwork.py: presort
// actions per relationship register the states a flush touches; postsort
// actions (save/delete per mapper, process per relationship) are ordered by
// their sort key and then topologically by their dependencies; mappers that
// depend on themselves are broken into per-state actions.

type actKind int

const (
	saveAll actKind = iota
	deleteAll
	processAll
	saveState
	deleteState
	processState
	postUpdateAll
)

type action struct {
	kind     actKind
	m        *Mapper
	dp       *depProc
	isDelete bool
	st       *State
	disabled bool
	key      []string // the Python sort_key tuple
}

type actKey struct {
	kind     actKind
	m        *Mapper
	dp       *depProc
	isDelete bool
	st       *State
}

type reg struct{ isDelete, listOnly bool }

type histKey struct {
	st *State
	r  *Relationship
}

type histEntry struct {
	h      history
	loaded bool
}

type uow struct {
	sess        *Session
	states      map[*State]*reg
	stateOrder  []*State
	mappers     map[*Mapper][]*State
	pre         map[*depProc]*preprocess
	preOrder    []*preprocess
	post        map[actKey]*action
	postOrder   []*action
	deps        map[[2]*action]bool
	depOrder    [][2]*action
	dpsByMapper map[*Mapper][]*depProc
	hist        map[histKey]histEntry
	childrenAdd map[*depProc]map[*State]bool
	reversed    map[string]map[[2]*State]bool
	cycles      map[*action]bool
	// postUpdates are register_post_update's states and columns per base mapper
	postUpdateStates map[*Mapper]*postUpdateSet
}

func newUOW(s *Session) *uow {
	return &uow{sess: s, states: map[*State]*reg{}, mappers: map[*Mapper][]*State{}, pre: map[*depProc]*preprocess{},
		post: map[actKey]*action{}, deps: map[[2]*action]bool{}, dpsByMapper: map[*Mapper][]*depProc{},
		hist: map[histKey]histEntry{}, childrenAdd: map[*depProc]map[*State]bool{}, reversed: map[string]map[[2]*State]bool{}, postUpdateStates: map[*Mapper]*postUpdateSet{}}
}

func (u *uow) act(k actKey) *action {
	if a := u.post[k]; a != nil {
		return a
	}
	a := &action{kind: k.kind, m: k.m, dp: k.dp, isDelete: k.isDelete, st: k.st}
	switch k.kind {
	case saveAll:
		a.key = []string{"SaveUpdateAll", k.m.SortKey}
	case deleteAll:
		a.key = []string{"DeleteAll", k.m.SortKey}
	case processAll:
		a.key = []string{"ProcessAll", k.dp.sortKey, boolKey(k.isDelete)}
		u.addDP(k.dp.r.Parent.Root(), k.dp)
	case saveState:
		a.key = []string{"ProcessState", k.st.M.Root().SortKey}
	case deleteState:
		a.key = []string{"DeleteState", k.st.M.Root().SortKey}
	case processState:
		a.key = []string{"ProcessState", k.dp.sortKey}
	case postUpdateAll:
		a.key = []string{"PostUpdateAll", k.m.SortKey, boolKey(k.isDelete)}
	}
	u.post[k] = a
	u.postOrder = append(u.postOrder, a)
	return a
}

func boolKey(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

func (u *uow) addDP(m *Mapper, dp *depProc) {
	for _, d := range u.dpsByMapper[m] {
		if d == dp {
			return
		}
	}
	u.dpsByMapper[m] = append(u.dpsByMapper[m], dp)
}

// saves and deletes are the SaveUpdateAll and DeleteAll of m's hierarchy.
func (u *uow) saves(m *Mapper) *action   { return u.act(actKey{kind: saveAll, m: m.Root()}) }
func (u *uow) deletes(m *Mapper) *action { return u.act(actKey{kind: deleteAll, m: m.Root()}) }

// hierarchy lists the registered states of m and its subclasses, as
// SQLAlchemy reads them from its defaultdict: every mapper looked at
// becomes a key, which register later takes as already set up.
func (u *uow) hierarchy(m *Mapper) []*State {
	var out []*State
	for _, x := range m.SelfAndDescendants() {
		if _, ok := u.mappers[x]; !ok {
			u.mappers[x] = nil
		}
		out = append(out, u.mappers[x]...)
	}
	return out
}

func (u *uow) dep(a, b *action) {
	k := [2]*action{a, b}
	if !u.deps[k] {
		u.deps[k] = true
		u.depOrder = append(u.depOrder, k)
	}
}

// register is UOWTransaction.register_object.
func (u *uow) register(st *State, isDelete, listOnly, cancelDelete bool) bool {
	if !u.sess.Contains(st) {
		return false
	}
	if r := u.states[st]; r != nil {
		if !listOnly && (isDelete || cancelDelete) {
			r.isDelete, r.listOnly = isDelete, false
		}
		return true
	}
	if _, ok := u.mappers[st.M]; !ok {
		u.perMapperActions(st.M)
	}
	u.mappers[st.M] = append(u.mappers[st.M], st)
	u.states[st] = &reg{isDelete: isDelete, listOnly: listOnly}
	u.stateOrder = append(u.stateOrder, st)
	return true
}

func (u *uow) isDeleted(st *State) bool {
	r := u.states[st]
	return r != nil && r.isDelete
}

func (u *uow) perMapperActions(m *Mapper) {
	u.mappers[m] = nil
	u.dep(u.saves(m), u.deletes(m))
	for _, r := range m.Rels {
		if r.ViewOnly {
			continue
		}
		dp := r.depProc()
		if u.pre[dp] == nil {
			p := &preprocess{dp: dp, done: map[*State]bool{}}
			u.pre[dp] = p
			u.preOrder = append(u.preOrder, p)
		}
	}
}

// history is UOWTransaction.get_attribute_history, cached per flush; a
// cached answer computed without loading is recomputed when loading is allowed.
func (u *uow) history(st *State, r *Relationship, load bool) (history, error) {
	k := histKey{st, r}
	if e, ok := u.hist[k]; ok && (e.loaded || !load) {
		return e.h, nil
	}
	h, err := st.relHistory(r, load)
	if err != nil {
		return history{}, err
	}
	u.hist[k] = histEntry{h: h, loaded: load}
	return h, nil
}

func (u *uow) statesOf(m *Mapper, isDelete bool) []*State {
	var out []*State
	for _, st := range u.hierarchy(m.Root()) {
		if r := u.states[st]; r.isDelete == isDelete && !r.listOnly {
			out = append(out, st)
		}
	}
	return out
}

type preprocess struct {
	dp    *depProc
	done  map[*State]bool
	setup bool
}

func (p *preprocess) execute(u *uow) (bool, error) {
	var dels, saves []*State
	for _, st := range u.hierarchy(p.dp.r.Parent) {
		if p.done[st] {
			continue
		}
		if r := u.states[st]; !r.listOnly {
			if r.isDelete {
				dels = append(dels, st)
			} else {
				saves = append(saves, st)
			}
		}
	}
	if len(dels) > 0 {
		if err := p.dp.presortDeletes(u, dels); err != nil {
			return false, err
		}
		for _, st := range dels {
			p.done[st] = true
		}
	}
	if len(saves) > 0 {
		if err := p.dp.presortSaves(u, saves); err != nil {
			return false, err
		}
		for _, st := range saves {
			p.done[st] = true
		}
	}
	if len(dels) == 0 && len(saves) == 0 {
		return false, nil
	}
	if !p.setup {
		chD, err := p.dp.propHasChanges(u, dels, true)
		if err != nil {
			return false, err
		}
		chS, err := p.dp.propHasChanges(u, saves, false)
		if err != nil {
			return false, err
		}
		if chD || chS {
			p.dp.perPropertyActions(u)
			p.setup = true
		}
	}
	return true, nil
}

func (u *uow) generate() ([]*action, error) {
	for {
		ran := false
		for _, p := range append([]*preprocess(nil), u.preOrder...) {
			ok, err := p.execute(u)
			if err != nil {
				return nil, err
			}
			ran = ran || ok
		}
		if !ran {
			break
		}
	}
	u.cycles = findCycles(u.depOrder)
	if len(u.cycles) > 0 {
		convert := map[*action][]*action{}
		var cyc []*action
		for _, a := range u.postOrder {
			if u.cycles[a] {
				cyc = append(cyc, a)
			}
		}
		for _, a := range cyc {
			acts, err := u.perStateActions(a)
			if err != nil {
				return nil, err
			}
			convert[a] = acts
		}
		var kept [][2]*action
		edges := u.depOrder
		u.deps, u.depOrder = map[[2]*action]bool{}, nil
		for _, e := range edges {
			switch {
			case e[0] == nil || e[1] == nil || e[0].disabled || e[1].disabled || (u.cycles[e[0]] && u.cycles[e[1]]):
			case u.cycles[e[0]]:
				for _, d := range convert[e[0]] {
					kept = append(kept, [2]*action{d, e[1]})
				}
			case u.cycles[e[1]]:
				for _, d := range convert[e[1]] {
					kept = append(kept, [2]*action{e[0], d})
				}
			default:
				kept = append(kept, e)
			}
		}
		for _, e := range kept {
			u.dep(e[0], e[1])
		}
	}
	var out []*action
	for _, a := range u.postOrder {
		if !a.disabled && !u.cycles[a] {
			out = append(out, a)
		}
	}
	return out, nil
}

func (u *uow) perStateActions(a *action) ([]*action, error) {
	switch a.kind {
	case saveAll:
		states := u.statesOf(a.m, false)
		var out []*action
		del := u.deletes(a.m)
		for _, st := range states {
			x := u.act(actKey{kind: saveState, st: st})
			u.dep(x, del)
			out = append(out, x)
		}
		for _, dp := range u.dpsByMapper[a.m] {
			if err := dp.perStateActions(u, dp.statesWith(states), false); err != nil {
				return nil, err
			}
		}
		return out, nil
	case deleteAll:
		states := u.statesOf(a.m, true)
		var out []*action
		sv := u.saves(a.m)
		for _, st := range states {
			x := u.act(actKey{kind: deleteState, st: st})
			u.dep(sv, x)
			out = append(out, x)
		}
		for _, dp := range u.dpsByMapper[a.m] {
			if err := dp.perStateActions(u, dp.statesWith(states), true); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	return nil, nil
}

// findCycles lists every action on a dependency cycle (topological.find_cycles).
func findCycles(edges [][2]*action) map[*action]bool {
	out := map[*action]bool{}
	succ := map[*action][]*action{}
	var nodes []*action
	seen := map[*action]bool{}
	for _, e := range edges {
		if e[0] == nil || e[1] == nil {
			continue
		}
		succ[e[0]] = append(succ[e[0]], e[1])
		for _, n := range e {
			if !seen[n] {
				seen[n] = true
				nodes = append(nodes, n)
			}
		}
	}
	// Tarjan's strongly connected components
	index := map[*action]int{}
	low := map[*action]int{}
	on := map[*action]bool{}
	var stack []*action
	next := 0
	var visit func(*action)
	visit = func(v *action) {
		index[v], low[v] = next, next
		next++
		stack = append(stack, v)
		on[v] = true
		for _, w := range succ[v] {
			if _, ok := index[w]; !ok {
				visit(w)
				low[v] = min(low[v], low[w])
			} else if on[w] {
				low[v] = min(low[v], index[w])
			}
		}
		if low[v] == index[v] {
			var comp []*action
			for {
				w := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				on[w] = false
				comp = append(comp, w)
				if w == v {
					break
				}
			}
			self := false
			for _, w := range succ[v] {
				self = self || w == v
			}
			if len(comp) > 1 || self {
				for _, w := range comp {
					out[w] = true
				}
			}
		}
	}
	for _, n := range nodes {
		if _, ok := index[n]; !ok {
			visit(n)
		}
	}
	return out
}

func lessKey(a, b []string) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return len(a) < len(b)
}

// layers is topological.sort_as_subsets: Kahn's algorithm, each round taking
// every ready node in the given order.
func layers(edges [][2]*action, all []*action) ([][]*action, error) {
	parents := map[*action]map[*action]bool{}
	for _, e := range edges {
		if parents[e[1]] == nil {
			parents[e[1]] = map[*action]bool{}
		}
		parents[e[1]][e[0]] = true
	}
	todo := append([]*action(nil), all...)
	left := map[*action]bool{}
	for _, a := range all {
		left[a] = true
	}
	var out [][]*action
	for len(todo) > 0 {
		var layer, rest []*action
		for _, a := range todo {
			ready := true
			for p := range parents[a] {
				if left[p] {
					ready = false
					break
				}
			}
			if ready {
				layer = append(layer, a)
			} else {
				rest = append(rest, a)
			}
		}
		if len(layer) == 0 {
			return nil, &exc.Error{Class: exc.CircularDependencyError, Msg: "Circular dependency detected while ordering the flush; cascadelab cannot order these rows (SQLAlchemy would need post_update=True here)"}
		}
		for _, a := range layer {
			delete(left, a)
		}
		out = append(out, layer)
		todo = rest
	}
	return out, nil
}

func (u *uow) execute() error {
	acts, err := u.generate()
	if err != nil {
		return err
	}
	sort.SliceStable(acts, func(i, j int) bool { return lessKey(acts[i].key, acts[j].key) })
	subsets, err := layers(u.depOrder, acts)
	if err != nil {
		return err
	}
	for _, set := range subsets {
		if len(u.cycles) == 0 {
			for _, a := range set {
				if err := u.run(a); err != nil {
					return err
				}
			}
			continue
		}
		done := map[*action]bool{}
		for i, a := range set {
			if done[a] {
				continue
			}
			done[a] = true
			if err := u.runAggregate(a, set[i+1:], done); err != nil {
				return err
			}
		}
	}
	return nil
}

func (u *uow) run(a *action) error {
	switch a.kind {
	case saveAll:
		return u.saveObj(a.m, u.statesOf(a.m, false))
	case deleteAll:
		return u.deleteObj(a.m, u.statesOf(a.m, true))
	case processAll:
		var states []*State
		for _, st := range u.hierarchy(a.dp.r.Parent) {
			if r := u.states[st]; r.isDelete == a.isDelete && !r.listOnly {
				states = append(states, st)
			}
		}
		if a.isDelete {
			return a.dp.processDeletes(u, states)
		}
		return a.dp.processSaves(u, states)
	case postUpdateAll:
		return u.postUpdate(a.m, a.isDelete)
	}
	return nil
}

// runAggregate is PostSortRec.execute_aggregate: per-state actions of one
// kind in the same layer run together, as one statement group.
func (u *uow) runAggregate(a *action, rest []*action, done map[*action]bool) error {
	if a.kind != saveState && a.kind != deleteState && a.kind != processState {
		return u.run(a)
	}
	states := []*State{a.st}
	for _, b := range rest {
		if done[b] || b.kind != a.kind {
			continue
		}
		if (a.kind == processState && b.dp == a.dp && b.isDelete == a.isDelete) || (a.kind != processState && b.st.M.Root() == a.st.M.Root()) {
			done[b] = true
			states = append(states, b.st)
		}
	}
	switch a.kind {
	case saveState:
		return u.saveObj(a.st.M.Root(), states)
	case deleteState:
		var del []*State
		for _, st := range states {
			if u.isDeleted(st) {
				del = append(del, st)
			}
		}
		return u.deleteObj(a.st.M.Root(), del)
	}
	if a.isDelete {
		return a.dp.processDeletes(u, states)
	}
	return a.dp.processSaves(u, states)
}

// Flush is session.flush().
func (s *Session) Flush() error {
	if err := s.checkUsable(); err != nil {
		return err
	}
	if s.flushing {
		return &exc.Error{Class: exc.InvalidRequestError, Msg: "Session is already flushing"}
	}
	if s.clean() {
		return nil
	}
	s.flushing = true
	defer func() { s.flushing = false }()
	// the listeners may change the session: what to flush is read after
	if err := s.fireSession(BeforeFlush); err != nil {
		return err
	}
	u := newUOW(s)
	var proc []*State
	for _, st := range s.newOrder.list() {
		if !s.delSet[st] {
			proc = append(proc, st)
		}
	}
	for _, st := range s.idOrder.list() {
		if s.dirty[st] && !s.delSet[st] && !s.newSet[st] {
			proc = append(proc, st)
		}
	}
	processed := map[*State]bool{}
	for _, st := range proc {
		orphan := st.isOrphan()
		if orphan && st.Key == nil && st.orphanedOutside {
			s.expungeState(st)
			continue
		}
		u.register(st, orphan && st.Key != nil, false, false)
		processed[st] = true
	}
	for _, st := range s.delOrder.list() {
		if !processed[st] {
			u.register(st, true, false, false)
		}
	}
	if len(u.states) == 0 {
		s.dirty = map[*State]bool{}
		return nil
	}
	s.Begin()
	// Session._flush: after_flush sees the session as it was, then the
	// changes are finalized, then after_flush_postexec; an error in any of
	// them rolls the transaction back
	err := u.execute()
	if err == nil {
		err = s.fireSession(AfterFlush)
	}
	if err == nil {
		u.finalize()
		err = s.fireSession(AfterFlushPostexec)
	}
	if err != nil {
		s.failed = err
		if db, derr := s.Engine.DB(); derr == nil {
			db.Rollback()
		}
		if s.tx == txActive {
			s.tx = txDeactive
			if rerr := s.fireSession(AfterRollback); rerr != nil {
				return rerr
			}
		}
		return err
	}
	return nil
}

// finalize is finalize_flush_changes: inserted rows become persistent,
// deleted ones leave the identity map, everything is committed.
func (u *uow) finalize() {
	s := u.sess
	for _, st := range u.stateOrder {
		r := u.states[st]
		if r.isDelete {
			s.removeIdentity(st)
			if s.delSet[st] {
				delete(s.delSet, st)
				s.delOrder.remove(st)
			}
			st.deleted = true
			s.txDeleted = append(s.txDeleted, st)
			continue
		}
		if st.Key == nil {
			key := make([]any, len(st.M.PK()))
			for i, c := range st.M.PK() {
				key[i] = st.Dict[st.M.ColKey(c)]
			}
			st.Key = key
			delete(s.newSet, st)
			s.newOrder.remove(st)
			s.addIdentity(st)
			s.txNew = append(s.txNew, st)
		}
		st.commitAll()
	}
	// changes made inside the flush (by its listeners) to objects that were
	// not part of it are reset, not flushed later (Session._flush warns)
	for st := range s.dirty {
		if _, flushed := u.states[st]; !flushed && st.Key != nil {
			st.commitAll()
		}
	}
	s.dirty = map[*State]bool{}
}

// statesWith is filter_states_for_dep: the states whose class has the
// dependency processor's relationship.
func (d *depProc) statesWith(states []*State) []*State {
	var out []*State
	for _, st := range states {
		if st.M.Rel(d.r.Key) == d.r {
			out = append(out, st)
		}
	}
	return out
}
