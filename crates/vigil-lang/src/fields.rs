//! A node's child by field name, with the grammar's field ids looked up once
//! per thread. tree-sitter's own `child_by_field_name` finds the id by
//! comparing the name with each of the grammar's field names in turn
//! (`strncmp`), on every call; the taint engine and the matcher ask for
//! fields in their hottest loops.

use std::cell::RefCell;
use std::hash::{Hash, Hasher};

use rustc_hash::FxHashMap;
use tree_sitter::Node;

/// Field ids by grammar and name: the grammar's address, and the name's
/// address and length (names are `'static`, so an address stands for one
/// text). `None` when the grammar has no such field.
type FieldIds = FxHashMap<(usize, usize, usize), Option<u16>>;

thread_local! {
    static FIELD_IDS: RefCell<FieldIds> = RefCell::default();
}

/// Children by field name, the field id cached.
pub trait FieldLookup<'t> {
    /// The same child as [`Node::child_by_field_name`] gives.
    fn child_by_field(&self, name: &'static str) -> Option<Node<'t>>;
}

impl<'t> FieldLookup<'t> for Node<'t> {
    fn child_by_field(&self, name: &'static str) -> Option<Node<'t>> {
        let language = self.language();
        let key = (address_of(&language), name.as_ptr() as usize, name.len());
        let id = FIELD_IDS.with(|ids| {
            *ids.borrow_mut().entry(key).or_insert_with(|| language.field_id_for_name(name).map(|id| id.get()))
        })?;
        self.child_by_field_id(id)
    }
}

/// The address a `tree_sitter::Language` wraps, read through its `Hash`
/// (which hashes the pointer alone): the grammar's identity, without unsafe
/// code.
pub(crate) fn address_of(language: &tree_sitter::Language) -> usize {
    let mut address = Address::default();
    language.hash(&mut address);
    address.0
}

#[derive(Default)]
struct Address(usize);

impl Hasher for Address {
    fn finish(&self) -> u64 {
        self.0 as u64
    }
    fn write(&mut self, bytes: &[u8]) {
        // Not reached for a pointer (it writes one `usize`); kept exact.
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ usize::from(b);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = n;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::PreorderIter;
    use vigil_core::Language;

    #[test]
    fn same_children_as_tree_sitter() {
        let names = ["name", "body", "left", "right", "function", "arguments", "value", "object", "no_such_field"];
        for (lang, code) in [
            (Language::Python, "def f(a):\n    x = g(a)\n    return x.y\n"),
            (Language::JavaScript, "function f(a) { const x = g(a); return x.y; }"),
            (Language::Java, "class A { int f(int a) { int x = g(a); return x; } }"),
        ] {
            let parsed = crate::parse(lang, code).unwrap();
            let mut seen = 0;
            for node in PreorderIter::new(parsed.tree.root_node()) {
                for name in names {
                    let ours = node.child_by_field(name);
                    assert_eq!(ours, node.child_by_field_name(name), "{lang:?} {name}");
                    seen += usize::from(ours.is_some());
                }
            }
            assert!(seen > 5, "{lang:?}: only {seen} fields found");
        }
    }
}
