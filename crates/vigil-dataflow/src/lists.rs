//! Lists used as a short sequence: `add("safe"); add(param); add("more");
//! remove(0); get(1)` reads the third value added, not `param`. When a
//! local list is only ever appended to, removed from and read at positions
//! known before run time, in one block, the reads are resolved here to the
//! `add` whose value they return; the analysis then stores each added value
//! apart and reads back the right one.
//!
//! Anything else done with the list (a loop, a branch, passing it on, an
//! index computed at run time) leaves it a plain container.

use std::collections::HashMap;

use vigil_lang::tree_sitter::Node;
use vigil_lang::FieldLookup;

use crate::consts::{fold, Value};
use crate::lower::{as_call, is_function, named_children, subscript_parts};
use crate::spec::Span;

/// What the list reads of one scope resolve to.
#[derive(Debug, Default)]
pub struct ListReads {
    /// `add` calls whose value is stored apart, by the span of the call.
    pub adds: HashMap<Span, String>,
    /// Reads (`get(i)`, `lst[i]`) and the `add` call they return.
    pub reads: HashMap<Span, Span>,
}

fn span(node: Node) -> Span {
    (node.start_byte(), node.end_byte())
}

fn text<'s>(node: Node, source: &'s str) -> &'s str {
    source.get(node.start_byte()..node.end_byte()).unwrap_or("")
}

enum Op {
    Add(Span),
    Remove(usize),
    Read(Span, usize),
}

/// Resolves the list reads of `scope` (not descending into nested functions).
pub fn resolve(scope: Node, source: &str) -> ListReads {
    // Per candidate name: its operations in source order, the block they
    // are in, and how many times the name occurs at all.
    let mut ops: HashMap<String, Vec<(usize, Op, usize)>> = HashMap::new();
    let mut occurrences: HashMap<String, usize> = HashMap::new();
    let mut created_empty: HashMap<String, usize> = HashMap::new();
    let mut stack = vec![scope];
    let mut seen = 0usize;
    while let Some(n) = stack.pop() {
        seen += 1;
        if seen > 200_000 {
            return ListReads::default();
        }
        if n.id() != scope.id() && is_function(n.kind()) {
            continue;
        }
        if matches!(n.kind(), "identifier" | "name") {
            *occurrences.entry(text(n, source).to_string()).or_default() += 1;
        }
        if let Some(name) = empty_list_creation(n, source) {
            *created_empty.entry(name).or_default() += 1;
        }
        if let Some((name, op)) = list_op(n, source) {
            let block = enclosing_block(n).map(|b| b.id()).unwrap_or(0);
            ops.entry(name).or_default().push((n.start_byte(), op, block));
        }
        stack.extend(named_children(n));
    }
    let mut out = ListReads::default();
    for (name, mut list_ops) in ops {
        // Created empty, once, and every other occurrence of the name is
        // one of these operations: the list goes nowhere else.
        if created_empty.get(&name) != Some(&1) || occurrences.get(&name).copied().unwrap_or(0) != list_ops.len() + 1 {
            continue;
        }
        let block = list_ops[0].2;
        if list_ops.iter().any(|(_, _, b)| *b != block) {
            continue;
        }
        list_ops.sort_by_key(|(at, _, _)| *at);
        let mut items: Vec<Span> = Vec::new();
        let mut reads = Vec::new();
        let mut ok = true;
        for (_, op, _) in &list_ops {
            match op {
                Op::Add(s) => items.push(*s),
                Op::Remove(i) if *i < items.len() => {
                    items.remove(*i);
                }
                Op::Read(s, i) if *i < items.len() => reads.push((*s, items[*i])),
                _ => {
                    ok = false;
                    break;
                }
            }
        }
        if !ok {
            continue;
        }
        for (_, op, _) in &list_ops {
            if let Op::Add(s) = op {
                out.adds.insert(*s, format!("{name}[@{}]", s.0));
            }
        }
        out.reads.extend(reads);
    }
    out
}

/// `name.add(x)` / `append`, `name.remove(i)` / `pop(i)`, `name.get(i)` and
/// `name[i]` with `i` known.
fn list_op(node: Node, source: &str) -> Option<(String, Op)> {
    let index = |n: Node| match fold(n, source, &Default::default(), true) {
        Some(Value::Int(i)) => usize::try_from(i).ok(),
        _ => None,
    };
    if let Some((object, idx)) = subscript_parts(node) {
        if !matches!(object.kind(), "identifier" | "name") {
            return None;
        }
        // A write `lst[0] = x` is not a read: leave such a list alone.
        if node.parent().is_some_and(|p| p.child_by_field("left").is_some_and(|l| l.id() == node.id())) {
            return Some((text(object, source).to_string(), Op::Remove(usize::MAX)));
        }
        return Some((text(object, source).to_string(), Op::Read(span(node), index(idx).unwrap_or(usize::MAX))));
    }
    let call = as_call(node, source)?;
    let receiver = call.receiver?;
    if !matches!(receiver.kind(), "identifier" | "name") {
        return None;
    }
    let name = text(receiver, source).to_string();
    let method = call.name.as_deref()?;
    let op = match (method, call.args.as_slice()) {
        ("add" | "append", [_]) => Op::Add(span(node)),
        ("remove" | "pop", [i]) => Op::Remove(index(*i).unwrap_or(usize::MAX)),
        ("get", [i]) => Op::Read(span(node), index(*i).unwrap_or(usize::MAX)),
        // Any other method on the name: a use this reading does not follow.
        _ => Op::Remove(usize::MAX),
    };
    Some((name, op))
}

/// `name = []`, `name = list()`, `List<T> name = new ArrayList<>()`: the
/// name given a new empty list.
fn empty_list_creation(node: Node, source: &str) -> Option<String> {
    if !crate::lower::is_assignment(node.kind()) {
        return None;
    }
    let (lhs, rhs, augmented) = crate::lower::assignment_parts(node)?;
    if augmented || !matches!(lhs.kind(), "identifier" | "name") {
        return None;
    }
    let value: String = text(rhs?, source).chars().filter(|c| !c.is_whitespace()).collect();
    let empty = value == "[]"
        || value == "list()"
        || (value.starts_with("new") && value.ends_with("()") && {
            let class = value.trim_start_matches("new").split('<').next().unwrap_or("");
            let class = class.trim_end_matches("()");
            let class = class.rsplit('.').next().unwrap_or(class);
            matches!(class, "ArrayList" | "LinkedList" | "Vector")
        });
    empty.then(|| text(lhs, source).to_string())
}

/// The block a statement is in.
fn enclosing_block(node: Node) -> Option<Node> {
    let mut cur = node.parent();
    while let Some(n) = cur {
        let k = n.kind();
        if k == "block" || k.contains("statement_block") || k == "compound_statement" || k == "module" {
            return Some(n);
        }
        if is_function(k) {
            return None;
        }
        cur = n.parent();
    }
    None
}
