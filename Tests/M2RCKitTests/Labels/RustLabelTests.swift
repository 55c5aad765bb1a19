import Testing
@testable import M2RCKit

@Suite("Rust labels")
struct RustLabelTests {
    // 15 layers: the deepest node is the `string_content` inside `format!(…)` (depth 15).
    let queue = """
        use std::collections::HashMap;

        /// A bounded job queue.
        #[derive(Debug, Default)]
        pub struct Queue<T> {
            jobs: HashMap<u32, T>,
        }

        impl<T: Clone> Queue<T> {
            pub fn take(&mut self, id: u32) -> Result<T, String> {
                match self.jobs.remove(&id) {
                    Some(job) => Ok(job),
                    None => Err(format!("no job {}", id)),
                }
            }

            pub async fn drain(&mut self) -> usize {
                let total = self.jobs.len() as usize;
                for (_, job) in self.jobs.drain() {
                    if total > 0 { continue; }
                    let f = |x: &T| x.clone();
                    f(&job);
                }
                total
            }
        }
        """

    @Test("use declarations, modules and extern crates are Program Structure")
    func programStructure() throws {
        // source_file (1) > use_declaration (2); N = 15, bucket = ⌈2·10/15⌉ = 2.
        try expectLabel(.rust, queue.replacingOccurrences(of: "use std::collections::HashMap;",
                                                          with: "⏩use std::collections::HashMap;⏪"),
                        node: "use_declaration", .programStructure, "Import/Include", depth: 2, bucket: 2)
        try expectLabel(.rust, "⏩mod tests {\n    fn it_works() {}\n}⏪\n", node: "mod_item", .programStructure, "Namespace")
        try expectLabel(.rust, "⏩extern crate serde;⏪\n", node: "extern_crate_declaration", .programStructure,
                        "Import/Include")
    }

    @Test("identifiers: declared names, callees, types and plain uses")
    func identifiersByContext() throws {
        // source_file > impl_item > declaration_list > function_item > identifier: depth 5, bucket ⌈50/15⌉ = 4.
        try expectLabel(.rust, queue.replacingOccurrences(of: "pub fn take(", with: "pub fn ⏩take⏪("),
                        node: "identifier", .declarationAndDefinition, "Function", depth: 5, bucket: 4)
        try expectLabel(.rust, queue.replacingOccurrences(of: "pub struct Queue<T>", with: "pub struct ⏩Queue⏪<T>"),
                        node: "type_identifier", .declarationAndDefinition, "Class")
        try expectLabel(.rust, queue.replacingOccurrences(of: "let total =", with: "let ⏩total⏪ ="),
                        node: "identifier", .declarationAndDefinition, "Variable")
        try expectLabel(.rust, queue.replacingOccurrences(of: "=> Ok(job)", with: "=> ⏩Ok⏪(job)"),
                        node: "identifier", .expression, "Function Call")
        try expectLabel(.rust, queue.replacingOccurrences(of: "&mut self, id: u32", with: "&mut self, ⏩id⏪: u32"),
                        node: "identifier", .identifierAndScope, "Identifier")
        try expectLabel(.rust, "fn main() {\n    let v = ⏩std::env::args⏪();\n}\n",
                        node: "scoped_identifier", .expression, "Function Call")
        try expectLabel(.rust, "fn main() {\n    let v = ⏩std::f64::consts::PI⏪;\n}\n",
                        node: "scoped_identifier", .identifierAndScope, "Qualified Name")
    }

    @Test("types: generics, primitives, references and bounds")
    func types() throws {
        try expectLabel(.rust, queue.replacingOccurrences(of: "jobs: HashMap<u32, T>", with: "jobs: ⏩HashMap<u32, T>⏪"),
                        node: "generic_type", .dataType, "Generic")
        try expectLabel(.rust, queue.replacingOccurrences(of: "id: u32", with: "id: ⏩u32⏪"),
                        node: "primitive_type", .dataType, "Primitive Type")
        try expectLabel(.rust, queue.replacingOccurrences(of: "|x: &T|", with: "|x: ⏩&T⏪|"),
                        node: "reference_type", .dataType, "Composite Type")
        try expectLabel(.rust, queue.replacingOccurrences(of: "impl<T: Clone>", with: "impl⏩<T: Clone>⏪"),
                        node: "type_parameters", .dataType, "Generic")
        try expectLabel(.rust, "fn name() -> &'static str {\n    ⏩\"queue\"⏪\n}\n",
                        node: "string_literal", .dataType, "String")
    }

    @Test("match, loops, conditions, jumps and the ? operator")
    func controlFlow() throws {
        // source_file > impl_item > declaration_list > function_item > block > expression_statement
        // > match_expression: depth 7, bucket ⌈70/15⌉ = 5.
        let match = """
            match self.jobs.remove(&id) {
                        Some(job) => Ok(job),
                        None => Err(format!("no job {}", id)),
                    }
            """
        try expectLabel(.rust, queue.replacingOccurrences(of: match, with: "⏩" + match + "⏪"),
                        node: "match_expression", .specialLanguageStructure, "Pattern Matching", depth: 7, bucket: 5)
        try expectLabel(.rust, queue.replacingOccurrences(of: "Some(job) => Ok(job)", with: "⏩Some(job) => Ok(job),⏪"),
                        node: "match_arm", .specialLanguageStructure, "Pattern Matching")
        try expectLabel(.rust, queue.replacingOccurrences(of: "for (_, job) in", with: "for ⏩(_, job)⏪ in"),
                        node: "tuple_pattern", .controlFlowStructure, "Loop")
        try expectLabel(.rust, queue.replacingOccurrences(of: "if total > 0", with: "if ⏩total > 0⏪"),
                        node: "binary_expression", .expression, "Logical Operator")
        try expectLabel(.rust, queue.replacingOccurrences(of: "{ continue; }", with: "{ ⏩continue⏪; }"),
                        node: "continue_expression", .controlFlowStructure, "Jump")
        try expectLabel(.rust, "fn f() -> io::Result<()> {\n    let s = ⏩read()?⏪;\n    Ok(())\n}\n",
                        node: "try_expression", .controlFlowStructure, "Exception Handling")
        try expectLabel(.rust, "fn f(x: i32) -> i32 {\n    if x > 0 { 1 } ⏩else { 0 }⏪\n}\n",
                        node: "else_clause", .controlFlowStructure, "Conditional")
    }

    @Test("expressions: casts, references, macros and struct literals")
    func expressions() throws {
        try expectLabel(.rust, queue.replacingOccurrences(of: "self.jobs.len() as usize", with: "⏩self.jobs.len() as usize⏪"),
                        node: "type_cast_expression", .expression, "Type Casting")
        try expectLabel(.rust, queue.replacingOccurrences(of: "remove(&id)", with: "remove(⏩&id⏪)"),
                        node: "reference_expression", .expression, "Reference Expression")
        try expectLabel(.rust, queue.replacingOccurrences(of: "format!(\"no job {}\", id)",
                                                          with: "⏩format!(\"no job {}\", id)⏪"),
                        node: "macro_invocation", .expression, "Function Call")
        try expectLabel(.rust, "fn origin() -> Point {\n    ⏩Point { x: 0, y: 0 }⏪\n}\n",
                        node: "struct_expression", .expression, "Object Creation")
        try expectLabel(.rust, "fn first(v: &[u8]) -> u8 {\n    ⏩v[0]⏪\n}\n",
                        node: "index_expression", .expression, "Index Expression")
    }

    @Test("attributes, doc comments, modifiers, closures, async and macro_rules")
    func specialForms() throws {
        try expectLabel(.rust, queue.replacingOccurrences(of: "#[derive(Debug, Default)]",
                                                          with: "⏩#[derive(Debug, Default)]⏪"),
                        node: "attribute_item", .modifierAndAttribute, "Annotation", depth: 2, bucket: 2)
        try expectLabel(.rust, queue.replacingOccurrences(of: "#[derive(Debug, Default)]",
                                                          with: "#[derive(⏩Debug⏪, Default)]"),
                        node: "identifier", .modifierAndAttribute, "Annotation")
        try expectLabel(.rust, queue.replacingOccurrences(of: "/// A bounded job queue.\n",
                                                          with: "///⏩ A bounded job queue.\n⏪"),
                        node: "doc_comment", .commentsAndDocumentation, "Single-line Comment")
        try expectLabel(.rust, "⏩/* counts\n   jobs */⏪\nconst N: usize = 4;\n",
                        node: "block_comment", .commentsAndDocumentation, "Multi-line Comment")
        try expectLabel(.rust, queue.replacingOccurrences(of: "pub struct", with: "⏩pub⏪ struct"),
                        node: "visibility_modifier", .modifierAndAttribute, "Access Modifiers")
        try expectLabel(.rust, queue.replacingOccurrences(of: "let f = |x: &T| x.clone();",
                                                          with: "let f = ⏩|x: &T| x.clone()⏪;"),
                        node: "closure_expression", .specialLanguageStructure, "Lambda Expression")
        try expectLabel(.rust, "async fn get() -> u8 {\n    ⏩fetch().await⏪\n}\n",
                        node: "await_expression", .specialLanguageStructure, "Coroutine")
        try expectLabel(.rust, "⏩macro_rules! square {\n    ($x:expr) => { $x * $x };\n}⏪\n",
                        node: "macro_definition", .preprocessingDirective, "Macro Definition")
    }
}
