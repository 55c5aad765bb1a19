import Testing
@testable import M2RCKit

@Suite("Haskell labels")
struct HaskellLabelTests {
    let module = """
        module Report.Parser (parseCell) where

        import Data.Char (isSpace)

        -- | Infers the cell type of a raw field.
        parseCell :: Maybe String -> Cell
        parseCell raw = case raw of
          Just s | all isSpace s -> CEmpty
          _ -> CText (show raw)
        """

    @Test("module header and imports are Program Structure near the root")
    func moduleStructure() throws {
        // haskell (1) > imports (2) > import (3); the file has 13 layers: bucket ⌈30/13⌉ = 3
        try expectLabel(.haskell, module.replacingOccurrences(of: "import Data.Char (isSpace)",
                                                              with: "⏩import Data.Char (isSpace)⏪"),
                        node: "import", .programStructure, "Import/Export", depth: 3, bucket: 3)
        try expectLabel(.haskell, module.replacingOccurrences(of: "module Report.Parser (parseCell) where",
                                                              with: "⏩module Report.Parser (parseCell) where⏪"),
                        node: "header", .programStructure, "Namespace", depth: 2, bucket: 2)
        try expectLabel(.haskell, module.replacingOccurrences(of: "(isSpace)", with: "(⏩isSpace⏪)"),
                        node: "variable", .programStructure, "Import/Export")
    }

    @Test("a variable is a declaration, a callee, a type variable or a plain identifier by context")
    func identifiersByContext() throws {
        // haskell > declarations > function > match > case > alternatives > alternative > match > apply
        // > parens > apply > variable: depth 12 of 13 layers, bucket ⌈120/13⌉ = 10
        try expectLabel(.haskell, module.replacingOccurrences(of: "(show raw)", with: "(⏩show⏪ raw)"),
                        node: "variable", .expression, "Function Call", depth: 12, bucket: 10)
        try expectLabel(.haskell, module.replacingOccurrences(of: "parseCell raw =", with: "⏩parseCell⏪ raw ="),
                        node: "variable", .declarationAndDefinition, "Function")
        try expectLabel(.haskell, module.replacingOccurrences(of: "parseCell raw =", with: "parseCell ⏩raw⏪ ="),
                        node: "variable", .identifierAndScope, "Identifier")
        try expectLabel(.haskell, "size :: Tree ⏩a⏪ -> Int\nsize _ = 1\n",
                        node: "variable", .dataType, "Generic")
        try expectLabel(.haskell, "total = ⏩sum⏪ xs\n  where xs = [1, 2]\n",
                        node: "variable", .expression, "Function Call")
        try expectLabel(.haskell, "total = sum xs\n  where ⏩xs⏪ = [1, 2]\n",
                        node: "variable", .declarationAndDefinition, "Variable")
        try expectLabel(.haskell, module.replacingOccurrences(of: "CText (show", with: "⏩CText⏪ (show"),
                        node: "constructor", .expression, "Object Creation")
    }

    @Test("types: declarations, signatures, applied types, constraints and annotations")
    func types() throws {
        try expectLabel(.haskell, "⏩data Shape = Circle Double | Square Double\n  deriving (Show, Eq)⏪\n",
                        node: "data_type", .declarationAndDefinition, "Type")
        try expectLabel(.haskell, "data Shape = Circle Double\n  ⏩deriving (Show, Eq)⏪\n",
                        node: "deriving", .modifierAndAttribute, "Annotation")
        try expectLabel(.haskell, "data Shape = ⏩Circle⏪ Double\n",
                        node: "constructor", .declarationAndDefinition, "Type")
        try expectLabel(.haskell, module.replacingOccurrences(of: "parseCell :: Maybe String -> Cell",
                                                              with: "⏩parseCell :: Maybe String -> Cell⏪"),
                        node: "signature", .declarationAndDefinition, "Declaration Statement")
        try expectLabel(.haskell, module.replacingOccurrences(of: ":: Maybe String", with: ":: ⏩Maybe String⏪"),
                        node: "apply", .dataType, "Generic")
        // the grammar starts `context`, `strict_field` and `quasiquote` at the space before them
        try expectLabel(.haskell, "render ::⏩ Show a => a -> String⏪\nrender = show\n",
                        node: "context", .dataType, "Type Dependency")
        try expectLabel(.haskell, "main = print (⏩read line :: Int⏪)\n",
                        node: "signature", .expression, "Type Casting")
        try expectLabel(.haskell, "data P = P { px ::⏩ !Double⏪ }\n",
                        node: "strict_field", .modifierAndAttribute, "Annotation")
    }

    @Test("conditionals, guards, case alternatives and pattern matching")
    func controlFlow() throws {
        try expectLabel(.haskell, "clean opts raw = ⏩if optTrim opts then trim raw else raw⏪\n",
                        node: "conditional", .controlFlowStructure, "Conditional")
        try expectLabel(.haskell, module.replacingOccurrences(of: "all isSpace s ->", with: "⏩all isSpace s⏪ ->"),
                        node: "guards", .controlFlowStructure, "Conditional")
        try expectLabel(.haskell, module.replacingOccurrences(of: "_ -> CText (show raw)",
                                                              with: "⏩_ -> CText (show raw)⏪"),
                        node: "alternative", .specialLanguageStructure, "Pattern Matching")
        try expectLabel(.haskell, "size (⏩Node l r⏪) = size l + size r\n",
                        node: "apply", .specialLanguageStructure, "Pattern Matching")
        try expectLabel(.haskell, "size (Node l r) = ⏩size l + size r⏪\n",
                        node: "infix", .expression, "Arithmetic Operation")
    }

    @Test("do blocks, lambdas, comprehensions and Template Haskell")
    func specialForms() throws {
        let program = """
            main :: IO ()
            main = do
              line <- getLine
              mapM_ print [n * 2 | n <- [1 .. 10], even n]
              let add = \\a b -> a + b
              print (add 1 2)
            """
        let statement = "mapM_ print [n * 2 | n <- [1 .. 10], even n]"
        try expectLabel(.haskell, program.replacingOccurrences(of: statement, with: "⏩\(statement)⏪"),
                        node: "exp", .statement, "Expression Statement")
        try expectLabel(.haskell, program.replacingOccurrences(of: "[n * 2 | n <- [1 .. 10], even n]",
                                                               with: "⏩[n * 2 | n <- [1 .. 10], even n]⏪"),
                        node: "list_comprehension", .expression, "Object Creation")
        try expectLabel(.haskell, program.replacingOccurrences(of: "n <- [1 .. 10]", with: "⏩n <- [1 .. 10]⏪"),
                        node: "generator", .controlFlowStructure, "Loop")
        try expectLabel(.haskell, program.replacingOccurrences(of: "\\a b -> a + b", with: "⏩\\a b -> a + b⏪"),
                        node: "lambda", .specialLanguageStructure, "Lambda Expression")
        try expectLabel(.haskell, program.replacingOccurrences(of: "line <- getLine", with: "⏩line⏪ <- getLine"),
                        node: "variable", .declarationAndDefinition, "Variable")
        try expectLabel(.haskell, "query =⏩ [sql|select * from users|]⏪\n",
                        node: "quasiquote", .specialLanguageStructure, "Other")
    }

    @Test("haddock, pragmas and CPP")
    func commentsAndDirectives() throws {
        try expectLabel(.haskell, module.replacingOccurrences(of: "-- | Infers the cell type of a raw field.",
                                                              with: "⏩-- | Infers the cell type of a raw field.⏪"),
                        node: "haddock", .commentsAndDocumentation, "Documentation Comment")
        try expectLabel(.haskell, "⏩{-# LANGUAGE OverloadedStrings #-}⏪\nmodule Main where\n\nmain = pure ()\n",
                        node: "pragma", .preprocessingDirective, "Compiler Pragma")
        // a pragma between declarations annotates them; one before the first declaration counts as a file header
        try expectLabel(.haskell, "module Main where\n\nmain = pure ()\n\n⏩{-# INLINE size #-}⏪\nsize = 2\n",
                        node: "pragma", .modifierAndAttribute, "Annotation")
        try expectLabel(.haskell, "module Main where\n\n⏩#if DEBUG⏪\nlevel = 1\n#endif\n",
                        node: "cpp", .preprocessingDirective, "Conditional Compilation")
    }
}
