//! The grammar's node kind names by kind id, read once per thread and
//! grammar. `Node::kind` measures and UTF-8-validates the grammar's C string
//! on every call; the matcher and the node-kind index ask for kinds more than
//! for anything else.

use std::cell::RefCell;
use std::rc::Rc;

use rustc_hash::FxHashMap;
use tree_sitter::Node;

use crate::fields::address_of;

/// The names of one grammar's node kinds. Several ids may share a name
/// (tree-sitter aliases); each distinct name also has a dense number, so
/// that tables by name can be vectors.
pub struct KindTable {
    /// Name by kind id.
    names: Vec<Box<str>>,
    /// Dense number of each id's name.
    numbers: Vec<u32>,
    /// Dense number by name.
    by_name: FxHashMap<Box<str>, u32>,
}

thread_local! {
    static TABLES: RefCell<FxHashMap<usize, Rc<KindTable>>> = RefCell::default();
}

impl KindTable {
    /// The table of `node`'s grammar.
    pub fn of(node: Node<'_>) -> Rc<KindTable> {
        let language = node.language();
        let key = address_of(&language);
        TABLES.with(|tables| {
            tables
                .borrow_mut()
                .entry(key)
                .or_insert_with(|| {
                    let names: Vec<Box<str>> = (0..language.node_kind_count())
                        .map(|id| {
                            u16::try_from(id).ok().and_then(|id| language.node_kind_for_id(id)).unwrap_or("").into()
                        })
                        .collect();
                    let mut by_name: FxHashMap<Box<str>, u32> = FxHashMap::default();
                    let numbers = names
                        .iter()
                        .map(|name| {
                            let next = by_name.len() as u32;
                            *by_name.entry(name.clone()).or_insert(next)
                        })
                        .collect();
                    Rc::new(KindTable { names, numbers, by_name })
                })
                .clone()
        })
    }

    /// The kind of `node`, as [`Node::kind`] gives it.
    pub fn name<'a>(&'a self, node: Node<'a>) -> &'a str {
        match self.names.get(usize::from(node.kind_id())) {
            Some(name) if !name.is_empty() => name,
            // Error nodes have an id past the table.
            _ => node.kind(),
        }
    }

    /// The dense number of `node`'s kind name; `None` for kinds outside the
    /// table (error nodes).
    pub fn number(&self, node: Node<'_>) -> Option<u32> {
        let id = usize::from(node.kind_id());
        self.numbers.get(id).copied().filter(|_| !self.names[id].is_empty())
    }

    /// The dense number of a kind name, if the grammar has it.
    pub fn number_of(&self, name: &str) -> Option<u32> {
        self.by_name.get(name).copied().filter(|_| !name.is_empty())
    }

    /// How many distinct names there are: the numbers are below this.
    pub fn distinct(&self) -> usize {
        self.by_name.len()
    }
}
