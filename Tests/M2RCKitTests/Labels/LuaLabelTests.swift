import Testing
@testable import M2RCKit

@Suite("Lua labels")
struct LuaLabelTests {
    /// 10 layers (anonymous tokens included): top-level statements are at depth 2.
    let module = """
        local util = require("geometry.util")

        local Vector = {}
        Vector.__index = Vector

        -- Create a vector.
        function Vector.new(x, y)
          return setmetatable({ x = x, y = y }, Vector)
        end

        function Vector:length()
          local sq <const> = self.x ^ 2 + self.y ^ 2
          if sq == 0 or not self.valid then
            return 0
          end
          for i, v in ipairs(self) do
            util.check(v)
          end
          return math.sqrt(sq)
        end

        return Vector
        """

    func marking(_ text: String, as marked: String) -> String {
        precondition(module.components(separatedBy: text).count == 2, "`\(text)` must occur once")
        return module.replacingOccurrences(of: text, with: marked)
    }

    @Test("functions, methods and locals are declarations")
    func declarations() throws {
        let declaration = "function Vector.new(x, y)\n  return setmetatable({ x = x, y = y }, Vector)\nend"
        try expectLabel(.lua, marking(declaration, as: "⏩" + declaration + "⏪"),
                        node: "function_declaration", .declarationAndDefinition, "Function", depth: 2, bucket: 2)
        try expectLabel(.lua, marking("function Vector.new", as: "function ⏩Vector.new⏪"),
                        node: "dot_index_expression", .declarationAndDefinition, "Function", depth: 3, bucket: 3)
        try expectLabel(.lua, marking("Vector:length()", as: "Vector:⏩length⏪()"),
                        node: "identifier", .declarationAndDefinition, "Function", depth: 4, bucket: 4)
        try expectLabel(.lua, marking("local Vector = {}", as: "⏩local Vector = {}⏪"),
                        node: "variable_declaration", .declarationAndDefinition, "Variable")
    }

    @Test("identifiers by context: declared locals, loop variables, callees and uses")
    func identifiersByContext() throws {
        try expectLabel(.lua, marking("local sq", as: "local ⏩sq⏪"),
                        node: "identifier", .declarationAndDefinition, "Variable", depth: 7, bucket: 7)
        try expectLabel(.lua, marking("for i, v", as: "for ⏩i⏪, v"),
                        node: "identifier", .declarationAndDefinition, "Variable")
        try expectLabel(.lua, marking("setmetatable(", as: "⏩setmetatable⏪("),
                        node: "identifier", .expression, "Function Call")
        try expectLabel(.lua, marking("util.check(v)", as: "⏩util.check⏪(v)"),
                        node: "dot_index_expression", .expression, "Function Call")
        try expectLabel(.lua, marking("math.sqrt(sq)", as: "math.sqrt(⏩sq⏪)"),
                        node: "identifier", .identifierAndScope, "Identifier")
        try expectLabel(.lua, marking("Vector.__index =", as: "⏩Vector.__index⏪ ="),
                        node: "dot_index_expression", .modifierAndAttribute, "Annotation")
    }

    @Test("conditionals, loops and jumps")
    func controlFlow() throws {
        try expectLabel(.lua, marking("if sq == 0 or not self.valid then\n    return 0\n  end",
                                      as: "⏩if sq == 0 or not self.valid then\n    return 0\n  end⏪"),
                        node: "if_statement", .controlFlowStructure, "Conditional")
        try expectLabel(.lua, marking("for i, v in ipairs(self) do\n    util.check(v)\n  end",
                                      as: "⏩for i, v in ipairs(self) do\n    util.check(v)\n  end⏪"),
                        node: "for_statement", .controlFlowStructure, "Loop")
        try expectLabel(.lua, marking("return math.sqrt(sq)", as: "⏩return math.sqrt(sq)⏪"),
                        node: "return_statement", .controlFlowStructure, "Jump")
        try expectLabel(.lua, "if ok then\n  run()\n⏩else\n  stop()⏪\nend\n",
                        node: "else_statement", .controlFlowStructure, "Conditional")
        try expectLabel(.lua, "⏩repeat\n  n = n - 1\nuntil n == 0⏪\n",
                        node: "repeat_statement", .controlFlowStructure, "Loop")
        try expectLabel(.lua, "for i = 1, 3 do\n  if skip(i) then ⏩goto continue⏪ end\n  ::continue::\nend\n",
                        node: "goto_statement", .controlFlowStructure, "Jump")
    }

    @Test("operators and literals, which Lua's taxonomy files under Expression")
    func expressions() throws {
        try expectLabel(.lua, marking("sq == 0 or not self.valid", as: "⏩sq == 0 or not self.valid⏪"),
                        node: "binary_expression", .expression, "Logical Operation")
        try expectLabel(.lua, marking("self.x ^ 2 + self.y ^ 2", as: "⏩self.x ^ 2 + self.y ^ 2⏪"),
                        node: "binary_expression", .expression, "Arithmetic Operation")
        try expectLabel(.lua, marking("\"geometry.util\"", as: "⏩\"geometry.util\"⏪"),
                        node: "string", .expression, "String")
        try expectLabel(.lua, marking("return 0", as: "return ⏩0⏪"),
                        node: "number", .expression, "Numeric")
        try expectLabel(.lua, "local done = ⏩false⏪\n", node: "false", .expression, "Boolean")
        try expectLabel(.lua, "local value = ⏩nil⏪\n", node: "nil", .expression, "Special Value")
    }

    @Test("comments, the hash-bang line and variable attributes")
    func commentsAndDirectives() throws {
        try expectLabel(.lua, marking("-- Create a vector.", as: "⏩-- Create a vector.⏪"),
                        node: "comment", .commentsAndDocumentation, "Single-line Comment")
        try expectLabel(.lua, "⏩#!/usr/bin/env lua⏪\nprint(\"hi\")\n",
                        node: "hash_bang_line", .preprocessingDirective, "Other")
        try expectLabel(.lua, marking("<const>", as: "⏩<const>⏪"),
                        node: "attribute", .modifierAndAttribute, "Annotation")
    }

    @Test("tables and anonymous functions")
    func specialForms() throws {
        try expectLabel(.lua, marking("{ x = x, y = y }", as: "⏩{ x = x, y = y }⏪"),
                        node: "table_constructor", .specialLanguageStructure, "Table Construction")
        try expectLabel(.lua, marking("{ x = x, y", as: "{ ⏩x = x⏪, y"),
                        node: "field", .specialLanguageStructure, "Table Construction")
        try expectLabel(.lua, "table.sort(items, ⏩function(a, b) return a < b end⏪)\n",
                        node: "function_definition", .specialLanguageStructure, "Anonymous Function")
    }
}
