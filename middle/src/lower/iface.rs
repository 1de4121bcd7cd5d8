//! Lowering of interface operations: conversions to interfaces (gc's OCONVIFACE as order.go and
//! walk/convert.go compile it), interface → interface conversions, method calls through an
//! interface, type assertions.
//!
//! A concrete value `v` of type `T` converted to an interface becomes `MakeIface { v, data }`
//! where `data` is gc's `dataWord` choice, first match wins:
//!
//! ```text
//! T pointer-shaped (size = ptr bytes = 8)     data = v                        Direct
//! size(T) == 0                                data = &runtime.zerobase        ZeroBase
//! bool / 1-byte integer (or sole component)   data = &staticuint64s[v*8]      StaticUint64s
//! all-zero struct/array literal, ≤ 1024 B     data = &runtime.zeroVal         ZeroVal
//! constant or static composite literal        data = &main..stmp_N            ReadOnlyStatic
//! conversion does not escape, ≤ 1024 B        tmp := v; data = &tmp           StackTemp (escape)
//! otherwise                                   data = runtime.convT64(v) / …   Call
//! ```
//!
//! gc's order pass creates the `main..stmp_N` static *before* walk decides, for every constant
//! and static composite literal that is not an all-zero literal of size 1..1024 — also for the
//! ones walk then sends to zerobase or staticuint64s. The static is then unused but its number
//! is taken, so numbering here follows the same rule. StackTemp needs escape analysis: lowering
//! picks `Call`, and `escape` turns non-escaping calls into `StackTemp`.
//!
//! Interface sources: I → E reads `itab.Type` (IfaceToEface), I → I' with another method set
//! goes through `runtime.typeAssert` (IfaceToIface), identical underlying types are a no-op.

use base::source::Span;
use base::symbols::Symbol;
use base::types::{Type, TypeId};
use frontend::ast;
use frontend::check::Mode;

use super::{IfaceCall, Lowerer, Site, SiteKey, SiteKind};
use crate::ir::*;

/// gc's `abi.ZeroValSize` and the stack-temporary limit of `dataWord`.
const ZERO_VAL_SIZE: u64 = 1024;

impl<'a> Lowerer<'a> {
    /// `v` converted to the interface type `to` (`v` of any type but untyped nil).
    pub(super) fn iface_conv(&mut self, v: Expr, to: TypeId) -> Expr {
        let span = v.span;
        if let Type::Interface(from_methods) = self.types.under(v.ty) {
            // Between two empty interfaces no code is needed. Between non-empty ones the itab
            // is recomputed even when the method sets are identical, as gc does, so that an
            // interface value's itab always names its static interface type.
            let from_empty = from_methods.is_empty();
            let kind = if self.is_empty_iface(to) {
                if from_empty {
                    ExprKind::Convert(Box::new(v))
                } else {
                    ExprKind::IfaceToEface(Box::new(v))
                }
            } else {
                ExprKind::IfaceToIface(Box::new(v))
            };
            return Expr::new(kind, to, span);
        }
        // The method tables (and gc's wrappers) are made for defined types only.
        if !self.is_empty_iface(to) && self.is_unnamed_with_methods(v.ty) {
            self.unsupported(
                span,
                "conversions of unnamed struct types with promoted methods to interfaces",
            );
        }
        if let ExprKind::Load(Place::Local(t)) = v.kind {
            if let Some((name, pos)) = self.f.named_temps.get(&t).cloned() {
                let data = self.data_word(&v);
                if data != DataWord::Direct {
                    self.site_keys
                        .insert(SiteKey::of_temp(pos, t), Site::named(name.into(), pos));
                }
                let value = Box::new(v);
                return Expr::new(ExprKind::MakeIface { value, data }, to, pos);
            }
        }
        let mut v = v;
        let src = self.src_of(&v);
        let mut text_src = src;
        let mut text = None;
        // gc's escape analysis sees through a variable whose static value is a constant (and
        // through conversions that only change the type): the data word is the constant's (a
        // read-only static) and the remark names the constant, with the operand's type
        // (`Name("a")` for `Name(n)`).
        if let Some(init) = src.and_then(|e| self.static_const(e)) {
            let c = self.expr(init, &mut Vec::new());
            if matches!(c.kind, ExprKind::Const(_)) {
                v = Expr::new(c.kind, v.ty, v.span);
                text_src = Some(init);
                let through_conversion =
                    src.is_some_and(|e| matches!(e.unparen().kind, ast::ExprKind::Call { .. }));
                let src_ty = src.and_then(|e| self.info.exprs.get(&e.id)).map(|i| i.ty);
                if let (true, Some(ty)) = (through_conversion, src_ty) {
                    text = Some(self.gcfmt().typed_constant(init, ty));
                }
            }
        }
        // gc's order pass (addrTemp) sees through a variable whose static value is a composite
        // literal of constants, when the conversion needs the value's address: the data word
        // points at a read-only copy (or zeroVal). The remark still names the variable.
        if matches!(self.conv_func(v.ty), ConvFunc::ConvT | ConvFunc::ConvTnoptr) {
            if let Some(init) = src.and_then(|e| self.static_composite(e)) {
                let lit = self.expr(init, &mut Vec::new());
                if is_static(&lit) {
                    v = Expr::new(lit.kind, v.ty, v.span);
                }
            }
        }
        let data = self.data_word(&v);
        // gc reports a conversion at its operand's position, named by the operand.
        let pos = src.map(ast::Expr::node_pos).unwrap_or(span);
        if data != DataWord::Direct {
            if let Some(src) = text_src {
                let text = text.unwrap_or_else(|| self.gcfmt().text(src));
                self.site(SiteKind::ConvIface, pos, text);
            }
            // gc's walk meets a conversion before anything inside its operand.
            if let Some(src) = src {
                self.site_walk(SiteKind::ConvIface, pos, src.span);
            }
        }
        Expr::new(
            ExprKind::MakeIface {
                value: Box::new(v),
                data,
            },
            to,
            pos,
        )
    }

    /// The static value of the variable `e` names, if it has one, followed through variables
    /// initialised with another variable (`t := "x"; s := t`: `s` stands for `"x"`), as gc's
    /// `ir.StaticValue` follows them.
    fn static_value(&self, e: &ast::Expr) -> Option<&'a ast::Expr> {
        let mut found = None;
        let mut cur = e.unparen();
        // A chain is at most as long as the function's variables; the bound guards a cycle.
        for _ in 0..=self.static_values.len() {
            cur = self.through_nop_conversions(cur);
            let ast::ExprKind::Ident(_) = &cur.kind else {
                break;
            };
            let Some(v) = self
                .info
                .uses
                .get(&cur.id)
                .and_then(|obj| self.static_values.get(obj))
            else {
                break;
            };
            found = Some(*v);
            cur = v.unparen();
        }
        found
    }

    /// `T(x)` where only the type changes (gc's OCONVNOP: identical underlying types, no
    /// interface), followed to `x`, as `ir.StaticValue` does.
    fn through_nop_conversions<'e>(&self, mut e: &'e ast::Expr) -> &'e ast::Expr {
        while let ast::ExprKind::Call { fun, args, .. } = &e.unparen().kind {
            let [arg] = args.as_slice() else { break };
            let types = (self.info.exprs.get(&e.id), self.info.exprs.get(&arg.id));
            let (Some(Mode::TypeExpr), (Some(to), Some(from))) = (self.mode(fun), types) else {
                break;
            };
            let (to, from) = (to.ty, from.ty);
            // A float or complex conversion rounds: gc keeps it (OCONV).
            let rounds = self
                .types
                .basic_kind(to)
                .is_some_and(|k| k.is_float() || k.is_complex());
            if rounds
                || self.types.is_interface(to)
                || self.types.is_interface(from)
                || self.types.underlying(to) != self.types.underlying(from)
            {
                break;
            }
            e = arg.unparen();
        }
        e
    }

    /// The constant initialiser of the variable `e` names, if that is its static value and
    /// the constant's kind suits `e`'s type (gc's `ir.ValidTypeForConst`: a float variable
    /// whose value is integral, `var c Celsius = 2`, keeps its name).
    pub(super) fn static_const(&self, e: &ast::Expr) -> Option<&'a ast::Expr> {
        let ty = self.info.exprs.get(&e.id)?.ty;
        self.static_value(e).filter(|init| match self.mode(init) {
            Some(Mode::Const(c)) => self.valid_type_for_const(ty, c),
            _ => false,
        })
    }

    /// Whether go/constant's kind of `c` (an integral value is an Int) suits type `ty`.
    fn valid_type_for_const(&self, ty: TypeId, c: &base::constant::ConstValue) -> bool {
        use base::constant::ConstValue;
        let Some(k) = self.types.basic_kind(ty) else {
            return false;
        };
        let integral = c.to_int().is_some();
        match c {
            ConstValue::Bool(_) => k.is_boolean(),
            ConstValue::String(_) => k.is_string(),
            ConstValue::Int(_) | ConstValue::Float(_) if integral => k.is_integer(),
            ConstValue::Float(_) => k.is_float(),
            ConstValue::Complex(..) => k.is_complex(),
            ConstValue::Int(_) => false,
        }
    }

    /// The composite literal of constants the variable `e` names, if that is its static value
    /// (gc's `isStaticCompositeLiteral` of its `ir.StaticValue`).
    fn static_composite(&self, e: &ast::Expr) -> Option<&'a ast::Expr> {
        self.static_value(e)
            .filter(|init| self.is_static_composite(init))
    }

    pub(super) fn is_static_composite(&self, e: &ast::Expr) -> bool {
        let ast::ExprKind::CompositeLit { elts, .. } = &e.unparen().kind else {
            return false;
        };
        let is_struct_or_array =
            self.info.exprs.get(&e.id).is_some_and(|i| {
                matches!(self.types.under(i.ty), Type::Struct(_) | Type::Array(..))
            });
        is_struct_or_array
            && elts.iter().all(|el| {
                let constant = matches!(self.mode(&el.value), Some(Mode::Const(_)));
                constant || self.is_static_composite(&el.value)
            })
    }

    /// An unnamed struct type (or a pointer to one) with embedded fields: its method set may
    /// hold promoted methods.
    fn is_unnamed_with_methods(&self, t: TypeId) -> bool {
        let t = self.pointer_elem(t).unwrap_or(t);
        !self.types.is_named(t)
            && matches!(self.types.under(t), Type::Struct(fields) if fields.iter().any(|f| f.embedded))
    }

    pub(super) fn is_empty_iface(&self, t: TypeId) -> bool {
        matches!(self.types.under(t), Type::Interface(ms) if ms.is_empty())
    }

    /// The AST expression an IR value was lowered from, when it is known (for gc's names).
    fn src_of(&self, v: &Expr) -> Option<&'a ast::Expr> {
        self.src.get(&(v.span.file, v.span.lo, v.span.hi)).copied()
    }

    /// gc's `walk.dataWord` decision (see the module comment); creates the read-only static
    /// where gc's order pass does.
    fn data_word(&mut self, v: &Expr) -> DataWord {
        let t = v.ty;
        let size = self.types.size_of(t);
        if size == 8 && self.types.ptr_bytes(t) == 8 {
            return DataWord::Direct;
        }
        let composite = matches!(self.types.under(t), Type::Struct(_) | Type::Array(..));
        let zero_literal =
            composite && matches!(v.kind, ExprKind::Zero | ExprKind::Composite(_)) && is_zero(v);
        let zero_val = zero_literal && size > 0 && size <= ZERO_VAL_SIZE;
        let stmp = if is_static(v) && !zero_val {
            let id = StaticId(self.statics.len() as u32);
            let sym = Symbol::Stmp {
                pkg: self.pkg,
                n: self.next_stmp(),
            };
            self.statics.push(Static {
                sym,
                value: v.clone(),
            });
            Some(id)
        } else {
            None
        };
        if size == 0 {
            return DataWord::ZeroBase;
        }
        let sole = self.sole_component(t);
        if let Some(k) = sole.and_then(|s| self.types.basic_kind(s)) {
            if k.is_boolean() || (size == 1 && k.is_integer()) {
                return DataWord::StaticUint64s;
            }
        }
        if zero_val {
            return DataWord::ZeroVal;
        }
        if let Some(id) = stmp {
            return DataWord::ReadOnlyStatic(id);
        }
        DataWord::Call(self.conv_func(t))
    }

    /// gc's `dataWordFuncName`.
    fn conv_func(&self, t: TypeId) -> ConvFunc {
        let size = self.types.size_of(t);
        let align = self.types.align_of(t);
        let ptrs = self.types.has_pointers(t);
        match (size, align) {
            (2, 2) => return ConvFunc::ConvT16,
            (4, 4) if !ptrs => return ConvFunc::ConvT32,
            (8, 8) if !ptrs => return ConvFunc::ConvT64,
            _ => {}
        }
        if let Some(sc) = self.sole_component(t) {
            if self.is_string(sc) {
                return ConvFunc::ConvTstring;
            }
            if matches!(self.types.under(sc), Type::Slice(_)) {
                return ConvFunc::ConvTslice;
            }
        }
        if ptrs {
            ConvFunc::ConvT
        } else {
            ConvFunc::ConvTnoptr
        }
    }

    /// gc's `Type.SoleComponent`: through one-field structs and one-element arrays.
    fn sole_component(&self, t: TypeId) -> Option<TypeId> {
        match self.types.under(t) {
            Type::Struct(fields) if fields.len() == 1 => self.sole_component(fields[0].ty),
            Type::Struct(_) => None,
            Type::Array(1, e) => self.sole_component(*e),
            Type::Array(..) => None,
            _ => Some(t),
        }
    }

    /// `x.M(args)` where `x` (or the embedded field the selection path leads to) is an
    /// interface: a call through the itab. None when it is not an interface method.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn iface_call(
        &mut self,
        x: &'a ast::Expr,
        tx: TypeId,
        sel: &frontend::check::Selection,
        name: &str,
        args: &'a [ast::Expr],
        ellipsis: bool,
        result_ty: TypeId,
        span: Span,
        out: &mut Block,
    ) -> Option<Expr> {
        let zero = self.statically_zero_path(x, tx, &sel.path);
        let op = self.operand(x, out);
        let (op, t) = self.follow_path(op, tx, &sel.path, span);
        let index = self.iface_method_index(t, name)?;
        let sig = match self.types.under(t) {
            Type::Interface(ms) => ms[index].sig,
            _ => return None,
        };
        // gc knows such a receiver is nil and checks its itab explicitly (the fault is at
        // address 0, not at the method's slot): a nil constant lets the backend do the same.
        let recv = if zero {
            Expr::new(ExprKind::Const(Const::Nil), t, span)
        } else {
            self.load(op, span)
        };
        let (params, variadic) = match self.types.under(sig) {
            Type::Func(s) => (s.params.clone(), s.variadic),
            _ => (vec![], false),
        };
        let args = self.call_args(&params, variadic, args, ellipsis, span, out);
        let text = format!("{}.{name}", self.gcfmt().expr(x));
        self.iface_call_keys.insert(
            SiteKey::new(SiteKind::IfaceCall, span),
            IfaceCall {
                sel: text,
                recv_node: x.id,
            },
        );
        Some(Expr::new(
            ExprKind::CallIface {
                recv: Box::new(recv),
                method: index,
                args,
            },
            result_ty,
            span,
        ))
    }

    /// Whether `x`, followed through the embedded fields of `path`, is part of a variable that
    /// is its zero value wherever read (no pointer on the way).
    fn statically_zero_path(&self, x: &ast::Expr, tx: TypeId, path: &[usize]) -> bool {
        let ast::ExprKind::Ident(_) = &x.unparen().kind else {
            return false;
        };
        let Some(obj) = self.info.uses.get(&x.unparen().id) else {
            return false;
        };
        if !self.static_zero.contains(obj) {
            return false;
        }
        let mut t = tx;
        for &i in path {
            match self.types.under(t) {
                Type::Struct(fields) => match fields.get(i) {
                    Some(f) => t = f.ty,
                    None => return false,
                },
                _ => return false,
            }
        }
        true
    }

    /// Index of method `name` in the interface type's sorted method list.
    pub(super) fn iface_method_index(&self, iface: TypeId, name: &str) -> Option<usize> {
        match self.types.under(iface) {
            Type::Interface(ms) => ms.iter().position(|m| m.name == name),
            _ => None,
        }
    }

    /// `name(args)` as a statement: a call of a runtime function without results whose
    /// parameters are the arguments' types (`runtime.panicrangestate(state)`).
    pub(super) fn runtime_call_stmt(&mut self, name: &str, args: Vec<Expr>, span: Span) -> Stmt {
        let params = args.iter().map(|a| a.ty).collect();
        let f = self.runtime_extern_sig(name, params, vec![]);
        let ty = self.no_value_type();
        Stmt::new(
            StmtKind::Expr(Expr::new(ExprKind::CallExtern(f, args), ty, span)),
            span,
        )
    }

    /// A runtime function without parameters or results, called by name.
    pub(super) fn runtime_extern(&mut self, name: &str) -> ExternId {
        self.runtime_extern_sig(name, vec![], vec![])
    }

    /// A runtime function with these parameter and result types, called by name.
    pub(super) fn runtime_extern_sig(
        &mut self,
        name: &str,
        params: Vec<TypeId>,
        results: Vec<TypeId>,
    ) -> ExternId {
        if let Some(&id) = self.extern_of.get(name) {
            return id;
        }
        let id = ExternId(self.externs.len() as u32);
        self.externs.push(Extern {
            name: name.into(),
            params,
            results,
            noescape: false,
        });
        self.extern_of.insert(name.into(), id);
        id
    }
}

/// A constant, or a composite literal of constants (gc's `isStaticCompositeLiteral`).
pub(super) fn is_static(v: &Expr) -> bool {
    match &v.kind {
        ExprKind::Const(Const::Nil) => false,
        ExprKind::Const(_) | ExprKind::Zero => true,
        ExprKind::Composite(items) => items.iter().all(|(_, e)| is_static(e)),
        _ => false,
    }
}

/// All constants zero (gc's `ir.IsZero` of a literal).
pub(super) fn is_zero(v: &Expr) -> bool {
    match &v.kind {
        ExprKind::Zero => true,
        ExprKind::Const(c) => match c {
            Const::Bool(b) => !b,
            Const::Int(i) => *i == 0,
            Const::Float(f) => f.to_bits() == 0,
            Const::Complex(re, im) => re.to_bits() == 0 && im.to_bits() == 0,
            Const::String(s) => s.is_empty(),
            Const::Nil => true,
        },
        ExprKind::Composite(items) => items.iter().all(|(_, e)| is_zero(e)),
        _ => false,
    }
}
