import Testing
@testable import M2RCKit

@Suite("Objective-C labels")
struct ObjectiveCLabelTests {
    let header = """
        #import <Foundation/Foundation.h>

        @class INVItem;

        /// Observes stock changes.
        @protocol INVStockObserver <NSObject>
        @optional
        - (void)itemDidChange:(INVItem *)item;
        @end

        @interface INVWarehouse : NSObject <NSCopying> {
        @private
            NSInteger _capacity;
        }

        /// Items keyed by SKU.
        @property (nonatomic, copy, readonly) NSDictionary<NSString *, INVItem *> *itemsBySKU;

        - (instancetype)initWithName:(NSString *)name capacity:(NSInteger)capacity;

        @end

        """

    let implementation = """
        @implementation INVWarehouse

        - (instancetype)initWithName:(NSString *)name capacity:(NSInteger)capacity {
            self = [super init];
            if (self) {
                _name = [name copy];
                _capacity = capacity;
            }
            return self;
        }

        - (BOOL)containsSKU:(NSString *)sku {
            @synchronized (self) {
                return self.itemsBySKU[sku] != nil;
            }
        }

        @end

        """

    @Test("an @interface: the class, its superclass, ivars, properties and documented members, with depth and bucket")
    func interface() throws {
        // translation_unit (1) > class_interface (2) > property_declaration (3); the deepest layer is a
        // type_identifier or `*` in method_parameter > method_type > type_name (9), so N = 9.
        let interface = header.components(separatedBy: "@interface")[1]
        try expectLabel(.objectiveC, header.replacingOccurrences(of: "@interface\(interface)",
                                                                 with: "⏩@interface\(interface.dropLast())⏪\n"),
                        node: "class_interface", .declarationAndDefinition, "Class", depth: 2, bucket: 3)
        let property = "@property (nonatomic, copy, readonly) NSDictionary<NSString *, INVItem *> *itemsBySKU;"
        try expectLabel(.objectiveC, header.replacingOccurrences(of: property, with: "⏩\(property)⏪"),
                        node: "property_declaration", .modifierAndAttribute, "Property", depth: 3, bucket: 4)
        try expectLabel(.objectiveC, header.replacingOccurrences(of: "@interface INVWarehouse", with: "@interface ⏩INVWarehouse⏪"),
                        node: "identifier", .declarationAndDefinition, "Class")
        try expectLabel(.objectiveC, header.replacingOccurrences(of: ": NSObject <NSCopying>", with: ": ⏩NSObject⏪ <NSCopying>"),
                        node: "identifier", .dataType, "Composite Type")
        try expectLabel(.objectiveC, header.replacingOccurrences(of: "(nonatomic, copy", with: "(⏩nonatomic⏪, copy"),
                        node: "property_attribute", .modifierAndAttribute, "Property")
        try expectLabel(.objectiveC, header.replacingOccurrences(of: "NSDictionary<NSString *, INVItem *>",
                                                                 with: "⏩NSDictionary<NSString *, INVItem *>⏪"),
                        node: "generic_specifier", .dataType, "Generic")
        try expectLabel(.objectiveC, header.replacingOccurrences(of: "@private", with: "⏩@private⏪"),
                        node: "visibility_specification", .modifierAndAttribute, "Access Modifiers")
        try expectLabel(.objectiveC, header.replacingOccurrences(of: "NSInteger _capacity;", with: "NSInteger ⏩_capacity⏪;"),
                        node: "identifier", .declarationAndDefinition, "Variable")
        try expectLabel(.objectiveC, header.replacingOccurrences(of: "/// Items keyed by SKU.", with: "⏩/// Items keyed by SKU.⏪"),
                        node: "comment", .commentsAndDocumentation, "Documentation Comment")
        try expectLabel(.objectiveC, header.replacingOccurrences(of: "/// Observes stock changes.",
                                                                 with: "⏩/// Observes stock changes.⏪"),
                        node: "comment", .commentsAndDocumentation, "Single-line Comment")
    }

    @Test("imports, forward declarations, protocols and method declarations")
    func declarations() throws {
        try expectLabel(.objectiveC, header.replacingOccurrences(of: "#import <Foundation/Foundation.h>\n",
                                                                 with: "⏩#import <Foundation/Foundation.h>\n⏪"),
                        node: "preproc_include", .programStructure, "Import/Include")
        try expectLabel(.objectiveC, header.replacingOccurrences(of: "@class INVItem;", with: "⏩@class INVItem;⏪"),
                        node: "class_declaration", .declarationAndDefinition, "Class")
        try expectLabel(.objectiveC, header.replacingOccurrences(of: "@protocol INVStockObserver", with: "@protocol ⏩INVStockObserver⏪"),
                        node: "identifier", .declarationAndDefinition, "Class")
        let method = "- (instancetype)initWithName:(NSString *)name capacity:(NSInteger)capacity;"
        try expectLabel(.objectiveC, header.replacingOccurrences(of: method, with: "⏩\(method)⏪"),
                        node: "method_declaration", .declarationAndDefinition, "Function")
        try expectLabel(.objectiveC, header.replacingOccurrences(of: ")initWithName:", with: ")⏩initWithName⏪:"),
                        node: "identifier", .declarationAndDefinition, "Function")
        try expectLabel(.objectiveC, header.replacingOccurrences(of: "(NSString *)name capacity", with: "(NSString *)⏩name⏪ capacity"),
                        node: "identifier", .declarationAndDefinition, "Variable")
        try expectLabel(.objectiveC, "@import ⏩UIKit⏪;\n", node: "identifier", .programStructure, "Import/Include")
    }

    @Test("messages, object access and @synchronized in an @implementation, with depth and bucket")
    func implementationBody() throws {
        // N = 12: `self` and `itemsBySKU` in return_statement > binary_expression > subscript_expression >
        // field_expression (depth 11) > identifier (12).
        try expectLabel(.objectiveC, implementation.replacingOccurrences(of: "[super init]", with: "⏩[super init]⏪"),
                        node: "message_expression", .expression, "Function Call", depth: 8, bucket: 7)
        try expectLabel(.objectiveC, implementation.replacingOccurrences(of: "self.itemsBySKU[sku]", with: "⏩self.itemsBySKU⏪[sku]"),
                        node: "field_expression", .expression, "对象访问", depth: 11, bucket: 10)
        try expectLabel(.objectiveC, implementation.replacingOccurrences(of: "self.itemsBySKU[sku]", with: "⏩self.itemsBySKU[sku]⏪"),
                        node: "subscript_expression", .expression, "对象访问")
        try expectLabel(.objectiveC, implementation.replacingOccurrences(of: "[name copy]", with: "[name ⏩copy⏪]"),
                        node: "identifier", .expression, "Function Call")
        try expectLabel(.objectiveC, implementation.replacingOccurrences(of: "[name copy]", with: "[⏩name⏪ copy]"),
                        node: "identifier", .identifierAndScope, "Identifier")
        try expectLabel(.objectiveC, implementation.replacingOccurrences(of: "(BOOL)containsSKU", with: "(⏩BOOL⏪)containsSKU"),
                        node: "typedefed_specifier", .dataType, "Primitive Type")
        let synchronized = "@synchronized (self) {\n        return self.itemsBySKU[sku] != nil;\n    }"
        try expectLabel(.objectiveC, implementation.replacingOccurrences(of: synchronized, with: "⏩\(synchronized)⏪"),
                        node: "synchronized_statement", .controlFlowStructure, "Exception Handling")
        try expectLabel(.objectiveC, implementation.replacingOccurrences(of: "if (self) {", with: "if ⏩(self)⏪ {"),
                        node: "parenthesized_expression", .controlFlowStructure, "Conditional")
    }

    @Test("blocks, literals, exceptions and selectors")
    func specialForms() throws {
        let body = """
            void INVRun(NSArray<INVItem *> *items) {
                NSDictionary *info = @{@"count": @(items.count), @"tags": @[@"a", @"b"]};
                [items enumerateObjectsUsingBlock:^(INVItem *item, NSUInteger idx, BOOL *stop) {
                    NSLog(@"%@", item);
                }];
                @try {
                    [INVStore reset];
                } @catch (NSException *exception) {
                    @throw exception;
                } @finally {
                    NSLog(@"done");
                }
                SEL action = @selector(reset);
            }

            """
        let block = "^(INVItem *item, NSUInteger idx, BOOL *stop) {\n        NSLog(@\"%@\", item);\n    }"
        try expectLabel(.objectiveC, body.replacingOccurrences(of: block, with: "⏩\(block)⏪"),
                        node: "block_literal", .specialLanguageStructure, "Lambda Expression")
        try expectLabel(.objectiveC, body.replacingOccurrences(of: "@{@\"count\": @(items.count), @\"tags\": @[@\"a\", @\"b\"]}",
                                                               with: "⏩@{@\"count\": @(items.count), @\"tags\": @[@\"a\", @\"b\"]}⏪"),
                        node: "dictionary_literal", .dataType, "Composite Type")
        try expectLabel(.objectiveC, body.replacingOccurrences(of: "@(items.count)", with: "⏩@(items.count)⏪"),
                        node: "at_expression", .expression, "Object Creation")
        try expectLabel(.objectiveC, body.replacingOccurrences(of: "@\"done\"", with: "⏩@\"done\"⏪"),
                        node: "string_literal", .dataType, "String")
        try expectLabel(.objectiveC, body.replacingOccurrences(of: "@throw exception;", with: "⏩@throw exception;⏪"),
                        node: "throw_statement", .controlFlowStructure, "Exception Handling")
        try expectLabel(.objectiveC, body.replacingOccurrences(of: "@finally {\n        NSLog(@\"done\");\n    }",
                                                               with: "⏩@finally {\n        NSLog(@\"done\");\n    }⏪"),
                        node: "finally_clause", .controlFlowStructure, "Exception Handling")
        try expectLabel(.objectiveC, body.replacingOccurrences(of: "@selector(reset)", with: "⏩@selector(reset)⏪"),
                        node: "selector_expression", .expression, "Other")
        try expectLabel(.objectiveC, body.replacingOccurrences(of: "NSLog(@\"done\")", with: "⏩NSLog(@\"done\")⏪"),
                        node: "call_expression", .expression, "Function Call")
    }

    @Test("a category: @synthesize, fast enumeration and jumps")
    func category() throws {
        let source = """
            @implementation INVInventoryService (Import)
            @synthesize lastImport = _lastImport;

            - (NSUInteger)importRecords:(NSArray<NSDictionary *> *)records {
                NSUInteger imported = 0;
                for (NSDictionary *record in records) {
                    if (![record isKindOfClass:[NSDictionary class]]) continue;
                    imported++;
                }
                return imported;
            }
            @end

            """
        try expectLabel(.objectiveC, source.replacingOccurrences(of: "(Import)", with: "(⏩Import⏪)"),
                        node: "identifier", .declarationAndDefinition, "Class")
        try expectLabel(.objectiveC, source.replacingOccurrences(of: "@synthesize lastImport = _lastImport;",
                                                                 with: "⏩@synthesize lastImport = _lastImport;⏪"),
                        node: "property_implementation", .modifierAndAttribute, "Property")
        let loop = "for (NSDictionary *record in records) {\n        if (![record isKindOfClass:[NSDictionary class]]) continue;\n        imported++;\n    }"
        try expectLabel(.objectiveC, source.replacingOccurrences(of: loop, with: "⏩\(loop)⏪"),
                        node: "for_statement", .controlFlowStructure, "Loop")
        try expectLabel(.objectiveC, source.replacingOccurrences(of: "*record in", with: "*⏩record⏪ in"),
                        node: "identifier", .declarationAndDefinition, "Variable")
        try expectLabel(.objectiveC, source.replacingOccurrences(of: "![record isKindOfClass:[NSDictionary class]]",
                                                                 with: "⏩![record isKindOfClass:[NSDictionary class]]⏪"),
                        node: "unary_expression", .expression, "Logical Operation")
        try expectLabel(.objectiveC, source.replacingOccurrences(of: "continue;", with: "⏩continue;⏪"),
                        node: "continue_statement", .controlFlowStructure, "Jump")
        try expectLabel(.objectiveC, source.replacingOccurrences(of: "imported++;", with: "⏩imported++⏪;"),
                        node: "update_expression", .expression, "Arithmetic Operation")
    }

    @Test("preprocessor directives and typedefs")
    func preprocessor() throws {
        let source = """
            #ifndef INV_DEBUG
            #define INV_DEBUG 0
            #endif

            typedef void (^INVCompletion)(BOOL ok);

            #pragma mark - Helpers

            static NSString *INVName(INVCompletion done) {
                return nil;
            }

            """
        try expectLabel(.objectiveC, source.replacingOccurrences(of: "#define INV_DEBUG 0\n", with: "⏩#define INV_DEBUG 0\n⏪"),
                        node: "preproc_def", .preprocessingDirective, "Macro Definition")
        try expectLabel(.objectiveC, source.replacingOccurrences(of: "#ifndef INV_DEBUG", with: "#ifndef ⏩INV_DEBUG⏪"),
                        node: "identifier", .preprocessingDirective, "Conditional Compilation")
        try expectLabel(.objectiveC, source.replacingOccurrences(of: "#pragma mark - Helpers\n", with: "⏩#pragma mark - Helpers\n⏪"),
                        node: "preproc_call", .preprocessingDirective, "Other")
        try expectLabel(.objectiveC, source.replacingOccurrences(of: "(^INVCompletion)", with: "(^⏩INVCompletion⏪)"),
                        node: "type_identifier", .declarationAndDefinition, "Type Definition")
        try expectLabel(.objectiveC, source.replacingOccurrences(of: "*INVName(", with: "*⏩INVName⏪("),
                        node: "identifier", .declarationAndDefinition, "Function")
        try expectLabel(.objectiveC, source.replacingOccurrences(of: "(INVCompletion done)", with: "(⏩INVCompletion⏪ done)"),
                        node: "type_identifier", .dataType, "Composite Type")
        try expectLabel(.objectiveC, source.replacingOccurrences(of: "return nil;", with: "return ⏩nil⏪;"),
                        node: "identifier", .identifierAndScope, "Identifier")
    }
}
