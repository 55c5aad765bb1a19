import Testing
@testable import M2RCKit

@Suite("HTML labels")
struct HTMLLabelTests {
    let page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <title>Crumb &amp; Co.</title>
          <style>
            body { margin: 0; }
          </style>
        </head>
        <body>
          <!-- Shared header -->
          <a class="logo" href="/index.html">Home</a>
          <img src="/img/rye.jpg" alt="Rye loaf"/>
          <script>document.querySelector(".logo").focus();</script>
        </body>
        </html>
        """

    @Test("the doctype is a Document Type just below the root")
    func doctype() throws {
        // document (1) > doctype (2); the page has 8 layers (the deepest: attribute values): bucket ⌈20/8⌉ = 3
        try expectLabel(.html, page.replacingOccurrences(of: "<!DOCTYPE html>", with: "⏩<!DOCTYPE html>⏪"),
                        node: "doctype", .specialLanguageStructure, "Document Type", depth: 2, bucket: 3)
    }

    @Test("elements, tags and tag names")
    func elementsAndTags() throws {
        try expectLabel(.html, page.replacingOccurrences(of: "<a class=\"logo\" href=\"/index.html\">Home</a>",
                                                         with: "⏩<a class=\"logo\" href=\"/index.html\">Home</a>⏪"),
                        node: "element", .specialLanguageStructure, "Element")
        try expectLabel(.html, page.replacingOccurrences(of: "<a class=\"logo\" href=\"/index.html\">",
                                                         with: "⏩<a class=\"logo\" href=\"/index.html\">⏪"),
                        node: "start_tag", .specialLanguageStructure, "Tag")
        try expectLabel(.html, page.replacingOccurrences(of: "Home</a>", with: "Home⏩</a>⏪"),
                        node: "end_tag", .specialLanguageStructure, "Tag")
        try expectLabel(.html, page.replacingOccurrences(of: "<img src=\"/img/rye.jpg\" alt=\"Rye loaf\"/>",
                                                         with: "⏩<img src=\"/img/rye.jpg\" alt=\"Rye loaf\"/>⏪"),
                        node: "self_closing_tag", .specialLanguageStructure, "Tag")
        // document > element (html) > element (body) > element (a) > start_tag > tag_name: depth 6, bucket 8
        try expectLabel(.html, page.replacingOccurrences(of: "<a class", with: "<⏩a⏪ class"),
                        node: "tag_name", .identifierAndScope, "Identifier", depth: 6, bucket: 8)
    }

    @Test("attributes, their names and values")
    func attributes() throws {
        let href = "href=\"/index.html\""
        try expectLabel(.html, page.replacingOccurrences(of: href, with: "⏩\(href)⏪"),
                        node: "attribute", .specialLanguageStructure, "Attribute")
        try expectLabel(.html, page.replacingOccurrences(of: "href=", with: "⏩href⏪="),
                        node: "attribute_name", .identifierAndScope, "Identifier")
        try expectLabel(.html, page.replacingOccurrences(of: "\"/index.html\"", with: "⏩\"/index.html\"⏪"),
                        node: "quoted_attribute_value", .specialLanguageStructure, "Attribute")
    }

    @Test("text, entities and comments")
    func textAndComments() throws {
        try expectLabel(.html, page.replacingOccurrences(of: ">Home<", with: ">⏩Home⏪<"),
                        node: "text", .dataType, "HTML Text")
        try expectLabel(.html, page.replacingOccurrences(of: "&amp;", with: "⏩&amp;⏪"),
                        node: "entity", .specialLanguageStructure, "Entity")
        try expectLabel(.html, page.replacingOccurrences(of: "<!-- Shared header -->",
                                                         with: "⏩<!-- Shared header -->⏪"),
                        node: "comment", .commentsAndDocumentation, "HTML Comment")
    }

    @Test("script and style are special elements holding raw text")
    func scriptAndStyle() throws {
        let script = "<script>document.querySelector(\".logo\").focus();</script>"
        try expectLabel(.html, page.replacingOccurrences(of: script, with: "⏩\(script)⏪"),
                        node: "script_element", .specialLanguageStructure, "Special Element")
        try expectLabel(.html, page.replacingOccurrences(of: "document.querySelector(\".logo\").focus();",
                                                         with: "⏩document.querySelector(\".logo\").focus();⏪"),
                        node: "raw_text", .specialLanguageStructure, "Raw Text")
        try expectLabel(.html, page.replacingOccurrences(of: "<style>", with: "⏩<style>⏪"),
                        node: "start_tag", .specialLanguageStructure, "Tag")
    }
}
