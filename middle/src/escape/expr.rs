//! The graph of expressions (gc's `expr.go`): where each value flows, the loads and addresses
//! of places, and the locations of allocating expressions (sites).

use base::types::{Type, TypeId};

use super::graph::{Hole, LocKind, BLANK, HEAP, MUTATOR};
use super::Batch;
use crate::ir::*;

impl<'p> Batch<'p> {
    /// The value of `e` flows into `k`.
    pub(super) fn expr(&mut self, mut k: Hole, e: &'p Expr) {
        if k.derefs >= 0 && !self.has_pointers(e.ty) {
            k.dst = BLANK;
        }
        match &e.kind {
            ExprKind::Const(_) | ExprKind::Zero | ExprKind::DeferRangeFunc => {}
            ExprKind::Load(p) => {
                // The outermost selector, index or star of the place, as gc notes it.
                let why = match p {
                    Place::Field(inner, _) if matches!(**inner, Place::Deref(_)) => {
                        Some("dot of pointer")
                    }
                    Place::Field(..) => Some("dot"),
                    Place::Deref(_) => Some("indirection"),
                    Place::SliceElem(..) => Some("dot of pointer"),
                    Place::Index(..) => Some("fixed-array-index-of"),
                    Place::Local(_) | Place::Global(_) => None,
                };
                let k = match why {
                    Some(why) => self.note(k, e.span, why),
                    None => k,
                };
                self.load_at(k, p, e.span)
            }
            ExprKind::Addr(p) => {
                let k = self.note(k, e.span, "address-of");
                self.addr_of(k, p)
            }
            ExprKind::FieldOf(x, _) => {
                let k = self.note(k, e.span, "dot");
                self.expr(k, x)
            }
            ExprKind::IndexOf(x, i, _) => {
                let k = self.note(k, e.span, "fixed-array-index-of");
                self.expr(k, x);
                self.discard(i);
            }
            ExprKind::Unary(_, x) => self.discard(x),
            ExprKind::Binary(_, a, b) | ExprKind::Complex(a, b) => {
                self.discard(a);
                self.discard(b);
            }
            ExprKind::Convert(x) => self.expr(k, x),
            // Only the walk pass, after escape analysis, makes these; analysed as written.
            ExprKind::Seq(stmts, x) => {
                self.block(stmts);
                self.expr(k, x);
            }
            ExprKind::StringFromBytes(x)
            | ExprKind::BytesFromString(x)
            | ExprKind::StringFromRune(x)
            | ExprKind::StringFromRunes(x)
            | ExprKind::RunesFromString(x) => {
                if self.is_site(e) {
                    self.spill(k, e);
                }
                self.discard(x);
            }
            ExprKind::Concat(parts) => {
                if self.is_site(e) {
                    self.spill(k, e);
                }
                for p in parts {
                    self.discard(p);
                }
            }
            ExprKind::DecodeRune(a, b) => {
                self.discard(a);
                self.discard(b);
            }
            // The pointer becomes the result's (gc's OUNSAFEADD, OSTRINGHEADER, OSLICEHEADER,
            // OSPTR); the lengths are plain values.
            ExprKind::UnsafeAdd(p, n) | ExprKind::StringHeader(p, n) => {
                self.expr(k, p);
                self.discard(n);
            }
            ExprKind::SliceHeader(p, l, c) => {
                self.expr(k, p);
                self.discard(l);
                self.discard(c);
            }
            ExprKind::DataPtr(x) => self.expr(k, x),
            ExprKind::Call(..) | ExprKind::CallExtern(..) | ExprKind::CallValue(..) => {
                self.call(Some(&[k]), e)
            }
            // The address of read-only data (`main.f·f`): nothing to follow.
            ExprKind::FuncValue(_) => {}
            // A method value (gc's OMETHVALUE): its funcval is a site; the receiver goes into it
            // and, as the method's receiver tag says, where the method takes it — its results
            // to the heap, since nobody knows how the method value will be called.
            ExprKind::MethodValue { method, recv, .. } => {
                let closure_k = self.spill(k, e);
                let nresults = match self.types().under(e.ty) {
                    Type::Func(sig) => sig.results.len(),
                    _ => 0,
                };
                let ks = vec![self.hole(HEAP); nresults];
                let param_k = match method {
                    Some(m) => self.arg_hole(Some(&ks), *m, 0),
                    None => self.hole(HEAP),
                };
                let k = self.tee(&[param_k, closure_k]);
                self.expr(k, recv);
            }
            // A function literal (gc's OCLOSURE): its funcval is a site. What it captures
            // flows into it once how is decided (`flow_closure`); a closure's body is walked
            // here, as part of the function it stands in.
            ExprKind::Closure { func, .. } => {
                let site = self.spill(k, e);
                self.closure_sites.insert(site.dst, *func);
                self.closures.push((site, *func));
                if self.program.funcs[func.index()].is_closure() {
                    let locs = self.capture_locs.get(func).cloned().unwrap_or_default();
                    for loc in locs {
                        let l = &mut self.locs[loc];
                        if !l.captured {
                            l.captured = true;
                            // Reassignments in straight-line code before the first capture
                            // do not count.
                            if l.loop_depth == self.loop_depth {
                                l.reassigned = false;
                            }
                        }
                    }
                    self.walk_closure(*func);
                }
            }
            ExprKind::Len(x) | ExprKind::Cap(x) => self.discard(x),
            ExprKind::Slice { x, lo, hi, max, .. } => {
                let k = match self.explain && self.notes.gc_nodes.is_slice(e.span) {
                    true => self.note(k, e.span, "slice"),
                    false => k,
                };
                self.expr(k, x);
                for b in [lo, hi, max].into_iter().flatten() {
                    self.discard(b);
                }
            }
            ExprKind::New => {
                let site = self.spill(k, e);
                self.size_limit(e, site.dst);
            }
            // Maps (gc's OMAKEMAP, OINDEXMAP, ODELETE, …): a new map is a site; a key stored
            // into a map goes to the heap (the value too, stored through the slot `mapassign`
            // returns); everything else is only read.
            ExprKind::Map(op, args) => {
                if let MapOp::Make { .. } = op {
                    self.spill(k, e);
                }
                for (i, a) in args.iter().enumerate() {
                    if *op == MapOp::Assign && i == 1 {
                        let heap = self.hole(HEAP);
                        let key = self.note(heap, e.span, "key of map put");
                        self.expr(key, a);
                    } else {
                        self.discard(a);
                    }
                }
            }
            ExprKind::MakeSlice { len, cap } => {
                let site = self.spill(k, e);
                self.make_size(e, site.dst, len, cap.as_deref());
                self.discard(len);
                if let Some(c) = cap {
                    self.discard(c);
                }
            }
            ExprKind::Composite(items) => {
                let why = match self.types().under(e.ty) {
                    Type::Struct(_) => "struct literal element",
                    // A slice literal's array (lowering makes `[]T{…}` an array it slices).
                    _ if self.explain && self.notes.gc_nodes.is_slice_literal(e.span) => {
                        "slice-literal-element"
                    }
                    _ => "array literal element",
                };
                for (_, v) in items {
                    let k = self.note(k, e.span, why);
                    self.expr(k, v);
                }
            }
            ExprKind::Append(s, elems) => {
                let elem_ptrs = self.elem_has_pointers(s.ty);
                self.appendee(k, s, elem_ptrs, e);
                for el in elems {
                    let k = self.note(self.hole(HEAP), e.span, "call parameter");
                    self.expr(k, el);
                }
                self.append_store(k, e);
            }
            ExprKind::AppendSlice(s, t) => {
                let elem_ptrs = self.elem_has_pointers(s.ty);
                self.appendee(k, s, elem_ptrs, e);
                let appended = if self.elem_has_pointers(t.ty) {
                    self.deref_note(self.hole(HEAP), e.span, "appended slice...")
                } else {
                    self.hole(BLANK)
                };
                let appended = self.note(appended, e.span, "call parameter");
                self.expr(appended, t);
                self.append_store(k, e);
            }
            ExprKind::Copy(a, b) => {
                let m = self.note(self.hole(MUTATOR), e.span, "call parameter");
                self.expr(m, a);
                let copied = if self.elem_has_pointers(b.ty) {
                    self.deref_note(self.hole(HEAP), e.span, "copied slice")
                } else {
                    self.hole(BLANK)
                };
                let copied = self.note(copied, e.span, "call parameter");
                self.expr(copied, b);
            }
            // A value that is not pointer-shaped is copied to memory the data word points
            // to (gc's OCONVIFACE spill): that copy is an allocation site.
            ExprKind::MakeIface { value, data } => {
                let k = if matches!(data, DataWord::Direct | DataWord::Global(_)) {
                    k
                } else {
                    self.spill(k, e)
                };
                let k = self.note(k, e.span, "interface-converted");
                self.expr(k, value);
            }
            ExprKind::IfaceToEface(x)
            | ExprKind::IfaceToIface(x)
            | ExprKind::AssertIface { x, .. } => self.expr(k, x),
            // gc's dotType: a value that is not pointer-shaped is loaded through the data
            // word, so what flows is what the interface points to.
            ExprKind::AssertConcrete { x, .. } => {
                let t = match self.types().get(e.ty) {
                    Type::Tuple(ts) => ts.first().copied().unwrap_or(e.ty),
                    _ => e.ty,
                };
                if self.types().size_of(t) == 8 && self.types().ptr_bytes(t) == 8 {
                    self.expr(k, x)
                } else {
                    self.expr(k.deref(), x)
                }
            }
            ExprKind::CallIface { recv, args, .. } => {
                let k = self.note(self.hole(HEAP), e.span, "call parameter");
                self.expr(k, recv);
                for a in args {
                    let k = self.note(self.hole(HEAP), e.span, "call parameter");
                    self.expr(k, a);
                }
            }
        }
    }

    pub(super) fn discard(&mut self, e: &'p Expr) {
        self.expr(self.hole(BLANK), e);
    }

    fn has_pointers(&self, t: TypeId) -> bool {
        match self.types().get(t) {
            Type::Tuple(_) => true,
            _ => self.types().has_pointers(t),
        }
    }

    /// Allocates the location of an allocating expression, flows its address to `k`, and
    /// returns the hole for values stored in it.
    pub(super) fn spill(&mut self, k: Hole, e: &Expr) -> Hole {
        let loc = self.new_loc(LocKind::Site, Some(self.func), self.loop_depth);
        self.locs[loc].node = super::graph::Node::Site(e.site, e.span);
        if let Some(site) = e.site {
            self.sites.push((loc, self.func, site));
        }
        let k = self.addr_note(k, e.span, "spill");
        self.flow(k, loc);
        self.hole(loc)
    }

    /// Whether `e` is a site gc names (one with a remark).
    fn is_site(&self, e: &Expr) -> bool {
        e.site.is_some_and(|id| self.notes.sites.contains_key(&id))
    }

    fn elem_has_pointers(&self, t: TypeId) -> bool {
        match self.types().under(t) {
            Type::Slice(e) => self.types().has_pointers(*e),
            _ => false,
        }
    }

    /// The slice `append` appends to: it may be the result, it is mutated, and its elements
    /// may be copied to a new heap array.
    fn appendee(&mut self, k: Hole, s: &'p Expr, elem_ptrs: bool, call: &Expr) {
        let mut tee = self.tee(&[k, self.hole(MUTATOR)]);
        if elem_ptrs {
            let heap = self.deref_note(self.hole(HEAP), call.span, "appendee slice");
            tee = self.tee(&[tee, heap]);
        }
        let tee = self.note(tee, call.span, "call parameter");
        self.expr(tee, s);
    }

    /// The backing store `append` may allocate; gc treats it as outside any loop, since each
    /// append site uses its stack buffer at most once.
    fn append_store(&mut self, k: Hole, e: &Expr) {
        if !self.is_site(e) {
            return;
        }
        let site = self.spill(k, e);
        self.locs[site.dst].loop_depth = 0;
    }

    /// The value of a place flows into `k`.
    pub(super) fn load(&mut self, k: Hole, p: &'p Place) {
        self.load_at(k, p, base::source::Span::default())
    }

    /// [`Batch::load`] of the place an expression at `at` loads (for `-m=2`'s notes).
    fn load_at(&mut self, k: Hole, p: &'p Place, at: base::source::Span) {
        match p {
            Place::Local(l) => {
                let loc = self.var(*l);
                self.flow(k, loc);
            }
            Place::Global(_) => {}
            Place::Deref(x) => self.expr(k.deref(), x),
            Place::Field(inner, _) => self.load(k, inner),
            Place::Index(inner, i, _) => {
                match &**inner {
                    // An element of the array a pointer points to (`p[i]` is `(*p)[i]`, the
                    // `*` where the index expression is).
                    Place::Deref(x) => {
                        let k = self.implicit_deref_note(k, x.span, at, "indirection");
                        self.expr(k, x);
                    }
                    inner => self.load(k, inner),
                }
                self.discard(i);
            }
            Place::SliceElem(s, i, _) => {
                self.expr(k.deref(), s);
                self.discard(i);
            }
        }
    }

    /// The address of a place flows into `k`.
    fn addr_of(&mut self, k: Hole, p: &'p Place) {
        match p {
            Place::Local(l) => {
                let loc = self.var(*l);
                self.flow(k.addr(), loc);
            }
            Place::Global(_) => {}
            // `&*x` is `x`; `&s[i]` points into what `s` points to.
            Place::Deref(x) => self.expr(k, x),
            Place::SliceElem(s, i, _) => {
                self.expr(k, s);
                self.discard(i);
            }
            Place::Field(inner, _) => self.addr_of(k, inner),
            Place::Index(inner, i, _) => {
                self.addr_of(k, inner);
                self.discard(i);
            }
        }
    }
}
