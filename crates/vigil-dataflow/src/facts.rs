//! What the analysis' pre-passes find in a file's scopes (how often each
//! name is written, which lists are read as short sequences) and where its
//! functions are. None of it depends on the rules' sources, sinks or
//! sanitizers, so one [`FileFacts`] serves every analysis of the file: a
//! pack's taint rules that cannot share an analysis still share these.

use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use vigil_lang::tree_sitter::Node;
use vigil_lang::PreorderIter;

use crate::lists::ListReads;
use crate::lower::{is_function, write_counts};

/// What a scope's pre-passes found.
#[derive(Clone)]
pub(crate) struct ScopeFacts {
    pub(crate) write_counts: Rc<HashMap<String, usize>>,
    pub(crate) lists: Rc<ListReads>,
}

/// The pre-pass results of one parsed file, computed on first use. One value
/// serves one tree only (scopes are known by node id).
#[derive(Default)]
pub struct FileFacts<'t> {
    functions: OnceCell<Vec<Node<'t>>>,
    scopes: RefCell<rustc_hash::FxHashMap<usize, ScopeFacts>>,
}

impl<'t> FileFacts<'t> {
    pub fn new() -> Self {
        FileFacts::default()
    }

    /// The functions, methods and lambdas under `root`, in pre-order.
    pub(crate) fn functions(&self, root: Node<'t>) -> &[Node<'t>] {
        self.functions.get_or_init(|| PreorderIter::new(root).filter(|n| is_function(n.kind())).collect())
    }

    pub(crate) fn scope(&self, scope: Node<'_>, source: &str) -> ScopeFacts {
        if let Some(found) = self.scopes.borrow().get(&scope.id()) {
            return found.clone();
        }
        let facts = ScopeFacts {
            write_counts: Rc::new(write_counts(scope, source)),
            lists: Rc::new(crate::lists::resolve(scope, source)),
        };
        self.scopes.borrow_mut().insert(scope.id(), facts.clone());
        facts
    }
}
