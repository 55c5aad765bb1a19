/// The 11 semantic classes of M2RC-Eval, with the paper's exact names, in the paper's order.
public enum SemanticClass: String, CaseIterable, Sendable, Codable, Comparable {
    case programStructure = "Program Structure"
    case declarationAndDefinition = "Declaration and Definition"
    case controlFlowStructure = "Control Flow Structure"
    case expression = "Expression"
    case dataType = "Data Type"
    case statement = "Statement"
    case modifierAndAttribute = "Modifier and Attribute"
    case commentsAndDocumentation = "Comments and Documentation"
    case preprocessingDirective = "Preprocessing Directive"
    case identifierAndScope = "Identifier and Scope"
    case specialLanguageStructure = "Special Language Structure"

    /// The paper's order, for sorting reports.
    public static func < (lhs: SemanticClass, rhs: SemanticClass) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A node's semantic label: its class and, where the language's taxonomy has one, its subcategory.
public struct SemanticLabel: Sendable, Hashable, Codable, CustomStringConvertible {
    public let semanticClass: SemanticClass
    /// nil where the taxonomy has no subcategory for the class in this language.
    public let subcategory: String?

    public init(_ semanticClass: SemanticClass, _ subcategory: String?) {
        self.semanticClass = semanticClass
        self.subcategory = subcategory
    }

    public var description: String { semanticClass.rawValue + (subcategory.map { " / \($0)" } ?? "") }
}
