import XCTest

@testable import XLSXKit

final class XMLPullParserTests: XCTestCase {
    private func events(_ xml: String) throws -> [XMLEvent] {
        var parser = XMLPullParser(Array(xml.utf8))
        var events: [XMLEvent] = []
        while let event = try parser.next() { events.append(event) }
        return events
    }

    private func reason(_ xml: String) -> XMLError.Reason? {
        do {
            _ = try events(xml)
            return nil
        } catch {
            return (error as? XMLError)?.reason
        }
    }

    func testElementsAttributesTextAndPrefixes() throws {
        let xml = """
            \u{FEFF}<?xml version="1.0" encoding="UTF-8"?>
            <!-- a comment -->
            <x:sst xmlns:x="urn:x" count='2'><x:si><x:t xml:space="preserve"> 赵丁先 &amp; &lt;b&gt; &#x41;&#66;</x:t></x:si><x:si/><![CDATA[<raw>&amp;]]></x:sst>
            """
        XCTAssertEqual(try events(xml), [
            .start(name: "sst", attributes: ["x": "urn:x", "count": "2"]),
            .start(name: "si", attributes: [:]),
            .start(name: "t", attributes: ["space": "preserve"]),
            .text(" 赵丁先 & <b> AB"),
            .end(name: "t"), .end(name: "si"),
            .start(name: "si", attributes: [:]), .end(name: "si"),
            .text("<raw>&amp;"),
            .end(name: "sst"),
        ])
    }

    func testADoctypeIsRefusedSoNoEntityCanExpand() {
        let billionLaughs = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <sst>&lol2;</sst>
            """
        XCTAssertEqual(reason(billionLaughs), .doctype)
        XCTAssertEqual(reason(#"<!DOCTYPE x SYSTEM "file:///etc/passwd"><x>&xxe;</x>"#), .doctype)
    }

    func testUndefinedEntitiesAndBadReferencesAreRefused() {
        XCTAssertEqual(reason("<a>&lol;</a>"), .unknownEntity("lol"))
        XCTAssertEqual(reason("<a>&#0;</a>"), .unknownEntity("#0"))
        XCTAssertEqual(reason("<a>&#xD800;</a>"), .unknownEntity("#xD800"))
        XCTAssertEqual(reason("<a b='&nope;'/>"), .unknownEntity("nope"))
        XCTAssertNotNil(reason("<a>fish & chips</a>"))
    }

    func testMalformedDocumentsAreErrors() {
        for xml in [
            "", "   ", "<a>", "<a></b>", "</a>", "<a><b></a></b>", "<a/><b/>", "text<a/>", "<a b></a>",
            "<a b=c/>", "<a b='1", "<a", "<a><!-- open", "<a><![CDATA[ open</a>", "<a><?pi", "<a>< b/></a>",
            "<a b='<'/>", "<a/ >",
        ] {
            XCTAssertNotNil(reason(xml), "accepted: \(xml)")
        }
    }

    func testInvalidUTF8AndDeepNestingAreRefused() {
        var bytes = Array("<a>".utf8) + [0xFF, 0xFE] + Array("</a>".utf8)
        var parser = XMLPullParser(bytes)
        XCTAssertThrowsError(try { while try parser.next() != nil {} }()) { error in
            XCTAssertEqual((error as? XMLError)?.reason, .invalidUTF8)
        }
        bytes = Array((String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000)).utf8)
        parser = XMLPullParser(bytes)
        XCTAssertThrowsError(try { while try parser.next() != nil {} }()) { error in
            XCTAssertEqual((error as? XMLError)?.reason, .tooDeep)
        }
    }

    func testErrorsNameTheLine() {
        do {
            _ = try events("<a>\n<b>\n</c></a>")
            XCTFail("accepted")
        } catch let error as XMLError {
            XCTAssertEqual(error.line, 3)
            XCTAssertEqual(error.description, "line 3: </c> where </b> was expected")
        } catch {
            XCTFail("\(error)")
        }
    }

    func testXstringEscapesRoundTrip() {
        for text in ["plain", "tab\tand\u{1}control", "_x0041_ literal", "a\r\nb", "=1+1", "<&>\"'", "__x12_", ""] {
            let escaped = XMLText.escaped(text)
            var parser = XMLPullParser(Array("<t>\(escaped)</t>".utf8))
            var decoded = ""
            while let event = try? parser.next() { if case .text(let part) = event { decoded += part } }
            XCTAssertEqual(XMLText.unescaped(decoded), text, escaped)
        }
        XCTAssertEqual(XMLText.escaped("a\u{1}b"), "a_x0001_b")
    }
}
