import Testing
@testable import M2RCKit

@Suite("Identifier match")
struct IdentifierMatchTests {
    struct Snippet: Sendable, CustomTestStringConvertible {
        let language: Language
        let code: String
        let identifiers: [String]
        init(_ language: Language, _ code: String, _ identifiers: [String]) {
            self.language = language
            self.code = code
            self.identifiers = identifiers
        }
        var testDescription: String { language.rawValue }
    }

    /// A realistic snippet per language and its identifiers by CrossCodeEval's rule, comments removed first as
    /// the evaluator does. The reference's quirks show: C's `/* … */` is not a comment to it, Python's f-string
    /// prefix `f` is an identifier, quoted HTML attribute values vanish with the other string literals.
    static let snippets: [Snippet] = [
        .init(.c,
              "static int count_words(const char *text) {\n    int n = 0; /* words */\n    printf(\"%d\\n\", n);\n    return n;\n}",
              ["count_words", "text", "n", "words", "printf", "n", "n"]),
        .init(.cpp,
              "template <typename T>\nstd::vector<T> scaled(const std::vector<T>& values, T factor) {\n    return values | std::views::transform([factor](T v) { return v * factor; });\n}",
              ["T", "std", "vector", "T", "scaled", "std", "vector", "T", "values", "T", "factor", "values", "std", "views", "transform", "factor", "T", "v", "v", "factor"]),
        .init(.csharp,
              "public async Task<Job> NextAsync(CancellationToken token)\n{\n    var job = await _queue.DequeueAsync(token);\n    return job ?? throw new InvalidOperationException(\"empty\");\n}",
              ["async", "Task", "Job", "NextAsync", "CancellationToken", "token", "var", "job", "await", "_queue", "DequeueAsync", "token", "job", "InvalidOperationException"]),
        .init(.go,
              "func (r *Router) Handle(method, path string, h HandlerFunc) {\n\tr.routes = append(r.routes, route{method: method, path: path, handler: h})\n}",
              ["r", "Router", "Handle", "method", "path", "string", "h", "HandlerFunc", "r", "routes", "append", "r", "routes", "route", "method", "method", "path", "path", "handler", "h"]),
        .init(.haskell,
              "parseRow :: String -> Either String Row\nparseRow line = case splitOn ',' line of\n  [name, qty] -> Right (Row name (read qty))\n  _ -> Left (\"bad row: \" ++ line)",
              ["parseRow", "String", "Either", "String", "Row", "parseRow", "line", "splitOn", "line", "name", "qty", "Right", "Row", "name", "read", "qty", "Left", "line"]),
        .init(.html,
              "<section class=\"menu\" id=\"breads\">\n  <h2>Fresh Bread</h2>\n  <a href=\"/order\">Order today</a>\n</section>",
              ["Fresh", "Bread", "Order", "today"]),
        .init(.java,
              "public Item findBySku(String sku) {\n    for (Item item : items) {\n        if (item.getSku().equals(sku)) return item;\n    }\n    throw new IllegalArgumentException(\"unknown sku: \" + sku);\n}",
              ["Item", "findBySku", "String", "sku", "Item", "item", "items", "item", "getSku", "equals", "sku", "item", "IllegalArgumentException", "sku"]),
        .init(.javascript,
              "export function match(routes, url) {\n  const { pathname } = new URL(url, \"http://localhost\");\n  return routes.find((r) => r.pattern.test(pathname)) ?? null;\n}",
              ["match", "routes", "url", "pathname", "URL", "url", "http", "routes", "find", "r", "r", "pattern", "test", "pathname", "null"]),
        .init(.kotlin,
              "data class Order(val id: String, val lines: List<Line>) {\n    fun total(): Long = lines.sumOf { it.price * it.quantity }\n    override fun toString() = \"Order($id)\"\n}",
              ["data", "Order", "id", "String", "lines", "List", "Line", "total", "Long", "lines", "sumOf", "it", "price", "it", "quantity", "toString"]),
        .init(.lua,
              "local function area(shape)\n  if shape.kind == \"circle\" then\n    return math.pi * shape.r ^ 2\n  end\n  return shape.w * shape.h\nend",
              ["area", "shape", "shape", "kind", "math", "pi", "shape", "r", "shape", "w", "shape", "h"]),
        .init(.objectiveC,
              "@interface Inventory : NSObject\n@property (nonatomic, strong) NSMutableArray<Item *> *items;\n- (nullable Item *)itemWithSKU:(NSString *)sku;\n@end",
              ["Inventory", "NSObject", "NSMutableArray", "Item", "items", "Item", "itemWithSKU", "NSString", "sku"]),
        .init(.php,
              "<?php\nfunction dispatch(array $routes, string $path): ?callable {\n    foreach ($routes as $pattern => $handler) {\n        if (preg_match($pattern, $path)) { return $handler; }\n    }\n    return null;\n}",
              ["php", "dispatch", "array", "routes", "path", "routes", "pattern", "handler", "preg_match", "pattern", "path", "handler"]),
        .init(.python,
              "def retry(fn, attempts=3, delay=0.5):\n    for attempt in range(attempts):\n        try:\n            return fn()\n        except TimeoutError as err:\n            last = err\n    raise RuntimeError(f\"gave up: {last}\")",
              ["retry", "fn", "attempts", "delay", "attempt", "range", "attempts", "fn", "TimeoutError", "err", "last", "err", "RuntimeError", "f"]),
        .init(.r,
              "monthly_totals <- function(sales) {\n  sales$month <- format(as.Date(sales$date), \"%Y-%m\")\n  aggregate(amount ~ month, data = sales, FUN = sum, na.rm = TRUE)\n}",
              ["monthly_totals", "sales", "sales", "month", "format", "as", "Date", "sales", "date", "aggregate", "amount", "month", "data", "sales", "FUN", "sum", "na", "rm", "TRUE"]),
        .init(.ruby,
              "def convert(value, from:, to:)\n  raise ArgumentError, \"unknown unit\" unless UNITS.key?(from)\n  value * UNITS[from] / UNITS[to]\nend",
              ["convert", "value", "from", "to", "raise", "ArgumentError", "UNITS", "key", "from", "value", "UNITS", "from", "UNITS", "to"]),
        .init(.rust,
              "impl TaskQueue {\n    pub fn push(&mut self, task: Task) -> Result<(), QueueError> {\n        if self.tasks.len() >= self.capacity { return Err(QueueError::Full); }\n        self.tasks.push_back(task);\n        Ok(())\n    }\n}",
              ["TaskQueue", "push", "task", "Task", "Result", "QueueError", "tasks", "len", "capacity", "Err", "QueueError", "Full", "tasks", "push_back", "task", "Ok"]),
        .init(.scala,
              "sealed trait Expr\ncase class Add(left: Expr, right: Expr) extends Expr\ndef eval(e: Expr): Double = e match {\n  case Add(l, r) => eval(l) + eval(r)\n  case Num(v) => v\n}",
              ["Expr", "Add", "left", "Expr", "right", "Expr", "Expr", "eval", "e", "Expr", "Double", "e", "Add", "l", "r", "eval", "l", "eval", "r", "Num", "v", "v"]),
        .init(.typescript,
              "export class Inventory {\n  private readonly items = new Map<string, Item>();\n  add(item: Item): void {\n    this.items.set(item.sku, { ...item, addedAt: Date.now() });\n  }\n}",
              ["Inventory", "readonly", "items", "Map", "string", "Item", "add", "item", "Item", "items", "set", "item", "sku", "item", "addedAt", "Date", "now"]),
    ]

    @Test("identifiers of a realistic snippet in each of the 18 languages", arguments: snippets)
    func eachLanguage(_ snippet: Snippet) {
        let code = CrossCodeEvalComments.remove(snippet.code)
        #expect(IdentifierExtraction.identifiers(in: code, language: snippet.language) == snippet.identifiers)
    }

    @Test("every language has a keyword list; the reference lists have their reference sizes")
    func keywordLists() {
        for language in Language.allCases { #expect(!IdentifierKeywords.list(for: language).isEmpty) }
        #expect(IdentifierKeywords.list(for: .python).count == 33)
        #expect(IdentifierKeywords.list(for: .java).count == 51)
        #expect(IdentifierKeywords.list(for: .csharp).count == 77)
        #expect(IdentifierKeywords.list(for: .javascript).count == 42)
        #expect(IdentifierKeywords.list(for: .typescript) == IdentifierKeywords.list(for: .javascript))
        #expect(IdentifierKeywords.list(for: .python).contains("None"))
        for language in Language.allCases {
            let words = IdentifierKeywords.list(for: language)
            #expect(!words.contains("true") && !words.contains("false") && !words.contains("True"), "\(language)")
        }
    }

    @Test("string literals: both quotes, escapes, an escaped line break does not continue a literal")
    func stringLiterals() {
        #expect(IdentifierExtraction.removingStringLiterals(from: #"a = "x\"y" + 'z' + b"#) == "a =  +  + b")
        #expect(IdentifierExtraction.removingStringLiterals(from: "s = \"open\nstill\" + t") == "s =  + t")
        #expect(IdentifierExtraction.removingStringLiterals(from: "s = \"bad\\\nx\" + t") == "s = \"bad\\\nx\" + t")
        #expect(IdentifierExtraction.removingStringLiterals(from: "it's a \"b\" c") == "it's a  c")
        #expect(IdentifierExtraction.removingStringLiterals(from: "x = 'é' + \"日本\"") == "x =  + ")
    }

    @Test("tokens are runs of Python word characters; identifiers start with an ASCII letter or underscore")
    func tokens() {
        #expect(IdentifierExtraction.wordTokens("a1+b_2 (élan) 2abc x\u{301}y") == ["a1", "b_2", "élan", "2abc", "x", "y"])
        #expect(IdentifierExtraction.identifiers(in: "abc2 2abc élan _x x日本", language: .python) == ["abc2", "_x", "x日本"])
    }

    @Test("scores: ordered lists for EM, sets for precision, recall and F1")
    func scores() {
        let same = IdentifierMatch(prediction: ["a", "b", "a"], reference: ["a", "b", "a"])
        #expect(same == IdentifierMatch(exactMatch: true, precision: 1, recall: 1, f1: 1))
        let reordered = IdentifierMatch(prediction: ["b", "a"], reference: ["a", "b", "a"])
        #expect(reordered == IdentifierMatch(exactMatch: false, precision: 1, recall: 1, f1: 1))
        let partial = IdentifierMatch(prediction: ["result", "self", "model", "predict", "inputs"],
                                      reference: ["result", "self", "model", "predict", "x"])
        #expect(partial == IdentifierMatch(exactMatch: false, precision: 0.8, recall: 0.8, f1: 0.8))
        let bothEmpty = IdentifierMatch(prediction: [], reference: [])
        #expect(bothEmpty == IdentifierMatch(exactMatch: true, precision: 0, recall: 0, f1: 0))
        let noneFound = IdentifierMatch(prediction: [], reference: ["x"])
        #expect(noneFound == IdentifierMatch(exactMatch: false, precision: 0, recall: 0, f1: 0))
        // Scalar by scalar, as Python compares: precomposed and decomposed forms differ.
        let forms = IdentifierMatch(prediction: ["x\u{E9}"], reference: ["xe\u{301}"])
        #expect(!forms.exactMatch && forms.f1 == 0)
    }
}
