//! Iterative tree traversal. Nothing here recurses, because an adversarial
//! input (100,000 nested brackets) makes a tree deep enough to overflow any
//! recursive walk's stack.

use tree_sitter::{Node, TreeCursor};

/// Pre-order iterator over every node of a subtree (named and anonymous).
pub struct PreorderIter<'t> {
    cursor: TreeCursor<'t>,
    root_id: usize,
    done: bool,
}

impl<'t> PreorderIter<'t> {
    pub fn new(root: Node<'t>) -> Self {
        PreorderIter { cursor: root.walk(), root_id: root.id(), done: false }
    }
}

impl<'t> Iterator for PreorderIter<'t> {
    type Item = Node<'t>;

    fn next(&mut self) -> Option<Node<'t>> {
        if self.done {
            return None;
        }
        let node = self.cursor.node();
        if !self.cursor.goto_first_child() {
            loop {
                if self.cursor.node().id() == self.root_id {
                    self.done = true;
                    break;
                }
                if self.cursor.goto_next_sibling() {
                    break;
                }
                if !self.cursor.goto_parent() {
                    self.done = true;
                    break;
                }
            }
        }
        Some(node)
    }
}

/// Every node under `root` (named and anonymous) in pre-order, with its
/// depth below `root` (0 for `root` itself): one walk of the tree for every
/// consumer of the file's nodes, those that need their nesting included. A
/// tree cursor's steps are most of a walk's cost.
pub fn preorder_with_depths<'t>(root: Node<'t>) -> (Vec<Node<'t>>, Vec<u32>) {
    let mut nodes = Vec::new();
    let mut depths = Vec::new();
    let mut cursor = root.walk();
    let mut depth = 0u32;
    loop {
        nodes.push(cursor.node());
        depths.push(depth);
        if cursor.goto_first_child() {
            depth += 1;
            continue;
        }
        // Next: a sibling, else the sibling of the nearest ancestor that has
        // one, never leaving `root`.
        loop {
            if depth == 0 {
                return (nodes, depths);
            }
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return (nodes, depths);
            }
            depth -= 1;
        }
    }
}

/// Whether an anonymous token is mere punctuation that patterns ignore.
fn is_punctuation(kind: &str) -> bool {
    matches!(kind, "," | ";" | "(" | ")" | "{" | "}" | "[" | "]" | "\n" | "")
}

/// The children of `node` that take part in structural matching: named
/// nodes, and anonymous tokens that carry meaning (operators, keywords), but
/// not punctuation or comments.
pub fn significant_children<'t>(node: Node<'t>, out: &mut Vec<Node<'t>>) {
    out.clear();
    let mut cursor = node.walk();
    if !cursor.goto_first_child() {
        return;
    }
    loop {
        let child = cursor.node();
        let keep = if child.is_named() {
            !child.is_extra() && !child.kind().contains("comment")
        } else {
            !is_punctuation(child.kind())
        };
        if keep {
            out.push(child);
        }
        if !cursor.goto_next_sibling() {
            break;
        }
    }
}

/// Whether a node kind is a function, method or lambda in any grammar:
/// the scopes of data flow and of constants.
pub fn is_function_kind(kind: &str) -> bool {
    matches!(
        kind,
        "function_definition"
            | "function_declaration"
            | "method_declaration"
            | "method_definition"
            | "arrow_function"
            | "function_expression"
            | "function"
            | "generator_function_declaration"
            | "generator_function"
            | "func_literal"
            | "lambda"
            | "lambda_expression"
            | "constructor_declaration"
            | "function_item"
            | "closure_expression"
            | "method"
            | "singleton_method"
            | "anonymous_function_creation_expression"
            | "anonymous_function"
            | "local_function_statement"
            | "anonymous_method_expression"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use vigil_core::Language;

    /// The depth of each node, counted by climbing to `root`.
    fn depth_below(node: Node, root: Node) -> u32 {
        let mut depth = 0;
        let mut n = node;
        while n.id() != root.id() {
            n = n.parent().expect("inside root");
            depth += 1;
        }
        depth
    }

    #[test]
    fn preorder_with_depths_is_preorder_iter_with_nesting() {
        for (lang, code) in [
            (
                Language::Python,
                "import os\ndef f(a):\n    if a:\n        return [x for x in a]\n    return os.system(a)\n",
            ),
            (Language::JavaScript, "function f(a) { const b = () => a + 1; return b(); }\nf(1);"),
        ] {
            let parsed = crate::parse(lang, code).unwrap();
            let root = parsed.tree.root_node();
            // The whole tree, and a subtree that has siblings after it.
            let inner = root.named_child(1).unwrap();
            for top in [root, inner] {
                let (nodes, depths) = preorder_with_depths(top);
                let expected: Vec<Node> = PreorderIter::new(top).collect();
                assert_eq!(nodes, expected, "{lang:?}");
                assert!(nodes.len() > 5, "{lang:?}: {} nodes", nodes.len());
                for (node, depth) in nodes.iter().zip(&depths) {
                    assert_eq!(*depth, depth_below(*node, top), "{lang:?} {}", node.kind());
                }
            }
        }
    }
}
